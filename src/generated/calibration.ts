// The judge's calibration. These are the starting values: `npm run calibrate` (scripts/calibrate.ts)
// cross-validates them on the public labelled claims and replaces them only with a fit that does better.
import type { Calibration } from "../judge/calibration.js";

const calibration: Calibration = {
  bias: 3,
  weights: { missing: -10, nearby: -2, weak: -1, nearbyNames: -1, partialNames: -2, missingCount: -1, relationAbsent: -6, unsaid: -4, light: -0.5 },
  threshold: 0.5,
  conflictMissing: 0.5,
  reach: 2,
};
export default calibration;
