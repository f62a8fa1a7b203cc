// Aligns an atom with a passage: for each of its parts, the words of the passage that state
// it (through a lexical relation), the name or value that stands in its place instead, or
// nothing. Detectors read this alignment; none of them searches the passage again.
import type { Analysis, Atom, AtomPart, Fact, LexicalRelation, Token } from "../types.js";
import type { Language } from "../language/language.js";
import { withinEditDistance } from "../match/edit-distance.js";
import { agree as compareFacts } from "../facts/agree.js";
import type { ClaimView, PassageView, SentenceView } from "./view.js";

export type Found = "here" | "nearby" | "missing" | "other" | "opposite";

export interface PartMatch {
  part: AtomPart;
  found: Found;
  /** The sentence that holds what was found. */
  sentence?: SentenceView;
  /** Its tokens there. */
  tokens?: readonly number[];
  /** The words found, as written there. */
  text?: string;
  relation?: LexicalRelation;
  /** For a fact found, the fact it was compared with. */
  fact?: Fact;
  /** Negation differs between the claim and the evidence (only for words). */
  flipped?: boolean;
  /** For a name found by its end alone, the share of its words missing ("National Film Registry"). */
  partial?: number;
}

export interface Alignment {
  atom: Atom;
  view: PassageView;
  parts: PartMatch[];
  /** The share of the whole claim's words, by rarity, that the passage's source never says. */
  unsaid: number;
}

/** The order in which lexical relations state a claim word: lower states it better. */
export const RELATION_RANK: Readonly<Record<LexicalRelation, number>> = Object.freeze({
  same: 0,
  synonym: 1,
  specific: 2,
  derived: 3,
  opposite: 4,
  broader: 5,
  related: 6,
  none: 7,
});

/** Relations through which an evidence word states a claim word. */
export function states(relation: LexicalRelation): boolean {
  return RELATION_RANK[relation] <= RELATION_RANK.derived;
}

export function alignAtom(claim: ClaimView, atom: Atom, view: PassageView, unsaid = 0): Alignment {
  const parts: PartMatch[] = [];
  for (const part of atom.parts) {
    if (part.kind === "name") parts.push(alignName(claim, atom, part, view, parts));
    else if (part.kind === "fact") parts.push(alignFact(claim, atom, part, view));
    else parts.push(alignWord(claim, atom, part, view));
  }
  return { atom, view, parts, unsaid };
}

// ---- words ----------------------------------------------------------------------------------

function alignWord(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView): PartMatch {
  const { language } = claim;
  const claimToken = claim.analysis.tokens[part.tokens[0]!]!;
  const best = bestWord(claimToken, view.analysis, language);
  if (best && states(best.relation)) return wordMatch(claim, atom, part, view, best);
  if (best && best.relation === "opposite") return wordMatch(claim, atom, part, view, best);
  // Said in a sentence around it: the statement runs on ("It was renewed"), or the subject
  // was named before and is "she" or "the series" here.
  if (part.role !== "relation") {
    for (const sentence of view.nearby) {
      const near = bestWord(claimToken, sentence.analysis, language);
      if (near && states(near.relation)) {
        return { part, found: "nearby", sentence, tokens: near.tokens, text: textOf(sentence.analysis, near.tokens), relation: near.relation };
      }
    }
  }
  return { part, found: "missing", ...(best ? { relation: best.relation, sentence: view, tokens: best.tokens, text: textOf(view.analysis, best.tokens) } : {}) };
}

function wordMatch(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, best: WordHit): PartMatch {
  // Polarity belongs to the relation: a negation's scope runs over the words after it, but
  // "was not looking to lead a show" negates the looking, not the show.
  const flipped = part.role === "relation" && atom.negated !== isNegatedAt(view.analysis, best.tokens[0]!, claim.language);
  // "not cheap" states "expensive": an opposite under one negation agrees.
  const agrees = best.relation === "opposite" ? flipped : !flipped;
  return {
    part,
    found: agrees ? "here" : "opposite",
    sentence: view,
    tokens: best.tokens,
    text: textOf(view.analysis, best.tokens),
    relation: best.relation,
    flipped,
  };
}

interface WordHit {
  tokens: number[];
  relation: LexicalRelation;
}

/** The evidence word (or lexicon phrase) that best states a claim word. */
export function bestWord(claimToken: Token, sentence: Analysis, language: Language, from = 0, to = sentence.tokens.length): WordHit | undefined {
  let best: WordHit | undefined;
  const { tokens } = sentence;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || sentence.factOf[i]! >= 0) continue;
    const phrase = language.relatePhrase(claimToken, tokens, i);
    if (phrase && (!best || RELATION_RANK[phrase.relation] < RELATION_RANK[best.relation])) {
      best = { tokens: range(i, i + phrase.length), relation: phrase.relation };
    }
    if (!token.content && token.pos !== "VERB" && sentence.nameOf[i]! < 0) continue;
    const relation = language.relate(claimToken, token);
    if (relation === "none") continue;
    if (!best || RELATION_RANK[relation] < RELATION_RANK[best.relation]) best = { tokens: [i], relation };
    if (best.relation === "same") break;
  }
  return best;
}

/** Whether a token stands under a negation: in the tagger's scope, or right after a negating word. */
export function isNegatedAt(sentence: Analysis, i: number, language: Language): boolean {
  if (sentence.tokens[i]!.negated) return true;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const token = sentence.tokens[j]!;
    if (token.kind === "symbol") return false;
    if (language.negationAt(sentence.tokens, j) > 0) return true;
  }
  return false;
}

// ---- names ----------------------------------------------------------------------------------

/** How far past the word a name hangs on to look for another name in its place. */
const SLOT_REACH = 6;

function alignName(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, earlier: readonly PartMatch[]): PartMatch {
  const words = nameWords(claim.analysis, part);
  const named = (sentence: SentenceView, found: Found): PartMatch | undefined => {
    const hit = findNameWords(words, sentence.analysis, 0, sentence.analysis.tokens.length);
    if (!hit) return undefined;
    const match: PartMatch = { part, found, sentence, tokens: hit.tokens, text: textOf(sentence.analysis, hit.tokens) };
    if (hit.matched < words.length) match.partial = 1 - hit.matched / words.length;
    return match;
  };
  const here = named(view, "here");
  if (here) return here;
  // Another name where the claim has this one: "a spinoff of Nikita" against "a spinoff of Bosch".
  const other = part.role === "argument" ? nameInSlot(claim, atom, part, view, earlier) : undefined;
  if (other) return { part, found: "other", sentence: view, tokens: other, text: textOf(view.analysis, other) };
  for (const sentence of [...view.nearby, ...view.title]) {
    const near = named(sentence, "nearby");
    if (near) return near;
  }
  return { part, found: "missing" };
}

/** The folded words of a claim's name. */
function nameWords(claim: Analysis, part: AtomPart): string[] {
  const name = claim.names[claim.nameOf[part.tokens[0]!]!];
  return name ? [...name.words] : part.tokens.map((t) => claim.tokens[t]!.norm);
}

/**
 * Where a sentence names what the claim's name does: all its words in a row, or (news style)
 * a person's surname alone ("Maggie Q" → "Q"), or a single-word name as one word of a longer
 * one. A word of five letters or more may be misspelt by one letter.
 */
export function findName(words: readonly string[], sentence: Analysis, from = 0, to = sentence.tokens.length): number[] | undefined {
  return findNameWords(words, sentence, from, to)?.tokens;
}

interface NameHit {
  tokens: number[];
  /** How many of the claim name's words it holds. */
  matched: number;
}

/**
 * A name, or the end of it: "National Film Registry" for "United States National Film
 * Registry", "Lisa White Hardwick" for "Judge Lisa White Hardwick" (its last word and at least
 * half its words, in a row).
 */
function findNameWords(words: readonly string[], sentence: Analysis, from: number, to: number): NameHit | undefined {
  const whole = findWholeName(words, sentence, from, to);
  if (whole) return { tokens: whole, matched: words.length };
  for (let skip = 1; words.length - skip >= Math.max(2, Math.ceil(words.length / 2)); skip++) {
    const tail = findWholeName(words.slice(skip), sentence, from, to);
    if (tail) return { tokens: tail, matched: words.length - skip };
  }
  return undefined;
}

function findWholeName(words: readonly string[], sentence: Analysis, from: number, to: number): number[] | undefined {
  const { tokens } = sentence;
  const same = (token: Token, word: string) => token.norm === word || (word.length >= 5 && token.norm.length >= 5 && withinEditDistance(token.norm, word, 1));
  const wordTokens: number[] = [];
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== "symbol") wordTokens.push(i);
  // All the name's words in a row (joining words between them skipped).
  for (let k = 0; k + words.length <= wordTokens.length; k++) {
    let j = k;
    let w = 0;
    const hit: number[] = [];
    while (w < words.length && j < wordTokens.length) {
      const token = tokens[wordTokens[j]!]!;
      if (same(token, words[w]!)) {
        hit.push(wordTokens[j]!);
        w++;
        j++;
      } else if (w > 0 && sentence.nameOf[wordTokens[j]!]! >= 0 && hit.length > 0 && !token.capitalized) j++;
      else break;
    }
    if (w === words.length) return hit;
  }
  if (words.length >= 2) {
    // A surname alone, written as a name.
    const surname = words[words.length - 1]!;
    for (let i = from; i < to; i++) {
      if (tokens[i]!.capitalized && sentence.nameOf[i]! >= 0 && same(tokens[i]!, surname)) return [i];
    }
  }
  return undefined;
}

/**
 * The name a passage gives in the slot the claim's name fills: after the word the name hangs
 * on in the claim (found in the passage too), through the same linking word.
 */
function nameInSlot(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, earlier: readonly PartMatch[]): number[] | undefined {
  const anchorPart = atom.parts[atom.parts.indexOf(part) - 1];
  const anchor = earlier.find((m) => m.part === anchorPart);
  if (!anchor || anchor.found !== "here" || !anchor.tokens || anchor.part.kind !== "word") return undefined;
  const { tokens } = view.analysis;
  const claimNames = new Set(claim.analysis.names.flatMap((n) => n.words));
  let linked = part.link === undefined;
  for (let i = anchor.tokens[anchor.tokens.length - 1]! + 1; i < tokens.length && i <= anchor.tokens[0]! + SLOT_REACH; i++) {
    const token = tokens[i]!;
    const name = view.analysis.nameOf[i]!;
    if (name >= 0) {
      if (!linked) return undefined;
      const mention = view.analysis.names[name]!;
      if (mention.words.some((w) => claimNames.has(w))) return undefined;
      return range(mention.first, mention.last + 1);
    }
    if (token.pos === "ADP") {
      if (linked || token.lemma !== part.link) return undefined;
      linked = true;
      continue;
    }
    if (token.pos === "DET" || token.raw === "'" || token.raw === '"' || token.raw === "\u2018" || token.raw === "\u201C" || token.raw === ",") continue;
    if (token.pos === "ADJ" || token.pos === "NOUN") continue;
    return undefined;
  }
  return undefined;
}

// ---- facts ----------------------------------------------------------------------------------

function alignFact(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView): PartMatch {
  const claimFact = part.fact!;
  const { analysis } = view;
  let best: { fact: Fact; status: "agree" | "conflict" | "unresolved"; relevance: number } | undefined;
  for (const fact of analysis.facts) {
    const status = compareFacts(claimFact, fact);
    if (status === undefined) continue;
    const relevance = clauseRelevance(claim, atom, analysis, fact);
    if (!best || relevance > best.relevance || (relevance === best.relevance && status === "agree" && best.status !== "agree")) {
      best = { fact, status, relevance };
    }
  }
  if (best?.status === "agree") return factMatch(part, "here", view, best.fact);
  if (best?.status === "conflict") return factMatch(part, "other", view, best.fact);
  // The value said in a sentence around it ("… in 2017. She was elected …").
  for (const sentence of view.nearby) {
    const agreeing = sentence.analysis.facts.find((fact) => compareFacts(claimFact, fact) === "agree");
    if (agreeing) return factMatch(part, "nearby", sentence, agreeing);
  }
  return best ? factMatch(part, "missing", view, best.fact) : { part, found: "missing" };
}

function factMatch(part: AtomPart, found: Found, sentence: SentenceView, fact: Fact): PartMatch {
  return { part, found, sentence, tokens: range(fact.firstToken, fact.lastToken + 1), text: sentence.analysis.text.slice(fact.start, fact.end), fact };
}

/** Punctuation that ends a clause: a value belongs with the words of its own clause. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013"]);

/** How many of the atom's other parts stand in the same clause of the passage as this fact. */
function clauseRelevance(claim: ClaimView, atom: Atom, sentence: Analysis, fact: Fact): number {
  const { tokens } = sentence;
  let start = fact.firstToken;
  while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!.raw)) start--;
  let end = fact.lastToken;
  while (end + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[end + 1]!.raw)) end++;
  let relevance = 0;
  for (const part of atom.parts) {
    if (part.kind === "fact") continue;
    const found =
      part.kind === "name"
        ? findName(nameWords(claim.analysis, part), sentence, start, end + 1) !== undefined
        : states(bestWord(claim.analysis.tokens[part.tokens[0]!]!, sentence, claim.language, start, end + 1)?.relation ?? "none");
    if (found) relevance += part.weight;
  }
  return relevance;
}

function textOf(sentence: Analysis, tokens: readonly number[]): string {
  const first = sentence.tokens[tokens[0]!]!;
  const last = sentence.tokens[tokens[tokens.length - 1]!]!;
  return sentence.text.slice(first.start, last.end);
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}
