// Finds the passages worth judging for a claim: a shortlist from the index's rare terms, then
// fuse.js scores that shortlist fuzzily ("Detctive Renee Balard" still finds its passage).
import Fuse from "fuse.js";
import type { Passage, Token } from "../types.js";
import { termOf } from "../text/tokenize.js";
import type { PassageIndex } from "./index.js";

export interface RetrievalSettings {
  shortlist: number;
  commonFraction: number;
  commonFloor: number;
  postingsBudget: number;
  fuzzyWeight: number;
  fuzzyWidening: number;
  valueWeight: number;
}

export const RETRIEVAL_DEFAULTS: Readonly<RetrievalSettings> = Object.freeze({
  /** Passages handed to the judge per claim. */
  shortlist: 40,
  /** A term found in more passages than this fraction is too common to gather candidates by. */
  commonFraction: 0.02,
  /** Never treat a term as common below this many passages. */
  commonFloor: 64,
  /** The most postings one claim may walk before it stops gathering new candidates. */
  postingsBudget: 60_000,
  /** Weight of fuse.js's fuzzy score against the index's term score when ranking. */
  fuzzyWeight: 0.3,
  /**
   * When a claim likely holds a typo (a word the corpus lacks but holds a near spelling of), the
   * index gathers this many times the shortlist and fuse.js's fuzzy score picks the shortlist.
   */
  fuzzyWidening: 3,
  /**
   * A figure of the claim counts for this share of its term's weight when ranking: a source that
   * gives another figure for the claim's thing is as much wanted as one that gives the same, so
   * the passages are found by what the claim is about, and a figure only adds to them. Otherwise
   * a rare figure ("42") in unrelated articles would crowd out the few that name the claim's
   * subject.
   */
  valueWeight: 0.5,
});

export interface ClaimQuery {
  /** Each claim term with the corpus terms that stand for it (itself, or near spellings). */
  terms: ReadonlyMap<string, readonly string[]>;
  /** The claim's content words, folded, for fuzzy scoring. */
  words: readonly string[];
  /** The terms that are figures (numbers as written), not words. */
  values: ReadonlySet<string>;
}

export interface Candidate {
  passageId: number;
  passage: Passage;
  /** 0..1: how well the passage matches the claim's terms, fuzzily. */
  score: number;
}

/**
 * The claim's terms as the index knows them: content words and numbers, each with the corpus
 * terms that may stand for it (itself, near spellings of a misspelt word, and the terms of
 * words that may state it: `alternatives` gives those, as index terms).
 */
export function buildQuery(tokens: readonly Token[], index: PassageIndex, alternatives: (token: Token) => readonly string[] = () => []): ClaimQuery {
  const terms = new Map<string, readonly string[]>();
  const words = new Set<string>();
  const values = new Set<string>();
  for (const token of tokens) {
    const isNumber = token.kind === "number";
    if (!isNumber && !(token.content || token.pos === "VERB" || token.pos === "PROPN")) continue;
    const term = queryTerm(token);
    if (!isNumber) words.add(token.norm);
    if (terms.has(term) || term === "") continue;
    if (isNumber) values.add(term);
    const own = index.documentFrequency(term) > 0 ? [term] : index.nearTerms(term);
    const others = isNumber ? [] : alternatives(token).filter((t) => t !== term && !own.includes(t) && index.documentFrequency(t) > 0);
    terms.set(term, [...own, ...new Set(others)]);
  }
  return { terms, words: [...words], values };
}

/** The term a claim token is looked up by: a number as written, a word by its stem. */
export function queryTerm(token: Token): string {
  return token.kind === "number" ? token.norm : termOf(token.norm);
}

/** The passages to judge, best first. `allowed` limits them to the cited sources. */
export function retrieve(
  index: PassageIndex,
  query: ClaimQuery,
  allowed?: ReadonlySet<string>,
  options: Partial<RetrievalSettings> = {},
): Candidate[] {
  const settings = { ...RETRIEVAL_DEFAULTS, ...options };
  const corpusTerms = [...new Set([...query.terms.values()].flat())].map((term) => ({ term, postings: index.postingsOf(term) }));
  corpusTerms.sort((a, b) => a.postings.length - b.postings.length || (a.term < b.term ? -1 : 1));
  const common = Math.max(settings.commonFloor, index.size * settings.commonFraction);

  // Gather candidates from the rarest terms only; common terms just add to their scores below.
  const gathered = index.passageSet();
  let walked = 0;
  for (const { term, postings } of corpusTerms) {
    const enough = gathered.size >= settings.shortlist;
    if (enough && postings.length > common) break;
    if (gathered.size > 0 && walked + postings.length > settings.postingsBudget) break;
    walked += postings.length;
    gathered.addPostings(term, allowed && ((id) => allowed.has(index.passages[id]!.sourceId)));
  }

  // Each passage scores the idf of every claim term it holds (or the first near spelling).
  // Where the claim's words are all in the corpus as written, that score is exact and suffices;
  // where some are misspelt, fuse.js scores a wider list fuzzily and picks the shortlist.
  const fuzzy = settings.fuzzyWeight > 0 && hasMisspelling(query);
  const wanted = fuzzy ? settings.shortlist * settings.fuzzyWidening : settings.shortlist;
  const weights = [...query.terms.keys()].map((term) => (query.values.has(term) ? settings.valueWeight : 1));
  const top = index.topByTerms(gathered, [...query.terms.values()], wanted, weights);
  return rankFuzzily(index, top, query, fuzzy ? settings.fuzzyWeight : 0).slice(0, settings.shortlist);
}

/**
 * Whether a claim likely holds a typo: a word the corpus lacks as written but holds a near
 * spelling of. A word with no near spelling is more likely a name the corpus never mentions.
 */
export function hasMisspelling(query: ClaimQuery): boolean {
  for (const [term, alternatives] of query.terms) {
    if (alternatives.length > 0 && alternatives[0] !== term) return true;
  }
  return false;
}

function rankFuzzily(
  index: PassageIndex,
  top: readonly { id: number; score: number }[],
  query: ClaimQuery,
  fuzzyWeight: number,
): Candidate[] {
  if (top.length === 0) return [];
  const best = top[0]!.score || 1;
  const fuzzy = new Map<number, number>();
  // At weight 0 the fuzzy scores would count for nothing: skip computing them.
  if (query.words.length > 0 && fuzzyWeight !== 0) {
    const fuse = new Fuse(top.map((t) => index.passages[t.id]!.text), {
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.6,
      useExtendedSearch: true,
    });
    // Extended search: "a | b | c" scores each passage on whichever words it fuzzily holds.
    const pattern = query.words.map((w) => w.replace(/[|'"!^$=]/g, " ").trim()).filter(Boolean).join(" | ");
    for (const result of fuse.search(pattern)) fuzzy.set(result.refIndex, 1 - (result.score ?? 1));
  }
  return top
    .map((t, i) => ({
      passageId: t.id,
      passage: index.passages[t.id]!,
      score: (1 - fuzzyWeight) * (t.score / best) + fuzzyWeight * (fuzzy.get(i) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || a.passageId - b.passageId);
}
