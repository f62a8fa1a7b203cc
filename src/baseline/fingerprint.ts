// What identifies a known failure: the claim's text, its verdict and the passage that verdict
// rests on, each as a short fingerprint, so the baseline file holds no copies of either text.
// node:crypto only hashes here (no files, no environment); SHA-256 because a pull request must
// not be able to edit a known claim into another that keeps its fingerprint.
import { createHash } from "node:crypto";
import type { BaselineEntry, ClaimResult } from "../types.js";

/** Hex digits kept of a SHA-256: 64 bits, far past any chance collision among a project's claims. */
const HASH_DIGITS = 16;

export function shortHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, HASH_DIGITS);
}

/** The baseline entry that describes a claim's result as it is now. */
export function entryOf(claim: ClaimResult): BaselineEntry {
  const evidence = keyEvidence(claim);
  return {
    file: claim.location.file,
    id: claim.id,
    verdict: claim.verdict,
    textHash: shortHash(claim.text),
    ...(evidence ? { evidence: `${evidence.sourceId}#${shortHash(evidence.quote)}` } : {}),
  };
}

/** Whether a recorded entry still describes the claim: same text, verdict and key evidence. */
export function sameFailure(entry: BaselineEntry, now: BaselineEntry): boolean {
  return entry.textHash === now.textHash && entry.verdict === now.verdict && entry.evidence === now.evidence;
}

/** The passage the reason names: the first conflict's, else the strongest; none when unsourced. */
function keyEvidence(claim: ClaimResult): ClaimResult["evidence"][number] | undefined {
  if (claim.verdict === "unsourced") return undefined;
  return claim.evidence[claim.conflicts[0]?.evidence ?? 0];
}

/** The key a claim and its entry share: claims file and id. */
export function claimKey(entry: { file: string; id: string }): string {
  return `${entry.file}\u0000${entry.id}`;
}
