// Tokens of English text from wink-nlp: lemmas, parts of speech and negation scope, each token
// keeping its offsets into the text it came from.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { PartOfSpeech, Token, TokenKind } from "../../types.js";
import { fold } from "../../text/fold.js";

/** Only what the judge reads: sentence boundaries, parts of speech, negation. */
const nlp = winkNLP(model, ["sbd", "pos", "negation"]);
const its = nlp.its;

/** What makes a token a content word: its part of speech, unless the lexicon lists it as a function word. */
const CONTENT_POS: ReadonlySet<PartOfSpeech> = new Set(["ADJ", "ADV", "NOUN", "NUM", "PROPN", "VERB", "X"]);

export interface TokenWords {
  /** Function words that never count as content, whatever their tag ("also", "currently"). */
  readonly stopwords: ReadonlySet<string>;
  /** Words that negate what follows ("not", "never", "without"). */
  readonly negations: ReadonlySet<string>;
  /** The parts function words play; a stopword before a comparison word ("later than") is content. */
  readonly roles?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * A run of non-space characters longer than this is no word wink-nlp should see: its
 * abbreviation test (/[a-z].*\.$/) takes time quadratic in a word's length. Such a run is one
 * token of its own, tagged X; the longest English words are under fifty letters.
 */
const LONGEST_WORD = 64;
const LONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`, "gu");

/** Splits a text into tokens. Offsets count UTF-16 code units of `text` as given. */
export function readTokens(text: string, words: TokenWords): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (const run of text.matchAll(LONG_RUN)) {
    readWithWink(text.slice(from, run.index), from, words, tokens);
    const raw = run[0];
    const norm = fold(raw.normalize("NFKC"));
    tokens.push({
      raw, norm, lemma: norm, pos: "X", kind: kindOf(raw), start: run.index, end: run.index + raw.length,
      capitalized: false, content: false, hyphenated: false, spaced: true, negated: false,
    });
    from = run.index + raw.length;
  }
  readWithWink(text.slice(from), from, words, tokens);
  return comparativesAsContent(tokens, words);
}

/** "nine days later than": a word the lexicon sets aside says which way before "than", so it is content. */
function comparativesAsContent(tokens: Token[], words: TokenWords): Token[] {
  if (!words.roles) return tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "word" && !token.content && words.stopwords.has(token.norm) && words.roles.get(tokens[i + 1]!.norm)?.has("comparison")) {
      tokens[i] = { ...token, content: true };
    }
  }
  return tokens;
}

function readWithWink(text: string, base: number, words: TokenWords, tokens: Token[]): void {
  if (text.trim() === "") return;
  const doc = nlp.readDoc(text);
  const items = doc.tokens();
  const values = items.out(its.value) as string[];
  const spaces = items.out(its.precedingSpaces) as string[];
  const tags = items.out(its.pos) as string[];
  const lemmas = items.out(its.lemma as unknown as typeof its.value) as string[];
  const negation = items.out(its.negationFlag) as boolean[];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const raw = values[i]!;
    offset += spaces[i]!.length;
    // wink keeps the text lossless; should a token not sit where expected, find it.
    const start = text.startsWith(raw, offset) ? offset : Math.max(offset, text.indexOf(raw, offset));
    const end = start + raw.length;
    const kind = kindOf(raw);
    const norm = fold(raw.normalize("NFKC"));
    const pos = tags[i] as PartOfSpeech;
    const lemma = kind === "word" ? fold((lemmas[i] ?? raw).normalize("NFKC")) : norm;
    const previous = tokens[tokens.length - 1];
    const pieces = kind === "number" ? numberPieces(tokens, base + start) : 0;
    if (pieces > 0) {
      // wink cuts some numbers in two or three ("911th" as "9" and "11th", "7.30pm" as "7.3" and
      // "0pm", "11.20am" as "11", "." and "20am"): one number, as written.
      const first = tokens[tokens.length - pieces]!;
      const joined = tokens.slice(tokens.length - pieces).map((t) => t.raw).join("") + raw;
      const joinedNorm = fold(joined.normalize("NFKC"));
      const whole: Token = { ...first, raw: joined, norm: joinedNorm, lemma: joinedNorm, end: base + end };
      tokens.splice(tokens.length - pieces, pieces, ...(FIGURE_AND_STOP.test(joined) ? withoutFullStop(whole) : [whole]));
      offset = end;
      continue;
    }
    const token: Token = {
      raw,
      norm,
      lemma,
      pos,
      kind,
      start: base + start,
      end: base + end,
      capitalized: kind === "word" && /^\p{Lu}/u.test(raw),
      content: kind === "word" && isContent(pos, norm, words),
      hyphenated: previous !== undefined && previous.raw === "-" && previous.start === tokens[tokens.length - 2]?.end && previous.end === base + start,
      spaced: spaces[i]!.length > 0 || i === 0,
      negated: negation[i] === true && !words.negations.has(norm),
    };
    tokens.push(...(SPEAKER_BE.test(raw) ? speakerAndBe(token) : FIGURE_AND_STOP.test(raw) ? withoutFullStop(token) : withoutPossessive(token, words)));
    offset = end;
  }
}

/** "I'm", which wink keeps whole (and tags as a name) where it splits "I've" and "we're". */
const SPEAKER_BE = /^i['\u2019]m$/iu;

/** "I'm" as "I" and "'m", as wink gives "I've" as "I" and "'ve". */
function speakerAndBe(token: Token): Token[] {
  const end = token.start + 1;
  const pronoun: Token = { ...token, raw: token.raw.slice(0, 1), norm: "i", lemma: "i", pos: "PRON", end, content: false };
  const verb: Token = { ...token, raw: token.raw.slice(1), norm: fold(token.raw.slice(1).normalize("NFKC")), lemma: "be", pos: "AUX", start: end, capitalized: false, content: false, spaced: false };
  return [pronoun, verb];
}

/** A figure with letters after it that keeps a sentence's full stop: "10pm.", "5kg.". */
const FIGURE_AND_STOP = /^\p{Nd}[\p{Nd}.,:]*\p{L}+\.$/u;

/** "10pm." as "10pm" and the full stop that ends its sentence. */
function withoutFullStop(token: Token): Token[] {
  const end = token.end - 1;
  const raw = token.raw.slice(0, -1);
  const norm = fold(raw.normalize("NFKC"));
  const figure: Token = { ...token, raw, norm, lemma: norm, end };
  const stop: Token = { ...token, raw: ".", norm: ".", lemma: ".", pos: "PUNCT", kind: "symbol", start: end, capitalized: false, content: false, hyphenated: false, spaced: false };
  return [figure, stop];
}

/** A possessive ending kept on its word: "city's". */
const POSSESSIVE = /^(.+?)(['\u2019]s)$/u;

/**
 * A word and its possessive ending as two tokens, as wink-nlp gives them until its cache has
 * met the whole word ("city's" once seen is kept whole): the same text then reads the same
 * whatever was read before it. The word keeps the tag, a common noun where it is not capitalised.
 */
function withoutPossessive(token: Token, words: TokenWords): Token[] {
  const match = token.kind === "word" ? POSSESSIVE.exec(token.raw) : null;
  if (!match) return [token];
  const raw = match[1]!;
  const norm = fold(raw.normalize("NFKC"));
  const pos: PartOfSpeech = token.pos === "PROPN" && !token.capitalized ? "NOUN" : token.pos;
  const end = token.start + raw.length;
  const word: Token = { ...token, raw, norm, lemma: norm, pos, end, content: isContent(pos, norm, words) };
  const ending = match[2]!;
  const endingNorm = fold(ending.normalize("NFKC"));
  const marker: Token = {
    raw: ending, norm: endingNorm, lemma: endingNorm, pos: "PART", kind: kindOf(ending),
    start: end, end: token.end, capitalized: false, content: false, hyphenated: false, spaced: false, negated: token.negated,
  };
  return [word, marker];
}

/** Whether a word of this tag is a content word: not one the lexicon lists as a function word or a negation. */
function isContent(pos: PartOfSpeech, norm: string, words: TokenWords): boolean {
  return CONTENT_POS.has(pos) && !words.stopwords.has(norm) && !words.negations.has(norm);
}

/**
 * How many tokens just before a number starting at `start` are earlier pieces of it: digits
 * (and their separators) directly before it ("7.3" before "0pm"), or digits and a lone
 * separator, all touching ("11" and "." before "20am"). None otherwise.
 */
function numberPieces(tokens: readonly Token[], start: number): number {
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.end !== start) return 0;
  if (previous.kind === "number") return DIGITS.test(previous.raw) ? 1 : 0;
  const before = tokens[tokens.length - 2];
  return SEPARATOR.test(previous.raw) && before?.kind === "number" && before.end === previous.start && DIGITS.test(before.raw) ? 2 : 0;
}

/** Digits and the separators inside a figure: "7.3", "6,912". */
const DIGITS = /^\p{Nd}+(?:[.,:]\p{Nd}+)*$/u;
const SEPARATOR = /^[.,:]$/u;

function kindOf(raw: string): TokenKind {
  const first = raw.normalize("NFKC").charAt(0);
  if (/\p{Nd}/u.test(first)) return "number";
  return /[\p{L}\p{M}]/u.test(first) ? "word" : "symbol";
}
