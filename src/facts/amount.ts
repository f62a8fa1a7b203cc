// An amount as written: digits or words, a scale ("2.5 billion", "5m"), a plural round number
// ("dozens"), a range ("10-12", "between 10 and 12") and words after it ("or more"). Its
// precision comes from the digits written: "2.5 billion" is 2.45 to 2.55 billion.
import type { Hedge } from "../types.js";
import { readDigitRange, readDigits } from "./digits.js";
import type { FactText } from "./fact-text.js";
import { readNumberWords } from "./number-words.js";
import { isJoiningHyphen, phraseAt, phraseBefore, tableAt } from "./phrase.js";

export interface Amount {
  readonly value: number;
  /** The high end of a range. */
  readonly through?: number;
  /** Half the step of the last digit written, times the scale; 0 for an exact value. */
  readonly precision: number;
  /** A hedge written after the amount ("40 or more"). */
  readonly hedge?: Hedge;
  /** A range written as two numbers ("60 to 85", "between 10 and 12"), not one vague word ("dozens"). */
  readonly between?: true;
  readonly first: number;
  /** Index after the amount. */
  readonly next: number;
  /** Written in words, no digits ("two", "a dozen"). */
  readonly inWords: boolean;
  /** A lone weak word ("one"). */
  readonly weak: boolean;
  /** A plural round number ("dozens"), which counts what follows "of": "dozens of fans". */
  readonly plural: boolean;
}

export interface AmountOptions {
  /** A whole number written without a scale is exact ("43 people"), not rounded ("43%"). */
  readonly exactWholes: boolean;
  /** Only digits, not words ("$5", not "$ five"). */
  readonly digitsOnly?: boolean;
}

interface WrittenNumber {
  value: number;
  through?: number;
  /** Decimals written; undefined for a plural round number ("dozens"), which has no step. */
  decimals: number | undefined;
  scale: number;
  next: number;
  inWords: boolean;
  weak: boolean;
}

/** Reads an amount starting at token i (or at a "between" just before it). */
export function readAmount(text: FactText, i: number, options: AmountOptions): Amount | undefined {
  const { tokens, vocabulary } = text;
  const number = readWrittenNumber(text, i, options);
  if (!number) return undefined;
  let first = i;
  let through = number.through;
  let next = number.next;
  let { scale, decimals } = number;
  let value = number.value;

  const second = through === undefined ? rangeEnd(text, i, next, options) : undefined;
  if (second) {
    // "10-12 million": a scale written after the second end counts for both.
    const lowScale = scale === 1 ? second.number.scale : scale;
    const low = scale === 1 ? value * lowScale : value;
    const high = second.number.through ?? second.number.value;
    if (high > low) {
      value = low;
      scale = lowScale;
      through = high;
      next = second.number.next;
      first = second.first;
      decimals = maxDecimals(decimals, second.number.decimals);
    }
  }

  const between = second !== undefined && through !== undefined && through === (second.number.through ?? second.number.value);
  let hedge: Hedge | undefined;
  if (through === undefined) {
    const at = isJoiningHyphen(tokens, next) ? next + 1 : next;
    const after = tableAt(tokens, at, vocabulary.hedgesAfter);
    if (after) {
      hedge = after.value;
      next = after.next;
    }
  }

  const exact = decimals === undefined || (options.exactWholes && decimals === 0 && scale === 1);
  const precision = exact ? 0 : 0.5 * 10 ** -decimals! * scale;
  return {
    value: round(value),
    ...(through !== undefined ? { through: round(through) } : {}),
    precision: round(precision),
    ...(hedge ? { hedge } : {}),
    ...(between ? { between: true as const } : {}),
    first,
    next,
    inWords: number.inWords,
    weak: number.weak,
    plural: decimals === undefined,
  };
}

/** Rounds away the float noise of scaling ("14.84 * 1e6"), so equal amounts compare equal. */
export function round(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

function maxDecimals(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : Math.max(a, b);
}

/** The second end of a range after the first number: "10-12", "10 to 12", "between 10 and 12". */
function rangeEnd(text: FactText, i: number, next: number, options: AmountOptions): { number: WrittenNumber; first: number } | undefined {
  const { tokens, vocabulary } = text;
  const { ranges } = vocabulary;
  // "between 10 and 12", "between $5 million and $7 million"
  const before = text.vocabulary.currencySymbols.has(tokens[i - 1]?.norm ?? "") ? i - 1 : i;
  for (const [open, close] of ranges.around) {
    const first = phraseBefore(tokens, before, open);
    const at = first === undefined ? undefined : phraseAt(tokens, next, close);
    if (first === undefined || at === undefined) continue;
    const number = readWrittenNumber(text, skipCurrency(text, at), options);
    if (number) return { number, first };
  }
  // "from 10 to 12", "from $2.50 to $3": a change from one value to another, not a range.
  if (ranges.notAfter.has(tokens[before - 1]?.norm ?? "")) return undefined;
  if (!ranges.joiners.has(tokens[next]?.norm ?? "")) return undefined;
  const number = readWrittenNumber(text, skipCurrency(text, next + 1), options);
  return number ? { number, first: i } : undefined;
}

function skipCurrency(text: FactText, at: number): number {
  return text.vocabulary.currencySymbols.has(text.tokens[at]?.norm ?? "") ? at + 1 : at;
}

/** One number: digits (with a glued or following scale), number words, or a plural round number. */
function readWrittenNumber(text: FactText, i: number, options: AmountOptions): WrittenNumber | undefined {
  const { tokens, vocabulary } = text;
  const token = tokens[i];
  if (!token) return undefined;
  let number: WrittenNumber | undefined;
  if (token.kind === "number") {
    const digits = readDigits(token.norm);
    const range = digits ? undefined : readDigitRange(token.norm);
    if (digits) number = { value: digits.value, decimals: digits.decimals, scale: 1, next: i + 1, inWords: false, weak: false };
    else if (range) {
      number = { value: range[0].value, through: range[1].value, decimals: Math.max(range[0].decimals, range[1].decimals), scale: 1, next: i + 1, inWords: false, weak: false };
    }
    const suffix = number ? tokens[number.next] : undefined;
    // "$14.84m." at a sentence's end comes as "14.84" and "m.": the full stop is the sentence's.
    const glued = suffix && !suffix.spaced && suffix.kind === "word" ? vocabulary.scaleSuffixes.get(suffix.norm.replace(/\.$/, "")) : undefined;
    if (number && glued !== undefined) scaleBy(number, glued, 1);
  } else if (token.kind === "word" && !options.digitsOnly) {
    const multiple = vocabulary.multiples.get(token.norm);
    if (multiple) {
      number = { value: multiple[0], through: multiple[1], decimals: undefined, scale: 1, next: i + 1, inWords: true, weak: false };
      // "hundreds of thousands"
      const of = vocabulary.multipleJoiners.has(tokens[i + 1]?.norm ?? "") ? vocabulary.scales.get(tokens[i + 2]?.lemma ?? "") : undefined;
      if (of !== undefined) scaleBy(number, of, 2);
      return number;
    }
    const words = readNumberWords(tokens, i, vocabulary);
    // "four and a half" is written to the half: one decimal place.
    if (words) number = { value: words.value, decimals: Number.isInteger(words.value) ? 0 : 1, scale: words.scale, next: words.next, inWords: true, weak: words.weak };
  }
  if (!number || number.scale !== 1) return number;
  // "2.5 billion", "$5.5-million"
  const hyphen = isJoiningHyphen(tokens, number.next) ? 1 : 0;
  const scale = vocabulary.scales.get(tokens[number.next + hyphen]?.norm ?? "");
  if (scale !== undefined) scaleBy(number, scale, 1 + hyphen);
  return number;
}

function scaleBy(number: WrittenNumber, scale: number, tokens: number): void {
  number.value *= scale;
  if (number.through !== undefined) number.through *= scale;
  number.scale = scale;
  number.next += tokens;
}
