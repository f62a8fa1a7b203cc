// Printing pieces the fact kinds share: amounts at their written precision, hedges, ranges,
// ordinals and dates, all worded from the vocabulary.
import type { StatedAmount } from "../types.js";
import type { DateParts } from "./calendar.js";
import type { FactVocabulary } from "./vocabulary.js";

/** Scales printed as words ("14.84 million"); smaller amounts print in digits. */
const LEAST_PRINTED_SCALE = 1e6;
/** A scale is printed only when the amount needs at most this many decimals in it. */
const MOST_DECIMALS = 3;

/** "more than $14.84 million", "10-12 people": hedge, prefix, number or range, suffix. */
export function printAmount(stated: StatedAmount, vocabulary: FactVocabulary, parts: { prefix?: string; suffix?: string } = {}): string {
  const hedge = stated.hedge ? `${vocabulary.hedgeWords.get(stated.hedge)} ` : "";
  return `${hedge}${parts.prefix ?? ""}${printNumber(stated.value, stated.through, stated.precision, vocabulary)}${parts.suffix ?? ""}`;
}

/** A number (or range) with as many decimals as its precision says were written. */
export function printNumber(value: number, through: number | undefined, precision: number, vocabulary: FactVocabulary): string {
  const [scale, name] = scaleFor(Math.abs(value), precision, vocabulary);
  const decimals = precision > 0 ? Math.max(0, Math.round(-Math.log10((2 * precision) / scale))) : undefined;
  const number = (n: number) => (decimals === undefined ? String(Number((n / scale).toPrecision(12))) : (n / scale).toFixed(decimals));
  const range = through === undefined ? number(value) : `${number(value)}-${number(through)}`;
  return name ? `${range} ${name}` : range;
}

function scaleFor(value: number, precision: number, vocabulary: FactVocabulary): [number, string | undefined] {
  let best: [number, string | undefined] = [1, undefined];
  for (const [name, scale] of vocabulary.scales) {
    if (scale < LEAST_PRINTED_SCALE || value < scale || scale <= best[0]) continue;
    // An exact amount prints in digits: "2 million" would read back as a rounded one.
    if (precision === 0 || (2 * precision) / scale < 10 ** -MOST_DECIMALS) continue;
    best = [scale, name];
  }
  return best;
}

/** "third", or "45th" where the vocabulary has no word. */
export function printOrdinal(value: number, vocabulary: FactVocabulary): string {
  for (const [word, n] of vocabulary.ordinals) if (n === value) return word;
  const digits = String(value);
  const { endings } = vocabulary.ordinalSuffixes;
  const suffix = endings.get(digits.slice(-2)) ?? endings.get(digits.slice(-1)) ?? vocabulary.ordinalSuffixes.default;
  return `${digits}${suffix}`;
}

/** "July 9, 2025", "July 9" (its year inferred), "July 2025", "2025", "Tuesday, July 15, 2025". */
export function printDate(date: DateParts, vocabulary: FactVocabulary): string {
  const formats = vocabulary.datePrinting;
  const month = date.month === undefined ? undefined : vocabulary.monthNames[date.month];
  const showYear = date.year !== undefined && (!date.inferredYear || month === undefined);
  const year = String(date.year ?? "");
  const fill = (format: string) => format.replace("{month}", month ?? "").replace("{day}", String(date.day ?? "")).replace("{year}", year);
  let text: string;
  if (month !== undefined && date.day !== undefined) text = fill(showYear ? formats.day : formats.dayWithoutYear);
  else if (month !== undefined) text = fill(showYear ? formats.month : formats.monthWithoutYear);
  else text = showYear ? year : "";
  const part = date.dayPart === undefined ? "" : ` ${vocabulary.dayPartNames[date.dayPart] ?? ""}`;
  if (date.weekday === undefined) return `${text}${part}`;
  const weekday = vocabulary.weekdayNames[date.weekday] ?? "";
  return `${text === "" ? weekday : formats.weekday.replace("{weekday}", weekday).replace("{date}", text)}${part}`;
}
