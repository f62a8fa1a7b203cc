// Polarity: the same relation, negated in the passage and not in the claim or the other way
// round ("was not looking" against "was looking"), contradicts it.
import type { Detector } from "./detector.js";
import { anotherTime } from "./facts.js";

export const polarity: Detector = {
  name: "polarity",
  detect(alignment) {
    const match = alignment.parts.find((m) => m.part.role === "relation");
    if (!match || match.found !== "opposite" || match.relation === "opposite") return [];
    // "was not sold in 2026" against "sold in 2027": another time, where either may hold.
    if (anotherTime(alignment)) return [];
    const negated = alignment.atom.negated ? "affirms" : "negates";
    return [{ detector: "polarity", effect: "contradicts", why: `${negated} "${match.text}"`, match }];
  },
};
