// The one place where what the detectors found becomes an atom's outcome: stated when none
// finds anything against it, contradicted when one finds an incompatible value and the passage
// is otherwise about the same thing, not stated otherwise. The finding that decided is kept.
import type { Analysis, AtomOutcome, Atom } from "../types.js";
import type { Language } from "../language/language.js";
import { alignAtom, bestWord, rulesOutClaimed, states, type Alignment, type PartMatch, type Unsaid } from "./align.js";
import { queryTerm } from "../match/retrieve.js";
import { atomFeatures, softScore } from "./calibration.js";
import { DETECTORS } from "./detectors/index.js";
import type { Finding, JudgeContext } from "./detectors/detector.js";
import type { ClaimView, PassageView, SentenceView } from "./view.js";

export interface AtomJudgement {
  atom: Atom;
  alignment: Alignment;
  outcome: AtomOutcome;
  findings: Finding[];
  /** The finding that decided a contradiction or a lack; absent when stated. */
  decisive?: Finding;
  /** The fitted score of how much of the atom's words the passage states, 0..1. */
  score: number;
  /** Share of the atom's parts the passage itself holds: orders the passages that do not state it. */
  closeness: number;
  /** A detector found a contradiction and the passage speaks of the same thing, however much of the atom's words it lacks. */
  contradicts: boolean;
  /** The share of the atom's words (by weight) the passage lacks, the contested ones aside. */
  missing: number;
}

export function judgeAtom(atom: Atom, view: PassageView, context: JudgeContext, unsaid?: Unsaid): AtomJudgement {
  const alignment = alignAtom(context.claim, atom, view, unsaid);
  const findings = DETECTORS.flatMap((detector) => detector.detect(alignment, context));
  const features = atomFeatures(alignment);
  const score = softScore(features, context.calibration);
  const found = alignment.parts.filter((m) => m.found === "here" || m.found === "nearby" || m.found === "other" || m.found === "opposite").length;
  const closeness = alignment.parts.length > 0 ? found / alignment.parts.length : 0;
  const contradictions = findings.filter((f) => f.effect === "contradicts");
  const lacks = findings.filter((f) => f.effect === "lacks");
  const contradiction = contradictions[0];
  // A passage that rules out the claim's very value ("238 volumes were missing, not 214") speaks
  // of it, however few of the claim's other words it repeats.
  const corrects = correctsClaim(findings);
  const contradicts = contradiction !== undefined && aboutTheSameThing(alignment, findings, context);
  // The contested words are the other value, not words the passage lacks.
  const missing = contradicts ? atomFeatures(alignment, new Set(contradictions.map((f) => f.match?.part.tokens[0]))).missing : features.missing;
  const base = { atom, alignment, findings, score, closeness, contradicts, missing };
  if (contradicts && (missing <= context.calibration.conflictMissing || corrects)) {
    return { ...base, outcome: "contradicted", decisive: contradiction };
  }
  if (contradictions.length === 0 && lacks.length === 0) return { ...base, outcome: "stated" };
  return { ...base, outcome: "not-stated", decisive: lacks[0] ?? contradiction! };
}

/**
 * A passage contradicts an atom only when it speaks of the same thing: it asserts (no
 * question or condition), names the atom's names and says its relation (or the opposite);
 * only the contradicted parts may differ. (How many of its other words it must hold is fitted.)
 */
export function aboutTheSameThing(alignment: Alignment, findings: readonly Finding[], context: JudgeContext): boolean {
  if (findings.some((f) => (f.detector === "assertion" || f.detector === "roles") && f.effect === "lacks")) return false;
  const contested = new Set(findings.filter((f) => f.effect === "contradicts").map((f) => f.match?.part));
  // What the atom is about must be there: one of its names, or (a claim naming none) its
  // subject, in the passage or, where the passage says "it" or "she", just before it.
  // "it" or "she" before the passage's verb, where it may be its subject ("but it agreed", after the verb, is another clause's).
  const verb = alignment.parts.find((m) => m.part.role === "relation" && m.sentence === alignment.view && m.tokens)?.tokens?.[0];
  const { claim } = context;
  const atomWords = new Set(alignment.atom.parts.filter((p) => p.kind === "word").flatMap((p) => p.tokens.map((t) => claim.analysis.tokens[t]!.lemma)));
  // A subject of words only is one thing or several by the last of them: "the council members".
  const subjectNamed = alignment.atom.parts.some((p) => p.role === "subject" && p.kind === "name");
  const subjectEnd = subjectNamed ? undefined : alignment.atom.parts.filter((p) => p.role === "subject" && p.kind === "word").at(-1)?.tokens.at(-1);
  const several = subjectEnd !== undefined && claim.language.plural(claim.analysis.tokens[subjectEnd]!);
  const refers = hasAnaphor(alignment.view.analysis, claim.language, verb ?? alignment.view.analysis.tokens.length, atomWords, several);
  // A word merely derived from the claim's ("plays" for "player") does not name what it is about.
  // Nearby, through "it" or "she", or through what this sentence calls it ("the probe" for the article's topic).
  const describedHere = (m: PartMatch) => m.sentence === alignment.view && m.tokens !== undefined && alignment.view.analysis.tokens[m.tokens[0]!]!.pos !== "PRON";
  const there = (m: PartMatch) => (m.found === "here" && m.relation !== "derived") || (m.found === "nearby" && (refers || describedHere(m)));
  const about = alignment.parts.filter((m) => !contested.has(m.part) && (m.part.kind === "name" || m.part.role === "subject"));
  // A subject of words only is there by its head ("fare" of "the base fare"), not by a word
  // that says which one.
  const named = about.some((m) => m.part.kind === "name");
  const head = named ? undefined : subjectHead(about);
  // A subject name that says whose ("Haldor's revenue") is not what the atom speaks of: the
  // word it owns must be there too.
  const owned = named ? ownedWord(about, claim) : undefined;
  // Nor is a subject of words there by its head alone where a word says whose it is ("the
  // hospital's chief executive", "the hospital whose chief executive"): that word must be there too.
  const owners = named ? [] : about.filter((m) => m !== head && m.part.kind === "word" && m.part.role === "subject" && saysWhose(m, claim));
  const identified = (head ? there(head) : about.some(there)) && (owned === undefined || there(owned)) && owners.every(there) && ownerSaid(alignment, claim);
  // An atom naming no one whose subject is the contested value ("About 28,000 fans watched the
  // match") is identified by the rest: its relation and every other part said right there.
  const byTheRest =
    !alignment.atom.light &&
    alignment.parts.every((m) => m.part.kind !== "name" && (contested.has(m.part) ? m.part.role === "subject" : m.found === "here")) &&
    alignment.parts.some((m) => m.part.role === "argument" && m.part.kind === "word");
  // Another doer of the same deed ("the coins were discovered by Gary Pell" against "Ruth Ames
  // discovered the coins"): the doer is the contested value, and what the deed was done to says
  // which deed it is.
  const doerContested = findings.some((f) => f.detector === "roles" && f.effect === "contradicts" && f.match?.part.role === "subject");
  const doneTo = doerContested ? alignment.parts.filter((m) => m.part.role === "argument" && m.part.link === undefined && m.part.kind !== "fact") : [];
  const byTheDeed = doneTo.length > 0 && doneTo.every((m) => m.found === "here");
  // A name the passage itself rules out of the claim's place ("in place of Wilhelmina Liszewa")
  // is the one it speaks of.
  const ruledOut = alignment.parts.some((m) => contested.has(m.part) && m.part.kind === "name" && m.found === "other" && m.text !== undefined && m.text.endsWith(m.part.text));
  // Nor is a value the passage itself corrects ("31 people were injured, not 23 as first
  // reported"): it speaks of the claim's value, to rule it out.
  const corrects = correctsClaim(findings);
  if (!identified && !byTheRest && !byTheDeed && !ruledOut && !corrects) return false;
  for (const match of alignment.parts) {
    if (contested.has(match.part)) continue;
    if (match.part.kind === "name" && match.found !== "here" && match.found !== "nearby") return false;
    // A passage that corrects the claim's very value of the names it holds speaks of it in its
    // own words: "after 22 months in charge, not 26 months as first reported" of "managed … for 26 months".
    if (match.part.role === "relation" && !alignment.atom.light && match.found !== "here" && !corrects) return false;
  }
  return true;
}

/** Whether a contradiction is the passage ruling out the claim's very value ("not 23 as first reported"). */
function correctsClaim(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.effect === "contradicts" && f.match?.part.kind === "fact" && rulesOutClaimed(f.match));
}

/** The word a subject name owns: "revenue" of "Haldor's revenue". */
function ownedWord(about: readonly PartMatch[], claim: ClaimView): PartMatch | undefined {
  const { tokens } = claim.analysis;
  for (const name of about) {
    if (name.part.kind !== "name" || name.part.role !== "subject") continue;
    const after = name.part.tokens[name.part.tokens.length - 1]! + 1;
    if (!tokens[after] || !claim.language.roles(tokens[after]!).has("possessive")) continue;
    const word = about.find((m) => m.part.kind === "word" && m.part.role === "subject" && m.part.tokens[0]! > after && m.part.tokens[0]! <= after + 3);
    if (word) return word;
  }
  return undefined;
}

/**
 * Whether the passage, a sentence within reach of it, or its title says whose the subject is,
 * where the claim says it apart ("hospital" of "the hospital whose chief executive …").
 */
function ownerSaid(alignment: Alignment, claim: ClaimView): boolean {
  const owner = alignment.atom.owner;
  const { tokens } = claim.analysis;
  const head = owner?.findLast((t) => tokens[t]!.content);
  if (head === undefined) return true;
  const token = tokens[head]!;
  const says = (sentence: SentenceView) => {
    const hit = bestWord(token, sentence.analysis, claim.language);
    return hit !== undefined && states(hit.relation);
  };
  const view = alignment.view;
  return says(view) || view.title.some(says) || view.around([queryTerm(token)]).some(says);
}

/** Whether a part of the claim is followed by a possessive ("hospital's") or a relative word of owning ("hospital whose"). */
function saysWhose(match: PartMatch, claim: ClaimView): boolean {
  const after = claim.analysis.tokens[match.part.tokens[match.part.tokens.length - 1]! + 1];
  const roles = after ? claim.language.roles(after) : undefined;
  return roles !== undefined && (roles.has("possessive") || roles.has("owner"));
}

/** The head of a subject of words: the last word not linked by a preposition ("route" of "the truck route"). */
function subjectHead(about: readonly PartMatch[]): PartMatch | undefined {
  let head: PartMatch | undefined;
  for (const m of about) if (m.part.role === "subject" && m.part.link === undefined && (!head || m.part.tokens[0]! > head.part.tokens[0]!)) head = m;
  return head;
}

/**
 * Whether a sentence refers back to something named before it ("it", "she", "their") before
 * token `end`. A pronoun that says whose a thing is stands for the atom's subject only where
 * the atom speaks of that thing too: "its sales fell" is about the sales of what "its" stands for.
 */
function hasAnaphor(sentence: Analysis, language: Language, end: number, atomWords: ReadonlySet<string>, several = false): boolean {
  return sentence.tokens.some((token, i) => {
    if (i >= end || token.pos !== "PRON" || !language.roles(token).has("anaphor")) return false;
    // "she" does not stand for "the council members".
    if (several && language.roles(token).has("singular")) return false;
    // Describing words and participles may stand between: "its operating profit".
    let owned = i + 1;
    while (sentence.tokens[owned]?.pos === "ADJ" || (sentence.tokens[owned]?.pos === "VERB" && sentence.tokens[owned + 1]?.pos === "NOUN")) owned++;
    const noun = sentence.tokens[owned];
    return noun === undefined || noun.pos !== "NOUN" || atomWords.has(noun.lemma);
  });
}
