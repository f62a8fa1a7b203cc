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
}

/** Splits a text into tokens. Offsets count UTF-16 code units of `text` as given. */
export function readTokens(text: string, words: TokenWords): Token[] {
  const doc = nlp.readDoc(text);
  const items = doc.tokens();
  const values = items.out(its.value) as string[];
  const spaces = items.out(its.precedingSpaces) as string[];
  const tags = items.out(its.pos) as string[];
  const lemmas = items.out(its.lemma as unknown as typeof its.value) as string[];
  const negation = items.out(its.negationFlag) as boolean[];
  const tokens: Token[] = [];
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
    tokens.push({
      raw,
      norm,
      lemma,
      pos,
      kind,
      start,
      end,
      capitalized: kind === "word" && /^\p{Lu}/u.test(raw),
      content: kind === "word" && CONTENT_POS.has(pos) && !words.stopwords.has(norm) && !words.negations.has(norm),
      hyphenated: previous !== undefined && previous.raw === "-" && previous.start === tokens[tokens.length - 2]?.end && previous.end === start,
      spaced: spaces[i]!.length > 0 || i === 0,
      negated: negation[i] === true && !words.negations.has(norm),
    });
    offset = end;
  }
  return tokens;
}

function kindOf(raw: string): TokenKind {
  const first = raw.normalize("NFKC").charAt(0);
  if (/\p{Nd}/u.test(first)) return "number";
  return /[\p{L}\p{M}]/u.test(first) ? "word" : "symbol";
}
