// Reads claims files from disk, expanding globs. Parsing and validation are in parse.ts.
import { existsSync } from "node:fs";
import { extname, isAbsolute, join, posix } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { InputError, InputErrors, type Claim, type Draft } from "../types.js";
import type { Language } from "../language/language.js";
import { readDraft } from "../drafts/read-draft.js";
import type { DraftRules } from "../drafts/rules.js";
import { decodeText, displayPath, READ_LIMITS, readText, resolveInside } from "../io/read-text.js";
import { CLAIM_LIMITS, parseClaims } from "./parse.js";

export interface LoadClaimsOptions {
  cwd: string;
  /** When set (paths from a config file), paths and globs may not lead outside this folder. */
  root?: string | undefined;
  maxFileBytes?: number;
  /** Longest claim text, in characters (default CLAIM_LIMITS.textLength). */
  maxClaimLength?: number;
  /** Most claims over all files (default CLAIM_LIMITS.count). */
  maxClaims?: number;
  /** What standard input holds, read when a claims file is named "-". */
  stdin?: () => Buffer;
  /** How draft articles (.md, .markdown, .txt, .text) are read into claims; each read draft is handed to `onDraft`. */
  drafts?: { rules: DraftRules; language: Language; onDraft: (draft: Draft) => void };
}

/** Files read as draft articles, a claim a sentence; any other file is a claims file (YAML or JSON). */
export const DRAFT_EXTENSIONS: ReadonlySet<string> = new Set([".md", ".markdown", ".txt", ".text"]);

export function isDraft(path: string): boolean {
  return path !== "-" && DRAFT_EXTENSIONS.has(extname(path).toLowerCase());
}

/** How a claims file named "-" (standard input) is shown. */
export const STDIN_NAME = "<stdin>";

/** Expands globs ("claims/**\/*.yaml") to files, sorted; a pattern matching nothing is an error. */
export function expandClaimPaths(patterns: readonly string[], options: LoadClaimsOptions): string[] {
  const files: string[] = [];
  const errors: InputError[] = [];
  const { cwd, root } = options;
  for (const pattern of patterns) {
    try {
      if (isDynamicPattern(pattern) && !existsSync(resolveFromCwd(cwd, pattern))) {
        if (root !== undefined && climbs(pattern)) {
          throw new InputError({ file: pattern }, "a glob inside the project folder; it leads outside it");
        }
        // Under a root, links to folders are not walked: they could lead anywhere on the disk.
        const matches = globSync(pattern, { cwd, onlyFiles: true, absolute: false, dot: false, followSymbolicLinks: root === undefined }).sort();
        if (matches.length === 0) throw new InputError({ file: pattern }, "a glob that matches claims files; it matches none");
        // A match may still lead out through a symbolic link.
        if (root !== undefined) for (const match of matches) resolveInside(root, resolveFromCwd(cwd, match), displayPath(cwd, match));
        files.push(...matches);
      } else {
        if (root !== undefined) resolveInside(root, resolveFromCwd(cwd, pattern), displayPath(cwd, pattern));
        files.push(pattern);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return [...new Set(files)];
}

/** Reads and validates every claims file; ids must be unique across all of them. */
export function loadClaims(paths: readonly string[], options: LoadClaimsOptions): Claim[] {
  const errors: InputError[] = [];
  const claims: Claim[] = [];
  // Ids in use, with where their claim is, so a later file cannot reuse one.
  const taken = new Map<string, string>();
  const maxClaims = options.maxClaims ?? CLAIM_LIMITS.count;
  for (const path of paths) {
    const fromStdin = path === "-" && options.root === undefined && options.stdin !== undefined;
    const shown = fromStdin ? STDIN_NAME : displayPath(options.cwd, path);
    try {
      const draft = isDraft(path);
      const what = draft ? "a draft article (Markdown or plain text)" : "a claims file (YAML or JSON)";
      const limit = options.maxFileBytes ?? READ_LIMITS.claimsFileBytes;
      let text: string;
      if (fromStdin) {
        text = decodeText(options.stdin!(), shown, what, limit);
      } else {
        const absolute = resolveFromCwd(options.cwd, path);
        const real = options.root === undefined ? absolute : resolveInside(options.root, absolute, shown);
        text = readText(real, shown, what, limit);
      }
      const maxLength = options.maxClaimLength !== undefined ? { maxClaimLength: options.maxClaimLength } : {};
      let parsed: Claim[];
      if (draft) {
        if (!options.drafts) throw new InputError({ file: shown }, "a claims file (YAML or JSON); drafts are not read here");
        const read = readDraft({ file: shown, text }, { ...options.drafts, isTaken: (id) => taken.has(id), ...maxLength });
        options.drafts.onDraft(read.draft);
        parsed = read.claims;
      } else {
        parsed = parseClaims({ file: shown, text }, { taken, maxClaims, ...maxLength });
      }
      for (const claim of parsed) {
        taken.set(claim.id, `${claim.location.file}:${claim.location.line}`);
        claims.push(claim);
      }
    } catch (error) {
      if (error instanceof InputErrors) errors.push(...error.errors);
      else if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length === 0 && claims.length > maxClaims) {
    errors.push(new InputError({}, `at most ${maxClaims} claims in one run; the claims files hold ${claims.length} (raise the limit with --max-claims)`));
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return claims;
}

/** An absolute pattern, or one with a ".." step: it could match outside the project. */
function climbs(pattern: string): boolean {
  const normal = pattern.replace(/\\/g, "/");
  return isAbsolute(pattern) || posix.isAbsolute(normal) || normal.split("/").includes("..");
}

function resolveFromCwd(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}
