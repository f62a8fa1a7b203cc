// A date a text counts from a day it does not give ("next year" in a claim), placed against a
// source's date: the claim is read as the source would have it said on its day.
import type { Fact } from "../types.js";
import { dayInterval, parseIsoDate, placeRelative } from "./calendar.js";
import { printDate } from "./print.js";
import type { FactVocabulary } from "./vocabulary.js";

export function placeFact(fact: Fact, date: string, vocabulary: FactVocabulary): Fact {
  const relative = fact.date?.relative;
  const from = parseIsoDate(date);
  if (!relative || !from) return fact;
  const parts = placeRelative(relative, from);
  const { low, high } = dayInterval(parts);
  return { ...fact, kind: relative.level === "year" ? "year" : "date", date: parts, low, high, display: `${fact.display} (${printDate(parts, vocabulary)})` };
}
