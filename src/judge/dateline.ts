// The date an article is read against when it declares none: its dateline, a short line near
// the top that is a full date and little else ("Jul 16, 2017 3:54 pm", "Published May 8, 2018").
// Web pages saved as text carry one where a front matter would; without it "on May 7" has no
// year. Only reading uses it: ordering sources for supersession needs a declared date.
import type { Language } from "../language/language.js";
import type { Source } from "../types.js";
import { formatIsoDate } from "../facts/calendar.js";

export const DATELINE_LIMITS = Object.freeze({
  /** Passages from the top of an article where a dateline may stand. */
  firstPassages: 12,
  /** Words a dateline may hold besides its date ("Published", "By Robert Sargent on"). */
  otherWords: 6,
});

/** The date to read an article's passages against: its own, else its dateline's. */
export function readingDate(source: Source, language: Language): string | undefined {
  if (source.date !== undefined) return source.date;
  const dates: string[] = [];
  for (const passage of source.passages.slice(0, DATELINE_LIMITS.firstPassages)) {
    if (!passage.heading) continue;
    const date = datelineDate(passage.text, language);
    if (date !== undefined) dates.push(date);
  }
  // Datelines of different years (a page's metadata against its byline) leave the year unknown.
  const years = new Set(dates.map((date) => date.slice(0, 4)));
  return years.size === 1 ? dates[0] : undefined;
}

/** The date a line states when it is a dateline: one full date, no other fact but its time of day, few other words (a byline). */
export function datelineDate(text: string, language: Language): string | undefined {
  const tokens = language.tokenize(text);
  const { facts: read, consumed } = language.readFacts(tokens, {});
  const facts = read.filter((fact) => fact.kind !== "time");
  if (facts.length !== 1 || read.length > 2) return undefined;
  const date = facts[0]!.date;
  if (facts[0]!.kind !== "date" || !date || date.year === undefined || date.month === undefined || date.day === undefined || date.inferredYear) return undefined;
  const others = tokens.filter((token, i) => !consumed.has(i) && token.kind === "word").length;
  return others <= DATELINE_LIMITS.otherWords ? formatIsoDate({ year: date.year, month: date.month, day: date.day }) : undefined;
}
