// The machine report: versioned, valid against schema/report.schema.json, byte-stable.
import type { Reporter } from "./reporter.js";

export const json: Reporter = (report, { quiet }) => {
  const claims = quiet ? report.claims.filter((c) => c.failing) : report.claims;
  // --quiet lists failing claims only: the skipped ones are counted, not listed.
  const changedSince = report.changedSince && quiet ? { ...report.changedSince, skippedClaims: [] } : report.changedSince;
  return `${JSON.stringify({ ...report, claims, ...(changedSince ? { changedSince } : {}) }, null, 2)}\n`;
};
