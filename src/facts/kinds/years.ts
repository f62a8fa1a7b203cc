// Spans of years: "the 2018–19 season", "2018-2019", "the 2019/20 budget", and a decade, "the
// 1990s". A span is its own kind of fact: it agrees with the same span however written, and a
// year alone says too little of it to be compared ("in 2018" is not "2018–19").
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { tokenReader } from "../kind.js";
import { foldDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import type { FactVocabulary } from "../vocabulary.js";

const CENTURY = 100;
/**
 * An end year written with two digits is the next one with them: "1939–45" ends in 1945,
 * "1999–00" in 2000. Such shorthand is for short spans; "2019-18" is no span of 99 years.
 */
const MOST_ABBREVIATED_SPAN = 20;

export const years: FactKindDefinition = {
  kinds: ["years"],
  amount: false,
  least: 0,
  open: tokenReader((token) => token.kind === "number", readSpan),
  describe: (fact) => `${fact.stated?.value}\u2013${fact.stated?.through}`,
};

/** Years in a decade. */
const DECADE = 10;

function readSpan(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const token = foldDigits(tokens[i]!.norm);
  // "the 1990s": the ten years from 1990.
  const decade = /^(\d{3}0)(\p{L}+)$/u.exec(token);
  if (decade && vocabulary.ages.decadeSuffixes.has(decade[2]!)) {
    const from = Number(decade[1]);
    if (from < vocabulary.years.from || from > vocabulary.years.to) return undefined;
    return { kind: "years", unit: "", first: i, next: i + 1, stated: { value: from, through: from + DECADE - 1, precision: 0 } };
  }
  // Written as one token ("2018-2019") or three ("2018", "–", "19").
  for (const joiner of vocabulary.years.spans) {
    const at = token.indexOf(joiner);
    if (at > 0) return span(token.slice(0, at), token.slice(at + joiner.length), i, i + 1, vocabulary);
  }
  const joiner = tokens[i + 1];
  const end = tokens[i + 2];
  if (!joiner || !end || end.kind !== "number" || !vocabulary.years.spans.has(joiner.norm)) return undefined;
  return span(token, foldDigits(end.norm), i, i + 3, vocabulary);
}

function span(start: string, end: string, first: number, next: number, vocabulary: FactVocabulary): FactDraft | undefined {
  if (!/^\d{4}$/.test(start) || !/^(\d{2}|\d{4})$/.test(end)) return undefined;
  const from = Number(start);
  if (from < vocabulary.years.from || from > vocabulary.years.to) return undefined;
  let to = Number(end);
  if (end.length === 2) {
    to += from - (from % CENTURY);
    if (to <= from) to += CENTURY;
    if (to - from > MOST_ABBREVIATED_SPAN) return undefined;
  }
  if (to <= from || to - from >= CENTURY) return undefined;
  return { kind: "years", unit: "", first, next, stated: { value: from, through: to, precision: 0 } };
}
