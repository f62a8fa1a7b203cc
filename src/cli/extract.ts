// `claimcheck extract DRAFT...`: the claims a check of these drafts would read, as a claims file.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expandClaimPaths, isDraft, loadClaims } from "../claims/load.js";
import { DEFAULTS } from "../config/settings.js";
import { claimsFileOf } from "../drafts/claims-file.js";
import { describeDraft } from "../drafts/describe.js";
import { loadDraftRules } from "../drafts/load-rules.js";
import { loadEnglish } from "../language/load.js";
import { escapeLine } from "../report/escape.js";
import { TOOL } from "../generated/version.js";
import { InputError, InputErrors, type Claim, type Draft } from "../types.js";
import type { Io } from "./main.js";

export interface ExtractArgs {
  drafts: string[];
  outputFile: string | undefined;
  maxFileSize: number | undefined;
  maxClaimLength: number | undefined;
}

export function extract(args: ExtractArgs, { cwd, io }: { cwd: string; io: Io }): number {
  for (const [flag, value] of [["--max-file-size", args.maxFileSize], ["--max-claim-length", args.maxClaimLength]] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new InputError({}, `${flag} to be a whole number of 0 or more`);
  }
  const options = { cwd, maxFileBytes: args.maxFileSize ?? DEFAULTS.maxFileSize, maxClaimLength: args.maxClaimLength ?? DEFAULTS.maxClaimLength };
  const paths = expandClaimPaths(args.drafts, options);
  const notDrafts = paths.filter((path) => !isDraft(path));
  if (notDrafts.length > 0) {
    throw new InputErrors(notDrafts.map((path) => new InputError({ file: path }, "a draft article to extract claims from (.md, .markdown, .txt, .text)")));
  }
  if (args.outputFile !== undefined && (isDraft(args.outputFile) || !/\.(ya?ml|json)$/i.test(args.outputFile))) {
    throw new InputError({ file: args.outputFile }, "a claims file name ending in .yaml, .yml or .json for --output-file (it must not replace a draft)");
  }
  const drafts: Draft[] = [];
  const claims = loadClaims(paths, { ...options, drafts: { rules: loadDraftRules(), language: loadEnglish(), onDraft: (draft) => drafts.push(draft) } });
  if (claims.length === 0) {
    throw new InputErrors(drafts.map((draft) => new InputError({ file: draft.file }, `a draft with a sentence that states something checkable; ${describeDraft(draft)}`)));
  }
  const byFile = drafts.map((draft) => ({ draft, claims: claims.filter((claim: Claim) => claim.location.file === draft.file) }));
  const text = claimsFileOf(byFile, TOOL);
  if (args.outputFile === undefined) {
    io.stdout(text);
    return 0;
  }
  const path = resolve(cwd, args.outputFile);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new InputError({ file: args.outputFile }, `a writable output file; ${(error as Error).message}`);
  }
  io.stderr(`claimcheck: wrote ${claims.length} claim${claims.length === 1 ? "" : "s"} to ${escapeLine(args.outputFile)}\n`);
  return 0;
}
