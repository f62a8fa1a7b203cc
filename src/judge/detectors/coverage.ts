// Coverage: the words an atom is about besides its relation ("the city's new transit board") must
// mostly be in the passage; how many may go unmatched is fitted (see calibration.ts), not set.
import { atomFeatures, softScore } from "../calibration.js";
import type { Detector } from "./detector.js";

export const coverage: Detector = {
  name: "coverage",
  detect(alignment, { calibration }) {
    const score = softScore(atomFeatures(alignment), calibration);
    if (score >= calibration.threshold) return [];
    const missing = alignment.parts.filter((m) => m.part.kind === "word" && m.found !== "here" && m.found !== "nearby" && !(m.part.role === "relation" && alignment.atom.light));
    const words = missing.slice(0, 4).map((m) => `"${m.part.text}"`).join(", ");
    return [{ detector: "coverage", effect: "lacks", why: words ? `does not say ${words}` : "states too little of it", ...(missing[0] ? { match: missing[0] } : {}) }];
  },
};
