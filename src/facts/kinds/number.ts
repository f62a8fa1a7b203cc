// Plain numbers, when no other kind claims them: "rose to 12", "a 2.5 rise"; and factors of
// change: "doubled" (twofold, unit "×"). A number in words alone says too little ("one of
// them"), unless a change goes to it ("rose to five") or it is the value a correction rules
// out ("two hours, not three").
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, statedOf, tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import type { FactText } from "../fact-text.js";
import { changeTo, endsClause, firstPhraseBefore } from "../phrase.js";
import { printAmount } from "../print.js";

/** The unit of a factor of change. */
export const FACTOR = "×";

export const number: FactKindDefinition = {
  kinds: ["number"],
  amount: true,
  least: 0,
  open: tokenReader((token, vocabulary) => startsNumber(token, vocabulary) || vocabulary.factors.has(token.norm), readNumber),
  describe: (fact, vocabulary) => {
    if (fact.unit === FACTOR) {
      for (const [word, factor] of vocabulary.factors) if (factor === fact.low) return word;
    }
    return fact.stated ? printAmount(fact.stated, vocabulary) : fact.display;
  },
};

function readNumber(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const factor = vocabulary.factors.get(tokens[i]!.norm);
  if (factor !== undefined) return { kind: "number", unit: FACTOR, first: i, next: i + 1, stated: { value: factor, precision: 0 } };
  const amount = readAmount(text, i, { exactWholes: true });
  if (!amount) return undefined;
  // In words, a number is a value where a change goes to it ("rose to five") or a correction
  // rules it out.
  const given = changeTo(tokens, amount.first - 1, vocabulary) || firstPhraseBefore(tokens, amount.first, vocabulary.corrections) !== undefined;
  if (amount.inWords && (amount.weak || !given)) return undefined;
  // "Ortiz, who chairs the council, is 52.": the value a clause says its subject is.
  const predicate = firstPhraseBefore(tokens, amount.first, vocabulary.ages.copulas) !== undefined && endsClause(tokens, amount.next, vocabulary.ages.joiners);
  return { kind: "number", unit: "", first: amount.first, next: amount.next, stated: statedOf(amount), ...(predicate ? { predicate } : {}) };
}
