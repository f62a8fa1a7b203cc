// Judges one claim: splits it into atoms, finds for each the passages of the likeliest
// sources that could state it, judges each atom against them, and lets the verdict follow.
import type { Analysis, Atom, AtomPart, Claim, LexicalRelation, Token } from "../types.js";
import type { Language, WordRole } from "../language/language.js";
import { splitAtoms } from "../atoms/split.js";
import type { PassageIndex } from "../match/index.js";
import { buildQuery, retrieve, type Candidate, type ClaimQuery } from "../match/retrieve.js";
import { indexTerms, NUMBER_TERM, termOf } from "../text/tokenize.js";
import type { Calibration } from "./calibration.js";
import { judgeAtom, type AtomJudgement } from "./stance.js";
import { lowerBound, type Unsaid } from "./align.js";
import type { Finding } from "./detectors/detector.js";
import { readSentence } from "./sentence.js";
import { decideVerdict, type ClaimVerdict } from "./verdict.js";
import type { ClaimView, PassageView, SentenceView } from "./view.js";

export const SEARCH_DEFAULTS = Object.freeze({
  /** Sources whose passages are weighed for a claim: those its best candidates come from. */
  sources: 4,
  /** Passages of a source judged for each atom: those holding most of its rarer words. */
  anchors: 6,
  /** An anchor holds at least this share of the atom's parts besides its subject that the best of them holds. */
  anchorShare: 0.5,
});

/** What the judge needs of the corpus: its index, and each passage read in its article. */
export interface JudgeCorpus {
  index: PassageIndex;
  language: Language;
  calibration: Calibration;
  view(passageId: number): PassageView;
}

/** Finds the passages to consider for a claim, best first. */
export type FindCandidates = (index: PassageIndex, query: ClaimQuery, allowed?: ReadonlySet<string>) => Candidate[];

/** Hears every judgement made of an atom against a passage (calibration collects them). */
export type AtomObserver = (source: number, atom: number, judgement: AtomJudgement, grounded: boolean) => void;

export function judgeClaim(claim: Claim, corpus: JudgeCorpus, find: FindCandidates = retrieve, settings = SEARCH_DEFAULTS, observe?: AtomObserver): ClaimVerdict {
  const { index, language } = corpus;
  const analysis = readSentence(claim.text, language);
  const rarity = (tokens: readonly number[]) => Math.max(0, ...tokens.map((t) => index.idf(termOf(analysis.tokens[t]!.norm))));
  const { atoms, truncated } = splitAtoms(analysis, language, ({ tokens }) => rarity(tokens));
  // A word is looked for by its one-word alternatives, and by the words of the phrases the
  // lexicon lists for it ("death toll" for "killed"). A name's words are looked for as written:
  // "Black Meridian" is no summit.
  const named = new Set(analysis.tokens.filter((_, t) => analysis.nameOf[t]! >= 0));
  const alternatives = (token: Token) =>
    named.has(token) ? [] : [...language.alternatives(token).filter((lemma) => !lemma.includes(" ")), ...language.phrasesFor(token).flatMap((phrase) => phrase.words)];
  const query = buildQuery(analysis.tokens, index, (token) => alternatives(token).map(termOf));
  const partTermsOf = new Map<AtomPart, readonly string[]>();
  const termsOf = (part: AtomPart) => {
    let terms = partTermsOf.get(part);
    if (!terms) partTermsOf.set(part, (terms = partTerms(part, analysis.tokens, query)));
    return terms;
  };
  const relations = new Map<Token, Map<string, LexicalRelation>>();
  const relationsOf = (token: Token) => {
    let map = relations.get(token);
    if (!map) relations.set(token, (map = new Map()));
    return map;
  };
  const view: ClaimView = { text: claim.text, analysis, atoms, truncated, termsOf, relationsOf, language };
  const figureTerms = language.figureWords.map(termOf);
  if (atoms.length === 0) return decideVerdict(view, []);

  const allowed = claim.cites ? new Set(claim.cites) : undefined;
  const candidates = find(index, query, allowed);
  const context = { claim: view, calibration: corpus.calibration };

  const judged: SourceJudgement[] = [];
  for (const sourceStart of likeliestSources(index, candidates, settings.sources)) {
    const absentNames = namesAbsent(index, analysis, sourceStart, language);
    const unsaid = unsaidTerms(index, query, sourceStart);
    const judgeAgainst = (atom: Atom, a: number, passages: readonly number[]) => {
      let best: AtomJudgement | undefined;
      for (const passageId of passages) {
        const judgement = judgeAtom(atom, corpus.view(passageId), context, unsaid);
        observe?.(judged.length, a, judgement, absentNames.size === 0);
        if (!best || better(judgement, best)) best = judgement;
        // The likeliest passage of body text that states the atom will do: the others would only say it again.
        if (best.outcome === "stated" && !best.alignment.view.passage.heading) break;
      }
      return best;
    };
    const anchors = (atom: Atom) => anchorsFor(index, atom, sourceStart, termsOf, figureTerms, settings.anchors, settings.anchorShare);
    const perAtom: (AtomJudgement | undefined)[] = atoms.map((atom, a) => (atom.reporting ? undefined : judgeAgainst(atom, a, anchors(atom))));
    // Who said something is looked for first where what they said is stated (see attributed).
    const said = perAtom.flatMap((j) => (j?.outcome === "stated" ? [sourceStart + j.alignment.view.passage.index] : []));
    atoms.forEach((atom, a) => {
      if (!atom.reporting) return;
      const near = said.flatMap((id) => around(index, sourceStart, id, corpus.calibration.reach));
      perAtom[a] = judgeAgainst(atom, a, [...new Set([...near, ...anchors(atom)])]);
    });
    judged.push({ sourceStart, atoms: explained(attributed(perAtom, corpus.calibration.reach, language), analysis, language), absentNames });
  }
  return decideVerdict(view, judged);
}

/**
 * Who said or found something says it where the source reports it: an atom such as "the study
 * found" is stated only by the passage that states what the claim says was found, or by one
 * within reach of it when that passage is a quotation ("Speaking to the Reporter: "I was not
 * looking …""), in its paragraph or one before it. Otherwise "P, the White House says" would be
 * supported by P in one place and anything the White House said in another, and "the judge
 * wrote the opinion" would say what the ruling beside it found.
 */
function attributed(atoms: (AtomJudgement | undefined)[], reach: number, language: Language): (AtomJudgement | undefined)[] {
  // What is said of the speaker ("Prime Minister Benedek Oranth said": his post) is not what he said.
  const speakers = new Set(atoms.flatMap((j) => (j?.atom.reporting ? j.atom.parts.filter((p) => p.role === "subject").flatMap((p) => p.tokens) : [])));
  const ofSpeaker = (j: AtomJudgement) => j.atom.parts.every((p) => p.tokens.every((t) => speakers.has(t)));
  const content = atoms.filter((j): j is AtomJudgement => j !== undefined && j.outcome === "stated" && !j.atom.reporting && !ofSpeaker(j));
  if (content.length === atoms.length) return atoms;
  return atoms.map((judgement) => {
    if (!judgement || judgement.outcome !== "stated" || !judgement.atom.reporting) return judgement;
    const at = judgement.alignment.view.passage;
    const strayed = saidElsewhere(judgement);
    if (strayed) return lacks(judgement, `has "${strayed}" of what was said only in a sentence around it`);
    if (content.length === 0) return judgement;
    const near = content.some((c) => {
      const passage = c.alignment.view.passage;
      if (c.alignment.view.source !== judgement.alignment.view.source) return false;
      // A speaker named in a later paragraph has not said a quotation before it.
      const before = at.index < passage.index || at.line === passage.line;
      if (passage.index === at.index) return saysItself(judgement, c, language);
      return Math.abs(passage.index - at.index) <= reach && before && QUOTED.test(passage.text) && !namesItsSpeaker(c.alignment.view.analysis, language);
    });
    const speaker = borrowedSpeaker(judgement, language);
    if (near && !speaker) return judgement;
    return lacks(judgement, speaker ? `names ${speaker} only in a sentence around it, not as who speaks in it` : "says something, but not beside what the claim says was said");
  });
}

/**
 * A claim that says why ("the tour was cancelled because the sponsor withdrew") says more than
 * its two halves: an atom after its "because" is stated only by a sentence that states an atom
 * it explains too, and holds a word that says why; or by the sentence right before or after
 * that one, the later of the two saying it follows ("… were delivered late. The Corrigeen will
 * therefore stay"). A passage that gives the two apart does not say that one is why the other
 * happened.
 */
function explained(atoms: (AtomJudgement | undefined)[], claim: Analysis, language: Language): (AtomJudgement | undefined)[] {
  const opener = claim.tokens.findIndex((t) => t.pos === "SCONJ" && language.roles(t).has("causal"));
  if (opener < 0) return atoms;
  const relationAt = (atom: Atom) => atom.parts.find((p) => p.role === "relation")?.tokens[0];
  const isCause = (atom: Atom) => (relationAt(atom) ?? -1) > opener;
  const effects = atoms.filter((j): j is AtomJudgement => j !== undefined && !j.atom.reporting && (relationAt(j.atom) ?? opener) < opener);
  if (effects.length === 0) return atoms;
  const says = (sentence: SentenceView, role: WordRole) => sentence.analysis.tokens.some((t) => language.roles(t).has(role));
  return atoms.map((judgement) => {
    if (!judgement || judgement.outcome !== "stated" || !isCause(judgement.atom)) return judgement;
    const { view } = judgement.alignment;
    const stated = effects.filter((e) => e.outcome === "stated" && e.alignment.view.source === view.source).map((e) => e.alignment.view);
    const together = stated.some((e) => e.passage.index === view.passage.index);
    if (together && says(view, "reason")) return judgement;
    const next = stated.find((e) => Math.abs(e.passage.index - view.passage.index) === 1);
    if (next && says(next.passage.index > view.passage.index ? next : view, "consequence")) return judgement;
    return lacks(judgement, together ? "states both, but not that one is why the other happened" : "states it apart from what the claim says it is why of", "cause");
  });
}

function lacks(judgement: AtomJudgement, why: string, detector = "attribution"): AtomJudgement {
  const finding: Finding = { detector, effect: "lacks", why };
  return { ...judgement, outcome: "not-stated", findings: [...judgement.findings, finding], decisive: finding };
}

/**
 * Whether, in one sentence, what was said hangs on the speaker's own verb of saying: the nearest
 * such verb before what was said is not said again between it and the speaker. In "Kinloch said he
 * was 'the missing piece', but Amankwah said the club would miss him", Kinloch did not say the
 * club would miss him.
 */
function saysItself(speaking: AtomJudgement, said: AtomJudgement, language: Language): boolean {
  const sentence = speaking.alignment.view.analysis;
  const inSentence = (j: AtomJudgement, role: "subject" | "relation") => j.alignment.parts.find((m) => m.part.role === role && m.found === "here" && m.sentence === j.alignment.view && m.tokens)?.tokens;
  const what = inSentence(said, "relation")?.[0];
  const speaker = inSentence(speaking, "subject");
  if (what === undefined || !speaker) return true;
  const reports = (t: number) => sentence.tokens[t]!.pos === "VERB" && language.roles(sentence.tokens[t]!).has("reporting");
  let verb = what - 1;
  while (verb >= 0 && !reports(verb)) verb--;
  if (verb < 0) return true;
  // The same verb said again between them is another's saying; an aside's "writing for the
  // court" or "which was told of the fault" is not.
  const [first, last] = [speaker[0]!, speaker[speaker.length - 1]!];
  // Nor is a verb of saying whose own doer, a name the speaker's words do not hold, stands right
  // before it: in "Moyse said the company had repaired leaks, but River Watch said leakage had
  // barely fallen", the company said nothing. ("The regulator said its investigation had found …"
  // is the regulator's saying still.)
  const speakerTokens = new Set(speaking.alignment.parts.filter((m) => m.part.role === "subject" && m.found === "here" && m.sentence === speaking.alignment.view).flatMap((m) => m.tokens ?? []));
  let doer = verb - 1;
  while (doer > last && (sentence.tokens[doer]!.pos === "ADV" || sentence.tokens[doer]!.pos === "AUX")) doer--;
  if (last < verb && doer > last && sentence.nameOf[doer]! >= 0 && !speakerTokens.has(doer)) return false;
  const [from, to] = last < verb ? [last + 1, verb] : [verb + 1, first];
  for (let t = from; t < to; t++) if (reports(t) && sentence.tokens[t]!.lemma === sentence.tokens[verb]!.lemma) return false;
  return true;
}

/**
 * What the claim says was said, after its verb of saying, found for the speaker's atom in another
 * sentence than that verb: beside "Okonkwo-Reyes said he accepted the result", the "12-vote
 * victory" of another sentence is not what he said. Only the speaker may be found around ("she").
 */
function saidElsewhere(judgement: AtomJudgement): string | undefined {
  const { view, parts } = judgement.alignment;
  const verb = parts.findIndex((m) => m.part.role === "relation");
  if (verb < 0) return undefined;
  // A name may be said before ("the series" for Ballard); a figure or a word is what was said.
  const strayed = parts.slice(verb + 1).find((m) => m.part.kind !== "name" && m.sentence !== undefined && m.sentence !== view && m.found !== "missing");
  return strayed?.part.text;
}

/**
 * The speaker a reporting passage takes from a sentence around it though no pronoun there
 * stands for them: in "the merger was confirmed in a statement", the name in the sentence
 * before confirmed nothing, nor did "the study" of the sentence before "Marcus Obuya said".
 * "She said" names her by its "she".
 */
function borrowedSpeaker(judgement: AtomJudgement, language: Language): string | undefined {
  const { view, parts } = judgement.alignment;
  const borrowed = parts.find((m) => m.part.role === "subject" && m.part.kind !== "fact" && m.found === "nearby" && m.sentence !== view);
  if (!borrowed) return undefined;
  const verb = parts.find((m) => m.part.role === "relation" && m.found === "here" && m.sentence === view)?.tokens?.[0] ?? view.analysis.tokens.length;
  const pronoun = view.analysis.tokens.some((t, i) => i < verb && t.pos === "PRON" && view.analysis.nameOf[i]! < 0 && language.roles(t).has("anaphor"));
  return pronoun ? undefined : borrowed.part.text;
}

/** A passage that quotes someone. */
const QUOTED = /["\u201C\u201D]/u;

/**
 * Whether a quotation says itself who is quoted: a name and a verb that reports speech
 * ("Lea Moser said she was "deeply frustrated""). Such a quotation is that person's, not that of
 * someone named in a sentence around it; "she said" leaves it to the name before.
 */
function namesItsSpeaker(sentence: Analysis, language: Language): boolean {
  return sentence.names.length > 0 && sentence.tokens.some((t) => t.pos === "VERB" && language.roles(t).has("reporting"));
}

export interface SourceJudgement {
  /** Global id of the source's first passage. */
  sourceStart: number;
  /** For each atom of the claim, its best judgement in this source (none: no passage holds its words). */
  atoms: (AtomJudgement | undefined)[];
  /**
   * The claim's names (indices into its analysis's names) the source never mentions: a source
   * that does not name what the claim is about cannot contradict it.
   */
  absentNames: ReadonlySet<number>;
}

/** The claim's terms that no passage of the source holds (nor a synonym), each with its rarity. */
function unsaidTerms(index: PassageIndex, query: ClaimQuery, sourceStart: number): Unsaid {
  const end = sourceEnd(index, sourceStart);
  let total = 0;
  const terms = new Map<string, number>();
  for (const [term, alternatives] of query.terms) {
    const weight = index.idf(term);
    total += weight;
    const said = alternatives.some((alternative) => {
      const postings = index.postingsOf(alternative);
      const k = lowerBound(postings, sourceStart);
      return k < postings.length && postings[k]! < end;
    });
    if (!said) terms.set(term, weight);
  }
  return { total, terms };
}

/** A passage and those within `reach` of it in its source, nearest first. */
function around(index: PassageIndex, sourceStart: number, passageId: number, reach: number): number[] {
  const end = sourceEnd(index, sourceStart);
  const ids = [passageId];
  for (let d = 1; d <= reach; d++) for (const id of [passageId - d, passageId + d]) if (id >= sourceStart && id < end) ids.push(id);
  return ids;
}

function sourceEnd(index: PassageIndex, sourceStart: number): number {
  return sourceStart + index.sources.get(index.passages[sourceStart]!.sourceId)!.passages.length;
}

/** The claim's names (by each one's last word, and a long one's first) that no passage of the source holds. */
function namesAbsent(index: PassageIndex, claim: Analysis, sourceStart: number, language: Language): Set<number> {
  const end = sourceEnd(index, sourceStart);
  const absent = new Set<number>();
  const inSource = (term: string) => {
    const postings = index.postingsOf(term);
    const k = lowerBound(postings, sourceStart);
    return k < postings.length && postings[k]! < end;
  };
  const held = (word: string) => {
    // A word as the index holds it: "Tarvos-2" under "tarvos" and "2".
    const terms = indexTerms(word).filter((term) => term !== NUMBER_TERM);
    return (terms.length > 0 ? terms : [termOf(word)]).every(inSource);
  };
  claim.names.forEach((name, n) => {
    // Its last word ("Glenmure" names Dr Ewan Glenmure in a later article), and the first too,
    // past a title, of a name of three words or more, whose last is often a common one:
    // "Brennholt Mountain Rescue" is not named by an article with a mountain rescue of its own.
    const own = name.words.filter((word) => !language.roles({ lemma: word }).has("honorific"));
    const words = own.length > 2 ? [own[0]!, own[own.length - 1]!] : name.words.slice(-1);
    if (!words.every(held)) absent.add(n);
  });
  return absent;
}

const OUTCOME_ORDER = { stated: 0, contradicted: 1, "not-stated": 2 } as const;

/**
 * Stated beats contradicted beats not stated; then the higher score, then the closer match.
 * A headline summarises: where it states what the body of its article contradicts, the body stands.
 */
function better(a: AtomJudgement, b: AtomJudgement): boolean {
  const headline = (j: AtomJudgement) => j.alignment.view.passage.heading;
  if (a.outcome === "contradicted" && b.outcome === "stated" && headline(b) && !headline(a)) return true;
  if (a.outcome === "stated" && b.outcome === "contradicted" && headline(a) && !headline(b)) return false;
  const order = OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome];
  if (order !== 0) return order < 0;
  if (a.outcome === "not-stated") return a.closeness > b.closeness || (a.closeness === b.closeness && a.score > b.score);
  return a.score > b.score;
}

/** The sources the best candidates come from, best first, as the id of each one's first passage. */
function likeliestSources(index: PassageIndex, candidates: readonly Candidate[], count: number): number[] {
  const starts: number[] = [];
  for (const candidate of candidates) {
    const start = index.firstOfSource(candidate.passageId);
    if (!starts.includes(start)) starts.push(start);
    if (starts.length >= count) break;
  }
  return starts;
}

/**
 * The passages of one source most likely to state an atom: those holding the rarest of its
 * parts' words (a word's synonyms count for it), each part counted once.
 */
function anchorsFor(
  index: PassageIndex,
  atom: Atom,
  sourceStart: number,
  termsOf: (part: AtomPart) => readonly string[],
  figureTerms: readonly string[],
  count: number,
  share: number,
): number[] {
  const end = sourceEnd(index, sourceStart);
  const scores = new Map<number, { weight: number; parts: number }>();
  for (const part of atom.parts) {
    const seen = new Set<number>();
    const hold = (term: string, weighs: boolean) => {
      const postings = index.postingsOf(term);
      const idf = index.idf(term);
      for (let k = lowerBound(postings, sourceStart); k < postings.length && postings[k]! < end; k++) {
        const id = postings[k]!;
        if (!weighs && seen.has(id)) continue;
        const score = scores.get(id) ?? { weight: 0, parts: 0 };
        if (!seen.has(id) && part.role !== "subject") score.parts++;
        seen.add(id);
        score.weight += weighs ? idf : index.idf(NUMBER_TERM);
        scores.set(id, score);
      }
    };
    for (const term of termsOf(part)) hold(term, true);
    // A value may be written in words ("eleven days", "finished third"): such a passage holds
    // the part as one with figures does, and weighs as much.
    if (part.kind === "fact") for (const term of figureTerms) hold(term, false);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]).slice(0, count);
  // A passage holding far fewer of what the atom says of its subject than another can neither
  // state it nor contradict it. The subject itself does not count: "it" or "she" may stand for it.
  const most = Math.max(0, ...ranked.map(([, score]) => score.parts));
  return ranked.filter(([, score]) => score.parts >= most * share).map(([id]) => id);
}

/** The index terms a part may be found by: its words' terms and what stands for them (for a fact, any figure). */
function partTerms(part: AtomPart, tokens: readonly { norm: string }[], query: ClaimQuery): string[] {
  const terms = new Set<string>(part.kind === "fact" ? [NUMBER_TERM] : []);
  for (const t of part.tokens) {
    const term = termOf(tokens[t]!.norm);
    for (const alternative of query.terms.get(term) ?? [term]) terms.add(alternative);
  }
  return [...terms];
}
