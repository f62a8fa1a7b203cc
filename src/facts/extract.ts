// Finds the checkable values in a sentence (amounts, dates, ranks, ages, ordinals) and
// normalises them, so "ten-episode", "10 episodes" and "Season two" compare as numbers.
import type { Fact, FactKind } from "../types.js";
import { isContent, isStopword, type Token } from "../text/tokenize.js";
import {
  AGE_AFTER,
  AGE_BEFORE,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FACT_WORDS,
  HEDGES,
  HEDGE_TOLERANCE,
  MONTHS,
  NOT_COUNTED,
  NUMBERED_NOUNS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  RANK_MARKERS,
  RELATIVE_DAYS,
  SCALES,
  WEAK_ORDINALS,
  type HedgeRule,
} from "./tables.js";
import { formatFact } from "./format.js";

export interface ExtractContext {
  /** The source's date (YYYY-MM-DD), against which "today" and "yesterday" are read. */
  date?: string | undefined;
}

export interface Extraction {
  facts: Fact[];
  /** Tokens that belong to a fact (or describe one), so they are not matched as plain words. */
  consumed: Set<number>;
}

interface NumberAt {
  value: number;
  /** Half the step of the last written digit, times the scale: "2.5 billion" allows ±0.05 billion. */
  precision: number;
  first: number;
  /** Index after the number (and its scale word). */
  next: number;
  fromWord: boolean;
}

type Matcher = (tokens: readonly Token[], i: number, context: ExtractContext) => Draft | undefined;

interface Draft {
  kind: FactKind;
  unit: string;
  value: number;
  precision: number;
  first: number;
  /** Index after the fact's last token. */
  next: number;
  date?: { year?: number; month?: number; day?: number; inferredYear?: boolean };
  unitText?: string;
}

/** Extracts every fact from a tokenised sentence, leftmost first, each token in one fact. */
export function extractFacts(tokens: readonly Token[], context: ExtractContext = {}): Extraction {
  const facts: Fact[] = [];
  const consumed = new Set<number>();
  // Fact words depend only on the kind; absorbing them once a kind keeps long texts linear.
  const absorbed = new Set<FactKind>();
  for (let i = 0; i < tokens.length; ) {
    const draft = mayStartFact(tokens[i]!) ? firstMatch(tokens, i, context) : undefined;
    if (!draft) {
      i++;
      continue;
    }
    const hedge = hedgeBefore(tokens, draft.first);
    const fact = finish(tokens, draft, hedge?.rule);
    facts.push(fact);
    for (let t = hedge ? hedge.first : draft.first; t < draft.next; t++) consumed.add(t);
    if (!absorbed.has(fact.kind)) absorbFactWords(tokens, fact, consumed);
    absorbed.add(fact.kind);
    i = draft.next;
  }
  return { facts, consumed };
}

const MATCHERS: readonly Matcher[] = [
  matchDate,
  matchMoney,
  matchPercent,
  matchScore,
  matchRank,
  matchAge,
  matchNumberedNoun,
  matchOrdinal,
  matchTop,
  matchYear,
  matchCount,
];

/** Words some matcher starts at; a fact starts only at these, a number, or a listed symbol. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...MONTHS.keys(),
  ...RELATIVE_DAYS.keys(),
  ...RANK_MARKERS,
  ...AGE_BEFORE,
  ...NUMBERED_NOUNS,
  "top",
]);
const START_SYMBOLS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS.keys(), "#"]);

/**
 * Whether any matcher could start at this token: most words start none, and asking each
 * matcher about them was most of the cost of reading a sentence's facts.
 */
function mayStartFact(token: Token): boolean {
  if (token.kind === "number") return true;
  if (token.kind === "symbol") return START_SYMBOLS.has(token.raw);
  return START_WORDS.has(token.norm) || NUMBERED_NOUNS.has(token.term);
}

function firstMatch(tokens: readonly Token[], i: number, context: ExtractContext): Draft | undefined {
  for (const matcher of MATCHERS) {
    const draft = matcher(tokens, i, context);
    if (draft) return draft;
  }
  return undefined;
}

function finish(tokens: readonly Token[], draft: Draft, hedge: HedgeRule | undefined): Fact {
  const [low, high] = interval(draft.value, draft.precision, hedge);
  const first = tokens[draft.first]!;
  const last = tokens[draft.next - 1]!;
  const fact: Fact = {
    kind: draft.kind,
    unit: draft.unit,
    low,
    high,
    display: "",
    start: first.start,
    end: last.end,
    firstToken: draft.first,
    lastToken: draft.next - 1,
  };
  if (draft.date) fact.date = draft.date;
  fact.display = formatFact(fact, { value: draft.value, hedge, unitText: draft.unitText });
  return fact;
}

function interval(value: number, precision: number, hedge: HedgeRule | undefined): [number, number] {
  switch (hedge) {
    case "approximate":
      return [value * (1 - HEDGE_TOLERANCE), value * (1 + HEDGE_TOLERANCE)];
    case "below":
      return [value * (1 - HEDGE_TOLERANCE), value + precision];
    case "above":
      return [value + precision / 2, Number.POSITIVE_INFINITY];
    case "atLeast":
      return [value - precision, Number.POSITIVE_INFINITY];
    case "atMost":
      return [Number.NEGATIVE_INFINITY, value + precision];
    default:
      return [value - precision, value + precision];
  }
}

// ---- numbers -------------------------------------------------------------------------------

/** Reads a number in digits or words at token i, with a following scale word ("2.5 billion"). */
export function numberAt(tokens: readonly Token[], i: number): NumberAt | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  let value: number;
  let precision: number;
  let next = i + 1;
  let fromWord = false;
  if (token.kind === "number") {
    const parsed = parseDigits(token.raw);
    if (!parsed) return undefined;
    [value, precision] = parsed;
  } else if (token.kind === "word" && NUMBER_WORDS.has(token.norm)) {
    value = NUMBER_WORDS.get(token.norm)!;
    precision = 0.5;
    fromWord = true;
    // "twenty-five", "twenty five"
    const after = tokens[i + 2];
    if (value >= 20 && value < 100 && value % 10 === 0 && tokens[i + 1]?.raw === "-" && after) {
      const unit = NUMBER_WORDS.get(after.norm);
      if (unit !== undefined && unit > 0 && unit < 10) {
        value += unit;
        next = i + 3;
      }
    }
  } else {
    return undefined;
  }
  const scaleToken = tokens[next];
  const scale = scaleToken && scaleToken.kind === "word" ? SCALES.get(scaleToken.norm) : undefined;
  // A one-letter scale ("5m", "$2bn") must be glued to the number; a word scale may stand apart.
  if (scale !== undefined && scaleToken && (scaleToken.norm.length > 2 ? true : !scaleToken.spaced)) {
    value *= scale;
    precision *= scale;
    next++;
  }
  return { value, precision, first: i, next, fromWord };
}

function parseDigits(raw: string): [number, number] | undefined {
  let text = raw;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return [Number(text), 0.5 * 10 ** -decimals];
}

function hedgeBefore(tokens: readonly Token[], first: number): { rule: HedgeRule; first: number } | undefined {
  let start = first;
  if (start > 0 && tokens[start - 1] && CURRENCY_SYMBOLS.has(tokens[start - 1]!.raw)) start--;
  for (const [words, rule] of HEDGES) {
    const from = start - words.length;
    if (from < 0) continue;
    if (words.every((word, k) => tokens[from + k]!.norm === word)) return { rule, first: from };
  }
  return undefined;
}

function isEndOfClause(token: Token | undefined): boolean {
  return token === undefined || (token.kind === "symbol" && /^[.,;:!?)\]"']$/.test(token.norm));
}

// ---- matchers, most specific first ----------------------------------------------------------

function matchDate(tokens: readonly Token[], i: number, context: ExtractContext): Draft | undefined {
  const token = tokens[i]!;
  const relative = RELATIVE_DAYS.get(token.norm);
  if (relative !== undefined && context.date) {
    const day = new Date(`${context.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + relative);
    const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    return { kind: "date", unit: "", value: dateValue(date), precision: 0, first: i, next: i + 1, date };
  }
  // 2025-10-06
  if (token.kind === "number" && /^\d{4}$/.test(token.raw) && tokens[i + 1]?.raw === "-" && tokens[i + 3]?.raw === "-") {
    const month = Number(tokens[i + 2]?.raw);
    const day = Number(tokens[i + 4]?.raw);
    if (validDay(month, day) && !tokens[i + 2]!.spaced && !tokens[i + 4]!.spaced) {
      const date = { year: Number(token.raw), month, day };
      return { kind: "date", unit: "", value: dateValue(date), precision: 0, first: i, next: i + 5, date };
    }
  }
  // July 9, 2025 · July 9th · July 2025
  const month = monthOf(token);
  if (month !== undefined) {
    let next = i + 1;
    const date: { year?: number; month?: number; day?: number; inferredYear?: boolean } = { month };
    const dayToken = tokens[next];
    if (dayToken?.kind === "number" && /^\d{1,2}$/.test(dayToken.raw) && validDay(month, Number(dayToken.raw))) {
      date.day = Number(dayToken.raw);
      next++;
      if (tokens[next] && /^(st|nd|rd|th)$/.test(tokens[next]!.norm) && !tokens[next]!.spaced) next++;
      if (tokens[next]?.raw === "," && isYear(tokens[next + 1])) {
        date.year = Number(tokens[next + 1]!.raw);
        next += 2;
      }
    } else if (isYear(dayToken)) {
      date.year = Number(dayToken!.raw);
      next++;
    } else if (!token.capitalized || token.norm.length < 4 || tokens[i - 1]?.norm !== "in") {
      return undefined; // a bare month counts only as "in July"
    }
    inferYear(date, context.date);
    return { kind: "date", unit: "", value: dateValue(date), precision: 0, first: i, next, date };
  }
  // 9 July 2025
  if (token.kind === "number" && /^\d{1,2}$/.test(token.raw)) {
    const monthToken = tokens[i + 1];
    const m = monthToken ? monthOf(monthToken) : undefined;
    if (m !== undefined && validDay(m, Number(token.raw))) {
      const date: { year?: number; month?: number; day?: number; inferredYear?: boolean } = { day: Number(token.raw), month: m };
      let next = i + 2;
      if (isYear(tokens[next])) {
        date.year = Number(tokens[next]!.raw);
        next++;
      }
      inferYear(date, context.date);
      return { kind: "date", unit: "", value: dateValue(date), precision: 0, first: i, next, date };
    }
  }
  return undefined;
}

/**
 * A date written without its year ("July 9") in an article dated 2025-07-17 means the July 9
 * nearest that date. The year is marked as inferred, so reports print the date as written.
 */
function inferYear(date: { year?: number; month?: number; day?: number; inferredYear?: boolean }, sourceDate: string | undefined): void {
  if (date.year !== undefined || date.month === undefined || !sourceDate) return;
  const reference = Date.parse(`${sourceDate}T00:00:00Z`);
  const year = Number(sourceDate.slice(0, 4));
  let best = year;
  for (const candidate of [year - 1, year + 1]) {
    const distance = (y: number) => Math.abs(Date.UTC(y, date.month! - 1, date.day ?? 15) - reference);
    if (distance(candidate) < distance(best)) best = candidate;
  }
  date.year = best;
  date.inferredYear = true;
}

function monthOf(token: Token): number | undefined {
  const month = MONTHS.get(token.norm);
  // "may", "march" and short forms are months only when capitalised.
  return month !== undefined && token.capitalized ? month : undefined;
}

function isYear(token: Token | undefined): boolean {
  return token?.kind === "number" && /^(1[89]|20|21)\d\d$/.test(token.raw);
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function dateValue(date: { year?: number; month?: number; day?: number }): number {
  return (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

function matchMoney(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  const symbol = CURRENCY_SYMBOLS.get(token.raw);
  if (symbol !== undefined) {
    const number = numberAt(tokens, i + 1);
    if (!number || number.fromWord) return undefined;
    return { kind: "money", unit: symbol, value: number.value, precision: number.precision, first: i, next: number.next };
  }
  const number = numberAt(tokens, i);
  const word = number ? tokens[number.next] : undefined;
  const currency = word ? CURRENCY_WORDS.get(word.norm) : undefined;
  if (number && currency !== undefined) {
    return { kind: "money", unit: currency, value: number.value, precision: number.precision, first: i, next: number.next + 1 };
  }
  return undefined;
}

function matchPercent(tokens: readonly Token[], i: number): Draft | undefined {
  const number = numberAt(tokens, i);
  if (!number) return undefined;
  const after = tokens[number.next];
  let next: number | undefined;
  if (after?.raw === "%") next = number.next + 1;
  else if (after?.norm === "percent") next = number.next + 1;
  else if (after?.norm === "per" && tokens[number.next + 1]?.norm === "cent") next = number.next + 2;
  if (next === undefined) return undefined;
  return { kind: "percent", unit: "%", value: number.value, precision: number.precision, first: i, next };
}

function matchScore(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  if (token.kind !== "number") return undefined;
  const slash = tokens[i + 1];
  const denominator = tokens[i + 2];
  if (slash?.raw === "/" && !slash.spaced && denominator?.kind === "number" && !denominator.spaced) {
    if (tokens[i + 3]?.raw === "/") return undefined; // 7/9/2025 is a date, not a score
    const [value, precision] = parseDigits(token.raw) ?? [Number.NaN, 0];
    return { kind: "score", unit: `/${denominator.raw}`, value, precision: precision / 10, first: i, next: i + 3 };
  }
  const number = numberAt(tokens, i);
  if (number && tokens[number.next]?.norm === "out" && tokens[number.next + 1]?.norm === "of") {
    const of = numberAt(tokens, number.next + 2);
    if (of) return { kind: "score", unit: `/${of.value}`, value: number.value, precision: number.precision / 10, first: i, next: of.next };
  }
  return undefined;
}

function matchRank(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  // No. 4 · number 4 · #4
  if (RANK_MARKERS.has(token.norm) || token.raw === "#") {
    const isNo = token.norm === "no";
    if (isNo && !token.capitalized) return undefined;
    let at = i + 1;
    if (tokens[at]?.raw === ".") at++;
    else if (isNo) return undefined; // "No" alone is a negation
    const number = tokens[at];
    if (number?.kind === "number" && /^\d{1,4}$/.test(number.raw)) {
      return { kind: "rank", unit: "", value: Number(number.raw), precision: 0, first: i, next: at + 1 };
    }
    return undefined;
  }
  // fourth place · 4th place · ranked fourth
  const ordinal = ordinalAt(tokens, i);
  if (ordinal) {
    const after = tokens[ordinal.next];
    if (after && ["place", "spot", "position"].includes(after.norm)) {
      return { kind: "rank", unit: "", value: ordinal.value, precision: 0, first: i, next: ordinal.next + 1 };
    }
    if (tokens[i - 1]?.norm === "ranked" || tokens[i - 1]?.norm === "finished") {
      return { kind: "rank", unit: "", value: ordinal.value, precision: 0, first: i, next: ordinal.next };
    }
  }
  return undefined;
}

/** An ordinal in words ("second") or digits ("2nd") at token i. */
function ordinalAt(tokens: readonly Token[], i: number): { value: number; next: number; weak: boolean } | undefined {
  const token = tokens[i]!;
  const word = ORDINAL_WORDS.get(token.norm);
  if (word !== undefined) return { value: word, next: i + 1, weak: WEAK_ORDINALS.has(token.norm) };
  const suffix = tokens[i + 1];
  if (token.kind === "number" && /^\d{1,4}$/.test(token.raw) && suffix && !suffix.spaced && /^(st|nd|rd|th)$/.test(suffix.norm)) {
    return { value: Number(token.raw), next: i + 2, weak: false };
  }
  return undefined;
}

function matchAge(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  // aged 46 · age 46
  if (AGE_BEFORE.has(token.norm)) {
    const number = numberAt(tokens, i + 1);
    if (number && isAge(number.value)) return { kind: "age", unit: "", value: number.value, precision: 0, first: i, next: number.next };
    return undefined;
  }
  const number = numberAt(tokens, i);
  if (!number || !isAge(number.value) || number.next !== i + 1 && !number.fromWord) return undefined;
  // 46 years old · 46-year-old
  for (const words of AGE_AFTER) {
    let at = number.next;
    let matched = true;
    for (const word of words) {
      if (tokens[at]?.raw === "-") at++;
      if (tokens[at]?.norm !== word) {
        matched = false;
        break;
      }
      at++;
    }
    if (matched) return { kind: "age", unit: "", value: number.value, precision: 0, first: i, next: at };
  }
  if (token.kind !== "number") return undefined;
  // Q, 46, explained · Smith (46)
  const before = tokens[i - 1];
  const name = tokens[i - 2];
  const after = tokens[i + 1];
  if (before && name?.capitalized && ((before.raw === "," && (after?.raw === "," || after?.raw === ")")) || (before.raw === "(" && after?.raw === ")"))) {
    return { kind: "age", unit: "", value: number.value, precision: 0, first: i, next: i + 1 };
  }
  // Maggie Q is 46.
  if (before && ["is", "was", "turned", "turns", "turning"].includes(before.norm) && isEndOfClause(after) && after?.raw !== "%") {
    return { kind: "age", unit: "", value: number.value, precision: 0, first: i, next: i + 1 };
  }
  return undefined;
}

function isAge(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value < 130;
}

function matchNumberedNoun(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  if (token.kind !== "word" || !NUMBERED_NOUNS.has(token.term) && !NUMBERED_NOUNS.has(token.norm)) return undefined;
  const number = numberAt(tokens, i + 1);
  if (!number || !Number.isInteger(number.value) || number.value > 999 || number.next !== i + 2 && !number.fromWord) return undefined;
  if (monthOf(tokens[number.next] ?? token) !== undefined && tokens[number.next] !== undefined) return undefined;
  return { kind: "ordinal", unit: token.term, value: number.value, precision: 0, first: i, next: number.next, unitText: token.norm };
}

function matchOrdinal(tokens: readonly Token[], i: number): Draft | undefined {
  const ordinal = ordinalAt(tokens, i);
  if (!ordinal) return undefined;
  const noun = tokens[ordinal.next];
  if (!noun || noun.kind !== "word" || isStopword(noun.norm) || noun.hyphenated) return undefined;
  if (ordinal.weak && !NUMBERED_NOUNS.has(noun.term)) return undefined;
  return { kind: "ordinal", unit: noun.term, value: ordinal.value, precision: 0, first: i, next: ordinal.next + 1, unitText: noun.norm };
}

function matchTop(tokens: readonly Token[], i: number): Draft | undefined {
  if (tokens[i]!.norm !== "top") return undefined;
  const number = numberAt(tokens, i + 1);
  if (!number || number.fromWord && number.value === 1) return undefined;
  return { kind: "number", unit: "top", value: number.value, precision: 0, first: i, next: number.next, unitText: "top" };
}

function matchYear(tokens: readonly Token[], i: number): Draft | undefined {
  const token = tokens[i]!;
  if (!isYear(token)) return undefined;
  const after = tokens[i + 1];
  if (after && after.kind === "word" && isContent(after) && !after.capitalized && !after.spaced) return undefined;
  const year = Number(token.raw);
  return { kind: "year", unit: "", value: year, precision: 0, first: i, next: i + 1, date: { year } };
}

function matchCount(tokens: readonly Token[], i: number): Draft | undefined {
  const number = numberAt(tokens, i);
  if (!number) return undefined;
  let at = number.next;
  if (tokens[at]?.raw === "-" && !tokens[at]!.spaced) at++;
  const noun = tokens[at];
  if (noun && noun.kind === "word" && isContent(noun) && !NOT_COUNTED.has(noun.norm) && !noun.capitalized) {
    return { kind: "count", unit: noun.term, value: number.value, precision: number.precision, first: i, next: at + 1, unitText: noun.norm };
  }
  // A bare number in words ("one of", "two seconds") says too little to compare.
  if (number.fromWord) return undefined;
  return { kind: "number", unit: "", value: number.value, precision: number.precision, first: i, next: number.next };
}

/** Words in the sentence that only describe a fact's value ("the score … is 77%", "ranked No. 4"). */
function absorbFactWords(tokens: readonly Token[], fact: Fact, consumed: Set<number>): void {
  const words = FACT_WORDS.get(fact.kind);
  if (!words) return;
  tokens.forEach((token, t) => {
    if (words.includes(token.norm)) consumed.add(t);
  });
}
