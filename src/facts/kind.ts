// What a fact kind is: how it is found in a text, and how a fact of it is printed. Each kind is
// one file in kinds/, listed once in registry.ts.
import type { Fact, FactKind, StatedAmount, Token } from "../types.js";
import type { DateParts } from "./calendar.js";
import type { FactText } from "./fact-text.js";
import type { FactVocabulary } from "./vocabulary.js";
import { joinedNumber } from "./number-words.js";

/** A fact as a kind finds it, before hedges, corrections and printing. */
export interface FactDraft {
  readonly kind: FactKind;
  readonly unit: string;
  /** Index of the first token; may lie before the token it was found at ("in his thirties"). */
  readonly first: number;
  /** Index after the last token. */
  readonly next: number;
  readonly stated?: StatedAmount;
  readonly date?: DateParts;
  /** A bare number a clause says its subject is ("…, is 52."). */
  readonly predicate?: boolean;
}

/** A kind bound to one text. */
export interface KindReader {
  /** Whether a fact of this kind may start at token i: cheap, so reading stays linear. */
  startsAt(i: number): boolean;
  read(i: number): FactDraft | undefined;
}

export interface FactKindDefinition {
  /** The kinds of fact it makes: the first is its own; dates also make years ("this year"). */
  readonly kinds: readonly FactKind[];
  /** An amount: hedges before it ("more than", "nearly") widen it. */
  readonly amount: boolean;
  /** Its least value, where "less than" reaches down to (ranks start at 1). */
  readonly least: number;
  /** Binds the kind to a text; dates run chrono over the sentences here, once. */
  open(text: FactText): KindReader;
  /** The canonical form of one of its facts: reading it back yields the same fact. */
  describe(fact: Fact, vocabulary: FactVocabulary): string;
  /**
   * A bare number restated as an amount like `like` ("12" in "10 miles, not 12" is 12 miles).
   * Without it, the number keeps its value and takes the noun.
   */
  restate?(number: StatedAmount, like: Fact, vocabulary: FactVocabulary): StatedAmount;
}

/** A reader that needs nothing of the text as a whole: a test per token and a read per position. */
export function tokenReader(
  startsAt: (token: Token, vocabulary: FactVocabulary) => boolean,
  read: (text: FactText, i: number) => FactDraft | undefined,
): (text: FactText) => KindReader {
  return (text) => ({
    startsAt: (i) => startsAt(text.tokens[i]!, text.vocabulary),
    read: (i) => read(text, i),
  });
}

/** What a number-led kind starts at: digits, or a number word. */
export function startsNumber(token: Token, vocabulary: FactVocabulary): boolean {
  return (
    token.kind === "number" ||
    vocabulary.numbers.has(token.norm) ||
    vocabulary.articles.has(token.norm) ||
    vocabulary.multiples.has(token.norm) ||
    vocabulary.fractions.has(token.norm) ||
    joinedNumber(token.norm, vocabulary) !== undefined
  );
}

/**
 * One of a unit said with an article, where `isUnit` accepts the noun after it: "a week", "an
 * hour", "about a mile" (1, give or take a half); "half a mile" (a half exactly).
 */
export function oneByArticle(
  tokens: readonly Token[],
  i: number,
  vocabulary: FactVocabulary,
  isUnit: (token: Token) => boolean,
): { next: number; value: number; precision: number; word: Token } | undefined {
  const share = vocabulary.fractions.get(tokens[i]!.norm);
  const article = share === undefined ? i : i + 1;
  const word = tokens[article + 1];
  if (!vocabulary.articles.has(tokens[article]?.norm ?? "") || word?.pos !== "NOUN" || !isUnit(word)) return undefined;
  return { next: article + 2, value: share ?? 1, precision: share === undefined ? 0.5 : 0, word };
}

/** The stated amount of a draft, from what readAmount found. */
export function statedOf(amount: { value: number; through?: number; precision: number; hedge?: StatedAmount["hedge"]; between?: true }, noun?: string): StatedAmount {
  return {
    value: amount.value,
    ...(amount.through !== undefined ? { through: amount.through } : {}),
    ...(amount.between ? { between: true as const } : {}),
    precision: amount.precision,
    ...(amount.hedge ? { hedge: amount.hedge } : {}),
    ...(noun !== undefined ? { noun } : {}),
  };
}
