// Results: the two tallies of a match or a vote, written as one figure ("won 2-0", "a 5-4
// vote", "ruled 2-1") or in words ("by 54 votes to 41", "voted 6 to 1"). A result is exact, and
// its order is the text's: "3-0" is not "2-0". A span of years ("2019-20") and a range with a
// unit ("10-12 people") are read before the figure; the words are read before counts, so "54
// votes" is a tally, not a count of its own.
import type { Token } from "../../types.js";
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { startsNumber, tokenReader } from "../kind.js";
import { foldDigits, readDigits } from "../digits.js";
import type { FactText } from "../fact-text.js";
import type { FactVocabulary } from "../vocabulary.js";

/** Tallies in words may be a whole electorate's; the two are one value, the first one's place above the second's. */
const PLACE = 10_000_000;

/** "54-41", "1,020-310": thousands are grouped, so a tally of four figures reads back as one. */
const describe: FactKindDefinition["describe"] = (fact) => `${grouped(Math.floor(fact.low / PLACE))}-${grouped(fact.low % PLACE)}`;

function grouped(tally: number): string {
  return String(tally).replace(/\B(?=(\d{3})+$)/gu, ",");
}

export const result: FactKindDefinition = {
  kinds: ["result"],
  amount: false,
  least: 0,
  open: tokenReader((token) => token.kind === "number", readFigure),
  describe,
};

/** The same kind read from words, tried before counts (see the registry). */
export const resultInWords: FactKindDefinition = {
  kinds: ["result"],
  amount: false,
  least: 0,
  open: tokenReader(startsNumber, readWords),
  describe,
};

function readFigure(text: FactText, i: number): FactDraft | undefined {
  const { tokens } = text;
  // As one token ("2-0"), or three with a dash the tokenizer splits off ("2–1").
  const dash = tokens[i + 1];
  const joined = dash?.kind === "symbol" && DASHES.test(dash.raw) && !dash.spaced && tokens[i + 2]?.kind === "number" && !tokens[i + 2]!.spaced;
  const written = joined ? `${tokens[i]!.norm}-${tokens[i + 2]!.norm}` : tokens[i]!.norm;
  // Each tally of up to three figures, or grouped in thousands ("1,020-310"): "2019-2020" is no result.
  const parts = foldDigits(written).split(DASHES);
  if (parts.length !== 2 || !parts.every((part) => /^\d{1,3}(,\d{3})*$/.test(part))) return undefined;
  const [first, second] = parts.map((part) => Number(part.replace(/,/g, ""))) as [number, number];
  if (first >= PLACE || second >= PLACE) return undefined;
  return made(i, joined ? i + 3 : i + 1, first, second);
}

/**
 * "54 votes to 41 (votes)"; "6 to 1" after a word a result is said by ("voted", "the vote was",
 * "won by") or before one ("a 6 to 1 vote").
 */
function readWords(text: FactText, i: number): FactDraft | undefined {
  const { tokens, vocabulary } = text;
  const { results } = vocabulary;
  const first = tally(tokens[i], vocabulary);
  if (first === undefined) return undefined;
  const noun = tokens[i + 1]?.kind === "word" && results.tallies.has(tokens[i + 1]!.lemma);
  const joiner = noun ? i + 2 : i + 1;
  if (!results.joiners.has(tokens[joiner]?.norm ?? "")) return undefined;
  const second = tally(tokens[joiner + 1], vocabulary);
  if (second === undefined) return undefined;
  let next = joiner + 2;
  // The noun again after the second tally ("54 votes to 41 votes").
  if (noun && tokens[next]?.lemma === tokens[i + 1]!.lemma) next++;
  if (noun) return made(i, next, first, second);
  const after = tokens[next];
  if (after?.kind === "word" && results.words.has(after.lemma)) return made(i, next, first, second);
  // After the word, "be" or "by" between ("the vote was", "passed by"); never with a noun the
  // second tally counts ("won 3 to 5 seats" is a range).
  if (after?.kind === "word" && (after.pos === "NOUN" || after.pos === "PROPN")) return undefined;
  let before = i - 1;
  while (before >= 0 && results.between.has(tokens[before]!.lemma)) before--;
  const word = tokens[before];
  return word?.kind === "word" && results.words.has(word.lemma) ? made(i, next, first, second) : undefined;
}

/** A tally: a whole number in digits ("1,020") or a number word ("six"). */
function tally(token: Token | undefined, vocabulary: FactVocabulary): number | undefined {
  if (!token) return undefined;
  if (token.kind === "number") {
    const digits = readDigits(token.norm);
    return digits && digits.decimals === 0 && digits.value < PLACE ? digits.value : undefined;
  }
  return vocabulary.numbers.get(token.norm);
}

function made(first: number, next: number, a: number, b: number): FactDraft {
  return { kind: "result", unit: "", first, next, stated: { value: a * PLACE + b, precision: 0 } };
}

const DASHES = /[-\u2013]/u;
