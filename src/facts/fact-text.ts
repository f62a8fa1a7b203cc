// What every fact kind reads: the tokens of one text, the vocabulary, and the source's date.
import type { Token } from "../types.js";
import type { FactVocabulary } from "./vocabulary.js";

export interface FactContext {
  /** The source's date (YYYY-MM-DD), against which "yesterday" and "July 9" are read. */
  readonly date?: string | undefined;
}

export interface FactText {
  readonly tokens: readonly Token[];
  readonly vocabulary: FactVocabulary;
  readonly context: FactContext;
}
