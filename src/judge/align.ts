// Aligns an atom with a passage: for each of its parts, the words of the passage that state
// it (through a lexical relation), the name or value that stands in its place instead, or
// nothing. Detectors read this alignment; none of them searches the passage again.
import type { Analysis, Atom, AtomPart, Fact, FactKind, LexicalRelation, Mention, PartOfSpeech, Source, Token } from "../types.js";
import { beforeVerb, doerEnd, nameWord, wordKey } from "./sentence.js";
import type { Language } from "../language/language.js";
import { withinEditDistance } from "../match/edit-distance.js";
import { queryTerm } from "../match/retrieve.js";
import { fold } from "../text/fold.js";
import { termOf as termOfWord } from "../text/tokenize.js";
import { agree as compareFacts } from "../facts/agree.js";
import { agentWordAt, isPassive } from "./detectors/voice.js";
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
  /** For a fact, the claim's as compared, where it differs from the part's: "next year" placed as 2027. */
  claimFact?: Fact;
  /** Negation differs between the claim and the evidence (only for words). */
  flipped?: boolean;
  /** For a name found by its end alone, the share of its words missing ("National Film Registry"). */
  partial?: number;
}

export interface Alignment {
  atom: Atom;
  view: PassageView;
  parts: PartMatch[];
  /**
   * The share of the whole claim's words, by rarity, that the passage's source never says, but
   * for the words of parts the passage states in other words ("earlier today" for "October 6").
   */
  unsaid: number;
}

/** The claim's terms a source never says, each with its rarity, and the rarity of all its terms. */
export interface Unsaid {
  readonly total: number;
  readonly terms: ReadonlyMap<string, number>;
}

const NOTHING_UNSAID: Unsaid = { total: 0, terms: new Map() };

/** The order in which lexical relations state a claim word: lower states it better. */
export const RELATION_RANK: Readonly<Record<LexicalRelation, number>> = Object.freeze({
  same: 0,
  synonym: 1,
  specific: 2,
  derived: 3,
  opposite: 4,
  broader: 5,
  related: 6,
  sibling: 7,
  none: 8,
});

/** Relations through which an evidence word states a claim word. */
export function states(relation: LexicalRelation): boolean {
  return RELATION_RANK[relation] <= RELATION_RANK.derived;
}

export function alignAtom(claim: ClaimView, atom: Atom, view: PassageView, unsaid = NOTHING_UNSAID): Alignment {
  const parts: PartMatch[] = [];
  // How much of the atom each clause of the passage holds, worked out once for all its facts.
  const relevance = new Map<number, number>();
  // Where each sentence around the passage names the atom's subject, worked out once for all its facts.
  const subjectsAround = new Map<Analysis, number[]>();
  // Where the passage says the relation: a pronoun standing for the subject comes before it.
  const relation = atom.parts.find((p) => p.role === "relation");
  const said = relation ? relationWord(claim, atom, relation, view, relevance) : undefined;
  const verb = said && states(said.relation) ? said.tokens[0]! : undefined;
  const subjectEnd = verb ?? view.analysis.tokens.length;
  for (const part of atom.parts) {
    if (part.kind === "name") parts.push(alignName(claim, atom, part, view, parts, subjectEnd));
    else if (part.kind === "fact") parts.push(alignFact(claim, atom, part, view, relevance, subjectsAround, verb));
    else parts.push(alignWord(claim, atom, part, view, subjectEnd, part === relation ? said : undefined));
  }
  return { atom, view, parts, unsaid: unsaidShare(claim, parts, unsaid) };
}

/**
 * Where the passage says the atom's relation. A word said more than once is taken where its
 * clause holds most of the rest of the atom: in "the union holds 40% of the seats, while the
 * Greens hold 12%", the Greens' "hold" is the second.
 */
function relationWord(claim: ClaimView, atom: Atom, relation: AtomPart, view: PassageView, relevanceOf: Map<number, number>): WordHit | null | undefined {
  const token = claim.analysis.tokens[relation.tokens[0]!]!;
  const best = bestWord(token, view.analysis, claim.language, undefined, claim.relationsOf(token));
  if (!best || best.tokens.length !== 1) return best;
  const { analysis } = view;
  // A word merely derived from the relation that is another word of the atom is that word, not
  // the relation: in "The study was not reviewed", "study" is the subject, not a review.
  const lemma = analysis.tokens[best.tokens[0]!]!.lemma;
  if (best.relation === "derived" && atom.parts.some((p) => p !== relation && p.kind === "word" && p.tokens.some((t) => claim.analysis.tokens[t]!.lemma === lemma))) return null;
  // Nor is one that describes the noun after it: "Friday's closing price" closed nothing, where
  // "the closing of the deal" may tell that it closed.
  const found = best.tokens[0]!;
  const describing = (sentence: Analysis, t: number) => sentence.tokens[t + 1]?.pos === "NOUN" && sentence.nameOf[t + 1]! < 0;
  if (best.relation === "derived" && token.pos === "VERB" && !describing(claim.analysis, relation.tokens[0]!) && analysis.tokens[found]!.pos !== "VERB" && describing(analysis, found)) return null;
  // Nor is a noun that says whose the noun after it is: "the founder's daughter" founded nothing.
  if (best.relation === "derived" && analysis.tokens[found]!.pos === "NOUN" && analysis.tokens[found + 1] && claim.language.roles(analysis.tokens[found + 1]!).has("possessive")) return null;
  const places = analysis.words.get(wordKey(analysis.tokens[best.tokens[0]!]!));
  if (!places || places.length < 2) return best;
  const relevanceAt = (place: number) => relevanceOfClause(claim, atom, analysis, analysis.clauseOf[place]!, relevanceOf);
  let at = best.tokens[0]!;
  let most = relevanceAt(at);
  for (const place of places) {
    const relevance = relevanceAt(place);
    if (relevance > most) [at, most] = [place, relevance];
  }
  return { tokens: [at], relation: best.relation };
}

function unsaidShare(claim: ClaimView, parts: readonly PartMatch[], unsaid: Unsaid): number {
  if (unsaid.total === 0 || unsaid.terms.size === 0) return 0;
  const { tokens } = claim.analysis;
  // A word stated by a more specific or merely derived one still counts as unsaid: the feature
  // weighs how loosely the source words the claim, and such a word words it loosely.
  const inOtherWords = (m: PartMatch) => (m.found === "here" || m.found === "nearby") && (m.part.kind !== "word" || m.relation === "same" || m.relation === "synonym");
  const stated = new Set(parts.filter(inOtherWords).flatMap((m) => m.part.tokens.map((t) => queryTerm(tokens[t]!))));
  let weight = 0;
  for (const [term, rarity] of unsaid.terms) if (!stated.has(term)) weight += rarity;
  return weight / unsaid.total;
}

// ---- words ----------------------------------------------------------------------------------

/** `found`: where the passage says the word, looked for already; null where it was looked for and is not there. */
function alignWord(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, subjectEnd: number, found?: WordHit | null): PartMatch {
  const { language } = claim;
  const claimToken = claim.analysis.tokens[part.tokens[0]!]!;
  const best = found === null ? undefined : (found ?? bestWord(claimToken, view.analysis, language, undefined, claim.relationsOf(claimToken)));
  if (best && states(best.relation)) return wordMatch(claim, atom, part, view, best);
  if (best && best.relation === "opposite") return wordMatch(claim, atom, part, view, best);
  // A subject said in a sentence around the passage, which calls it "she" or "the series". What
  // the relation links it to must be in the passage itself. A word merely derived from it
  // ("based" for "base") does not name it. A figure ("Five of the injured") is said in its own
  // sentence: the next sentence's "Five were taken" is not it. Nor is it where the passage's verb,
  // in the claim's voice, has a subject of its own the claim lacks: in "A late amendment was
  // approved. An earlier proposal was rejected", the proposal was rejected, not the amendment.
  const { tokens } = view.analysis;
  const ownSubject = () => subjectEnd < tokens.length && atom.passive === isPassive(view.analysis, subjectEnd, language) && opensWithAnother(claim, view.analysis, subjectEnd);
  if (part.role === "subject" && claimToken.pos !== "NUM" && !ownSubject() && refersBack(claim, view.analysis, tokens.length)) {
    for (const sentence of view.around(claim.termsOf(part))) {
      const near = bestWord(claimToken, sentence.analysis, language, undefined, claim.relationsOf(claimToken));
      if (near && states(near.relation) && near.relation !== "derived") {
        return { part, found: "nearby", sentence, tokens: near.tokens, text: textOf(sentence.analysis, near.tokens), relation: near.relation };
      }
    }
  }
  return { part, found: "missing", ...(best ? { relation: best.relation, sentence: view, tokens: best.tokens, text: textOf(view.analysis, best.tokens) } : {}) };
}

function wordMatch(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, best: WordHit): PartMatch {
  // Polarity belongs to the relation: a negation's scope runs over the words after it, but
  // "did not plan to raise taxes" negates the planning, not the taxes.
  const flipped = part.role === "relation" && atom.negated !== isNegatedAt(view.analysis, best.tokens[0]!, claim.language);
  // "not cheap" states "expensive": an opposite under one negation agrees.
  const agrees = best.relation === "opposite" ? flipped : !flipped;
  return {
    part,
    found: agrees ? "here" : "opposite",
    sentence: view,
    tokens: best.tokens,
    text: textOf(view.analysis, withParticle(view.analysis, best.tokens)),
    relation: best.relation,
    flipped,
  };
}

interface WordHit {
  tokens: number[];
  relation: LexicalRelation;
}

/** A run of a sentence's tokens, `from` inclusive, `to` exclusive: one clause. */
interface Span {
  from: number;
  to: number;
}

/**
 * The evidence word (or lexicon phrase) that best states a claim word. Each distinct word of the
 * sentence is related once, however often it recurs; `span` keeps to one clause, and then only
 * the clause's own tokens are read, so a sentence of many clauses costs no more than its length.
 */
export function bestWord(claimToken: Token, sentence: Analysis, language: Language, span?: Span, relations?: Map<string, LexicalRelation>): WordHit | undefined {
  let best: WordHit | undefined;
  const { tokens } = sentence;
  const from = span?.from ?? 0;
  const to = span?.to ?? tokens.length;
  // A describing word says its degree by its form: "larger" is not "largest", nor "large".
  const graded = claimToken.pos === "ADJ" || claimToken.pos === "ADV";
  const otherDegree = (t: number) => graded && language.degree(tokens[t]!) !== language.degree(claimToken);
  // The same word, as the commonest case, found at once.
  const places = sentence.words.get(wordKey(claimToken));
  let sameAt = firstWithin(places, from, to);
  if (sameAt !== undefined && otherDegree(sameAt)) sameAt = places!.find((t) => t >= from && t < to && !otherDegree(t));
  if (sameAt !== undefined) return { tokens: [sameAt], relation: "same" };
  for (const phrase of language.phrasesFor(claimToken)) {
    for (let i = from; i < to && i + phrase.words.length <= tokens.length; i++) {
      if (!phrase.words.every((word, k) => tokens[i + k]!.lemma === word || tokens[i + k]!.norm === word)) continue;
      if (!best || RELATION_RANK[phrase.relation] < RELATION_RANK[best.relation]) best = { tokens: range(i, i + phrase.words.length), relation: phrase.relation };
      break;
    }
  }
  // A verb is not said by a word of a name ("filmed" by "California Film Commission").
  const sayable = (t: number) => !(claimToken.pos === "VERB" && sentence.nameOf[t]! >= 0 && tokens[t]!.pos !== "VERB");
  const consider = (key: string, at: number): boolean => {
    // Passages share words: each pair is related once a claim.
    let relation = relations?.get(key);
    if (relation === undefined) {
      relation = language.relate(claimToken, tokens[at]!);
      relations?.set(key, relation);
    }
    if (relation === "same" && otherDegree(at)) relation = "related";
    if (relation === "none") return false;
    // A word of a name says only itself or its synonym: "Copper Lantern", a horse, says no coin.
    if (sentence.nameOf[at]! >= 0 && relation !== "same" && relation !== "synonym") return false;
    const hit = { tokens: [at], relation };
    if (!best || rank(hit) < rank(best)) best = hit;
    return rank(best) === RELATION_RANK.same;
  };
  if (span) {
    const seen = new Set<string>();
    for (let t = from; t < to; t++) {
      if (!sayable(t)) continue;
      const key = wordKey(tokens[t]!);
      if (seen.has(key) || firstWithin(sentence.words.get(key), t, t + 1) === undefined) continue;
      seen.add(key);
      if (consider(key, t)) break;
    }
  } else {
    for (const [key, places] of sentence.words) {
      const at = places.find(sayable);
      if (at !== undefined && consider(key, at)) break;
    }
  }
  return best;

  // The same word as another part of speech ("the find" for "found") yields to a synonym that is
  // the same part of speech ("discovered"), and outranks the rest. A noun capitalised as a name
  // ("Business secretary Anil Rao" opening a sentence) is still the noun.
  function rank(hit: WordHit): number {
    const crossed = hit.relation === "same" && hit.tokens.length === 1 && !samePart(tokens[hit.tokens[0]!]!.pos, claimToken.pos);
    return RELATION_RANK[hit.relation] + (crossed ? 1.5 : 0);
  }
}

function samePart(a: PartOfSpeech, b: PartOfSpeech): boolean {
  const noun = (pos: PartOfSpeech) => pos === "NOUN" || pos === "PROPN";
  return a === b || (noun(a) && noun(b));
}

/**
 * Whether a token stands under a negation: in the tagger's scope, or right after a negating
 * word, not past a pronoun that starts a clause of its own ("not everything we asked for").
 */
export function isNegatedAt(sentence: Analysis, i: number, language: Language): boolean {
  if (sentence.tokens[i]!.negated) return true;
  // A verb after a phrase that rules it out: "would be demolished rather than repaired" ("not"
  // is read below, where it may only say when).
  const ruledOut = sentence.tokens[i]!.pos === "VERB" ? language.correctionBefore(sentence.tokens, i) : undefined;
  if (ruledOut !== undefined && language.negationAt(sentence.tokens, ruledOut) === 0) return true;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const token = sentence.tokens[j]!;
    // A verb joined on after a coordinator the tagger left outside the negation is outside it:
    // "did not concede and said".
    if (token.kind === "symbol" || (token.pos === "PRON" && language.roles(token).has("anaphor")) || language.roles(token).has("coordinator")) return false;
    if (language.negationAt(sentence.tokens, j) > 0) return !language.onlySaysWhen(sentence.tokens, j);
  }
  return false;
}

// ---- names ----------------------------------------------------------------------------------

/** Whether a verb stands between two runs of tokens, in either order. */
function verbBetween(sentence: Analysis, a: readonly number[], b: readonly number[]): boolean {
  const [from, to] = a[0]! < b[0]! ? [a[a.length - 1]!, b[0]!] : [b[b.length - 1]!, a[0]!];
  for (let t = from + 1; t < to; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.pos === "AUX") return true;
  return false;
}

/** How far past the word a name hangs on to look for another name in its place. */
const SLOT_REACH = 6;

function alignName(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView, earlier: readonly PartMatch[], subjectEnd: number): PartMatch {
  const words = nameWords(claim.analysis, part);
  const named = (sentence: SentenceView, found: Found): PartMatch | undefined => {
    const whole = findNameWords(words, sentence.analysis, 0, sentence.analysis.tokens.length);
    // A surname alone is no one in particular where the article names two people by it.
    if (whole && whole.tokens.length === 1 && words.length >= 2 && namesAnotherBySurname(sentence.source, words, claim.language)) return undefined;
    // An office and a surname are the one the passage names with them, given name and all.
    const hit = whole ?? underOffice(claim, words, sentence.analysis);
    if (!hit) return undefined;
    const match: PartMatch = { part, found, sentence, tokens: hit.tokens, text: textOf(sentence.analysis, hit.tokens) };
    if (hit.matched < words.length) match.partial = 1 - hit.matched / words.length;
    return match;
  };
  const here = named(view, "here");
  // Another name where the claim has this one: "a subsidiary of Acme" against "a subsidiary of
  // Beta", "the family of Clara Voss" against "the family of the collector Henrik Aal".
  // In the subject, only after "of" or "by" ("a painting by Clara Voss"): a name after "in" says
  // which ones ("Regulators in the United States"), and regulators elsewhere are others, not the
  // claim's in another place.
  const linkRoles = part.link === undefined ? undefined : claim.language.roles({ lemma: part.link });
  const slotted = part.role === "argument" || (linkRoles !== undefined && (linkRoles.has("partitive") || linkRoles.has("agent")));
  const other = () => (slotted ? (nameInSlot(claim, atom, part, view, earlier) ?? nameBeforeNoun(claim, atom, part, view)) : undefined);
  // The claim's name after a phrase that rules it out ("held in Vienna rather than Prague"):
  // the passage gives the name before that phrase, if any, in its place.
  const ruledOut = here ? claim.language.correctionBefore(view.analysis.tokens, here.tokens![0]!) : undefined;
  if (here && ruledOut !== undefined) {
    // With no name right before, the phrase itself says another has the claim's place ("named
    // Lucan Aldash as treasurer in place of Wilhelmina Liszewa").
    const before = nameEndingBefore(view.analysis, ruledOut) ?? range(ruledOut, here.tokens![here.tokens!.length - 1]! + 1);
    return { part, found: "other", sentence: view, tokens: before, text: textOf(view.analysis, before) };
  }
  if (here) {
    // The claim's name said in another clause of the sentence, where the claim's slot holds
    // another name: "born in Accra in 1971 and moved to Brennport" does not say born in Brennport.
    const slot = other();
    if (slot && !slot.some((t) => here.tokens!.includes(t)) && verbBetween(view.analysis, slot, here.tokens!)) {
      return { part, found: "other", sentence: view, tokens: slot, text: textOf(view.analysis, slot) };
    }
    return here;
  }
  // A name's first words alone ("Lakeside" for "Lakeside Dairy"), where the article gives it in full.
  const terms = words.map(termOfWord);
  const short = shortForm(words, view.analysis, claim.language);
  if (short && view.namedInSource(terms)) return { part, found: "here", sentence: view, tokens: short, text: textOf(view.analysis, short) };
  // A name given in full before, called here by its last word or its office: "the trust" for "the
  // Corrow Valley Trust", "the judge" for "Judge Imelda Craddox".
  const byHead = headWordReference(words, view, claim.language);
  if (byHead) return { part, found: "here", sentence: view, tokens: byHead, text: textOf(view.analysis, byHead) };
  const slot = other();
  if (slot) return { part, found: "other", sentence: view, tokens: slot, text: textOf(view.analysis, slot) };
  // "She", "it" or a quote's "I" here, before the verb, that may stand for the subject.
  const pronoun = part.role === "subject" ? anaphorIn(claim, view.analysis, subjectEnd) : undefined;
  const speaking = pronoun !== undefined && claim.language.roles(view.analysis.tokens[pronoun]!).has("speaker");
  // Not where the sentence before has another subject, which a "he" here, before any verb, goes
  // on with (a name that only describes a noun, "the Leeds snack maker", is no such subject).
  const goesOnWithAnother =
    pronoun !== undefined &&
    ((!modifiesNoun(claim, part) && pronounBeforeVerb(claim, view.analysis, subjectEnd) && subjectIsAnother(view.previous(), words)) ||
      subjectBefore(claim, view.analysis, pronoun) ||
      anotherOpensSentence(view.analysis, subjectEnd, words));
  // The subject of a sentence that refers back; or what the whole article is about, where the
  // sentence names no one else ("Showrunner Dana Whitfield said …" in an article titled "The Harbor …").
  const lookAround =
    (part.role === "subject" && !goesOnWithAnother && refersBack(claim, view.analysis, subjectEnd, words)) ||
    ownerOfNamedThing(claim, atom, part, view.analysis) ||
    (part.role === "argument" && isTopic(view, words) && namesNoOneElse(claim, view.analysis) && !anotherTopicJustBefore(claim, view, words));
  for (const sentence of lookAround ? [...view.around(claim.termsOf(part)), ...view.title] : []) {
    // "She" or "he" stands for someone named before it, not in a sentence after; a quote's "I"
    // for someone its own paragraph names.
    if (part.role === "subject" && sentence.passage.index > view.passage.index && sentence.source === view.source) continue;
    if (speaking && sentence.passage.line !== view.passage.line) continue;
    const near = named(sentence, "nearby");
    if (near) return near;
  }
  // What the article is about, called "the series" or "it" here: "the series was awarded …" in
  // an article titled "Ballard …" speaks of Ballard.
  // For another part than the subject, only before the passage's verb ("the series was awarded …
  // by the commission"): with no verb found, "the lead" in "Carrick had taken the lead" would do.
  // Not where "it" goes on with the subject of the sentence before ("At Westmere, waits rose. It
  // was the only hospital to miss the target", in an article titled for Carnford too).
  const beforeVerb = part.role === "subject" || subjectEnd < view.analysis.tokens.length;
  const description = beforeVerb && !goesOnWithAnother && isTopic(view, words) ? referenceTo(claim, view.analysis, subjectEnd, part.role === "subject") : undefined;
  if (description) return { part, found: "nearby", sentence: view, tokens: description, text: textOf(view.analysis, description) };
  // The subject named further back in the article: someone its paragraph names before it, or the
  // sentence right before does; a quote's "I" only the former, not anyone named lately.
  const lately = () => view.namedInParagraph(terms) || (!speaking && (view.previous()?.analysis.names.some((n) => n.words.some((word) => words.includes(word))) ?? false));
  if (pronoun !== undefined && !goesOnWithAnother && view.namedBefore(terms) && lately()) {
    return { part, found: "nearby", sentence: view, tokens: [pronoun], text: textOf(view.analysis, [pronoun]) };
  }
  return { part, found: "missing" };
}

/** Whether a passage's name, by its tokens, holds every word of a name the atom's subject gives. */
function namesSubject(claim: ClaimView, atom: Atom, passage: Analysis, name: readonly number[] | undefined): boolean {
  if (!name) return false;
  const words = name.map((t) => passage.tokens[t]!.norm);
  return atom.parts.some((p) => p.role === "subject" && p.kind === "name" && holdsAll(p.tokens.map((t) => claim.analysis.tokens[t]!.norm), words));
}

/**
 * Whether a subject's name says whose the thing after it is ("Tessaline's Tollbridge factory")
 * and the passage names that thing by the rest ("The Tollbridge factory will no longer close"):
 * the owner may then be named around it, as a reader takes it from the article.
 */
function ownerOfNamedThing(claim: ClaimView, atom: Atom, part: AtomPart, sentence: Analysis): boolean {
  if (part.role !== "subject") return false;
  const after = claim.analysis.tokens[part.tokens[part.tokens.length - 1]! + 1];
  if (!after || !claim.language.roles(after).has("possessive")) return false;
  const thing = atom.parts.find((p) => p.role === "subject" && p.kind === "name" && p.tokens[0]! > part.tokens[0]!);
  return thing !== undefined && findNameWords(nameWords(claim.analysis, thing), sentence, 0, sentence.tokens.length) !== undefined;
}

/** The tokens of a name that ends right before token `end`, a comma between allowed. */
function nameEndingBefore(sentence: Analysis, end: number): number[] | undefined {
  let last = end - 1;
  if (sentence.tokens[last]?.raw === ",") last--;
  const name = last >= 0 ? sentence.nameOf[last]! : -1;
  if (name < 0) return undefined;
  const mention = sentence.names[name]!;
  return range(mention.first, mention.last + 1);
}

/**
 * Whether a sentence may speak of a subject named before it: it says "she", "it" or "I", or it
 * names no one the claim does not (so no one else can be what it speaks of).
 */
function refersBack(claim: ClaimView, sentence: Analysis, before: number, subject: readonly string[] = []): boolean {
  return anaphorIn(claim, sentence, before) !== undefined || (namesNoOneElse(claim, sentence, true) && !ownDoer(claim, sentence, before, subject));
}

/**
 * Whether a sentence opens on a thing it brings in as its verb's subject: a determiner that
 * neither points back nor counts ("An earlier proposal …", not "The work …" or "All …"), a noun
 * the claim does not have, and no verb of its own before `verb`.
 */
function opensWithAnother(claim: ClaimView, sentence: Analysis, verb: number): boolean {
  const { tokens } = sentence;
  const first = tokens[0];
  if (!first || first.pos !== "DET") return false;
  const roles = claim.language.roles(first);
  if (roles.has("definite") || roles.has("anaphor") || roles.has("quantifier")) return false;
  // No verb of its own before the passage's, but one after "to" ("a proposal to cap rents").
  for (let i = 1; i <= beforeVerb(sentence, verb); i++) {
    const pos = tokens[i]!.pos;
    if (pos === "AUX" || (pos === "VERB" && tokens[i - 1]!.pos !== "PART")) return false;
  }
  const head = tokens.findIndex((t, i) => i > 0 && t.pos === "NOUN");
  return head > 0 && head < verb && !claim.analysis.tokens.some((t) => t.lemma === tokens[head]!.lemma);
}

/**
 * The sentence's own doer right before the passage's verb, auxiliaries aside: a noun the claim
 * does not have ("The fire service has urged …"), or a name other than the subject looked for
 * ("Alvor had rejected a bid" is Alvor's doing, though the claim names Alvor too).
 */
function ownDoer(claim: ClaimView, sentence: Analysis, verb: number, subject: readonly string[]): boolean {
  if (verb >= sentence.tokens.length) return false;
  // A passive verb's doer after "by" right after it, a noun the claim does not have: "a
  // complaint about the clocks, filed by a spectator".
  if (agentWordAt(sentence, verb + 1, claim.language)) {
    let j = verb + 2;
    while (sentence.tokens[j]?.pos === "DET" || sentence.tokens[j]?.pos === "ADJ") j++;
    const agent = sentence.tokens[j];
    if (agent?.pos === "NOUN" && !claim.analysis.tokens.some((t) => t.lemma === agent.lemma)) return true;
  }
  const i = beforeVerb(sentence, verb);
  const doer = sentence.tokens[i];
  if (doer === undefined) return false;
  const name = sentence.nameOf[i]!;
  if (name >= 0 && !commonWordOpening(claim, sentence, sentence.names[name]!)) {
    const words = sentence.names[name]!.words;
    return subject.length > 0 && words.length > 0 && !words.every((word) => subject.includes(word));
  }
  return doer.pos === "NOUN" && !claim.analysis.tokens.some((t) => t.lemma === doer.lemma);
}

/**
 * Whether every name in a sentence is one the claim names too: the same last word ("Q" for
 * "Maggie Q"), not a shared title ("Judge Linda Voss" is not "Judge Paul Reyes"). With
 * `commonOpening`, a first word the claim writes as a common word names no one.
 */
function namesNoOneElse(claim: ClaimView, sentence: Analysis, commonOpening = false): boolean {
  const claimWords = new Set(claim.analysis.names.flatMap((n) => n.words));
  return sentence.names.every((name) => {
    if (commonOpening && commonWordOpening(claim, sentence, name)) return true;
    if (name.words.length === 0 || !claimWords.has(name.words[name.words.length - 1]!)) return false;
    // Another person of the same surname: a given name before it the claim does not have
    // ("the architect Hana Osei" is not Rafael Osei).
    const given = name.last > name.first ? sentence.tokens[name.last - 1]! : undefined;
    return given === undefined || !given.content || given.pos !== "PROPN" || claimWords.has(given.norm);
  });
}

/**
 * A sentence's first word, tagged a name for its capital, that the claim writes as a common word:
 * "Revenue rose 4 percent" names no one, where the claim says "Haldor's revenue rose".
 */
function commonWordOpening(claim: ClaimView, sentence: Analysis, name: Mention): boolean {
  if (name.words.length !== 1 || sentence.tokens.slice(0, name.first).some((t) => t.kind !== "symbol")) return false;
  return claim.analysis.tokens.some((t, i) => claim.analysis.nameOf[i]! < 0 && t.norm === name.words[0]);
}

/**
 * A pronoun that may stand for a subject named before ("she", "it", a quote's "I"), before
 * `before`, outside names; not one that only a verb or preposition takes ("him").
 */
function anaphorIn(claim: ClaimView, sentence: Analysis, before: number): number | undefined {
  for (let i = 0; i < before && i < sentence.tokens.length; i++) {
    const token = sentence.tokens[i]!;
    const roles = claim.language.roles(token);
    if (token.pos === "PRON" && sentence.nameOf[i]! < 0 && roles.has("anaphor") && !roles.has("objective")) return i;
  }
  return undefined;
}

/** Whether a claim's name only describes the noun after it ("the Leeds snack maker"). */
function modifiesNoun(claim: ClaimView, part: AtomPart): boolean {
  return claim.analysis.tokens[part.tokens[part.tokens.length - 1]! + 1]?.pos === "NOUN";
}

/**
 * Whether a pronoun is the sentence's subject: it stands before the sentence's first verb (and
 * before `before`), or it says who spoke the quote the sentence opens with ('"…," she said').
 */
function pronounBeforeVerb(claim: ClaimView, sentence: Analysis, before: number): boolean {
  const { tokens } = sentence;
  const firstVerb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (anaphorIn(claim, sentence, firstVerb < 0 ? before : Math.min(firstVerb, before)) !== undefined) return true;
  const pronoun = anaphorIn(claim, sentence, before);
  return pronoun !== undefined && QUOTE_MARK.test(tokens[0]!.raw) && QUOTE_MARK.test(tokens[pronoun - 1]!.raw) && tokens[pronoun + 1]?.pos === "VERB";
}

/** A quotation mark, opening or closing. */
const QUOTE_MARK = /^["\u201C\u201D\u00AB\u00BB]$/u;

/**
 * Whether the sentence before names someone else as its subject: the name nearest before its
 * first verb is not the claim's. "He" then goes on with that subject ("Larsen was deputy
 * governor. He will take office …" is not about Dahl, named two sentences back).
 */
function subjectIsAnother(previous: SentenceView | undefined, words: readonly string[]): boolean {
  if (!previous) return false;
  const { tokens, names } = previous.analysis;
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  // The name nearest before the first verb: "Rail operator Westline cut …" is Westline's doing;
  // before an aside between commas, if one opens there: in "Luis Brack, 52, a firefighter from
  // Kelso, was struck", Kelso only says where he is from, and "At Westmere Hospital, the
  // average wait rose" is about Westmere.
  const before = names.filter((n) => (verb < 0 || n.last < verb) && previous.analysis.factOf[n.first]! < 0);
  // An aside names no subject: in "The film, Eriksen's second feature, follows …" the subject
  // is no name at all. After an opening phrase ("In 2019, Acme bought …") the subject follows
  // its comma, or else the phrase names what the sentence is about.
  const comma = tokens.findIndex((t) => t.raw === ",");
  let subject = before.at(-1);
  if (comma >= 0 && (verb < 0 || comma < verb)) {
    const beforeComma = before.filter((n) => n.last < comma).at(-1);
    subject = tokens[0]!.pos === "ADP" ? (before.filter((n) => n.first > comma).at(-1) ?? beforeComma) : beforeComma;
  }
  // Another unless one name holds the other ("Q" and "Maggie Q"); "Westmere Hospital" is not
  // "Carnford General Hospital" for sharing a last word.
  return subject !== undefined && !holdsAll(subject.words, words) && !holdsAll(words, subject.words);
}

/** A pronoun, or a definite noun phrase ("the series") not behind a preposition, that may stand for the article's topic. */
function referenceTo(claim: ClaimView, sentence: Analysis, before: number, subject: boolean): number[] | undefined {
  // A pronoun only for the subject, and not one for whoever speaks: a quote's "I" is no series.
  const pronoun = subject ? anaphorIn(claim, sentence, before) : undefined;
  if (pronoun !== undefined && !claim.language.roles(sentence.tokens[pronoun]!).has("speaker")) return [pronoun];
  for (let i = 0; i + 1 < sentence.tokens.length && i + 1 < before; i++) {
    const token = sentence.tokens[i]!;
    if (token.pos !== "DET" || !claim.language.roles(token).has("definite")) continue;
    // A phrase behind a preposition is no subject: "selected for the festival".
    if (sentence.tokens[i - 1]?.pos === "ADP") continue;
    // Describing words and figures may stand between: "the 1.2-tonne probe", "the new series".
    let noun = i + 1;
    while (noun < before && (sentence.tokens[noun]!.pos === "ADJ" || sentence.factOf[noun]! >= 0 || sentence.tokens[noun]!.raw === "-")) noun++;
    if (noun >= before || sentence.tokens[noun]!.pos !== "NOUN" || sentence.nameOf[noun]! >= 0) continue;
    // Nor, for the subject, one a verb takes, with no verb of its own after it: "Ferrante, who
    // set the course record, said" ("said the resort would reopen" has the resort's own).
    let after = noun + 1;
    while (sentence.tokens[after]?.pos === "ADV") after++;
    if (subject && sentence.tokens[i - 1]?.pos === "VERB" && !["VERB", "AUX"].includes(sentence.tokens[after]?.pos ?? "")) continue;
    // A phrase a name follows is that name's ("The returning officer, Dervla McCann, said …"),
    // unless the name only says whose it is ("The film, Eriksen's second feature, …").
    const next = sentence.tokens[noun + 1]?.raw === "," ? noun + 2 : noun + 1;
    const name = sentence.names[sentence.nameOf[next] ?? -1];
    if (name && sentence.tokens[name.last + 1]?.pos !== "PART") continue;
    return range(i, noun + 1);
  }
  return undefined;
}

/**
 * Whether a pronoun follows a name's own verb of saying, and so goes on with that name: "Corvane
 * said it was considering an appeal" speaks of Corvane, whatever the title names.
 */
function subjectBefore(claim: ClaimView, sentence: Analysis, pronoun: number): boolean {
  let verb = pronoun - 1;
  if (verb >= 0 && claim.language.roles(sentence.tokens[verb]!).has("complementizer")) verb--;
  const said = sentence.tokens[verb];
  if (!said || said.pos !== "VERB" || !claim.language.roles(said).has("reporting")) return false;
  const name = sentence.names[sentence.nameOf[verb - 1] ?? -1];
  return name !== undefined && sentence.tokens[name.first - 1]?.pos !== "ADP";
}

/**
 * Whether the sentence's first verb, before `before`, has a name other than the claim's as its
 * doer: "His daughter, Maren Quense, 34, is the company's head of communications; she said …"
 * goes on with her, not with Osric Quense named before.
 */
function anotherOpensSentence(sentence: Analysis, before: number, words: readonly string[]): boolean {
  const verb = sentence.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb < 0 || verb >= before) return false;
  const name = sentence.names[sentence.nameOf[doerEnd(sentence, verb)] ?? -1];
  return name !== undefined && !name.words.every((word) => words.includes(word));
}

/** Whether a name's words are all in the title of the passage's article. */
function isTopic(view: PassageView, words: readonly string[]): boolean {
  const title = view.source.title;
  if (!title) return false;
  const titleWords = new Set(fold(title).split(/[^\p{L}\p{N}]+/u));
  return words.every((word) => titleWords.has(word));
}

/**
 * Whether the sentence before, in the same paragraph, is about another name the title gives and
 * does not name the claim's: in an article titled "Orchard Foods to buy Lakeside Dairy", "The
 * board of Lakeside Dairy approved the sale. The chief executive, Rosa Lindqvist, …" speaks of
 * Lakeside's chief executive.
 */
function anotherTopicJustBefore(claim: ClaimView, view: PassageView, words: readonly string[]): boolean {
  const previous = view.previous();
  if (!previous || previous.passage.line !== view.passage.line) return false;
  const { tokens, names } = previous.analysis;
  if (names.some((name) => name.words.some((word) => words.includes(word)))) return false;
  // Its subject: the name nearest before its first verb, one the claim does not name.
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const subject = names.filter((n) => verb >= 0 && n.last < verb).at(-1);
  const claimWords = new Set(claim.analysis.names.flatMap((n) => n.words));
  return subject !== undefined && !subject.words.some((word) => claimWords.has(word)) && isTopic(view, subject.words);
}

/**
 * A name in the sentence that is the first words of the claim's longer name ("Lakeside" of
 * "Lakeside Dairy"); not one that only says whose ("Washington's exchange").
 */
function shortForm(words: readonly string[], sentence: Analysis, language: Language): number[] | undefined {
  if (words.length < 2) return undefined;
  for (const mention of sentence.names) {
    if (mention.words.length === 0 || mention.words.length >= words.length) continue;
    const after = sentence.tokens[mention.last + 1];
    if (after && language.roles(after).has("possessive")) continue;
    if (mention.words.every((word, k) => word === words[k])) return range(mention.first, mention.last + 1);
  }
  return undefined;
}

/**
 * "The trust" for the claim's name ("the Corrow Valley Trust") where the first sentence of the
 * article to say "trust" gave the name in full: a name of two words or more whose last word is a
 * noun in the singular, right after "the" and not describing a noun after it ("the trust fund").
 * A plural ("Pellingham Books") is not called "the books". So is a person named after an office
 * called by it: "the judge" for "Judge Imelda Craddox".
 */
function headWordReference(words: readonly string[], view: PassageView, language: Language): number[] | undefined {
  if (words.length < 2) return undefined;
  const heads = new Set([words[words.length - 1]!]);
  for (const word of words.slice(0, -1)) {
    if (!language.roles({ lemma: word }).has("honorific")) break;
    heads.add(word);
  }
  const { tokens } = view.analysis;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!heads.has(token.norm) || token.lemma !== token.norm || token.pos !== "NOUN") continue;
    if (!language.roles(tokens[i - 1]!).has("definite") || tokens[i - 1]!.pos !== "DET") continue;
    const next = tokens[i + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN")) continue;
    // The article is asked once: its answer is the same for every "the trust" here.
    return view.introducedBefore(words.map(termOfWord), termOfWord(token.norm)) ? [i - 1, i] : undefined;
  }
  return undefined;
}

/**
 * Whether an article names someone else by the last word of the claim's name: "Rafael Osei"
 * where the claim names Hana Osei. A capitalised word right before the surname is taken for
 * another first name unless it is a function word ("Although Q said") or a word of the claim's
 * name ("Amazon Studios" for "Amazon MGM Studios").
 */
function namesAnotherBySurname(source: Source, words: readonly string[], language: Language): boolean {
  const surname = words[words.length - 1]!;
  const plain = (word: string) => word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  for (const passage of source.passages) {
    let previous: RegExpExecArray | undefined;
    for (const word of passage.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      if (previous !== undefined && plain(word[0]) === surname && /^\s+$/u.test(passage.text.slice(previous.index + previous[0].length, word.index))) {
        const name = plain(previous[0]);
        const another = /^\p{Lu}/u.test(previous[0]) && !words.includes(name) && language.roles({ lemma: name, norm: name }).size === 0;
        if (another) return true;
      }
      previous = word;
    }
  }
  return false;
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
    // Not the end of another name: "Northgate Crown Court" is not "Southgate Crown Court".
    if (tail && !startsAnotherName(sentence, tail[0]!, words.slice(0, skip))) return { tokens: tail, matched: words.length - skip };
  }
  return undefined;
}

/** Whether the name holding token `at` has words before it that are not the claim's words before its tail. */
function startsAnotherName(sentence: Analysis, at: number, head: readonly string[]): boolean {
  const name = sentence.nameOf[at]!;
  if (name < 0) return false;
  const { tokens } = sentence;
  for (let j = sentence.names[name]!.first; j < at; j++) {
    if (tokens[j]!.capitalized && tokens[j]!.content && !head.includes(nameWord(tokens[j]!.norm))) return true;
  }
  return false;
}

function findWholeName(words: readonly string[], sentence: Analysis, from: number, to: number): number[] | undefined {
  const { tokens } = sentence;
  // A word of five letters or more may be misspelt by one, unless it holds a digit: "KT-200" is
  // another model than "KT-300".
  const same = (token: Token, word: string) => {
    const norm = nameWord(token.norm);
    return norm === word || (word.length >= 5 && norm.length >= 5 && !/\p{N}/u.test(word) && withinEditDistance(norm, word, 1));
  };
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
    // A surname alone, written as a name; not the end of another name ("Ann Q" is not "Maggie
    // Q", "Mill Street" not "Elm Street"), though a title may stand before it ("Mr. Q").
    const surname = words[words.length - 1]!;
    for (let i = from; i < to; i++) {
      if (!tokens[i]!.capitalized || sentence.nameOf[i]! < 0 || !same(tokens[i]!, surname)) continue;
      // The words of the passage's name before it must be the claim's: "Northgate Crown Court"
      // is not "Southgate Crown Court".
      if (!startsAnotherName(sentence, i, words)) return [i];
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
  let linked = part.link === undefined;
  for (let i = anchor.tokens[anchor.tokens.length - 1]! + 1; i < tokens.length && i <= anchor.tokens[0]! + SLOT_REACH; i++) {
    const token = tokens[i]!;
    const name = view.analysis.nameOf[i]!;
    if (name >= 0) {
      if (!linked) return undefined;
      const mention = view.analysis.names[name]!;
      return sharesClaimName(claim, mention) ? undefined : range(mention.first, mention.last + 1);
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

/**
 * The name a passage gives right before the noun the claim's name stands before: "the Danish
 * bicycle maker" where the claim says "a Swedish bicycle maker"; or joined by a hyphen to the
 * same word, "a Liberian-registered ship" where the claim says "a Panamanian-registered" one.
 */
function nameBeforeNoun(claim: ClaimView, atom: Atom, part: AtomPart, view: PassageView): number[] | undefined {
  const next = atom.parts[atom.parts.indexOf(part) + 1];
  if (!next || next.kind !== "word") return undefined;
  const after = part.tokens[part.tokens.length - 1]! + 1;
  const joined = isHyphen(claim.analysis.tokens[after]) && next.tokens[0] === after + 1;
  if (next.tokens[0] !== after && !joined) return undefined;
  const noun = claim.analysis.tokens[next.tokens[0]!]!;
  if (noun.pos !== "NOUN" && !joined) return undefined;
  const hit = bestWord(noun, view.analysis, claim.language, undefined, claim.relationsOf(noun));
  if (!hit || hit.relation !== "same") return undefined;
  const at = hit.tokens[0]! - (joined ? 2 : 1);
  if (joined && !isHyphen(view.analysis.tokens[at + 1])) return undefined;
  const name = at >= 0 ? view.analysis.nameOf[at]! : -1;
  if (name < 0 || view.analysis.names[name]!.last !== at) return undefined;
  const mention = view.analysis.names[name]!;
  return sharesClaimName(claim, mention) ? undefined : range(mention.first, mention.last + 1);
}

function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "symbol" && token.raw === "-";
}

/** How many words of a name are an office or a form of address before it ("Prime Minister" of "Prime Minister Holt"), its last word aside. */
function officeLength(claim: ClaimView, words: readonly string[]): number {
  let first = 0;
  while (first < words.length - 1 && claim.language.roles({ lemma: words[first]! }).has("honorific")) first++;
  return first;
}

/**
 * A name said after an office or a form of address, with more of the name in the passage:
 * "Prime Minister Holt" in "Prime Minister Eva Holt". Only where the passage's name opens with
 * the same office ("Vice President Lee" is not "President Lee"), and ends as the claim's does.
 */
function underOffice(claim: ClaimView, words: readonly string[], sentence: Analysis): NameHit | undefined {
  const honorific = (word: string) => claim.language.roles({ lemma: word }).has("honorific");
  const first = officeLength(claim, words);
  if (first === 0) return undefined;
  const own = words.slice(first);
  const hit = findWholeName(own, sentence, 0, sentence.tokens.length);
  const mention = hit === undefined ? undefined : sentence.names[sentence.nameOf[hit[0]!]!];
  if (!mention || mention.words.slice(0, first).join(" ") !== words.slice(0, first).join(" ") || honorific(mention.words[first]!)) return undefined;
  if (mention.words[mention.words.length - 1] !== own[own.length - 1]) return undefined;
  return { tokens: hit!, matched: own.length };
}

/**
 * Whether a passage's name may be one of the claim's, said shorter or longer: every word of one
 * is in the other ("Costa" and "Diogo Costa", "Harwick Hospital" and "Harwick General
 * Hospital"), an office or a form of address before a name aside ("President Biden" and "Joe
 * Biden"). Two names each with a word the other lacks are two ("Elm Road" is not "Oak Road").
 */
function sharesClaimName(claim: ClaimView, mention: Mention): boolean {
  const own = (words: readonly string[]) => words.slice(officeLength(claim, words));
  const words = own(mention.words);
  return claim.analysis.names.some((name) => {
    const claimed = own(name.words);
    return words.some((word) => claimed.includes(word)) && (holdsAll(words, claimed) || holdsAll(claimed, words));
  });
}

/** Whether every word of `a` is among `b`. */
function holdsAll(a: readonly string[], b: readonly string[]): boolean {
  return a.every((word) => b.includes(word));
}

// ---- facts ----------------------------------------------------------------------------------

function alignFact(
  claim: ClaimView,
  atom: Atom,
  part: AtomPart,
  view: PassageView,
  relevanceOf: Map<number, number>,
  subjectsAround: Map<Analysis, number[]>,
  verb?: number,
): PartMatch {
  // "next year" in a claim is the year after the source's.
  const claimFact = part.fact!.date?.relative && view.date ? claim.language.placeFact(part.fact!, view.date) : part.fact!;
  const { analysis } = view;
  let best: { fact: Fact; status: "agree" | "conflict" | "unresolved"; relevance: number } | undefined;
  // The same value of the same kind ("since 1998" for "since 1998") outweighs a value of another
  // kind that conflicts ("on Sunday" against the year 1998), in whatever clause.
  let sameAgreeing: Fact | undefined;
  const claimVerb = atom.parts.find((p) => p.role === "relation")?.tokens[0];
  const claimSaysWhenSaid = claimVerb !== undefined && whenSaid(claim.analysis, part.fact!, claimVerb, claim.language);
  // A bare figure the passage gives in a clause of the atom ("Westmere treated 7,900") is its own
  // count, though it does not say of what: a count said in a sentence around is not the passage's.
  let ownFigure: Fact | undefined;
  const candidates: { fact: Fact; status: "agree" | "conflict" | "unresolved"; relevance: number }[] = [];
  for (const given of analysis.facts) {
    // "Chidera Brisco, 29, who had been fourth": an age set beside another name is that name's.
    if (apposedToAnother(claim, atom, analysis, given)) continue;
    // "sold the four-year-old privately": an age said as a noun after a verb stands for what the
    // verb takes, not for its doer.
    if (given.kind === "age" && ageAsNoun(analysis, given)) continue;
    const compared = compareFacts(claimFact, given);
    const changed = compared === undefined ? changedFrom(claimFact, given) : undefined;
    let status = compared ?? changed;
    if (status === undefined) {
      if (bareForCount(claimFact, given) && given.kind === "number" && !given.unit && relevanceOfClause(claim, atom, analysis, analysis.clauseOf[given.firstToken]!, relevanceOf) > 0) ownFigure ??= given;
      continue;
    }
    // The claim's value changed from is set against the one it changed to, where the passage gives it.
    const fact = changed ? (changedTo(analysis, given) ?? given) : given;
    if (status === "agree") status = namesWithin(claim.analysis, part.fact!, analysis, fact);
    // Where a change started is said in a clause of its own after the change: ", up from 48,500".
    const clause = analysis.clauseOf[given.firstToken]!;
    const relevance = Math.max(relevanceOfClause(claim, atom, analysis, clause, relevanceOf), changed ? relevanceOfClause(claim, atom, analysis, clause - 1, relevanceOf) : 0);
    // A bare number stands for a count only in a clause that holds more of the atom.
    if (bareForCount(claimFact, fact) && relevance === 0) continue;
    // Nor is a value the doer of another verb, in a clause holding nothing else of the atom:
    // "passed by 54 votes to 41, with five members abstaining" counts who abstained.
    if (relevance === 0 && verb !== undefined && doerOfAnotherVerb(analysis, fact, verb, claim.language)) continue;
    // Nor is a value on the other side of a contrast from where the passage says the relation:
    // "had denied 14 counts, but a jury convicted him of 12" gives 14 for what was denied.
    if (verb !== undefined && contrastBetween(analysis, fact, verb, claim.language)) continue;
    // Nor a value on the other side of a clause that opens with "after" or "because": "withdrew
    // the novel on 6 October after the publisher went into administration" dates the withdrawal.
    if (verb !== undefined && subordinateBetween(analysis, fact, verb, claim.language)) continue;
    // Nor a value after another verb that "and" joins on: "was founded by Eustace Vantrell and has
    // been run since 2015" does not date the founding.
    if (verb !== undefined && joinedVerbBetween(analysis, fact, verb, claim.language)) continue;
    // Nor the time of the saying: "said on Wednesday that it will publish the novel in March",
    // unless the claim gives its own value as the time of a saying too.
    if (verb !== undefined && TIMES.has(fact.kind) && !claimSaysWhenSaid && whenSaid(analysis, fact, verb, claim.language)) continue;
    if (status === "agree" && fact.kind === claimFact.kind) sameAgreeing ??= fact;
    candidates.push({ fact, status, relevance });
    // Of two values in clauses that hold as much of the atom, the one the passage's own verb
    // comes right before: "pleaded guilty last month … and is due to be sentenced on 26 April"
    // gives 26 April for the sentencing; so even where the other agrees, if another verb has it:
    // "arrested on March 18 and charged the following day" does not date the charge March 18.
    // Otherwise one that agrees.
    const better = (held: NonNullable<typeof best>) => {
      if (relevance !== held.relevance) return relevance > held.relevance;
      const own = verb !== undefined && afterOwnVerb(analysis, fact, verb, claim.language);
      const heldOwn = verb !== undefined && afterOwnVerb(analysis, held.fact, verb, claim.language);
      if (own !== heldOwn && (status === held.status || afterAnotherVerb(analysis, own ? held.fact : fact, verb!))) return own;
      return status === "agree" && held.status !== "agree";
    };
    if (!best || better(best)) {
      best = { fact, status, relevance };
    }
  }
  // "18% in the orvatinib group, compared with 29% in the placebo group": where the claim tells
  // its thing apart by a word before its noun ("the placebo group"), the value in the clause
  // that says so is the claim's, however much more of the atom the other clause holds.
  const chosen = best;
  if (chosen && candidates.length > 1) {
    const apart = clausesTellingApart(claim, atom, analysis).filter(({ theirs }) => theirs.has(analysis.clauseOf[chosen.fact.firstToken]!));
    const told = apart.length > 0 ? candidates.find((c) => c.fact !== chosen.fact && c.fact.kind === chosen.fact.kind && apart.some(({ mine }) => mine.has(analysis.clauseOf[c.fact.firstToken]!))) : undefined;
    if (told) best = told;
  }
  // "has risen to 86 percent, still short of the national target of 95 percent": a value that a
  // noun of the claim's subject takes with "of" is that noun's, wherever the rest of the atom is.
  const subjectWords = new Set(atom.parts.filter((p) => p.role === "subject" && p.kind === "word").flatMap((p) => p.tokens.map((t) => claim.analysis.tokens[t]!.lemma)));
  const ownedBySubject = candidates.find((c) => {
    const of = analysis.tokens[c.fact.firstToken - 1];
    const noun = analysis.tokens[c.fact.firstToken - 2];
    return of !== undefined && noun?.pos === "NOUN" && claim.language.roles(of).has("partitive") && subjectWords.has(noun.lemma);
  });
  if (ownedBySubject && best && best.fact !== ownedBySubject.fact && best.fact.kind === ownedBySubject.fact.kind) best = ownedBySubject;
  // "Caspian Dunmorrow, 41, and his brother, Oswin Dunmorrow, 37": a value set after a name and
  // a comma is that person's, and the one set after the claim's subject is the claim's.
  const ownedByName = candidates.find((c) => analysis.tokens[c.fact.firstToken - 1]?.raw === "," && namesSubject(claim, atom, analysis, nameEndingBefore(analysis, c.fact.firstToken)));
  if (ownedByName && best && best.fact !== ownedByName.fact && best.fact.kind === ownedByName.fact.kind) best = ownedByName;
  if (best?.status === "conflict" && best.fact.kind !== claimFact.kind && sameAgreeing) best = { fact: sameAgreeing, status: "agree", relevance: best.relevance };
  if (best?.status === "agree") return factMatch(part, "here", view, best.fact, claimFact);
  // A bare number ("5 to 2") tells nothing of what it counts: another one contradicts it only
  // in a clause that holds something else of the atom, not in an aside ("up from the 12 planned").
  const bare = claimFact.kind === "number" && !claimFact.unit;
  if (best?.status === "conflict" && !(bare && best.relevance === 0 && atom.parts.some((p) => p.kind !== "fact"))) return factMatch(part, "other", view, best.fact, claimFact);
  if (ownFigure) return factMatch(part, "missing", view, ownFigure, claimFact);
  // A hedged amount of the claim's kind in a clause of the atom that neither bears the claim's
  // out nor rules it out ("for at least six weeks" against "no more than six weeks") is the
  // passage's own, not to be passed over for one said around it.
  if (best?.status === "unresolved" && best.fact.kind === claimFact.kind && best.fact.stated?.hedge !== undefined && best.relevance > 0) return factMatch(part, "missing", view, best.fact, claimFact);
  // The value said in a sentence around it ("… in 2017. She was elected …"), unless the passage
  // sets itself against what is around it ("will instead fly on a later mission").
  const replaces = analysis.tokens.some((token) => claim.language.roles(token).has("replacement"));
  for (const sentence of replaces ? [] : view.around(claim.termsOf(part))) {
    const agreeing = agreeingNearby(claim, atom, claimFact, sentence.analysis, analysis, subjectsAround);
    if (agreeing) return factMatch(part, "nearby", sentence, agreeing, claimFact);
  }
  return best ? factMatch(part, "missing", view, best.fact, claimFact) : { part, found: "missing" };
}

/**
 * Whether an age stands as a noun of its own after a verb: after a determiner, no comma before
 * it, no noun after it ("sold the four-year-old").
 */
function ageAsNoun(sentence: Analysis, fact: Fact): boolean {
  const { tokens } = sentence;
  const after = tokens[fact.lastToken + 1];
  if (tokens[fact.firstToken - 1]?.pos !== "DET" || tokens[fact.firstToken - 2]?.raw === "," || after?.pos === "NOUN" || after?.pos === "PROPN") return false;
  for (let t = fact.firstToken - 2; t >= 0; t--) if (tokens[t]!.pos === "VERB") return true;
  return false;
}

/**
 * Whether an age is set beside a name that is not the atom's subject: it is then said of that
 * other ("Maelor Breuning, 27, finished second" gives no age of Kuvaro's).
 */
function apposedToAnother(claim: ClaimView, atom: Atom, sentence: Analysis, fact: Fact, passage = sentence): boolean {
  // An age is said of whom it is set beside; "First officer Imre Saldanha" says which officer.
  if (fact.kind !== "age") return false;
  const name = holderOf(sentence, fact);
  if (name === undefined) return false;
  // The subject is a name where a name ends it ("his daughter Laurel"): the age is its own where
  // that name holds the other, or the other holds it (a surname alone, "Q, 46, explained").
  const subject = atom.parts.filter((p) => p.role === "subject" && p.kind !== "fact");
  const last = subject[subject.length - 1];
  if (last?.kind === "name" && last.link === undefined) {
    const names = subject.filter((p) => p.kind === "name").map((p) => p.tokens.map((t) => claim.analysis.tokens[t]!.norm));
    return !names.some((words) => holdsAll(words, name.words) || holdsAll(name.words, words));
  }
  // Where a noun is its head ("the head of Norvale's Finnish division"), the subject may be the
  // name where the noun is said beside it, here ("Daniel Berg, 51, the head of its Finnish
  // division") or where the passage names it ("Daniel Berg, the head of …" before "Berg, 51,
  // will take over"); not otherwise ("Sigmund Tavelmoor, 63, who chairs the board").
  const noun = subject.filter((p) => p.kind === "word").at(-1);
  if (noun === undefined) return false;
  const head = claim.analysis.tokens[noun.tokens[noun.tokens.length - 1]!]!.lemma;
  const named = passage.names.filter((n) => n.words.some((word) => name.words.includes(word)));
  return !describedBeside(sentence, name, head) && !named.some((mention) => describedBeside(passage, mention, head));
}

/**
 * The name a value is said of: the one right before it, the value set between commas or
 * brackets ("Maelor Breuning, 27, finished"), or right after it ("79-year-old Linnet Pennock").
 */
function holderOf(sentence: Analysis, fact: Fact): Mention | undefined {
  const opening = sentence.tokens[fact.firstToken - 1]?.raw;
  const closing = sentence.tokens[fact.lastToken + 1]?.raw;
  if ((opening === "," && (closing === "," || closing === undefined || closing === ".")) || (opening === "(" && closing === ")")) {
    const name = nameEndingBefore(sentence, opening === "(" ? fact.firstToken - 1 : fact.firstToken);
    return name === undefined ? undefined : sentence.names[sentence.nameOf[name[0]!]!];
  }
  const after = sentence.nameOf[fact.lastToken + 1] ?? -1;
  return after >= 0 && sentence.names[after]!.first === fact.lastToken + 1 ? sentence.names[after] : undefined;
}

/**
 * Whether a noun is said beside a name: in the few words before it ("chief executive Ann
 * Lee"), or in the aside after it, up to its closing comma or a verb ("Ann Lee, 49, chief
 * executive of Acme, said").
 */
function describedBeside(sentence: Analysis, name: Mention, head: string): boolean {
  const { tokens } = sentence;
  const stops = (t: number) => tokens[t]!.raw === "," || tokens[t]!.pos === "VERB" || tokens[t]!.pos === "AUX";
  // Before it, past the comma of an apposition: "His daughter, Laurel Garrowby".
  const from = tokens[name.first - 1]?.raw === "," ? name.first - 2 : name.first - 1;
  for (let t = from; t >= 0 && t >= from - BESIDE_REACH && !stops(t); t--) if (tokens[t]!.lemma === head) return true;
  let t = name.last + 1;
  // Past the commas of an aside and a value set in it: "Ann Lee, 49, chief executive".
  while (t < tokens.length && (tokens[t]!.raw === "," || sentence.factOf[t]! >= 0)) t++;
  for (; t < tokens.length && !stops(t); t++) if (tokens[t]!.lemma === head) return true;
  return false;
}

/** How many words before a name may describe it ("the company's chief executive Ann Lee"). */
const BESIDE_REACH = 4;

/** Whether a value found in the passage comes with the claim's own, ruled out: "at 6:05 a.m., not 5:15 a.m.". */
export function rulesOutClaimed(match: PartMatch): boolean {
  const claimed = match.claimFact ?? match.part.fact;
  if (!match.sentence || !claimed) return false;
  // A bare figure ruled out far from the count it stands in for ("31 riders have reported injuries
  // since March, not 23") is a count of the same.
  return match.sentence.analysis.facts.some((fact) => fact.ruledOut && compareFacts(claimed, countedAs(claimed, fact)) === "conflict");
}

/**
 * For each noun the claim tells apart by a word before it ("the placebo group"), the clauses of
 * the passage that hold the noun with that word before it (`mine`), and those that hold it only
 * with another word before it ("the orvatinib group": `theirs`). Two such clauses speak of two
 * things, and `mine` of the claim's. One pass over the passage for each such noun.
 */
function clausesTellingApart(claim: ClaimView, atom: Atom, sentence: Analysis): { mine: Set<number>; theirs: Set<number> }[] {
  const words = new Set(atom.parts.filter((p) => p.kind === "word" && p.role !== "relation" && p.tokens.length === 1).map((p) => p.tokens[0]!));
  const { tokens, clauseOf } = sentence;
  const found: { mine: Set<number>; theirs: Set<number> }[] = [];
  for (const at of words) {
    if (!words.has(at + 1)) continue;
    const [modifier, head] = [claim.analysis.tokens[at]!.lemma, claim.analysis.tokens[at + 1]!.lemma];
    const mine = new Set<number>();
    const other = new Set<number>();
    const loose = new Set<number>();
    for (let t = 1; t < tokens.length; t++) {
      if (tokens[t]!.lemma !== head) continue;
      const before = tokens[t - 1]!;
      (before.lemma === modifier ? mine : before.content ? other : loose).add(clauseOf[t]!);
    }
    const theirs = new Set([...other].filter((clause) => !mine.has(clause) && !loose.has(clause)));
    if (mine.size > 0 && theirs.size > 0) found.push({ mine, theirs });
  }
  return found;
}

/**
 * Agreeing values that name what they count or rank ("the first Labour mayor"): the same names
 * agree, other names conflict ("the first Green mayor"), none leave it open ("the first mayor").
 */
function namesWithin(claim: Analysis, claimFact: Fact, passage: Analysis, fact: Fact): "agree" | "conflict" | "unresolved" {
  if (!COUNTED.has(claimFact.kind)) return "agree";
  const wanted = innerNames(claim, claimFact);
  if (wanted.length === 0) return "agree";
  const given = innerNames(passage, fact);
  if (wanted.every((name) => given.includes(name))) return "agree";
  return given.length > 0 ? "conflict" : "unresolved";
}

/** Whether the nearest verb before a value is another than the passage's: "arrested on March 18". */
function afterAnotherVerb(sentence: Analysis, fact: Fact, verb: number): boolean {
  for (let i = fact.firstToken - 1; i >= 0; i--) if (sentence.tokens[i]!.pos === "VERB") return i !== verb;
  return false;
}

/** Whether a value stands after another verb that a coordinator after the passage's verb joins on. */
function joinedVerbBetween(sentence: Analysis, fact: Fact, verb: number, language: Language): boolean {
  if (fact.firstToken <= verb) return false;
  let joined = false;
  for (let i = verb + 1; i < fact.firstToken; i++) {
    const token = sentence.tokens[i]!;
    if (language.roles(token).has("coordinator")) joined = true;
    else if (joined && token.pos === "VERB") return true;
  }
  return false;
}

/**
 * Whether a value follows the passage's verb with no "and" between that could open another
 * verb's words: "due to be sentenced on 26 April", not "pleaded guilty last month" before "and
 * is due to be sentenced", nor "sentenced on 26 April and released on 3 May" for the sentencing.
 */
function afterOwnVerb(sentence: Analysis, fact: Fact, verb: number, language: Language): boolean {
  if (fact.firstToken <= verb) return false;
  for (let i = fact.firstToken - 1; i > verb; i--) if (language.roles(sentence.tokens[i]!).has("coordinator")) return false;
  return true;
}

/** Kinds that say when. */
export const TIMES: ReadonlySet<FactKind> = new Set(["date", "year", "years"]);
/** Kinds that say when, the time of day too. */
export const WHEN: ReadonlySet<FactKind> = new Set([...TIMES, "time"]);

/** Whether a time stands right after a verb of saying that comes before the passage's verb: the saying's time. */
function whenSaid(sentence: Analysis, fact: Fact, verb: number, language: Language): boolean {
  if (fact.lastToken >= verb) return false;
  let i = fact.firstToken - 1;
  while (i >= 0 && (sentence.tokens[i]!.pos === "ADP" || sentence.tokens[i]!.pos === "ADV")) i--;
  const said = sentence.tokens[i];
  return said !== undefined && said.pos === "VERB" && language.roles(said).has("reporting");
}

/** Kinds whose words name what they count or rank, rather than the value itself (as a date's month does). */
const COUNTED: ReadonlySet<FactKind> = new Set(["ordinal", "count"]);

/** The capitalised proper nouns inside a value's words, past the start of the sentence. */
function innerNames(sentence: Analysis, fact: Fact): string[] {
  const names: string[] = [];
  for (let t = Math.max(fact.firstToken, 1); t <= fact.lastToken; t++) {
    const token = sentence.tokens[t]!;
    if (token.pos === "PROPN" && token.capitalized) names.push(token.norm);
  }
  return names;
}

/**
 * The value a sentence around the passage gives that agrees with the claim's. Not one across a
 * contrast from the atom's subject there: in "the union holds 40% of the seats, while the
 * Greens hold 12%", the 40% is not the Greens'. Nor a bare number for a count: nearby, it
 * says nothing of what it counts.
 */
function agreeingNearby(claim: ClaimView, atom: Atom, claimFact: Fact, sentence: Analysis, passage: Analysis, subjectsAround: Map<Analysis, number[]>): Fact | undefined {
  const subjects = () => {
    let places = subjectsAround.get(sentence);
    if (places) return places;
    places = atom.parts.flatMap((p) => {
      if (p.role !== "subject" || p.kind !== "name") return [];
      const hit = findNameWords(nameWords(claim.analysis, p), sentence, 0, sentence.tokens.length);
      return hit ? [hit.tokens[0]!] : [];
    });
    subjectsAround.set(sentence, places);
    return places;
  };
  // Nor a value that measures a noun the claim does not name, right after it: "the €200,000
  // prize fund" is not what anyone won.
  const measuresAnother = (fact: Fact) => {
    const next = sentence.tokens[fact.lastToken + 1];
    return next !== undefined && next.pos === "NOUN" && !claim.analysis.tokens.some((t) => t.lemma === next.lemma);
  };
  // Nor a stretch of time set before a word of when, which measures a gap to another event:
  // "seven hours after the flight's scheduled arrival" is no time the claim's payment takes.
  const gapToAnother = (fact: Fact) => {
    const next = sentence.tokens[fact.lastToken + 1];
    return fact.kind === "duration" && next !== undefined && claim.language.roles(next).has("temporal");
  };
  // Nor a value set beside a name the claim does not give, where the passage names another:
  // "Its captain, Anselm Malvik, was arrested. Chief prosecutor Dario Vellacourt, 49, said …"
  // gives the prosecutor's age, not the captain's.
  const known = new Set([...claim.analysis.names, ...passage.names].flatMap((n) => n.words));
  const anotherNames = (fact: Fact) => {
    if (passage.names.length === 0) return false;
    const before = sentence.tokens[fact.firstToken - 1]?.raw === "," ? fact.firstToken - 2 : fact.firstToken - 1;
    const name = sentence.names[sentence.nameOf[before] ?? -1];
    return name !== undefined && !name.words.some((word) => known.has(word));
  };
  return sentence.facts.find(
    (fact) =>
      !bareForCount(claimFact, fact) &&
      !apposedToAnother(claim, atom, sentence, fact, passage) &&
      compareFacts(claimFact, fact) === "agree" &&
      !measuresAnother(fact) &&
      !gapToAnother(fact) &&
      !anotherNames(fact) &&
      !subjects().some((at) => contrastBetween(sentence, fact, at, claim.language)),
  );
}

function factMatch(part: AtomPart, found: Found, sentence: SentenceView, fact: Fact, claimFact: Fact): PartMatch {
  const match: PartMatch = { part, found, sentence, tokens: range(fact.firstToken, fact.lastToken + 1), text: sentence.analysis.text.slice(fact.start, fact.end), fact };
  if (claimFact !== part.fact) match.claimFact = claimFact;
  return match;
}

/** A clause's relevance, worked out once an atom and kept in `known`. */
function relevanceOfClause(claim: ClaimView, atom: Atom, sentence: Analysis, clause: number, known: Map<number, number>): number {
  let relevance = known.get(clause);
  if (relevance === undefined) known.set(clause, (relevance = clauseRelevance(claim, atom, sentence, clause)));
  return relevance;
}

/** How many of the atom's other parts (by weight) stand in a clause of the passage. */
function clauseRelevance(claim: ClaimView, atom: Atom, sentence: Analysis, clause: number): number {
  // Clauses are numbered in order, so each is one run of tokens.
  const from = lowerBound(sentence.clauseOf, clause);
  const to = lowerBound(sentence.clauseOf, clause + 1);
  let relevance = 0;
  for (const part of atom.parts) {
    if (part.kind === "fact") continue;
    const found =
      part.kind === "name"
        ? findNameWords(nameWords(claim.analysis, part), sentence, from, to) !== undefined
        : states(bestWord(claim.analysis.tokens[part.tokens[0]!]!, sentence, claim.language, { from, to }, claim.relationsOf(claim.analysis.tokens[part.tokens[0]!]!))?.relation ?? "none");
    if (found) relevance += part.weight;
  }
  // A clause joined by "and" without a verb of its own that holds some of the atom shares the
  // verb, and what goes with it, of the clause it follows ("on sale in Japan on March 20, and in
  // Europe a month later"): its value is the one for what it names. (An aside without "and",
  // ", up from 39 percent", has no verb left out.)
  if (relevance > 0 && from > 0 && startsWithCoordinator(claim, sentence, from) && !hasVerb(sentence, from, to)) {
    relevance += clauseRelevance(claim, atom, sentence, sentence.clauseOf[from - 1]!);
  }
  return relevance;
}

/** The first place in an ascending list at or after `from` and before `to`. */
function firstWithin(places: readonly number[] | undefined, from: number, to: number): number | undefined {
  if (!places) return undefined;
  const at = places[lowerBound(places, from)];
  return at !== undefined && at < to ? at : undefined;
}

/** The index of the first value at least `value` in an ascending list, or its length. */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a clause opens, after its comma, with "and" or "or". */
function startsWithCoordinator(claim: ClaimView, sentence: Analysis, from: number): boolean {
  const first = sentence.tokens[sentence.tokens[from]!.kind === "word" ? from : from + 1];
  return first !== undefined && claim.language.roles(first).has("coordinator");
}

/**
 * A value the passage gives as where a change started ("expanded its recall to 61,200 units, up
 * from the 48,500"), where the claim gives it as the value: it stood once and stands no longer.
 * A bare figure so given is the count of what changed.
 */
function changedFrom(claimFact: Fact, fact: Fact): "conflict" | undefined {
  if (!fact.origin || claimFact.origin || claimFact.ruledOut) return undefined;
  return compareFacts(claimFact, { ...countedAs(claimFact, fact), origin: false }) === "agree" ? "conflict" : undefined;
}

/**
 * The value a change went to: said after where it started ("from August 2027 to August 2029"),
 * or before it ("to 61,200 units, up from the 48,500").
 */
function changedTo(sentence: Analysis, origin: Fact): Fact | undefined {
  const dated = (f: Fact) => f.kind === "date" || f.kind === "year";
  const like = (f: Fact) => f.kind === origin.kind || (dated(f) && dated(origin)) || f.kind === "count" || f.kind === "number";
  return sentence.facts.find((f) => f.reached && f.firstToken > origin.lastToken && like(f)) ?? sentence.facts.filter((f) => f.lastToken < origin.firstToken && like(f)).at(-1);
}

/** A bare figure read as a count of what the claim counts, where it stands in for one ("up from the 48,500", "not 23"). */
function countedAs(claimFact: Fact, fact: Fact): Fact {
  return bareForCount(claimFact, fact) && fact.kind === "number" && !fact.unit ? { ...fact, kind: claimFact.kind, unit: claimFact.unit } : fact;
}

/** A passage's number that is no count standing against a claim's count. */
function bareForCount(claimFact: Fact, fact: Fact): boolean {
  return claimFact.kind === "count" && fact.kind !== "count";
}

/** Whether a clause of contrast (", but", ", while") starts between a fact and the verb; not "all but 3,000". */
export function contrastBetween(sentence: Analysis, span: { firstToken: number; lastToken: number }, verb: number, language: Language): boolean {
  const [from, to] = span.firstToken < verb ? [span.lastToken + 1, verb] : [verb + 1, span.firstToken];
  for (let t = from; t < to; t++) {
    if (!language.roles(sentence.tokens[t]!).has("contrast")) continue;
    // After a comma, or before a verb of its own ("was approved in June but will not open").
    const next = sentence.tokens[t + 1];
    if (sentence.tokens[t - 1]?.raw === "," || next?.pos === "AUX" || next?.pos === "VERB") return true;
  }
  return false;
}

/**
 * Whether one of a fact and the verb stands in a clause opened by a subordinating word ("after",
 * "because") and the other outside it. The clause runs to the next break or such word and has
 * a verb of its own: "after weeks of talks" opens none, nor does "until 2031".
 */
function subordinateBetween(sentence: Analysis, fact: Fact, verb: number, language: Language): boolean {
  const { tokens, clauseOf } = sentence;
  const opensClause = (token: Token) => (token.pos === "ADP" || token.pos === "SCONJ") && language.roles(token).has("subordinator");
  // Such a word stands before whichever of the two its clause holds.
  const last = Math.max(fact.firstToken, verb);
  for (let s = 0; s < last; s++) {
    const token = tokens[s]!;
    if (!opensClause(token)) continue;
    let end = s + 1;
    while (end < tokens.length && clauseOf[end] === clauseOf[s] && !opensClause(tokens[end]!)) end++;
    const inside = (t: number) => t > s && t < end;
    if (inside(fact.firstToken) === inside(verb)) continue;
    for (let t = s + 1; t < end; t++) if (tokens[t]!.pos === "VERB" && (t < fact.firstToken || t > fact.lastToken)) return true;
  }
  return false;
}

/**
 * Whether a fact stands in a clause other than the verb's, before a verb of that clause (not a
 * form of "be"): what it counts does that ("five members abstaining", "3,000 people had gathered"). A value after its
 * clause's verb ("which contributed $20 million", "published in 2023") may still be the atom's.
 */
function doerOfAnotherVerb(sentence: Analysis, fact: Fact, verb: number, language: Language): boolean {
  const clause = sentence.clauseOf[fact.firstToken]!;
  if (clause === sentence.clauseOf[verb]) return false;
  const end = lowerBound(sentence.clauseOf, clause + 1);
  for (let t = lowerBound(sentence.clauseOf, clause); t < end; t++) {
    const token = sentence.tokens[t]!;
    // "had gathered", "will abstain": an auxiliary leads to the verb; "were absent" has none.
    if (token.pos === "AUX") {
      if (language.roles(token).has("copula")) return false;
      continue;
    }
    if (token.pos === "VERB") return t > fact.lastToken;
  }
  return false;
}

function hasVerb(sentence: Analysis, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.pos === "AUX") return true;
  return false;
}

/** A phrasal verb's tokens as far as its particle ("turned it down"), for the words quoted. */
function withParticle(sentence: Analysis, tokens: readonly number[]): readonly number[] {
  const last = tokens[tokens.length - 1]!;
  const { particle, lemma } = sentence.tokens[last]!;
  if (particle === undefined || !lemma.endsWith(`_${particle}`)) return tokens;
  const at = sentence.tokens[last + 1]?.norm === particle ? last + 1 : last + 2;
  return [...tokens, at];
}

function textOf(sentence: Analysis, tokens: readonly number[]): string {
  const first = sentence.tokens[tokens[0]!]!;
  const last = sentence.tokens[tokens[tokens.length - 1]!]!;
  return sentence.text.slice(first.start, last.end);
}

export function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}
