// Coverage: the words an atom is about besides its relation ("the city's new transit board") must
// mostly be in the passage; how many may go unmatched is fitted (see calibration.ts), not set.
// A noun among them names a thing the atom says takes part ("an offer from the government"),
// a word a preposition links says how ("offered seats for free"), and a figure says how many
// ("Five of the injured") or which ("the tiebreak 3.5-0.5", read by no fact kind): those must be
// there, whatever the rest weighs.
import { atomFeatures, softScore } from "../calibration.js";
import type { Analysis } from "../../types.js";
import type { Alignment } from "../align.js";
import type { Language } from "../../language/language.js";
import type { Detector } from "./detector.js";

/** Parts of speech of words that must be there: what takes part, and how many. */
const REQUIRED: ReadonlySet<string> = new Set(["NOUN", "NUM"]);

export const coverage: Detector = {
  name: "coverage",
  detect(alignment, { calibration, claim }) {
    const missing = alignment.parts.filter((m) => m.part.kind === "word" && m.found !== "here" && m.found !== "nearby" && !(m.part.role === "relation" && alignment.atom.light));
    const thing = missing.some(
      (m) =>
        m.found === "missing" &&
        m.part.role !== "relation" &&
        (m.part.link !== undefined || m.part.tokens.some((t) => REQUIRED.has(claim.analysis.tokens[t]!.pos) || claim.analysis.tokens[t]!.kind === "number")),
    );
    // A passage that says only the relation, every other part of the atom standing in sentences
    // around it and no "it" or "she" here to stand for them, is not what states it: "… and the
    // city opened six cooling centres" opens no airport line, whatever the sentences around it
    // name. (Who said a thing is the speaker check's: see judge-claim.ts.)
    const rest = alignment.parts.filter((m) => m.part.role !== "relation");
    const elsewhere =
      !alignment.atom.reporting &&
      rest.length > 0 &&
      rest.every((m) => m.found === "nearby" && m.sentence !== alignment.view) &&
      !pointsBack(alignment.view.analysis, claim.language);
    if (elsewhere) return [{ detector: "coverage", effect: "lacks", why: `says ${rest.map((m) => `"${m.part.text}"`).join(", ")} only in sentences around it`, match: rest[0]! }];
    // A word that sets the atom against a measure ("below the monthly average") must be there.
    const degree = unsaidDegree(alignment, claim.analysis, claim.language);
    if (degree) return [{ detector: "coverage", effect: "lacks", why: `does not say "${degree}"` }];
    if (!thing && softScore(atomFeatures(alignment), calibration) >= calibration.threshold) return [];
    const words = missing.slice(0, 4).map((m) => `"${m.part.text}"`).join(", ");
    return [{ detector: "coverage", effect: "lacks", why: words ? `does not say ${words}` : "states too little of it", ...(missing[0] ? { match: missing[0] } : {}) }];
  },
};

/** Whether a sentence says "it", "she" or "we": a word that stands for something named before it. */
function pointsBack(sentence: Analysis, language: Language): boolean {
  return sentence.tokens.some((token) => token.pos === "PRON" && language.roles(token).has("anaphor"));
}

/** A word of degree ("below", "above") among the atom's words, outside any figure, that the passage does not say. */
function unsaidDegree(alignment: Alignment, claim: Analysis, language: Language): string | undefined {
  const held = alignment.atom.parts.flatMap((p) => p.tokens);
  if (held.length === 0) return undefined;
  const [from, to] = [Math.min(...held), Math.max(...held)];
  const passage = alignment.view.analysis.tokens;
  for (let t = from; t <= to; t++) {
    const token = claim.tokens[t]!;
    if (claim.factOf[t]! < 0 && language.roles(token).has("degree") && !passage.some((p) => p.lemma === token.lemma)) return token.raw;
  }
  return undefined;
}
