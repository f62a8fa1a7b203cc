// What the judge sees of a claim and of a passage: analyses made once and kept with them.
import type { Analysis, Atom, Passage, Source } from "../types.js";
import type { Language } from "../language/language.js";

export interface ClaimView {
  text: string;
  analysis: Analysis;
  atoms: readonly Atom[];
  language: Language;
}

/** One sentence of a source, read. */
export interface SentenceView {
  passage: Passage;
  source: Source;
  analysis: Analysis;
}

/**
 * A passage in its article: the sentence that states an atom, the sentences around it (where
 * a name stands that it refers to as "she" or "the series", or a part of the statement it
 * continues), and the article's title.
 */
export interface PassageView extends SentenceView {
  /** The sentences within reach, nearest first, the one before ahead of the one after. */
  nearby: readonly SentenceView[];
  /** The source's title. */
  title: readonly SentenceView[];
}
