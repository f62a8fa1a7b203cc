// Ranks: "No. 4", "#4", "number one", "top 10" (any rank from 1 to 10), "fourth place",
// "ranked fourth", "finished second". "No, he said" is no rank: the marker is "No." with its stop.
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import { readAmount } from "../amount.js";
import { readDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import { readOrdinal } from "../ordinal-words.js";
import { firstPhraseAt } from "../phrase.js";
import type { FactVocabulary } from "../vocabulary.js";
import type { Token } from "../../types.js";

export const rank: FactKindDefinition = {
  kinds: ["rank"],
  amount: false,
  least: 1,
  open: tokenReader(startsRank, readRank),
  describe: (fact, vocabulary) => {
    const value = fact.stated?.value ?? fact.low;
    return fact.stated?.hedge === "atMost" ? `${vocabulary.ranks.topPrinted} ${value}` : `${vocabulary.ranks.markerPrinted} ${value}`;
  },
};

function startsRank(token: Token, vocabulary: FactVocabulary): boolean {
  const { ranks } = vocabulary;
  return ranks.starts.has(token.norm) || ranks.tops.has(token.norm) || (token.norm.includes("-") && ranks.tops.has(token.norm.split("-")[0]!)) ||
    vocabulary.ordinals.has(token.norm) || token.kind === "number" || vocabulary.numbers.has(token.norm);
}

function readRank(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const { ranks } = vocabulary;
  const token = tokens[i]!;
  // No. 4 · #4 · number one
  const marker = firstPhraseAt(tokens, i, ranks.markers);
  if (marker) {
    const amount = readAmount(text, marker.next, { exactWholes: true });
    if (!amount || !isRank(amount.value) || amount.through !== undefined || amount.weak && amount.value !== 1) return undefined;
    return { kind: "rank", unit: "", first: i, next: amount.next, stated: { value: amount.value, precision: 0 } };
  }
  // top 10 · top-10
  if (ranks.tops.has(token.norm)) {
    const amount = readAmount(text, i + 1, { exactWholes: true });
    if (!amount || !isRank(amount.value) || amount.through !== undefined || amount.weak) return undefined;
    return { kind: "rank", unit: "", first: i, next: amount.next, stated: { value: amount.value, precision: 0, hedge: "atMost" } };
  }
  const [top, digits, ...rest] = token.norm.split("-");
  if (rest.length === 0 && ranks.tops.has(top!) && digits !== undefined) {
    const value = readDigits(digits)?.value;
    if (value !== undefined && isRank(value)) return { kind: "rank", unit: "", first: i, next: i + 1, stated: { value, precision: 0, hedge: "atMost" } };
  }
  // fourth place · ranked fourth
  const ordinal = readOrdinal(tokens, i, vocabulary);
  if (!ordinal || ordinal.adjective) return undefined;
  const after = tokens[ordinal.next];
  if (after && ranks.places.has(after.norm)) {
    return { kind: "rank", unit: "", first: i, next: ordinal.next + 1, stated: { value: ordinal.value, precision: 0 } };
  }
  const before = tokens[i - 1];
  if (before && ranks.verbs.has(before.lemma) && !(after && (after.pos === "NOUN" || after.pos === "PROPN"))) {
    return { kind: "rank", unit: "", first: i, next: ordinal.next, stated: { value: ordinal.value, precision: 0 } };
  }
  return undefined;
}

function isRank(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value < 10_000;
}
