// Counts of things: "10 episodes", "a ten-episode series", "43 new cases", "three lynx kittens", "a dozen eggs",
// "dozens of fans" (24 to 143), "twice" (2 times). The unit is the noun's dictionary form.
// "one of the shows" is no count: "one" says too little, and "of" takes a share, not a count.
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { oneByArticle, startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { isJoiningHyphen } from "../phrase.js";
import { printAmount } from "../print.js";
import type { FactVocabulary } from "../vocabulary.js";

export const count: FactKindDefinition = {
  kinds: ["count"],
  amount: true,
  least: 0,
  open: tokenReader((token, vocabulary) => startsNumber(token, vocabulary) || vocabulary.times.has(token.norm), readCount),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { suffix: ` ${fact.stated.noun ?? fact.unit}` }) : fact.display),
};

/** Adjectives that may stand between a number and its noun: "43 new cases". */
const MOST_ADJECTIVES = 2;

function readCount(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  // twice
  const times = vocabulary.times.get(tokens[i]!.norm);
  if (times !== undefined) {
    return { kind: "count", unit: vocabulary.timesUnit, first: i, next: i + 1, stated: { value: times, precision: 0, noun: vocabulary.timesNoun } };
  }
  // about a mile · half a tonne: an article stands for one of a unit of measure, not of any noun ("a garden").
  const one = oneByArticle(tokens, i, vocabulary, (word) => vocabulary.measures.has(word.lemma) || vocabulary.measures.has(word.norm));
  // Counted as written, like "1 mile": a hedge before it widens it ("about a mile").
  if (one) return { kind: "count", unit: one.word.lemma, first: i, next: one.next, stated: statedOf({ value: one.value, precision: 0 }, one.word.norm) };
  const amount = readAmount(text, i, { exactWholes: true });
  if (!amount || amount.weak) return undefined;
  let at = amount.next;
  const hyphened = isJoiningHyphen(tokens, at);
  if (hyphened) at++;
  else if (amount.plural && vocabulary.multipleJoiners.has(tokens[at]?.norm ?? "")) at++;
  for (let k = 0; k < MOST_ADJECTIVES && tokens[at]?.pos === "ADJ" && tokens[at + 1]?.kind === "word"; k++) at++;
  if (!tokens[at] || !isCounted(tokens[at]!, vocabulary)) return undefined;
  // The last noun of a compound is what is counted: "three lynx kittens" are kittens ("a
  // ten-episode series" counts episodes).
  while (!hyphened && tokens[at + 1] && isCounted(tokens[at + 1]!, vocabulary)) at++;
  const noun = tokens[at]!;
  return { kind: "count", unit: noun.lemma, first: amount.first, next: at + 1, stated: statedOf(amount, noun.norm) };
}

/** A noun that is counted: not a unit of time ("50 last year" counts no years), nor a month. */
function isCounted(token: Token, vocabulary: FactVocabulary): boolean {
  return token.kind === "word" && token.pos === "NOUN" && !vocabulary.notCounted.has(token.norm) && !vocabulary.months.has(token.norm) &&
    !vocabulary.durations.has(token.norm) && !vocabulary.durations.has(token.lemma);
}
