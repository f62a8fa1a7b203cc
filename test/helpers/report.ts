// Builds a report object directly, for format tests that need text no judge would produce.
import type { ClaimResult, Report } from "../../src/types.js";

/** A claim result with defaults for whatever the test does not care about. */
export function claimResult(claim: Partial<ClaimResult> = {}): ClaimResult {
  return {
    id: "c1",
    text: "A claim.",
    verdict: "conflicting",
    reason: "a reason",
    failing: true,
    location: { file: "claims/c.yaml", line: 2, column: 11, endLine: 2, endColumn: 19 },
    evidence: [],
    conflicts: [],
    trace: { atoms: [], decision: "" },
    ...claim,
  };
}

/** A report of the given claims, counted as check() counts them. */
export function reportOf(claims: readonly Partial<ClaimResult>[]): Report {
  const results = claims.map(claimResult);
  const count = (verdict: ClaimResult["verdict"]) => results.filter((c) => c.verdict === verdict).length;
  return {
    reportVersion: "1.1",
    tool: { name: "claimcheck", version: "0.0.0" },
    summary: {
      total: results.length,
      supported: count("supported"),
      conflicting: count("conflicting"),
      unsourced: count("unsourced"),
      failing: results.filter((c) => c.failing).length,
    },
    claims: results,
    problems: [],
  };
}
