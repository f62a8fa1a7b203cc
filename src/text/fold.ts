// Folding makes "Renée" match "Renee", curly quotes match straight ones, and case disappear.

const PUNCTUATION_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " "],
  [/\u2026/g, "..."],
];

/**
 * Text with nothing to fold but case: ASCII, without the one ASCII character the table folds
 * (the backtick). Such text is its own NFKD form and holds no mark, so lower case is all of it.
 */
const CASE_ONLY = /^[\x00-\x5f\x61-\x7f]*$/;

/** The comparison form of a piece of text: punctuation folded, accents stripped, lower case. */
export function fold(text: string): string {
  if (CASE_ONLY.test(text)) return text.toLowerCase();
  return foldFully(text);
}

/** `fold` without its shortcut: what the shortcut must agree with. */
export function foldFully(text: string): string {
  // Folded again after NFKD: compatibility forms ("︱", "‴", "ŉ") decompose into punctuation the
  // table folds, and folding must give the same result when applied twice.
  return foldAllPunctuation(foldAllPunctuation(text).normalize("NFKD")).replace(/\p{M}+/gu, "").toLowerCase();
}

function foldAllPunctuation(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PUNCTUATION_FOLDS) out = out.replace(pattern, replacement);
  return out;
}
