// A draft's sentences in words: how many became claims, and why the others did not.
import type { Draft, SkipReason } from "../types.js";

const REASON_WORDS: Readonly<Record<SkipReason, [string, string]>> = {
  question: ["question", "questions"],
  quotation: ["quotation", "quotations"],
  boilerplate: ["boilerplate", "boilerplate"],
  heading: ["heading without a fact", "headings without a fact"],
  fragment: ["fragment", "fragments"],
  table: ["table cell", "table cells"],
};

/** "2 questions, 1 quotation": the skipped sentences of a draft, by reason. */
export function describeSkipped(draft: Draft): string {
  return Object.entries(draft.skipped)
    .map(([reason, count]) => `${count} ${REASON_WORDS[reason as SkipReason][count === 1 ? 0 : 1]}`)
    .join(", ");
}

/** "drafts/harbor.md: 14 sentences, 9 claims, 5 skipped (2 questions, …)". */
export function describeDraft(draft: Draft): string {
  const skipped = draft.sentences - draft.claims;
  const why = skipped > 0 ? ` (${describeSkipped(draft)})` : "";
  return `${draft.sentences} sentence${draft.sentences === 1 ? "" : "s"}, ${draft.claims} claim${draft.claims === 1 ? "" : "s"}, ${skipped} skipped${why}`;
}
