// Matching the vocabulary's phrases against tokens, one word a token. A hyphen between two words
// of the text is skipped, so "46-year-old" matches "year old".
import type { Token } from "../types.js";
import type { FactVocabulary, Phrase, PhraseTable } from "./vocabulary.js";

/**
 * A word of the vocabulary matches a token by its folded form or its dictionary form, save an
 * adjective's or adverb's: their forms say a degree ("ten years older than" is no age).
 */
export function tokenIs(token: Token | undefined, word: string): boolean {
  return token !== undefined && (token.norm === word || (token.kind === "word" && token.lemma === word && token.pos !== "ADJ" && token.pos !== "ADV"));
}

/** A hyphen written between two words ("ten-episode"), not a dash standing apart. */
export function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && token.norm === "-" && !token.spaced && tokens[i + 1]?.hyphenated === true;
}

/** Where the phrase ends (the index after it) when it starts at token i. */
export function phraseAt(tokens: readonly Token[], i: number, phrase: Phrase): number | undefined {
  let at = i;
  for (let k = 0; k < phrase.length; k++) {
    if (k > 0 && isJoiningHyphen(tokens, at)) at++;
    if (!tokenIs(tokens[at], phrase[k]!)) return undefined;
    at++;
  }
  return at;
}

/** Where the phrase starts when it ends just before token `end`. */
export function phraseBefore(tokens: readonly Token[], end: number, phrase: Phrase): number | undefined {
  let at = end - 1;
  for (let k = phrase.length - 1; k >= 0; k--) {
    if (k < phrase.length - 1 && isJoiningHyphen(tokens, at)) at--;
    if (at < 0 || !tokenIs(tokens[at], phrase[k]!)) return undefined;
    at--;
  }
  return at + 1;
}

/** The first of the phrases (longest first, as tables are kept) starting at token i. */
export function firstPhraseAt(tokens: readonly Token[], i: number, phrases: readonly Phrase[]): { next: number; index: number } | undefined {
  for (let index = 0; index < phrases.length; index++) {
    const next = phraseAt(tokens, i, phrases[index]!);
    if (next !== undefined) return { next, index };
  }
  return undefined;
}

/** The first of the phrases ending just before token `end`. */
export function firstPhraseBefore(tokens: readonly Token[], end: number, phrases: readonly Phrase[]): { first: number; index: number } | undefined {
  for (let index = 0; index < phrases.length; index++) {
    const first = phraseBefore(tokens, end, phrases[index]!);
    if (first !== undefined) return { first, index };
  }
  return undefined;
}

/** The entry of a phrase table starting at token i. */
export function tableAt<T>(tokens: readonly Token[], i: number, table: PhraseTable<T>): { next: number; value: T } | undefined {
  for (const [phrase, value] of table) {
    const next = phraseAt(tokens, i, phrase);
    if (next !== undefined) return { next, value };
  }
  return undefined;
}

/** The entry of a phrase table ending just before token `end`. */
export function tableBefore<T>(tokens: readonly Token[], end: number, table: PhraseTable<T>): { first: number; value: T } | undefined {
  for (const [phrase, value] of table) {
    const first = phraseBefore(tokens, end, phrase);
    if (first !== undefined) return { first, value };
  }
  return undefined;
}

/** Whether a word of change stands right before `at`, adverbs between ("rose sharply from", "has risen to"). */
export function changeBefore(tokens: readonly Token[], at: number, vocabulary: FactVocabulary): boolean {
  let i = at - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV" && !vocabulary.ranges.changes.has(tokens[i]!.norm)) i--;
  const before = tokens[i];
  return before !== undefined && (vocabulary.ranges.changes.has(before.norm) || vocabulary.ranges.changes.has(before.lemma));
}

/**
 * Whether the word at `value` ("from"), or before a determiner there, starts a change: a value it
 * goes to after the fact that ends before `next` ("from 10 to 12"), a word of change before it
 * ("up from 39 percent"), or one a few words before ("rose to 5 from 4", "rose 6 percent from 4").
 */
export function changeFrom(tokens: readonly Token[], value: number, next: number, vocabulary: FactVocabulary): boolean {
  // "from the 71.4 percent first published": a determiner may stand between.
  const at = tokens[value]?.pos === "DET" ? value - 1 : value;
  if (!vocabulary.ranges.notAfter.has(tokens[at]?.norm ?? "")) return false;
  if (vocabulary.ranges.joiners.has(tokens[next]?.norm ?? "") || changeBefore(tokens, at, vocabulary)) return true;
  // "rose to $5 million from $4 million", "rose by 9 per cent from £378,000": a word of change a
  // few words before, in the same clause.
  for (let i = at - 1; i >= 0 && i >= at - FROM_REACH; i--) {
    if (CLAUSE_ENDS.has(tokens[i]!.norm)) return false;
    if (changeBefore(tokens, i + 1, vocabulary)) return true;
  }
  return false;
}

/**
 * Whether the word at `value` ("from") follows a word of change: "was moved from 26 April to 10
 * May" starts a change, where "from 2028 to 2030" alone is a period. With the value it goes to
 * after the date, a word that moves a date may stand earlier in the clause, when no other verb
 * comes between: "brought forward completion of the pipeline from 2028 to December 2026", not
 * "was postponed while she ran the firm from 2018 to 2020".
 */
export function movedFrom(tokens: readonly Token[], value: number, next: number, vocabulary: FactVocabulary): boolean {
  if (!vocabulary.ranges.notAfter.has(tokens[value]?.norm ?? "")) return false;
  if (changeBefore(tokens, value, vocabulary)) return true;
  return vocabulary.ranges.joiners.has(tokens[next]?.norm ?? "") && changeInClause(tokens, value, vocabulary.ranges.moves);
}

/** How far before "to" the "from" of "from six years to four" is looked for. */
const FROM_REACH = 6;

/**
 * Whether a value starting at `first` gives how much a change changed: right after a word of
 * change, or after "by" in its clause ("rose 6 percent", "has risen by €70 million", "cut the
 * grant by a quarter").
 */
export function changeBy(tokens: readonly Token[], first: number, vocabulary: FactVocabulary): boolean {
  if (changeBefore(tokens, first, vocabulary)) return true;
  const by = tokens[first - 1]?.norm ?? "";
  if (!vocabulary.ranges.by.has(by)) return false;
  return changeBefore(tokens, first - 1, vocabulary) || (vocabulary.ranges.byAfterObject.has(by) && changeInClause(tokens, first - 1, vocabulary.ranges.changes));
}

/**
 * Whether one of `words` stands before token `at` in its clause with no other verb between:
 * "brought forward completion of the pipeline from", "cut the grant by".
 */
function changeInClause(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  for (let i = at - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i]!.norm); i--) {
    const token = tokens[i]!;
    if (words.has(token.norm) || words.has(token.lemma)) return true;
    if (token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return false;
}

/**
 * Whether the joiner at `at` leads to the value a change goes to: a word of change before it
 * ("has risen to"), or earlier in its clause ("raised its count of reports to 27"), or a "from"
 * shortly before it ("from six years to four").
 */
export function changeTo(tokens: readonly Token[], at: number, vocabulary: FactVocabulary): boolean {
  const joiner = tokens[at]?.norm ?? "";
  if (!vocabulary.ranges.joiners.has(joiner)) return false;
  if (changeBefore(tokens, at, vocabulary)) return true;
  if (vocabulary.ranges.toAfterObject.has(joiner) && changeInClause(tokens, at, vocabulary.ranges.changes)) return true;
  for (let i = at - 1; i >= 0 && i >= at - FROM_REACH; i--) if (vocabulary.ranges.notAfter.has(tokens[i]!.norm)) return true;
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Punctuation that closes a clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", ",", ";", ":", "!", "?", ")"]);

/** Whether the clause ends at token i: with punctuation, one of the joining words given, or the text. */
export function endsClause(tokens: readonly Token[], i: number, joiners: ReadonlySet<string> = NO_WORDS): boolean {
  const token = tokens[i];
  return token === undefined || CLAUSE_ENDS.has(token.norm) || joiners.has(token.norm);
}
