// The one way facts are printed. Whatever this prints, extractFacts reads back as the same fact.
import type { Fact } from "../types.js";
import { MONTH_NAMES, NUMBERED_NOUNS, SCALE_NAMES, type HedgeRule } from "./tables.js";

const HEDGE_WORDS: Readonly<Record<HedgeRule, string>> = {
  below: "nearly ",
  approximate: "about ",
  above: "more than ",
  atLeast: "at least ",
  atMost: "at most ",
};

export interface FormatDetail {
  value: number;
  hedge?: HedgeRule | undefined;
  /** The counted noun as written ("episodes"), for counts and ordinals. */
  unitText?: string | undefined;
}

export function formatFact(fact: Fact, { value, hedge, unitText }: FormatDetail): string {
  const hedgeWord = hedge ? HEDGE_WORDS[hedge] : "";
  switch (fact.kind) {
    case "money":
      return `${hedgeWord}${fact.unit}${formatAmount(value)}`;
    case "percent":
      return `${hedgeWord}${formatAmount(value)}%`;
    case "score":
      return `${formatAmount(value)}${fact.unit}`;
    case "rank":
      return `No. ${value}`;
    case "age":
      return `${value} years old`;
    case "ordinal":
      return NUMBERED_NOUNS.has(fact.unit) ? `${unitText ?? fact.unit} ${value}` : `${ordinal(value)} ${unitText ?? fact.unit}`;
    case "date":
    case "year":
      return formatDate(fact.date ?? {});
    case "count":
      return `${hedgeWord}${formatAmount(value)} ${unitText ?? fact.unit}`;
    default:
      return fact.unit === "top" ? `top ${formatAmount(value)}` : `${hedgeWord}${formatAmount(value)}`;
  }
}

/** 14840000 → "14.84 million"; 2500 → "2500". */
export function formatAmount(value: number): string {
  for (const [scale, name] of SCALE_NAMES) {
    if (scale >= 1e6 && Math.abs(value) >= scale) return `${trim(value / scale)} ${name}`;
  }
  return trim(value);
}

export function formatDate(date: { year?: number; month?: number; day?: number; inferredYear?: boolean }): string {
  const { month, day } = date;
  const year = date.inferredYear ? undefined : date.year;
  const monthName = month ? MONTH_NAMES[month] : undefined;
  if (monthName && day && year) return `${monthName} ${day}, ${year}`;
  if (monthName && day) return `${monthName} ${day}`;
  if (monthName && year) return `${monthName} ${year}`;
  if (monthName) return monthName;
  return year === undefined ? "" : String(year);
}

function trim(value: number): string {
  return String(Number(value.toFixed(6)));
}

function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][value % 10] ?? "th";
  return `${value}${suffix}`;
}
