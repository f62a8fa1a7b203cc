// Numbers written in digits, in any script: NFKC folds full-width digits, but not Arabic-Indic
// ones ("١٢"), so every decimal digit is read by its place in its block of ten.

/** A number in digits: its value and how many decimals were written. */
export interface Digits {
  readonly value: number;
  readonly decimals: number;
}

// Unicode keeps every script's digits 0 to 9 in order in consecutive code points, in blocks of ten.
const DIGIT = /\p{Nd}/u;
// The Arabic decimal and thousands separators, which NFKC leaves alone.
const SEPARATORS: ReadonlyMap<string, string> = new Map([["\u066B", "."], ["\u066C", ","]]);

/** Rewrites every decimal digit as an ASCII digit. */
export function foldDigits(text: string): string {
  let out = "";
  for (const char of text) {
    const separator = SEPARATORS.get(char);
    if (separator !== undefined) out += separator;
    else if (char >= "0" && char <= "9") out += char;
    else if (DIGIT.test(char)) out += String(digitValue(char));
    else out += char;
  }
  return out;
}

function digitValue(char: string): number {
  let code = char.codePointAt(0)!;
  let steps = 0;
  while (DIGIT.test(String.fromCodePoint(code - 1))) {
    code--;
    steps++;
  }
  return steps % 10;
}

/** "1,234.5" → 1234.5 with 1 decimal; anything else (a phone number, "3rd") → undefined. */
export function readDigits(text: string): Digits | undefined {
  let plain = foldDigits(text);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const point = plain.indexOf(".");
  return { value: Number(plain), decimals: point < 0 ? 0 : plain.length - point - 1 };
}

/** "10-12" written as one token → its two ends; undefined unless the second is the larger. */
export function readDigitRange(text: string): [Digits, Digits] | undefined {
  const parts = foldDigits(text).split("-");
  // "555-1234" is a telephone number, not a range.
  if (parts.length !== 2 || /^\d{3}-\d{4}$/.test(parts.join("-"))) return undefined;
  const low = readDigits(parts[0]!);
  const high = readDigits(parts[1]!);
  return low && high && high.value > low.value ? [low, high] : undefined;
}
