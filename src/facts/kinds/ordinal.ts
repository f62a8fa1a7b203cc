// Ordinals of a thing: "second season", "Season 2", "season two", "third album", "3rd film",
// "debut album". The unit is the noun ("season"); "Season" alone is no ordinal. A place by a
// measure ("third-largest") has that measure for its unit.
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { readOrdinal } from "../ordinal-words.js";
import { printOrdinal } from "../print.js";
import type { FactVocabulary } from "../vocabulary.js";

export const ordinal: FactKindDefinition = {
  kinds: ["ordinal"],
  amount: false,
  least: 1,
  open: tokenReader(startsOrdinal, readOrdinalFact),
  describe: (fact, vocabulary) => {
    const value = fact.stated?.value ?? fact.low;
    const noun = fact.stated?.noun ?? fact.unit;
    return vocabulary.numberedNouns.has(fact.unit) ? `${noun} ${value}` : `${printOrdinal(value, vocabulary)} ${noun}`;
  },
};

/** How many words may stand between an ordinal and its noun ("third studio album"). */
const LONGEST_NOUN_PHRASE = 3;

function startsOrdinal(token: Token, vocabulary: FactVocabulary): boolean {
  return isNumberedNoun(token, vocabulary) || token.kind === "number" || vocabulary.ordinals.has(token.norm) ||
    vocabulary.ordinalAdjectives.has(token.norm) || vocabulary.numbers.has(token.norm);
}

function isNumberedNoun(token: Token, vocabulary: FactVocabulary): boolean {
  return token.kind === "word" && (vocabulary.numberedNouns.has(token.lemma) || vocabulary.numberedNouns.has(token.norm));
}

function readOrdinalFact(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const token = tokens[i]!;
  // Season 2 · season two
  if (isNumberedNoun(token, vocabulary)) {
    const amount = readAmount(text, i + 1, { exactWholes: true });
    if (!amount || amount.through !== undefined || amount.hedge || !Number.isInteger(amount.value) || amount.value < 1 || amount.value > 9999) return undefined;
    const unit = vocabulary.numberedNouns.has(token.lemma) ? token.lemma : token.norm;
    return { kind: "ordinal", unit, first: i, next: amount.next, stated: { value: amount.value, precision: 0, noun: token.norm } };
  }
  // second season · third studio album · debut album
  const found = readOrdinal(tokens, i, vocabulary);
  if (!found) return undefined;
  // third-largest · second busiest: a place by the measure its describing word gives in its
  // highest degree, whatever noun follows or is left to be understood ("the second-largest in
  // the county's history").
  const graded = tokens[found.next]?.raw === "-" ? found.next + 1 : found.next;
  const degree = tokens[graded];
  if (degree?.kind === "word" && degree.pos === "ADJ" && degree.norm !== degree.lemma) {
    return { kind: "ordinal", unit: degree.norm, first: i, next: graded + 1, stated: { value: found.value, precision: 0, noun: degree.norm } };
  }
  // The noun counted: a numbered noun in the phrase ("second season finale"), else its last noun.
  let head: number | undefined;
  for (let at = found.next; at < found.next + LONGEST_NOUN_PHRASE; at++) {
    const word = tokens[at];
    if (!word || word.kind !== "word" || !["NOUN", "PROPN", "ADJ"].includes(word.pos) || (at > found.next && !word.spaced)) break;
    if (word.pos === "NOUN" && !(head !== undefined && isNumberedNoun(tokens[head]!, vocabulary))) head = at;
  }
  if (head === undefined || vocabulary.ranks.places.has(tokens[head]!.norm)) return undefined;
  const noun = tokens[head]!;
  return { kind: "ordinal", unit: noun.lemma, first: i, next: head + 1, stated: { value: found.value, precision: 0, noun: noun.norm } };
}
