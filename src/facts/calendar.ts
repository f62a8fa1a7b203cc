// Days as numbers (days since 1970-01-01, UTC), so dates compare as intervals: "July 2025" is
// the days from July 1 to July 31, 2025.

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  inferredYear?: boolean;
  /** The part of the day ("morning"), by its place in the vocabulary's list. */
  dayPart?: number;
  /** A date counted from a day the text does not give ("next year" in a claim): its unit and count. */
  relative?: RelativeDate;
}

export interface RelativeDate {
  level: "year" | "month" | "day";
  /** Units after the day counted from: 1 for "next year", -2 for "two days ago". */
  offset: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Sunday 0 to Saturday 6. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "YYYY-MM-DD" → its parts, or undefined. */
export function parseIsoDate(text: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDate(year, month, day) ? { year, month, day } : undefined;
}

/** The days a date's parts cover; unbounded when its year is unknown. */
/** A calendar day as YYYY-MM-DD. */
export function formatIsoDate({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The parts of a relative date counted from a calendar day ("next year" from 2026-11-02: 2027). */
export function placeRelative({ level, offset }: RelativeDate, from: { year: number; month: number; day: number }): DateParts {
  if (level === "year") return { year: from.year + offset };
  if (level === "month") {
    const months = from.year * 12 + from.month - 1 + offset;
    return { year: Math.floor(months / 12), month: (months % 12) + 1 };
  }
  const at = new Date(Date.UTC(from.year, from.month - 1, from.day + offset));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** How many units of a relative date's level lie from one day to another. */
export function unitsBetween(level: RelativeDate["level"], from: { year: number; month: number; day: number }, to: { year: number; month: number; day: number }): number {
  if (level === "year") return to.year - from.year;
  if (level === "month") return (to.year - from.year) * 12 + to.month - from.month;
  return dayNumber(to.year, to.month, to.day) - dayNumber(from.year, from.month, from.day);
}

export function dayInterval(parts: DateParts): { low: number; high: number } {
  const { year, month, day } = parts;
  if (year === undefined) return { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
  if (month === undefined) return { low: dayNumber(year, 1, 1), high: dayNumber(year, 12, 31) };
  if (day === undefined) return { low: dayNumber(year, month, 1), high: dayNumber(year, month, daysInMonth(year, month)) };
  const at = dayNumber(year, month, day);
  return { low: at, high: at };
}
