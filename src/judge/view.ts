// What the judge sees of a claim and of a passage: analyses made once and kept with them.
import type { Analysis, Atom, AtomPart, LexicalRelation, Passage, Source, Token } from "../types.js";
import type { Language } from "../language/language.js";

export interface ClaimView {
  text: string;
  analysis: Analysis;
  atoms: readonly Atom[];
  /** The index terms each part may be found by: its words' and those of words that state them. */
  termsOf(part: AtomPart): readonly string[];
  /** How each evidence word (by its key: lemma and part of speech) stands to this claim word, as found so far. */
  relationsOf(token: Token): Map<string, LexicalRelation>;
  /** The claim states more things than were split into atoms: it cannot be found supported. */
  truncated: boolean;
  language: Language;
}

/** One sentence of a source, read. */
export interface SentenceView {
  passage: Passage;
  source: Source;
  analysis: Analysis;
  /** The day its dates are read against: the source's date or dateline (YYYY-MM-DD), if any. */
  date?: string | undefined;
}

/**
 * A passage in its article: the sentence that states an atom, the sentences around it (where
 * a name stands that it refers to as "she" or "the series", or a part of the statement it
 * continues), and the article's title.
 */
export interface PassageView extends SentenceView {
  /**
   * The sentences within reach that hold any of these index terms, nearest first, the one
   * before ahead of the one after. Only those are read: the rest cannot state the part looked for.
   */
  around(terms: readonly string[]): readonly SentenceView[];
  /** Whether a sentence shortly before this one (within twice the reach, or in its paragraph) holds all these index terms (a name said lately). */
  namedBefore(terms: readonly string[]): boolean;
  /** Whether an earlier sentence of this one's paragraph holds all these index terms (whoever a quote's "I" may be). */
  namedInParagraph(terms: readonly string[]): boolean;
  /** The sentence right before this one in its article, if any. */
  previous(): SentenceView | undefined;
  /** The source's title. */
  title: readonly SentenceView[];
  /** Whether some sentence of the article holds all these index terms (a name given in full somewhere). */
  namedInSource(terms: readonly string[]): boolean;
  /**
   * Whether the article's first sentence to hold the head term comes before this one and holds
   * all these terms too: a name given in full, then called by its last word ("the trust").
   */
  introducedBefore(terms: readonly string[], head: string): boolean;
}
