// Percentages: "77%", "77 percent", "seventy-seven per cent", "10-12%", and a fraction by
// which something changed: "cut by a quarter".
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { changeBy, firstPhraseAt } from "../phrase.js";
import { printAmount } from "../print.js";
import type { FactVocabulary } from "../vocabulary.js";

export const percent: FactKindDefinition = {
  kinds: ["percent"],
  amount: true,
  least: 0,
  open: tokenReader(startsPercent, readPercent),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { suffix: suffix(vocabulary.percentPrinted) }) : fact.display),
};

/** A sign sits against the number ("77%"); a word stands apart ("77 percent"). */
function suffix(printed: string): string {
  return /^\p{L}/u.test(printed) ? ` ${printed}` : printed;
}

function startsPercent(token: Token, vocabulary: FactVocabulary): boolean {
  return startsNumber(token, vocabulary) || vocabulary.articles.has(token.norm) || vocabulary.shares.has(token.norm);
}

function readPercent(text: FactText, i: number): FactDraft | undefined {
  const share = readShare(text, i);
  if (share) return share;
  const amount = readAmount(text, i, { exactWholes: false });
  if (!amount) return undefined;
  const sign = firstPhraseAt(text.tokens, amount.next, text.vocabulary.percent);
  if (!sign) return undefined;
  return { kind: "percent", unit: "%", first: amount.first, next: sign.next, stated: statedOf(amount) };
}

/** "by a quarter", "by half" after a word of change: how much it changed, in percent. */
function readShare(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const at = vocabulary.articles.has(tokens[i]!.norm) ? i + 1 : i;
  const value = vocabulary.shares.get(tokens[at]?.norm ?? "");
  if (value === undefined || !vocabulary.ranges.by.has(tokens[i - 1]?.norm ?? "") || !changeBy(tokens, i, vocabulary)) return undefined;
  return { kind: "percent", unit: "%", first: i, next: at + 1, stated: { value, precision: 0.5 } };
}
