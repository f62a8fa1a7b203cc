// The claims file a run over drafts would check, for teams that curate claims by hand: valid
// against schema/claims.schema.json, each claim with a note saying where it stands in its draft.
import { Document } from "yaml";
import { escapeLine } from "../report/escape.js";
import type { Claim, Draft } from "../types.js";
import { describeDraft } from "./describe.js";

export function claimsFileOf(drafts: readonly { draft: Draft; claims: readonly Claim[] }[], tool: { name: string; version: string }): string {
  const claims = drafts.flatMap(({ claims }) =>
    claims.map((claim) => ({ id: claim.id, text: claim.text, note: `${claim.location.file}:${claim.location.line}:${claim.location.column}` })),
  );
  const doc = new Document({ claims }, { version: "1.2" });
  doc.commentBefore = [
    ` Claims read from draft articles by ${tool.name} ${tool.version} (claimcheck extract); each note is the claim's place in its draft.`,
    ...drafts.map(({ draft }) => ` ${escapeLine(draft.file)}: ${describeDraft(draft)}`),
  ].join("\n");
  return doc.toString({ lineWidth: 0 });
}
