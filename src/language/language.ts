// What the judge asks of a language: its tokens, how two words relate, and what part a
// function word plays. The judge names no word of any language; a language module answers.
import type { Fact, LexicalRelation, PartOfSpeech, Token } from "../types.js";

/** A word as the judge compares it: its dictionary form and part of speech. */
export interface Word {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** A verb's particle, as on a token. */
  readonly particle?: string | undefined;
}

/** The parts function words play in a sentence (see lexicon/en/words.yaml). */
export const WORD_ROLES = [
  "relative",
  "coordinator",
  "contrast",
  "copula",
  "agent",
  "passiveInfinitive",
  "partitive",
  "qualifier",
  "former",
  "pursuit",
  "indefinite",
  "condition",
  "modal",
  "backshift",
  "anaphor",
  "speaker",
  "quantifier",
  "whole",
  "replacement",
  "subordinator",
  "causal",
  "reason",
  "limitAhead",
  "consequence",
  "reporting",
  "possessive",
  "light",
  "comparison",
  "equative",
  "allegation",
  "intention",
  "commitment",
  "limit",
  "future",
  "joiner",
  "particle",
  "cancellation",
  "postponement",
  "attribution",
  "definite",
  "completion",
  "retraction",
  "exception",
  "onset",
  "present",
  "implicative",
  "refusal",
  "honorific",
  "complementizer",
  "assertive",
  "temporal",
  "origin",
  "destination",
  "favouring",
  "absolute",
  "opposing",
  "symmetric",
  "owner",
  "belonging",
  "departure",
  "removal",
  "staying",
  "sole",
  "degree",
  "revision",
  "revocation",
  "exclusion",
  "standing",
  "scope",
  "objective",
  "singular",
  "leaving",
] as const;
export type WordRole = (typeof WORD_ROLES)[number];

export interface Language {
  /** BCP 47 code ("en"). */
  readonly code: string;
  /**
   * What the language was built from, beyond the tool's own code (a user's lexicon files): two
   * languages of one identity give the same answers, so what was decided with one holds for the other.
   */
  readonly identity: string;
  /** Splits a text into tokens with lemmas, parts of speech and negation scope. */
  tokenize(text: string): Token[];
  /** How an evidence word stands to a claim word ("purchased" to "bought": synonym). */
  relate(claim: Word, evidence: Word): LexicalRelation;
  /**
   * How two phrases of several words relate where the dictionary knows each as one word ("civil
   * engineering" to "mechanical engineering": sibling); undefined where it knows either not.
   */
  relateCompounds(claim: readonly Word[], evidence: readonly Word[]): LexicalRelation | undefined;
  /** Phrases of several words the lexicon knows to stand to a word ("hit stores" for "release": synonym), as their words. */
  phrasesFor(word: Word): readonly { readonly words: readonly string[]; readonly relation: LexicalRelation }[];
  /** Other lemmas that may state a word, for finding paraphrased evidence. */
  alternatives(word: Word): readonly string[];
  /** The parts a word plays as a function word, if any (by its lemma, or as written). */
  roles(word: { readonly lemma: string; readonly norm?: string }): ReadonlySet<WordRole>;
  /** Whether the tokens from `at` start a phrase that negates what follows; its length if so. */
  negationAt(tokens: readonly Token[], at: number): number;
  /** Where a phrase that rules out what follows it ("rather than", "not" in "Vienna, not Prague") ends right before `at`: its first token, if so. */
  correctionBefore(tokens: readonly Token[], at: number): number | undefined;
  /** Whether a word has the form of a verb in -ing ("taking", "running"), a verb or a noun made from one. */
  ingForm(token: Pick<Token, "norm">): boolean;
  /** The degree a describing word's form says, beyond its plain form: "larger", "largest". */
  degree(token: Token): "comparative" | "superlative" | undefined;
  /** Whether the negation at `at` only says when a thing happens ("will not reopen until September": then, not before). */
  onlySaysWhen(tokens: readonly Token[], at: number): boolean;
  /** The facts among a text's tokens (amounts, dates, ranks …), dates read against `date`. */
  readFacts(tokens: readonly Token[], context: { date?: string | undefined }): { facts: Fact[]; consumed: ReadonlySet<number> };
  /** Whether a verb is in a past form ("opened", "began"), saying a thing happened. */
  pastTense(word: Token): boolean;
  /** Whether a noun may stand for a person ("chair", "member"; not "death"): who a name set after it may be. */
  mayNamePerson(word: Token): boolean;
  /** Whether a noun is in its plural form ("members", "children"). */
  plural(word: Token): boolean;
  /** Whether a verb is in a present form ("chairs", "lead"), not a past one or a participle. */
  presentTense(word: Token): boolean;
  /** Whether a word may describe a noun as an adjective does ("adult", "green"), whatever part the tagger gave it here. */
  mayDescribe(word: Token): boolean;
  /** A date the text counts from no given day ("next year" in a claim), placed against a day (YYYY-MM-DD). */
  placeFact(fact: Fact, date: string): Fact;
  /** Whether a word says what a value of this kind is ("ranked" for a rank, "score" for a percent). */
  describes(kind: Fact["kind"], word: Token): boolean;
  /** The words that write a figure ("eleven", "third"), folded: a passage giving a value in words is found by them. */
  readonly figureWords: readonly string[];
}
