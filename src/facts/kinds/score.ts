// Scores out of a scale: "6/10" (one token), "8.5/10", "6 out of 10", "four out of five stars".
// A score is exact: a critic's 6/10 is not 6.3/10.
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import { foldDigits, readDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import { firstPhraseAt } from "../phrase.js";
import { printNumber } from "../print.js";

export const score: FactKindDefinition = {
  kinds: ["score"],
  amount: false,
  least: 0,
  open: tokenReader(startsNumber, readScore),
  describe: (fact, vocabulary) => `${printNumber(fact.stated?.value ?? fact.low, undefined, 0, vocabulary)}${fact.unit}`,
};

function readScore(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const token = tokens[i]!;
  if (token.kind === "number") {
    const parts = foldDigits(token.norm).split("/");
    const [points, outOf] = parts.map((part) => readDigits(part));
    if (parts.length === 2 && points && outOf && outOf.decimals === 0 && outOf.value > 0) {
      return { kind: "score", unit: `/${outOf.value}`, first: i, next: i + 1, stated: { value: points.value, precision: 0 } };
    }
  }
  const points = readAmount(text, i, { exactWholes: true });
  const joiner = points && points.through === undefined ? firstPhraseAt(tokens, points.next, vocabulary.scoreJoiners) : undefined;
  const outOf = joiner ? readAmount(text, joiner.next, { exactWholes: true }) : undefined;
  if (!points || !outOf || outOf.through !== undefined || outOf.value <= 0 || !Number.isInteger(outOf.value)) return undefined;
  return { kind: "score", unit: `/${outOf.value}`, first: i, next: outOf.next, stated: { value: points.value, precision: 0 } };
}
