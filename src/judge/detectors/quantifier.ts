// Quantifiers: "all the chicks", "only Maria Chen", "most of the money" say how many of a thing
// the claim speaks of. A passage that names the same things without saying as much ("the chicks
// hatched early") does not state the claim. Which words count is the lexicon's `quantifier` role.
import type { Analysis } from "../../types.js";
import type { Language } from "../../language/language.js";
import type { Detector, Finding } from "./detector.js";

/** How far before the word it counts a quantifier may stand: "all of the new", "most of the". */
const QUANTIFIER_REACH = 4;

export const quantifier: Detector = {
  name: "quantifier",
  detect(alignment, { claim }) {
    const findings: Finding[] = [];
    const { language } = claim;
    for (const match of alignment.parts) {
      // A counted thing too: "all nine authors" is not borne out by "two of the nine authors".
      if (match.part.role === "relation" || (match.part.kind === "fact" && match.part.fact!.kind !== "count")) continue;
      const at = quantifierBefore(claim.analysis, match.part.tokens[0]!, language);
      if (at === undefined || (match.found !== "here" && match.found !== "nearby") || !match.sentence || !match.tokens) continue;
      const word = claim.analysis.tokens[at]!;
      const said = saysAsMuch(match.sentence.analysis, match.tokens, word.lemma, language);
      if (said === undefined) {
        findings.push({ detector: "quantifier", effect: "lacks", why: `does not say "${word.raw.toLowerCase()}" of ${match.text ?? match.part.text}`, match });
        continue;
      }
      // "all non-essential lighting" says "all" of less than "all lighting" does.
      const narrower = language.roles(word).has("whole") ? narrowedBy(match.sentence.analysis, said, Math.min(...match.tokens), claim.analysis, at, language) : undefined;
      if (narrower) findings.push({ detector: "quantifier", effect: "lacks", why: `says "${word.raw.toLowerCase()}" only of "${narrower}"`, match });
    }
    return findings;
  },
};

/** The quantifier that counts a word: before it, past articles, adjectives and "of". */
function quantifierBefore(sentence: Analysis, first: number, language: Language): number | undefined {
  for (let i = first - 1; i >= 0 && i >= first - QUANTIFIER_REACH; i--) {
    const token = sentence.tokens[i]!;
    if (sentence.factOf[i]! >= 0) return undefined;
    if (language.roles(token).has("quantifier")) return i;
    if (!inCountedPhrase(sentence, i)) return undefined;
  }
  return undefined;
}

/** A word a quantifier may stand before, in the phrase it counts: articles, owners ("all of its lines"), adjectives, "of", nouns, names. */
function inCountedPhrase(sentence: Analysis, i: number): boolean {
  const { pos } = sentence.tokens[i]!;
  return pos === "DET" || pos === "PRON" || pos === "ADJ" || pos === "ADP" || pos === "NOUN" || sentence.nameOf[i]! >= 0;
}

/**
 * Where the passage counts its words the same way: the same quantifier (or one of the same sense)
 * before them, or right after ("the chicks all hatched"); undefined where it does not.
 */
function saysAsMuch(sentence: Analysis, tokens: readonly number[], lemma: string, language: Language): number | undefined {
  const same = (i: number) => {
    const token = sentence.tokens[i];
    if (!token || !language.roles(token).has("quantifier")) return false;
    if (token.lemma === lemma || token.norm === lemma) return true;
    const relation = language.relate({ lemma, pos: token.pos }, token);
    return relation === "synonym" || relation === "same";
  };
  const first = Math.min(...tokens);
  for (let i = first - 1; i >= 0 && i >= first - QUANTIFIER_REACH; i--) {
    if (same(i)) return i;
    if (!inCountedPhrase(sentence, i)) break;
  }
  const after = Math.max(...tokens) + 1;
  return same(after) ? after : undefined;
}

/**
 * A word the passage narrows what its quantifier counts by, between the two, that the claim does
 * not have between its own: "non-essential" in "all non-essential lighting".
 */
function narrowedBy(sentence: Analysis, quantifier: number, head: number, claim: Analysis, claimQuantifier: number, language: Language): string | undefined {
  if (quantifier > head) return undefined;
  const claimWords = new Set(claim.tokens.slice(claimQuantifier + 1).map((t) => t.lemma));
  for (let i = quantifier + 1; i < head; i++) {
    const token = sentence.tokens[i]!;
    if (!token.content || (token.pos !== "ADJ" && token.pos !== "NOUN") || claimWords.has(token.lemma) || language.roles(token).has("quantifier")) continue;
    return sentence.text.slice(token.start, sentence.tokens[head]!.end);
  }
  return undefined;
}
