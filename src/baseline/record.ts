// Making a baseline: today's failing claims, or an existing baseline without its fixed entries.
import type { Baseline, BaselineOutcome, Report, Verdict } from "../types.js";
import { claimKey, entryOf } from "./fingerprint.js";

/** Records every claim whose verdict is one of `failOn`, whatever --max-unsourced lets pass. */
export function recordBaseline(report: Report, failOn: readonly Verdict[]): Baseline {
  const failing = new Set(failOn);
  return { entries: sortEntries(report.claims.filter((claim) => failing.has(claim.verdict)).map(entryOf)) };
}

/** The baseline without the entries a run found fixed or gone; every other entry is kept as it was. */
export function pruneBaseline(baseline: Baseline, outcome: BaselineOutcome): Baseline {
  const fixed = new Set(outcome.absent.map(claimKey));
  return { entries: sortEntries(baseline.entries.filter((entry) => !fixed.has(claimKey(entry)))) };
}

/** By claims file, then id, in code-unit order: the same on every machine and locale. */
export function sortEntries<T extends { file: string; id: string }>(entries: readonly T[]): T[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => compare(a.file, b.file) || compare(a.id, b.id));
}
