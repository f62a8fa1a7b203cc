// Comparing a run with its baseline: a failing claim the baseline knows as it is stays shown but
// no longer fails; a new failure, or a known claim whose text, verdict or evidence changed, fails.
import type { Baseline, BaselineOutcome, Claim, ClaimResult, FixedEntry, Report, Verdict } from "../types.js";
import { claimKey, entryOf, sameFailure } from "./fingerprint.js";
import { sortEntries } from "./record.js";

export interface BaselineContext {
  /** The baseline file, as shown to users. */
  file: string;
  /** Every claim the run read, checked or not: an entry for one left unchecked is left alone. */
  claims: readonly Claim[];
  /** The verdicts that fail the run: an entry whose claim has none of them is fixed. */
  failOn: readonly Verdict[];
}

/** The report with each failing claim's baseline state, the failing count redone, and the fixed entries. */
export function compareWithBaseline(report: Report, baseline: Baseline, context: BaselineContext): Report {
  const entries = new Map(baseline.entries.map((entry) => [claimKey(entry), entry]));
  const counts = { new: 0, unchanged: 0, updated: 0 };
  const claims = report.claims.map((claim): ClaimResult => {
    if (!claim.failing) return claim;
    const entry = entries.get(keyOf(claim));
    const state = entry === undefined ? "new" : sameFailure(entry, entryOf(claim)) ? "unchanged" : "updated";
    counts[state]++;
    return { ...claim, failing: state !== "unchanged", baselineState: state };
  });
  const outcome: BaselineOutcome = { file: context.file, ...counts, absent: fixedEntries(baseline, claims, context) };
  return { ...report, summary: { ...report.summary, failing: claims.filter((claim) => claim.failing).length }, claims, baseline: outcome };
}

/**
 * Entries the baseline no longer needs: the claim was checked and its verdict no longer fails,
 * or it is gone from a claims file this run read. Claims files the run did not read, and claims
 * it read but did not check (--changed-since), say nothing about their entries.
 */
function fixedEntries(baseline: Baseline, checked: readonly ClaimResult[], context: BaselineContext): FixedEntry[] {
  const failOn = new Set(context.failOn);
  const results = new Map(checked.map((claim) => [keyOf(claim), claim]));
  const read = new Set(context.claims.map(keyOf));
  const files = new Set(context.claims.map((claim) => claim.location.file));
  const fixed: FixedEntry[] = [];
  for (const entry of sortEntries(baseline.entries)) {
    const { file, id, verdict } = entry;
    const result = results.get(claimKey(entry));
    if (result) {
      if (!failOn.has(result.verdict)) fixed.push({ file, id, verdict, now: { verdict: result.verdict, location: result.location } });
    } else if (!read.has(claimKey(entry)) && files.has(file)) {
      fixed.push({ file, id, verdict });
    }
  }
  return fixed;
}

function keyOf(claim: { id: string; location: { file: string } }): string {
  return claimKey({ file: claim.location.file, id: claim.id });
}
