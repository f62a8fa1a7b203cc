// Temperatures: "38.9C", "38.9°C", "40 degrees Celsius", "102F". A temperature keeps its scale
// as its unit, so Celsius and Fahrenheit readings are not compared with each other; hedges
// widen it as they do an amount ("more than 38C").
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { printAmount } from "../print.js";

export const temperature: FactKindDefinition = {
  kinds: ["temperature"],
  amount: true,
  least: Number.NEGATIVE_INFINITY,
  open: tokenReader(startsNumber, readTemperature),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { suffix: fact.unit }) : fact.display),
};

function readTemperature(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const amount = readAmount(text, i, { exactWholes: false, digitsOnly: true });
  if (!amount) return undefined;
  const { degrees, scales } = vocabulary.temperatures;
  let at = amount.next;
  const degree = tokens[at] !== undefined && (degrees.has(tokens[at]!.norm) || degrees.has(tokens[at]!.raw));
  if (degree) at++;
  const mark = tokens[at];
  // "39.8C." at the end of a sentence: the tokenizer keeps the full stop with the letter.
  const scale = mark && scales.get(mark.norm.replace(/\.$/u, ""));
  if (!mark || !scale) return undefined;
  if (!degree && mark.spaced) return undefined;
  return { kind: "temperature", unit: scale, first: amount.first, next: at + 1, stated: statedOf(amount) };
}
