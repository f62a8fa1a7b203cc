// Money: "$14.84 million", "US$5", "€5m", "$2bn", "5 dollars". The unit is the currency's symbol.
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { printAmount } from "../print.js";

export const money: FactKindDefinition = {
  kinds: ["money"],
  amount: true,
  least: 0,
  open: tokenReader((token, vocabulary) => vocabulary.currencySymbols.has(token.norm) || startsNumber(token, vocabulary), readMoney),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { prefix: fact.unit }) : fact.display),
};

function readMoney(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  // $14.84 million — a symbol before digits only: "$ five" is not how money is written.
  const symbol = vocabulary.currencySymbols.get(tokens[i]!.norm);
  if (symbol !== undefined) {
    const amount = readAmount(text, i + 1, { exactWholes: false, digitsOnly: true });
    if (!amount) return undefined;
    return { kind: "money", unit: symbol, first: Math.min(i, amount.first), next: amount.next, stated: statedOf(amount) };
  }
  // 5 dollars, five euros
  const amount = readAmount(text, i, { exactWholes: false });
  const word = amount ? vocabulary.currencyWords.get(tokens[amount.next]?.norm ?? "") : undefined;
  if (!amount || word === undefined) return undefined;
  return { kind: "money", unit: word, first: amount.first, next: amount.next + 1, stated: statedOf(amount) };
}
