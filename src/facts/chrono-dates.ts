// Dates found by chrono-node, mapped onto token spans. chrono reads the many ways dates are
// written ("July 9", "March 3rd 2024", "last Tuesday", "a week after March 3", "2025-10-06");
// around it we decide which parts the text states, which come from the source's date (a year so
// read is marked inferred), which count from another date in the sentence ("two days later"),
// and which matches are not dates at all ("sun", "may" the verb, "6/10", "for two weeks").
// Only the English locale: the package entry loads every language chrono reads, at four times the cost.
import { casual } from "chrono-node/en";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { Token } from "../types.js";
import { parseIsoDate, unitsBetween, type DateParts } from "./calendar.js";
import { foldDigits } from "./digits.js";
import type { FactText } from "./fact-text.js";
import { sentenceSpans } from "./sentences.js";
import { foldWord } from "./vocabulary.js";
import { clockAt } from "./kinds/time.js";

export interface DateSpan {
  readonly first: number;
  /** Index after the last token. */
  readonly next: number;
  readonly date: DateParts;
}

type Part = "year" | "month" | "day" | "weekday";
const PARTS: readonly Part[] = ["year", "month", "day", "weekday"];

// Two references far apart: a part chrono gives alike for both is stated by the text itself.
const PROBES = [Date.UTC(2001, 1, 3, 12), Date.UTC(2013, 7, 20, 12)] as const;
// When the source has no date, chrono still needs one: a date counted from it keeps only its count.
const NO_REFERENCE = Date.UTC(2000, 0, 1, 12);
const NO_REFERENCE_DAY = { year: 2000, month: 1, day: 1 };

const DAY_SECONDS = 86_400;
const SHORTEST_MONTH_SECONDS = 28 * DAY_SECONDS;
const SHORTEST_YEAR_SECONDS = 365 * DAY_SECONDS;

/** Every date in the text, leftmost first. Only sentences with a date word are given to chrono. */
export function findDates(text: FactText): DateSpan[] {
  const { tokens, vocabulary } = text;
  const reference = parseIsoDate(text.context.date);
  const found: DateSpan[] = [];
  // The same words state the same parts wherever they stand: probe each wording once.
  const probed = new Map<string, readonly (ParsedResult | undefined)[]>();
  for (const [start, end] of sentenceSpans(tokens, vocabulary.sentenceEnds)) {
    if (!hasDateCue(text, start, end)) continue;
    const sentence = sentenceText(tokens, start, end);
    const instant = new Date(reference ? Date.UTC(reference.year, reference.month - 1, reference.day, 12) : NO_REFERENCE);
    let anchor: DateParts | undefined;
    for (const result of casual.parse(sentence.text, { instant, timezone: 0 })) {
      const span = withoutClock(text, tokenSpan(sentence, start, result.index, result.index + result.text.length));
      let probes = probed.get(result.text);
      if (!probes) {
        probes = PROBES.map((probe) => casual.parse(result.text, { instant: new Date(probe), timezone: 0 })[0]);
        probed.set(result.text, probes);
      }
      const dates = readResult(text, result, probes, span, anchor, reference !== undefined);
      for (const date of dates) {
        found.push(date);
        if (date.date.month !== undefined && date.date.day !== undefined) anchor = date.date;
      }
    }
    dayAfterTold(text, start, end, found);
  }
  return found.sort((a, b) => a.first - b.first);
}

/**
 * "the following day", "the next day": the day after the date last told in the sentence, in
 * place of chrono's reading ("next day" from the source's date; "the following day" not at all).
 * With no date told before it in the sentence, the phrase dates nothing.
 */
function dayAfterTold(text: FactText, start: number, end: number, found: DateSpan[]): void {
  const { tokens, vocabulary: v } = text;
  const isDay = (token: Token) => (v.durations.get(token.norm) ?? v.durations.get(token.lemma))?.seconds === DAY_SECONDS;
  for (let i = start; i + 2 < end; i++) {
    if (tokens[i]!.pos !== "DET" || !v.followingDays.has(tokens[i + 1]!.norm) || !isDay(tokens[i + 2]!)) continue;
    const next = i + 3;
    for (let k = found.length - 1; k >= 0; k--) if (found[k]!.first >= i && found[k]!.next <= next) found.splice(k, 1);
    const told = found.filter((d) => d.first >= start && d.next <= i && d.date.month !== undefined && d.date.day !== undefined).pop();
    if (told) found.push({ first: i, next, date: dayAfter(told.date) });
  }
}

function dayAfter(date: DateParts): DateParts {
  const after = new Date(Date.UTC(date.year ?? 2001, date.month! - 1, date.day! + 1, 12));
  const parts: DateParts = { month: after.getUTCMonth() + 1, day: after.getUTCDate() };
  if (date.year !== undefined) {
    parts.year = after.getUTCFullYear();
    if (date.inferredYear) parts.inferredYear = true;
  }
  return parts;
}

/**
 * A month, a weekday, a day named from the source's date, a date in digits, or a word counting
 * from the source's date beside a unit of time ("last year", "three days ago"). A date counted
 * from another ("two days later") needs that other in its sentence, which is a cue itself.
 */
function hasDateCue(text: FactText, start: number, end: number): boolean {
  const { tokens, vocabulary: v } = text;
  const isUnit = (token: Token | undefined) => token !== undefined && (v.durations.has(token.norm) || v.durations.has(token.lemma));
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    const norm = token.norm;
    if (v.weekdays.has(norm) || v.relativeDays.has(norm) || monthWritten(token, text)) return true;
    if (v.relativeWords.has(norm) && (isUnit(tokens[i - 1]) || isUnit(tokens[i + 1]))) return true;
    if (token.kind === "number" && /\d[/.-]\d/.test(foldDigits(norm))) return true;
  }
  return false;
}

interface SentenceText {
  text: string;
  /** Where each token starts in `text`. */
  starts: number[];
}

/** The sentence as chrono reads it: folded tokens, digits in ASCII, spaced as written. */
function sentenceText(tokens: readonly Token[], start: number, end: number): SentenceText {
  let text = "";
  const starts: number[] = [];
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (i > start && (token.spaced || token.start > tokens[i - 1]!.end)) text += " ";
    starts.push(text.length);
    text += foldDigits(token.norm);
  }
  return { text, starts };
}

/** The tokens a match covers, whole tokens even where it starts or ends inside one. */
function tokenSpan(sentence: SentenceText, offset: number, from: number, to: number): [number, number] {
  const { starts } = sentence;
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1]! <= from) first++;
  let last = first;
  while (last + 1 < starts.length && starts[last + 1]! < to) last++;
  return [offset + first, offset + last + 1];
}

/**
 * A match without the clock time it opens or closes with ("at 7.30pm on Friday", "Friday at
 * 10am"): a time of day is a fact of its own kind, so "9pm on Friday" does not agree with
 * "7.30pm on Friday" by the day alone.
 */
function withoutClock(text: FactText, [first, next]: [number, number]): [number, number] {
  const { tokens, vocabulary } = text;
  for (let i = first; i < next; i++) {
    const clock = clockAt(tokens, i, vocabulary);
    if (!clock) continue;
    if (tokens.slice(first, i).every((t) => t.pos === "ADP")) return [Math.min(clock.next, next), next];
    if (clock.next < next) return [first, next];
    let cut = i;
    while (cut > first && tokens[cut - 1]!.pos === "ADP") cut--;
    return [first, cut];
  }
  return [first, next];
}

/** One of chrono's matches as dates; `probes` are the match's words read against PROBES. */
function readResult(
  text: FactText,
  result: ParsedResult,
  probes: readonly (ParsedResult | undefined)[],
  span: [number, number],
  anchor: DateParts | undefined,
  hasReference: boolean,
): DateSpan[] {
  const { tokens, vocabulary } = text;
  const [first, next] = span;
  const spanTokens = tokens.slice(first, next);
  if (probes.some((p) => p === undefined || p.index !== 0)) return [];
  const stated = statedParts(probes.map((p) => p!.start));
  if (!plausible(text, spanTokens, stated)) return [];

  const start = resolve(text, result, result.start, stated, spanTokens, anchor, hasReference, tokens[next]);
  if (!start) return [];
  const dayPart = spanTokens.map((t) => vocabulary.dayParts.get(t.norm)).find((part) => part !== undefined);
  if (dayPart !== undefined) start.dayPart = dayPart;
  const from = extendOverQualifiers(text, first);
  const dates: DateSpan[] = [];
  const endComponents = result.end;
  const joiner = endComponents ? spanTokens.findIndex((t, k) => k > 0 && vocabulary.ranges.joiners.has(t.norm)) : -1;
  if (endComponents && joiner > 0 && probes.every((p) => p!.end)) {
    const endStated = statedParts(probes.map((p) => p!.end!));
    const end = resolve(text, result, endComponents, endStated, spanTokens, anchor, hasReference, tokens[next]);
    dates.push({ first: from, next: first + joiner, date: start });
    if (end && first + joiner + 1 < next) dates.push({ first: first + joiner + 1, next, date: end });
    return dates;
  }
  return [{ first: from, next, date: start }];
}

/** The parts both probes read alike and chrono calls certain: the ones the words state. */
function statedParts(components: readonly ParsedComponents[]): Partial<Record<Part, number>> {
  const stated: Partial<Record<Part, number>> = {};
  for (const part of PARTS) {
    const values = components.map((c) => (c.isCertain(part) ? c.get(part) : null));
    if (values.every((v) => v !== null && v === values[0])) stated[part] = values[0]!;
  }
  return stated;
}

/** Filters chrono's readings that are words, not dates: "sun", "may" the verb, a score "6/10". */
function plausible(text: FactText, spanTokens: readonly Token[], stated: Partial<Record<Part, number>>): boolean {
  const v = text.vocabulary;
  const monthToken = spanTokens.map((t) => monthWritten(t, text)).find((m) => m !== undefined);
  const numericDate = spanTokens.some((t) => t.kind === "number" && /\d[/.-]\d/.test(foldDigits(t.norm)));
  if (stated.weekday !== undefined && !spanTokens.some((t) => v.weekdays.has(t.norm))) delete stated.weekday;
  if (stated.month !== undefined && !monthToken && !numericDate) return false;
  // "6/10" and "8.5/10" are scores: a date written with slashes gives month, day and year.
  if (spanTokens.some((t) => t.norm.includes("/") && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(foldDigits(t.norm)))) return false;
  // A month alone must look like a name: "in May", not "she may".
  if (stated.month !== undefined && stated.day === undefined && stated.year === undefined && monthToken) {
    if (!monthToken.capitalized || monthToken.pos === "AUX" || monthToken.pos === "VERB") return false;
  }
  return true;
}

/** A month's name in a token, alone or joined ("mid-July"), and whether it is capitalised. */
function monthWritten(token: Token, text: FactText): { capitalized: boolean; pos: Token["pos"] } | undefined {
  const { months } = text.vocabulary;
  if (months.has(token.norm)) return token;
  if (!token.norm.includes("-")) return undefined;
  const parts = token.raw.split(/[-\u2010-\u2015]/);
  const part = parts.find((p) => months.has(foldWord(p)));
  return part === undefined ? undefined : { capitalized: /^\p{Lu}/u.test(part), pos: token.pos };
}

/** The date's parts: those stated, then those read from the source's date or an anchor. */
function resolve(
  text: FactText,
  result: ParsedResult,
  components: ParsedComponents,
  stated: Partial<Record<Part, number>>,
  spanTokens: readonly Token[],
  anchor: DateParts | undefined,
  hasReference: boolean,
  following: Token | undefined,
): DateParts | undefined {
  const v = text.vocabulary;
  const parts: DateParts = {};
  for (const part of PARTS) if (stated[part] !== undefined) parts[part] = stated[part];
  const hasAny = PARTS.some((part) => stated[part] !== undefined);
  if (hasAny) {
    if (parts.year === undefined && hasReference && (parts.month !== undefined || parts.weekday !== undefined)) {
      // "July 9" in an article of July 17, 2025: the July 9 chrono finds nearest, marked inferred.
      parts.year = components.get("year")!;
      parts.inferredYear = true;
      if (parts.month === undefined) {
        parts.month = components.get("month")!;
        parts.day = components.get("day")!;
      }
    }
    return parts;
  }
  // "two days later": counted from the last date of the sentence. "41 seconds before" counts
  // less than a day, from an event rather than a date: a duration, not a date.
  if (spanTokens.some((t) => v.anchoredDates.has(t.norm))) {
    // "resigned on 13 March after 12 years with the company": a word of counting before the
    // count says how long something lasted, not a date counted from the one told before it.
    if (v.anchoredDates.has(spanTokens[0]!.norm)) return undefined;
    // "eleven days after the intrusion was detected": counted from what the words after it
    // name, not from a date told before; how long, not when.
    if (v.anchoredDates.has(spanTokens[spanTokens.length - 1]!.norm) && following?.kind === "word") return undefined;
    const unit = spanTokens.map((t) => v.durations.get(t.norm) ?? v.durations.get(t.lemma)).find((u) => u !== undefined);
    if (unit && unit.seconds < DAY_SECONDS) return undefined;
    if (!anchor || anchor.month === undefined || anchor.day === undefined) return undefined;
    const instant = new Date(Date.UTC(anchor.year ?? 2001, anchor.month - 1, anchor.day, 12));
    const counted = casual.parse(result.text, { instant, timezone: 0 })[0]?.start;
    if (!counted) return undefined;
    const date: DateParts = { month: counted.get("month")!, day: counted.get("day")! };
    if (anchor.year !== undefined) {
      date.year = counted.get("year")!;
      if (anchor.inferredYear) date.inferredYear = true;
    }
    return date;
  }
  // "yesterday", "three days ago", "this year": read against the source's date, to the unit counted.
  const level = relativeLevel(text, spanTokens);
  if (level === undefined) return undefined;
  // A text without a date (a claim) keeps the count, to be placed against a source's date.
  if (!hasReference) {
    const counted = { year: components.get("year")!, month: components.get("month")!, day: components.get("day")! };
    return { relative: { level, offset: unitsBetween(level, NO_REFERENCE_DAY, counted) } };
  }
  // Counted from the source's date, the year is known, not guessed: no mark.
  const date: DateParts = { year: components.get("year")! };
  if (level !== "year") date.month = components.get("month")!;
  if (level === "day") date.day = components.get("day")!;
  return date;
}

/** How finely a relative date is known, from the unit it counts; undefined for "last week". */
function relativeLevel(text: FactText, spanTokens: readonly Token[]): "day" | "month" | "year" | undefined {
  const v = text.vocabulary;
  if (spanTokens.some((t) => v.relativeDays.has(t.norm))) return "day";
  if (!spanTokens.some((t) => v.relativeWords.has(t.norm))) return undefined;
  const unit = spanTokens.map((t) => v.durations.get(t.norm) ?? v.durations.get(t.lemma)).find((u) => u !== undefined);
  if (!unit) return undefined;
  if (unit.seconds <= DAY_SECONDS) return "day";
  if (unit.seconds < SHORTEST_MONTH_SECONDS) return undefined;
  return unit.seconds < SHORTEST_YEAR_SECONDS ? "month" : "year";
}

/** "earlier this year", "mid-July": words that place a date within itself join its span. */
function extendOverQualifiers(text: FactText, first: number): number {
  let at = first;
  while (at > 0 && text.vocabulary.dateQualifiers.has(text.tokens[at - 1]!.norm)) at--;
  return at;
}
