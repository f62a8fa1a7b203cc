// The machine report: versioned, valid against schema/report.schema.json, byte-stable.
import type { Reporter } from "./reporter.js";

export const json: Reporter = (report, { quiet }) => {
  const claims = quiet ? report.claims.filter((c) => c.failing) : report.claims;
  return `${JSON.stringify({ ...report, claims }, null, 2)}\n`;
};
