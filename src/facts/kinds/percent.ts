// Percentages: "77%", "77 percent", "seventy-seven per cent", "10-12%".
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { firstPhraseAt } from "../phrase.js";
import { printAmount } from "../print.js";

export const percent: FactKindDefinition = {
  kinds: ["percent"],
  amount: true,
  least: 0,
  open: tokenReader(startsNumber, readPercent),
  describe: (fact, vocabulary) => (fact.stated ? printAmount(fact.stated, vocabulary, { suffix: suffix(vocabulary.percentPrinted) }) : fact.display),
};

/** A sign sits against the number ("77%"); a word stands apart ("77 percent"). */
function suffix(printed: string): string {
  return /^\p{L}/u.test(printed) ? ` ${printed}` : printed;
}

function readPercent(text: FactText, i: number): FactDraft | undefined {
  const amount = readAmount(text, i, { exactWholes: false });
  if (!amount) return undefined;
  const sign = firstPhraseAt(text.tokens, amount.next, text.vocabulary.percent);
  if (!sign) return undefined;
  return { kind: "percent", unit: "%", first: amount.first, next: sign.next, stated: statedOf(amount) };
}
