// The machine report: versioned, valid against schema/report.schema.json, byte-stable. The
// trace of how each verdict was reached is there on demand (--explain): it is most of the size.
import type { Reporter } from "./reporter.js";

export const json: Reporter = (report, { quiet, explain }) => {
  const listed = quiet ? report.claims.filter((c) => c.failing) : report.claims;
  const claims = explain ? listed : listed.map(({ trace: _trace, ...claim }) => claim);
  // --quiet lists failing claims only: the skipped ones are counted, not listed.
  const changedSince = report.changedSince && quiet ? { ...report.changedSince, skippedClaims: [] } : report.changedSince;
  return `${JSON.stringify({ ...report, claims, ...(changedSince ? { changedSince } : {}) }, null, 2)}\n`;
};
