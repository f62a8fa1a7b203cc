// Attachment: an argument must hang on the relation in the passage, not merely stand in the
// same sentence. "The spinoff series stars …, Noah Bean (Nikita)" names Nikita, but not as
// what the series is a spinoff of. The argument follows the relation within its phrase (no
// other verb, bracket or sentence break between), or stands right before it ("the Bosch spinoff").
import type { Analysis } from "../../types.js";
import type { Language } from "../../language/language.js";
import type { PartMatch } from "../align.js";
import type { Detector, Finding } from "./detector.js";

/** How far an argument may stand after its relation, and before it, in tokens. */
const REACH = Object.freeze({ after: 16, before: 3 });

export const attachment: Detector = {
  name: "attachment",
  detect(alignment, { claim }) {
    const relation = alignment.parts.find((m) => m.part.role === "relation");
    if (!relation || relation.found !== "here" || relation.sentence !== alignment.view || alignment.atom.light) return [];
    const sentence = alignment.view.analysis;
    const findings: Finding[] = [];
    for (const match of alignment.parts) {
      if (match.part.role !== "argument" || match.part.kind === "fact" || match.found !== "here" || match.sentence !== alignment.view) continue;
      if (attached(sentence, relation, match, claim.language)) continue;
      findings.push({ detector: "attachment", effect: "lacks", why: `names ${match.text}, but not as what "${relation.text}" links to`, match });
    }
    return findings;
  },
};

function attached(sentence: Analysis, relation: PartMatch, argument: PartMatch, language: Language): boolean {
  const from = relation.tokens![relation.tokens!.length - 1]!;
  const to = argument.tokens![0]!;
  if (to > from) {
    if (to - from > REACH.after) return false;
    for (let i = from + 1; i < to; i++) if (breaksPhrase(sentence, i, language)) return false;
    return true;
  }
  const last = argument.tokens![argument.tokens!.length - 1]!;
  const start = relation.tokens![0]!;
  if (start - last > REACH.before) return false;
  for (let i = last + 1; i < start; i++) if (breaksPhrase(sentence, i, language)) return false;
  return true;
}

/** A token that ends the phrase a relation heads: another verb, a bracket, a clause break. */
function breaksPhrase(sentence: Analysis, i: number, language: Language): boolean {
  const token = sentence.tokens[i]!;
  if (sentence.nameOf[i]! >= 0 || sentence.factOf[i]! >= 0) return false;
  if (token.pos === "VERB" || token.pos === "AUX") return true;
  if (["(", ")", ";", ".", "[", "]", "!", "?"].includes(token.raw)) return true;
  return language.roles(token).has("relative");
}
