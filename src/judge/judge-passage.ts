// Decides how one passage bears on one claim: it supports it, contradicts it, or says nothing.
import type { Fact, FactKind, Passage, Source } from "../types.js";
import { compareFact } from "../facts/compare.js";
import { antonymsOf, isContent, type Token } from "../text/tokenize.js";
import type { Analysis, Unit, UnitKind } from "./analyze.js";

export const JUDGE_DEFAULTS = Object.freeze({
  /** Share of the claim (by weight) a passage must state to support it. */
  supportCoverage: 0.75,
  /** Share of the claim a passage must be about (conflicting values included) to contradict it. */
  conflictTopic: 0.75,
  /**
   * A name found only near the passage counts this much: in the source's title or headings, or,
   * for the claim's subject, two sentences either side when the passage names no one else
   * (articles name their subject once and then say "the series"). Words never count nearby:
   * what is said must be said in the passage itself.
   */
  nearbyCredit: 0.6,
  /** Share of each name a supporting passage must hold, nearby credit included. */
  supportName: 0.6,
  /** A word matched through the synonym table, not as itself, counts this much. */
  synonymCredit: 0.85,
  /** Agreeing facts that may stand in for a claim's missing verb ("recorded 619 million minutes … July 21"). */
  factsForPredicate: 2,
  /** Share of the claim's plain words (its predicate) a passage must contain to bear on it. */
  supportWords: 0.5,
  /** Headlines summarise; they weigh less than body text when the two disagree. */
  headingWeight: 0.6,
  weights: { name: 1.5, word: 1, fact: 2 } satisfies Record<UnitKind, number>,
  /** How far past a matched word to look for the name that fills the claim's slot. */
  nameSlotReach: 5,
});

export interface ClaimView {
  text: string;
  analysis: Analysis;
  units: readonly Unit[];
  /** Claim terms and the corpus terms that stand for them (misspellings). */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** How rare a term is in the corpus (its inverse document frequency). */
  rarity: (term: string) => number;
}

export interface PassageView {
  passage: Passage;
  source: Source;
  analysis: Analysis;
  /** Whether a sentence around the passage holds the term. */
  nearby: (term: string) => boolean;
  /** Terms of the source's title and headings: what the article is about. */
  title: ReadonlySet<string>;
}

export interface FoundConflict {
  kind: FactKind;
  claimValue: string;
  sourceValue: string;
}

export type PassageStance = "supports" | "contradicts" | "neutral";

export interface Judgement {
  passage: Passage;
  source: Source;
  stance: PassageStance;
  /** Share of the claim the passage states. */
  coverage: number;
  /** Share of the claim the passage is about, counting slots where it gives another value. */
  topic: number;
  /** Coverage or topic, discounted for headings: how much this passage weighs. */
  strength: number;
  conflicts: FoundConflict[];
  /** Claim units the passage does not state. */
  missing: string[];
}

export function judgePassage(claim: ClaimView, view: PassageView, settings = JUDGE_DEFAULTS): Judgement {
  const outcomes = identifyingOrdinals(
    claim.units,
    claim.units.map((unit) => scoreUnit(claim, view, unit, settings)),
  );
  let total = 0;
  let covered = 0;
  let about = 0;
  let directWords = 0;
  let words = 0;
  let wordsFound = 0;
  let wordsAbout = 0;
  let namesAway = 0;
  let namesThin = 0;
  let factsAgree = true;
  const conflicts: FoundConflict[] = [];
  const missing: string[] = [];

  claim.units.forEach((unit, i) => {
    const outcome = outcomes[i]!;
    const weight = settings.weights[unit.kind];
    total += weight;
    covered += weight * outcome.level;
    about += weight * (outcome.conflict ? 1 : outcome.level);
    if (outcome.conflict) conflicts.push(outcome.conflict);
    if (unit.kind === "fact" && outcome.level < 1) factsAgree = false;
    if (unit.kind !== "fact" && outcome.here) directWords++;
    if (unit.kind === "word") {
      words++;
      if (outcome.here) wordsFound++;
      if (outcome.here || outcome.conflict) wordsAbout++;
    }
    if (unit.kind === "name" && !outcome.here && !outcome.conflict) namesAway++;
    if (unit.kind === "name" && outcome.level < settings.supportName) namesThin++;
    if (outcome.level === 0 && !outcome.conflict) missing.push(unit.text);
  });

  const coverage = total > 0 ? covered / total : 0;
  const topic = total > 0 ? about / total : 0;
  // What the claim says of its subject: the first plain word after it ("Maggie Q directed …").
  const predicate = predicateOf(claim.units);
  const factsAgreeing = claim.units.filter((u, i) => u.kind === "fact" && outcomes[i]!.level === 1).length;
  const predicateHere = predicate === undefined || outcomes[claim.units.indexOf(predicate)]!.here === true || factsAgreeing >= settings.factsForPredicate;
  // A name in another's place speaks of the same thing only if the claim's other names are there too.
  const sameThing = namesAway === 0 || conflicts.some((c) => c.kind !== "name");
  let stance: PassageStance = "neutral";
  if (isQuestion(view.passage.text)) {
    // A question asserts nothing: "Will there be a second season?"
  } else if (
    conflicts.length > 0 &&
    sameThing &&
    topic >= settings.conflictTopic &&
    directWords > 0 &&
    (words === 0 || wordsAbout / words >= settings.supportWords)
  ) {
    stance = "contradicts";
  } else if (
    conflicts.length === 0 &&
    factsAgree &&
    namesThin === 0 &&
    predicateHere &&
    coverage >= settings.supportCoverage &&
    (words === 0 || wordsFound / words >= settings.supportWords)
  ) {
    stance = "supports";
  }
  const weight = view.passage.heading ? settings.headingWeight : 1;
  return {
    passage: view.passage,
    source: view.source,
    stance,
    coverage,
    topic,
    strength: (stance === "contradicts" ? topic : coverage) * weight,
    conflicts: stance === "contradicts" ? conflicts : [],
    missing,
  };
}

function isQuestion(text: string): boolean {
  return /\?["'\u201D\u2019)]*$/u.test(text.trim());
}

/** The first plain word after the claim's subject, or its first plain word when it has none. */
function predicateOf(units: readonly Unit[]): Unit | undefined {
  if (PREDICATES.has(units)) return PREDICATES.get(units);
  const subject = units.find((u) => u.subject);
  const after = subject ? subject.tokens[subject.tokens.length - 1]! : -1;
  const predicate = units.filter((u) => u.kind === "word" && u.tokens[0]! > after).sort((a, b) => a.tokens[0]! - b.tokens[0]!)[0];
  PREDICATES.set(units, predicate);
  return predicate;
}

/** Each claim's predicate, found once for all the passages judged against it. */
const PREDICATES = new WeakMap<readonly Unit[], Unit | undefined>();

/**
 * An ordinal says which one ("season 2"). When the claim says more about it (its episode
 * count), a passage about another one (season 1) neither supports nor contradicts that.
 */
function identifyingOrdinals(units: readonly Unit[], outcomes: UnitOutcome[]): UnitOutcome[] {
  const otherOrdinal = units.some((u, i) => u.fact?.kind === "ordinal" && outcomes[i]!.conflict);
  const moreFacts = units.filter((u) => u.kind === "fact").length > 1;
  if (!otherOrdinal || !moreFacts) return outcomes;
  return outcomes.map((outcome, i) => (units[i]!.kind === "fact" && outcome.conflict ? { level: 0 } : outcome));
}

interface UnitOutcome {
  /** 1 stated in the passage; less when stated by a synonym, in part, or only nearby; 0 absent. */
  level: number;
  /** Stated in the passage itself. */
  here?: boolean;
  conflict?: FoundConflict;
}

function scoreUnit(claim: ClaimView, view: PassageView, unit: Unit, settings: typeof JUDGE_DEFAULTS): UnitOutcome {
  const { analysis } = view;
  if (unit.kind === "fact") {
    const comparison = compareFact(unit.fact!, analysis.facts, (fact) => clauseOverlap(claim, analysis, fact));
    if (comparison.status === "agree") return { level: 1, here: true };
    if (comparison.status === "conflict") {
      return { level: 0, conflict: { kind: unit.fact!.kind, claimValue: unit.fact!.display, sourceValue: comparison.fact.display } };
    }
    return { level: 0 };
  }

  if (unit.kind === "word") {
    // "if it is renewed" says nothing of whether it was: such a word is not stated.
    const places = occurrences(claim, analysis, unit.terms[0]!).filter((p) => !isConditional(analysis, p));
    if (places.length > 0) {
      const polarity = polarityConflict(claim, view, unit, places);
      if (polarity) return { level: 0, conflict: polarity };
      const stem = claim.analysis.tokens[unit.tokens[0]!]!.stem;
      const exact = places.some((p) => analysis.tokens[p]!.stem === stem);
      return { level: exact ? 1 : settings.synonymCredit, here: true };
    }
    const opposite = antonymConflict(claim, view, unit);
    if (opposite) return { level: 0, conflict: opposite };
    const other = wordInSlot(claim, view, unit);
    return other ? { level: 0, conflict: other } : { level: 0 };
  }

  // A name: all of it, or (news style) a person's surname alone ("Maggie Q" → "Q").
  const hits = unit.tokens.map((t) => nameOccurrences(claim, analysis, claim.analysis.tokens[t]!));
  const found = hits.filter((h) => h.length > 0).length;
  const last = hits[hits.length - 1] ?? [];
  const surname = unit.terms.length === 2 && last.some((t) => analysis.tokens[t]!.capitalized);
  if (found === unit.terms.length) return { level: 1, here: true };
  const nearby = isNearby(claim, view, unit);
  // Another name where the claim has this one: "streaming on Netflix" against "on Prime Video".
  // A surname alone does not outweigh it; a mention of the whole name nearby does.
  const other = nearby && !surname ? undefined : nameInSlot(claim, view, unit, settings.nameSlotReach);
  if (other) return { level: 0, conflict: { kind: "name", claimValue: unit.text, sourceValue: other } };
  if (surname) return { level: 1, here: true };
  if (nearby) return { level: settings.nearbyCredit };
  // Part of a name counts with two of its words or with its last: "Michael" is not "Michael Mosley".
  return { level: found >= 2 || last.length > 0 ? found / unit.terms.length : 0 };
}

/** Words that end a clause: a fact belongs with the words of its own clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", "while", "whereas", "but", "although"]);

/** How much of the claim (rarer words weighing more) stands in the same clause of the passage as this fact. */
function clauseOverlap(claim: ClaimView, analysis: Analysis, fact: Fact): number {
  const terms = clauseTerms(analysis, fact);
  // Many facts share a clause: its overlap with the claim is summed once, not once a fact.
  let overlaps = OVERLAPS.get(claim);
  if (!overlaps) {
    overlaps = new WeakMap();
    OVERLAPS.set(claim, overlaps);
  }
  const known = overlaps.get(terms);
  if (known !== undefined) return known;
  let overlap = 0;
  // Rarer words say more about which value is meant ("Popcornmeter" more than "Ballard").
  for (const unit of claim.units) {
    if (unit.kind === "fact") continue;
    for (const term of unit.terms) if (terms.has(term)) overlap += claim.rarity(term);
  }
  overlaps.set(terms, overlap);
  return overlap;
}

/** Per claim, the overlap of each clause's terms with it. */
const OVERLAPS = new WeakMap<ClaimView, WeakMap<ReadonlySet<string>, number>>();

/** Per passage: where each token's clause starts and ends, and the terms of each clause. */
const CLAUSES = new WeakMap<Analysis, { start: Int32Array; end: Int32Array; terms: Map<string, ReadonlySet<string>> }>();

/**
 * The terms of the clause around a fact (the run of tokens between clause breaks). The runs are
 * found once a passage, so a sentence holding thousands of facts is not scanned once per fact.
 */
function clauseTerms(analysis: Analysis, fact: Fact): ReadonlySet<string> {
  const { tokens } = analysis;
  let clauses = CLAUSES.get(analysis);
  if (!clauses) {
    const inClause = (i: number) => !CLAUSE_BREAKS.has(tokens[i]!.norm) || analysis.consumed.has(i);
    const start = new Int32Array(tokens.length);
    const end = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) start[i] = i > 0 && inClause(i - 1) ? start[i - 1]! : i;
    for (let i = tokens.length - 1; i >= 0; i--) end[i] = i < tokens.length - 1 && inClause(i + 1) ? end[i + 1]! : i;
    clauses = { start, end, terms: new Map() };
    CLAUSES.set(analysis, clauses);
  }
  const first = clauses.start[fact.firstToken]!;
  const last = clauses.end[fact.lastToken]!;
  const key = `${first}:${last}`;
  let terms = clauses.terms.get(key);
  if (!terms) {
    terms = new Set(tokens.slice(first, last + 1).map((t) => t.term));
    clauses.terms.set(key, terms);
  }
  return terms;
}

/**
 * Passage tokens spelling a word of a name: names match as written (folded), not by stem, so
 * "New" does not match "news"; near spellings of a misspelt name still count.
 */
function nameOccurrences(claim: ClaimView, analysis: Analysis, word: Token): number[] {
  const aliases = claim.aliases.get(word.term) ?? [];
  return occurrences(claim, analysis, word.term).filter((p) => {
    const token = analysis.tokens[p]!;
    return token.norm === word.norm || (token.term !== word.term && aliases.includes(token.term));
  });
}

/** Passage tokens carrying a claim term or one of its near spellings. */
function occurrences(claim: ClaimView, analysis: Analysis, term: string): number[] {
  const direct = analysis.terms.get(term);
  if (direct) return direct;
  for (const alias of claim.aliases.get(term) ?? []) {
    const hit = analysis.terms.get(alias);
    if (hit) return hit;
  }
  return [];
}

function isNearby(claim: ClaimView, view: PassageView, unit: Unit): boolean {
  const within = (has: (term: string) => boolean) => unit.terms.every((term) => has(term) || (claim.aliases.get(term) ?? []).some(has));
  return within((term) => view.title.has(term)) || (unit.subject === true && !hasOtherNames(claim, view) && within(view.nearby));
}

/** Whether the passage names someone or something the claim does not (mid-sentence capitals). */
function hasOtherNames(claim: ClaimView, view: PassageView): boolean {
  const { tokens } = view.analysis;
  return tokens.some(
    (t, i) => i > 0 && t.capitalized && isContent(t) && !claim.analysis.terms.has(t.term) && !isSentenceStart(tokens, i),
  );
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || (before.kind === "symbol" && /^[.!?:"'(\u2014-]$/.test(before.raw));
}

/** "was looking" against "was not looking": the same word, negated in one and not the other. */
function polarityConflict(claim: ClaimView, view: PassageView, unit: Unit, places: readonly number[]): FoundConflict | undefined {
  const claimNegated = claim.analysis.negated.has(unit.tokens[0]!);
  const negatedPlaces = places.filter((p) => view.analysis.negated.has(p));
  const differs = claimNegated ? negatedPlaces.length === 0 : negatedPlaces.length === places.length;
  if (!differs) return undefined;
  return {
    kind: "polarity",
    claimValue: phraseAround(claim.text, claim.analysis, unit.tokens[0]!),
    sourceValue: phraseAround(view.passage.text, view.analysis, places[0]!),
  };
}

/** Whether a token stands in a clause opened by "if" or "whether". */
function isConditional(analysis: Analysis, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = analysis.tokens[i]!;
    if (CLAUSE_BREAKS.has(token.norm) || token.raw === ".") return false;
    if (token.norm === "if" || token.norm === "whether") return true;
  }
  return false;
}

/** The word with the negation that governs it, if any: "not looking", "yet to be renewed". */
function phraseAround(text: string, analysis: Analysis, index: number): string {
  let start = index;
  if (analysis.negated.has(index)) {
    while (start > 0 && analysis.negated.has(start)) start--;
  }
  return text.slice(analysis.tokens[start]!.start, analysis.tokens[index]!.end);
}

/** "well funded" against "poorly funded": the passage holds the opposite of the claim's word. */
function antonymConflict(claim: ClaimView, view: PassageView, unit: Unit): FoundConflict | undefined {
  for (const opposite of antonymsOf(unit.terms[0]!)) {
    const places = view.analysis.terms.get(opposite);
    const place = places?.find((p) => !view.analysis.negated.has(p));
    if (place === undefined) continue;
    return {
      kind: "polarity",
      claimValue: phraseAround(claim.text, claim.analysis, unit.tokens[0]!),
      sourceValue: view.analysis.tokens[place]!.raw,
    };
  }
  return undefined;
}

/**
 * A word in another's place before the same noun: "homicide division" against "Cold Case
 * Division". The claim's word must sit right before a word the passage has.
 */
function wordInSlot(claim: ClaimView, view: PassageView, unit: Unit): FoundConflict | undefined {
  const { tokens } = claim.analysis;
  const at = unit.tokens[0]!;
  const head = tokens[at + 1];
  if (!head || !isContent(head) || head.capitalized || claim.analysis.consumed.has(at + 1)) return undefined;
  const claimTerms = claim.analysis.terms;
  const passage = view.analysis.tokens;
  for (const place of occurrences(claim, view.analysis, head.term)) {
    if (passage[place]!.stem !== head.stem) continue; // the same noun, not a synonym
    let first = place;
    while (first > 0 && place - first < 2 && isModifier(passage[first - 1]!, passage[first]!)) first--;
    if (first === place) continue;
    const modifiers = passage.slice(first, place);
    if (modifiers.some((m) => claimTerms.has(m.term))) continue;
    return {
      kind: "term",
      claimValue: claim.text.slice(tokens[at]!.start, head.end),
      sourceValue: view.passage.text.slice(passage[first]!.start, passage[place]!.end),
    };
  }
  return undefined;
}

/**
 * A content word standing right before the next one, not joined to it by a hyphen. An acronym
 * says whose the thing is ("LAPD detective"), not what kind, so it is no rival modifier.
 */
function isModifier(token: Token, next: Token): boolean {
  return isContent(token) && !/^\p{Lu}[\p{Lu}\d]+$/u.test(token.raw) && !token.hyphenated && !next.hyphenated && token.end + 1 >= next.start;
}

/**
 * The name a passage gives where the claim has another: "streaming on Netflix" against
 * "streaming on Prime Video". Found after the claim word that precedes the name.
 */
function nameInSlot(claim: ClaimView, view: PassageView, unit: Unit, reach: number): string | undefined {
  const anchor = slotAnchor(claim, unit);
  if (!anchor) return undefined;
  const { tokens } = view.analysis;
  const nameTerms = new Set(unit.terms);
  const claimTerms = claim.analysis.terms;
  const partlyHere = unit.terms.some((term) => occurrences(claim, view.analysis, term).length > 0);
  const linkers = slotLinkers(claim.analysis, anchor.tokens[0]! + 1, unit.tokens[0]!);
  for (const place of occurrences(claim, view.analysis, anchor.terms[0]!)) {
    const word = tokens[place]!;
    // The anchor must stand as a plain word: not part of a name, nor of a compound ("Q-starring").
    if (word.capitalized || word.hyphenated) continue;
    for (let i = place + 1; i < tokens.length && i <= place + reach; i++) {
      const token = tokens[i]!;
      if (view.analysis.consumed.has(i)) continue; // a date or amount in between ("on July 9 on Amazon")
      if (token.kind === "symbol") {
        if (SLOT_PUNCTUATION.has(token.raw)) continue;
        break;
      }
      if (!isContent(token)) continue;
      if (!token.capitalized) break;
      // "starred in Stalker" and "stars as Renée Ballard" fill different slots.
      if (slotLinkers(view.analysis, place + 1, i) !== linkers) break;
      const end = nameEnd(tokens, i);
      const run = tokens.slice(i, end + 1).filter((t) => isContent(t));
      // A different name: one word of it is neither in this name nor elsewhere in the claim.
      // Where part of the claim's name is in the passage, only the same title with another
      // ending counts ("Detective Renée Ballard" for "Detective Harry Bosch"); anything else is
      // likely another phrasing ("Amazon Prime" for "Prime Video").
      if (run.every((t) => nameTerms.has(t.term) || claimTerms.has(t.term))) break;
      if (partlyHere && run.some((t) => nameTerms.has(t.term)) && !(run[0]!.term === unit.terms[0] && run[run.length - 1]!.term !== unit.terms[unit.terms.length - 1])) break;
      return view.passage.text.slice(token.start, tokens[end]!.end);
    }
    // "novels of Stephen King" against "Michael Connelly's bestselling novels".
    if (claim.analysis.tokens[anchor.tokens[0]! + 1]?.norm === "of") {
      const owner = possessiveBefore(tokens, place, claimTerms, nameTerms);
      if (owner) return view.passage.text.slice(owner.start, owner.end);
    }
  }
  return undefined;
}

/** The last token of the name starting at i, running across "of" ("State of California"). */
function nameEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  for (;;) {
    const next = tokens[end + 1];
    if (next?.capitalized && isContent(next)) end++;
    else if (next?.norm === "of" && tokens[end + 2]?.capitalized && isContent(tokens[end + 2]!)) end += 2;
    else return end;
  }
}

/** Words that link a word to the name after it, but say nothing of the slot ("the", "his", "as"). */
const SLOT_FILLERS: ReadonlySet<string> = new Set(["the", "a", "an", "as", "his", "her", "their", "its", "our", "my", "your", "this", "that"]);

/** The small words between two tokens that say which slot a name fills ("in", "on", "by"). */
function slotLinkers(analysis: Analysis, from: number, to: number): string {
  const words = new Set<string>();
  for (let i = from; i < to; i++) {
    const token = analysis.tokens[i]!;
    if (token.kind === "word" && !isContent(token) && !analysis.consumed.has(i) && !SLOT_FILLERS.has(token.norm)) words.add(token.norm);
  }
  return [...words].sort().join(" ");
}

/** A possessive name shortly before a word ("Connelly's crime novels"), when it is not the claim's. */
function possessiveBefore(
  tokens: readonly Token[],
  place: number,
  claimTerms: ReadonlyMap<string, unknown>,
  nameTerms: ReadonlySet<string>,
): { start: number; end: number } | undefined {
  for (let i = place - 1; i >= 0 && i >= place - 4; i--) {
    const token = tokens[i]!;
    if (token.kind !== "word") return undefined;
    if (!/['\u2019]s$/.test(token.raw)) {
      if (token.capitalized) return undefined;
      continue;
    }
    if (!token.capitalized) return undefined;
    let first = i;
    while (first > 0 && tokens[first - 1]!.capitalized && isContent(tokens[first - 1]!)) first--;
    const run = tokens.slice(first, i + 1);
    if (run.every((t) => nameTerms.has(t.term) || claimTerms.has(t.term))) return undefined;
    return { start: tokens[first]!.start, end: token.end - 2 };
  }
  return undefined;
}

/** Quotes and commas may stand between a word and the name it governs ("spinoff of the 'Bosch'"). */
const SLOT_PUNCTUATION: ReadonlySet<string> = new Set(["'", '"', ","]);

/** The plain word right before a name in the claim, with only small words between them. */
function slotAnchor(claim: ClaimView, unit: Unit): Unit | undefined {
  const first = unit.tokens[0]!;
  const { tokens } = claim.analysis;
  for (let i = first - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === "symbol" || !isContent(token) || claim.analysis.consumed.has(i)) continue;
    return wordUnitAt(claim.units, i);
  }
  return undefined;
}

/**
 * The word unit starting at a token. Names and words come first in `units`, in token order, then
 * facts: a binary search, so a long claim's names do not each walk the whole list.
 */
function wordUnitAt(units: readonly Unit[], token: number): Unit | undefined {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const unit = units[middle]!;
    if (unit.kind !== "fact" && unit.tokens[0]! < token) low = middle + 1;
    else high = middle;
  }
  const found = units[low];
  return found?.kind === "word" && found.tokens[0] === token ? found : undefined;
}
