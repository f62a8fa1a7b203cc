// Dates, as chrono-node reads them (see chrono-dates.ts): "July 9", "March 3rd 2024",
// "2025-10-06", "last Tuesday", "yesterday", "earlier this year", "a week after March 3",
// "two days later". A date that states only its year ("this year") is a year fact. In a text
// without a date, "next year" is counted but not placed: its display is its words.
import type { FactKindDefinition, FactDraft } from "../kind.js";
import { findDates, type DateSpan } from "../chrono-dates.js";
import { printDate } from "../print.js";

export const date: FactKindDefinition = {
  kinds: ["date", "year"],
  amount: false,
  least: 0,
  open: (text) => {
    const byStart = new Map<number, DateSpan>();
    for (const span of findDates(text)) if (!byStart.has(span.first)) byStart.set(span.first, span);
    return {
      startsAt: (i) => byStart.has(i),
      read: (i): FactDraft | undefined => {
        const span = byStart.get(i);
        if (!span) return undefined;
        const { year, month, day, weekday, relative } = span.date;
        const yearOnly = relative ? relative.level === "year" : year !== undefined && month === undefined && day === undefined && weekday === undefined;
        return { kind: yearOnly ? "year" : "date", unit: "", first: span.first, next: span.next, date: span.date };
      },
    };
  },
  describe: (fact, vocabulary) => printDate(fact.date ?? {}, vocabulary),
};
