// Tokens keep their offsets into the original text, so every fact and match can be located.
import { stemmer } from "stemmer";
import { fold } from "./fold.js";
import { ANTONYM_PAIRS, IRREGULAR_FORMS, NEGATIONS, STOPWORDS, SYNONYM_GROUPS } from "./lexicon.js";

export type TokenKind = "word" | "number" | "symbol";

export interface Token {
  /** The token as written. */
  readonly raw: string;
  /** Folded: lower case, accents and curly quotes gone, possessive 's dropped. */
  readonly norm: string;
  /** The stem (irregular forms resolved): "premiered" → "premier". */
  readonly stem: string;
  /** The matching key: the stem, mapped through the synonym table. */
  readonly term: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Written with a capital letter (a name, or a sentence's first word). */
  readonly capitalized: boolean;
  /** A content word: a word that is not a stopword and not a negation (see isContent). */
  readonly content: boolean;
  /** Joined to the previous token by a hyphen ("ten-episode"). */
  readonly hyphenated: boolean;
  /** Separated from the previous token by whitespace. */
  readonly spaced: boolean;
}

// Words (letters, inner apostrophes, dotted acronyms), numbers (with separators), or one symbol.
// Each alternative is linear: no nested quantifiers over the same characters.
const TOKEN_PATTERN =
  /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

const stemCache = new Map<string, string>();

/** The stem of a folded word: irregular forms first, then the Porter stem. */
export function stemOf(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    const base = IRREGULAR_FORMS.get(norm) ?? norm;
    stem = /^[a-z]+$/.test(base) ? stemmer(base) : base;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}

/** The matching key for a folded word: its stem, mapped through the synonym table. */
export function termOf(norm: string): string {
  const stem = stemOf(norm);
  return SYNONYMS.get(stem) ?? stem;
}

const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const stems = group.map((word) => stemmer(IRREGULAR_FORMS.get(word) ?? word));
    const head = stems[0] ?? "";
    for (const stem of stems) map.set(stem, head);
  }
  return map;
})();

/** What a token is, given only how it is written: computed once per distinct spelling. */
interface Form {
  raw: string;
  norm: string;
  stem: string;
  term: string;
  kind: TokenKind;
  capitalized: boolean;
  content: boolean;
}

// The same few thousand spellings recur across a corpus; folding and stemming each once keeps
// tokenising a large archive cheap. A spelling's kind follows from its first character, as the
// pattern's alternatives do: a letter or mark starts a word, a digit a number, anything else is
// a symbol.
const formCache = new Map<string, Form>();
const WORD_START = /^[\p{L}\p{M}]/u;

function formOf(raw: string): Form {
  let form = formCache.get(raw);
  if (form === undefined) {
    const first = raw.charCodeAt(0);
    const kind: TokenKind = first >= 48 && first <= 57 ? "number" : WORD_START.test(raw) ? "word" : "symbol";
    let norm = fold(raw);
    if (kind === "word") norm = norm.replace(/'s$/, "").replace(/\.$/, "");
    const stem = kind === "word" ? stemOf(norm) : norm;
    form = {
      raw,
      norm,
      stem,
      term: kind === "word" ? SYNONYMS.get(stem) ?? stem : norm,
      kind,
      capitalized: kind === "word" && /^\p{Lu}/u.test(raw),
      content: isContentWord(raw, norm, kind),
    };
    if (formCache.size > 200_000) formCache.clear();
    formCache.set(raw, form);
  }
  return form;
}

/**
 * A token: its place in the text, and its spelling's form, shared by every token spelt the same.
 * Four fields a token rather than eleven: a long text's tokens cost half the memory to make.
 */
class TextToken implements Token {
  hyphenated = false;

  constructor(
    private readonly form: Form,
    readonly start: number,
    readonly spaced: boolean,
  ) {}

  get raw(): string {
    return this.form.raw;
  }
  get norm(): string {
    return this.form.norm;
  }
  get stem(): string {
    return this.form.stem;
  }
  get term(): string {
    return this.form.term;
  }
  get kind(): TokenKind {
    return this.form.kind;
  }
  get end(): number {
    return this.start + this.form.raw.length;
  }
  get capitalized(): boolean {
    return this.form.capitalized;
  }
  get content(): boolean {
    return this.form.content;
  }
}

/**
 * The terms a text is found by, in order of first appearance and each once: content-word terms
 * and numbers. The same as collecting them from `tokenize`, without building the tokens.
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const raw of text.match(TOKEN_PATTERN) ?? []) {
    const form = formOf(raw);
    if (form.content) terms.add(form.term);
    else if (form.kind === "number") {
      terms.add(form.norm);
      terms.add(NUMBER_TERM);
    }
  }
  return [...terms];
}

/**
 * The term every passage holding a number is found by: a claim's figure may be stated by a
 * passage that gives another one, so the judge looks where figures are, whatever they are.
 */
export const NUMBER_TERM = "#";

export function tokenize(text: string): Token[] {
  const tokens: TextToken[] = [];
  let previousEnd = -1;
  // Every character the pattern skips is whitespace (its last alternative takes any other), so
  // a token is the first occurrence of its text after the one before: indexOf finds its offset
  // without a match object a token.
  for (const raw of text.match(TOKEN_PATTERN) ?? []) {
    const start = text.indexOf(raw, previousEnd < 0 ? 0 : previousEnd);
    tokens.push(new TextToken(formOf(raw), start, start > previousEnd));
    previousEnd = start + raw.length;
  }
  // A hyphen token between two words joins them; mark the word after it.
  for (let i = 2; i < tokens.length; i++) {
    const hyphen = tokens[i - 1]!;
    const before = tokens[i - 2]!;
    const token = tokens[i]!;
    if (hyphen.raw === "-" && before.end === hyphen.start && hyphen.end === token.start) token.hyphenated = true;
  }
  return tokens;
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** A content word: a word that is not a stopword and not a negation. */
export function isContent(token: Token): boolean {
  return token.content;
}

function isContentWord(raw: string, norm: string, kind: TokenKind): boolean {
  if (kind !== "word" || norm.length === 0 || isNegation(norm)) return false;
  // An acronym ("US", "TV") is content even where its lower-case twin is a stopword.
  return !isStopword(norm) || /^\p{Lu}[\p{Lu}\d]+$/u.test(raw);
}

const ANTONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
  for (const [a, b] of ANTONYM_PAIRS) {
    add(termOf(a), termOf(b));
    add(termOf(b), termOf(a));
  }
  return map;
})();

/** The terms that mean the opposite of this one. */
export function antonymsOf(term: string): readonly string[] {
  return ANTONYMS.get(term) ?? [];
}
