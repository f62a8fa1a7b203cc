// Coverage: the words an atom is about besides its relation ("the city's new transit board") must
// mostly be in the passage; how many may go unmatched is fitted (see calibration.ts), not set.
// A noun among them names a thing the atom says takes part ("an offer from the government"),
// a word a preposition links says how ("offered seats for free"), and a figure says how many
// ("Five of the injured"): those must be there, whatever the rest weighs.
import { atomFeatures, softScore } from "../calibration.js";
import type { Detector } from "./detector.js";

/** Parts of speech of words that must be there: what takes part, and how many. */
const REQUIRED: ReadonlySet<string> = new Set(["NOUN", "NUM"]);

export const coverage: Detector = {
  name: "coverage",
  detect(alignment, { calibration, claim }) {
    const missing = alignment.parts.filter((m) => m.part.kind === "word" && m.found !== "here" && m.found !== "nearby" && !(m.part.role === "relation" && alignment.atom.light));
    const thing = missing.some(
      (m) => m.found === "missing" && m.part.role !== "relation" && (m.part.link !== undefined || m.part.tokens.some((t) => REQUIRED.has(claim.analysis.tokens[t]!.pos))),
    );
    if (!thing && softScore(atomFeatures(alignment), calibration) >= calibration.threshold) return [];
    const words = missing.slice(0, 4).map((m) => `"${m.part.text}"`).join(", ");
    return [{ detector: "coverage", effect: "lacks", why: words ? `does not say ${words}` : "states too little of it", ...(missing[0] ? { match: missing[0] } : {}) }];
  },
};
