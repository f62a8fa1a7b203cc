// The claim's verdict follows from its atoms: supported when one source states every atom,
// conflicting when a source contradicts one (the newer source standing where sources of
// different dates disagree), unsourced otherwise. Evidence, reason and trace come from the
// same judgements, so the reason never names a value from a passage the verdict did not use.
import type { AtomTrace, ClaimTrace, Conflict, Evidence, FactKind, Highlight, PartTrace, Source, Stance, Verdict } from "../types.js";
import type { PartMatch } from "./align.js";
import { ATOM_LIMITS } from "../atoms/split.js";
import type { Finding } from "./detectors/detector.js";
import type { SourceJudgement } from "./judge-claim.js";
import type { AtomJudgement } from "./stance.js";
import type { ClaimView } from "./view.js";

export const VERDICT_LIMITS = Object.freeze({
  /** Evidence entries reported per claim. */
  maxEvidence: 5,
  /** Conflicts reported per claim. */
  maxConflicts: 3,
});

export interface ClaimVerdict {
  verdict: Verdict;
  reason: string;
  evidence: Evidence[];
  conflicts: Conflict[];
  trace: ClaimTrace;
}

interface Reading {
  judged: SourceJudgement;
  source: Source;
  atoms: AtomJudgement[];
  /** Every atom stated in this source. */
  states: boolean;
  /** The first atom this source contradicts. */
  contradiction: AtomJudgement | undefined;
}

export function decideVerdict(claim: ClaimView, judged: readonly SourceJudgement[]): ClaimVerdict {
  if (claim.atoms.length === 0) {
    return unsourced("the claim states nothing a source could be checked for", [], { atoms: [], decision: "no atoms: nothing to check" });
  }
  const readings: Reading[] = judged
    .filter((j) => j.atoms.every((a) => a !== undefined) || j.atoms.some((a) => a?.outcome === "contradicted"))
    .map((j) => {
      const atoms = j.atoms.filter((a): a is AtomJudgement => a !== undefined);
      return {
        judged: j,
        source: atoms[0]!.alignment.view.source,
        atoms,
        states: atoms.length === claim.atoms.length && atoms.every((a) => a.outcome === "stated"),
        // A source that never names what the claim is about speaks of something else; only the
        // name it contradicts may be missing from it ("streaming on Netflix" against Prime Video).
        contradiction: atoms.find((a) => a.outcome === "contradicted" && grounded(claim, j, a)),
      };
    });
  // A claim with statements left unsplit has parts no atom checked: it is never supported. Nor
  // is one whose every atom is a single word or name ("a lot of money"): it says nothing of it.
  const vacuous = claim.atoms.every((atom) => atom.parts.length < 2);
  const supporting = claim.truncated || vacuous ? [] : readings.filter((r) => r.states);
  // Where a source states the claim, another article contradicts it only about the same thing:
  // its contradicted atom names what it is about, or the two articles are not plainly two
  // stories. "The study" in an article on walking is not the study in one on coffee.
  const named = new Map<Source, ReadonlySet<string>>();
  const namesOf = (source: Source) => named.get(source) ?? named.set(source, namedInside(source)).get(source)!;
  const sameThing = (r: Reading) => supporting.length === 0 || anchored(r.contradiction!) || supporting.some((s) => !twoStories(s.source, r.source, namesOf));
  // An atom an older source contradicts and a newer one states is as the newer says: "17 cases
  // linked to the water" in a later report stands over "had not linked either case", and "Kulp
  // is 44, not 47 as first reported" over the 47 first given. Only an atom that says something
  // happened, or gives a value: one of names alone is stated by naming them.
  const statedLater = (r: Reading) => {
    const { atom: contradicted } = r.contradiction!;
    const k = claim.atoms.indexOf(contradicted);
    const date = r.source.date ?? "";
    const happened = !contradicted.light && contradicted.parts.some((p) => p.role === "relation");
    if (!happened && !contradicted.parts.some((p) => p.kind === "fact")) return false;
    return judged.some((j) => {
      const atom = j.atoms[k];
      return atom?.outcome === "stated" && (atom.alignment.view.source.date ?? "") > date;
    });
  };
  // (Where a source states the whole claim, the newer of the two stands as below, and the older is reported superseded.)
  const contradicting = readings.filter((r) => r.contradiction !== undefined && sameThing(r) && (supporting.length > 0 || !statedLater(r)));

  if (supporting.length === 0 && contradicting.length === 0) {
    if (claim.truncated && readings.some((r) => r.states)) {
      return unsourced(`the claim states more than ${ATOM_LIMITS.maxAtoms} things; split it into several claims to check them all`, [], { atoms: [], decision: "too many statements to check in one claim" });
    }
    if (vacuous && readings.some((r) => r.states)) {
      return unsourced("the claim names something but says nothing of it a source could state", [], { atoms: [], decision: "no atom says anything of what it names" });
    }
    return closest(claim, judged);
  }

  let verdict: Verdict = supporting.length > 0 ? "supported" : "conflicting";
  let superseded: Reading[] = [];
  let decision = verdict === "supported" ? `every atom stated by ${supporting[0]!.source.id}` : `an atom contradicted by ${contradicting[0]!.source.id}`;
  if (supporting.length > 0 && contradicting.length > 0) {
    const supportDate = newest(supporting);
    const contradictionDate = newest(contradicting);
    if (supportDate && contradictionDate && supportDate !== contradictionDate) {
      // Where sources of different dates disagree, the newer one stands.
      const newer = contradictionDate > supportDate ? contradicting : supporting;
      const older = newer === supporting ? contradicting : supporting;
      const cut = newest(newer)!;
      verdict = newer === supporting ? "supported" : "conflicting";
      superseded = older.filter((r) => (r.source.date ?? "") < cut);
      decision = `sources disagree; the newer (${cut}) stands over ${superseded.map((r) => `${r.source.id} (${r.source.date})`).join(", ")}`;
    } else if (bodyOverHeading(contradicting, supporting)) {
      verdict = "conflicting";
      decision = `sources of the same date disagree; body text outweighs a heading`;
    } else {
      verdict = bodyOverHeading(supporting, contradicting) ? "supported" : "conflicting";
      decision = verdict === "conflicting" ? "sources of the same date disagree: the claim is contested" : "sources of the same date disagree; body text outweighs a heading";
    }
  }

  const primary = verdict === "supported" ? supporting.filter((r) => !superseded.includes(r)) : contradicting.filter((r) => !superseded.includes(r));
  const evidence: Evidence[] = [];
  const conflicts: Conflict[] = [];
  const add = (judgement: AtomJudgement, stance: Stance) => {
    if (evidence.length >= VERDICT_LIMITS.maxEvidence) return;
    const { passage } = judgement.alignment.view;
    if (evidence.some((e) => e.sourceId === passage.sourceId && e.line === passage.line && e.column === passage.column)) return;
    evidence.push(toEvidence(judgement, stance));
  };
  for (const reading of primary) {
    if (verdict === "supported") for (const atom of reading.atoms) add(atom, "supports");
    else {
      const contradiction = reading.contradiction!;
      add(contradiction, "contradicts");
      const finding = contradiction.decisive!;
      const at = evidence.findIndex((e) => e.sourceId === contradiction.alignment.view.source.id && e.line === contradiction.alignment.view.passage.line);
      if (finding.match && conflicts.length < VERDICT_LIMITS.maxConflicts && at >= 0) conflicts.push(toConflict(finding, finding.match, at, contradiction.atom.negated));
    }
  }
  for (const reading of superseded) {
    const judgement = verdict === "supported" ? reading.contradiction! : reading.atoms[0]!;
    add(judgement, "superseded");
  }

  const main = primary[0]!;
  const trace: ClaimTrace = { atoms: main.atoms.map(traceAtom), decision };
  const reason = verdict === "supported" ? supportedReason(main, evidence, superseded) : conflictingReason(main, conflicts[0], superseded);
  return { verdict, reason, evidence, conflicts, trace };
}

/** No source states the claim: the one that comes closest, and what it lacks. */
function closest(claim: ClaimView, judged: readonly SourceJudgement[]): ClaimVerdict {
  let best: { judged: SourceJudgement; stated: number; gap: AtomJudgement } | undefined;
  for (const j of judged) {
    const stated = j.atoms.filter((a) => a?.outcome === "stated").length;
    const gaps = j.atoms.filter((a): a is AtomJudgement => a !== undefined && a.outcome !== "stated");
    const gap = gaps.sort((a, b) => b.closeness - a.closeness)[0];
    if (!gap) continue;
    if (!best || stated > best.stated || (stated === best.stated && gap.closeness > best.gap.closeness)) best = { judged: j, stated, gap };
  }
  if (!best || best.gap.closeness === 0) {
    return unsourced("no source passage speaks to this claim", [], { atoms: [], decision: "no passage holds the claim's words" });
  }
  const { gap } = best;
  const missingAtom = claim.atoms.find((atom, i) => best!.judged.atoms[i] === undefined);
  const lacking = missingAtom ?? gap.atom;
  const what = missingAtom ? "holds none of its words" : gap.decisive?.why ?? "does not state it";
  const place = placeOf(gap);
  const trace: ClaimTrace = {
    atoms: claim.atoms.map((atom, i) => {
      const judgement = best!.judged.atoms[i];
      return judgement ? traceAtom(judgement) : { atom: atom.text, outcome: "not-stated", parts: [], decidedBy: "search", why: "no passage of the source holds its words" };
    }),
    decision: `no source states "${lacking.text}"`,
  };
  const reason = `no source states ${claim.atoms.length > 1 ? `"${lacking.text}"` : "this"}; the closest, ${place}, ${missingAtom ? `has the rest but ${what}` : what}`;
  return unsourced(reason, [toEvidence(gap, "related")], trace);
}

function grounded(claim: ClaimView, judged: SourceJudgement, judgement: AtomJudgement): boolean {
  // The names the decisive contradiction contests: its own, and any that go with it (a post's
  // words, contested for the same reason), not those another finding contests.
  const decisive = judgement.decisive;
  const contested = new Set(
    judgement.findings.flatMap((f) =>
      f.effect === "contradicts" && f.why === decisive?.why && f.match?.part.kind === "name" ? [claim.analysis.nameOf[f.match.part.tokens[0]!]!] : [],
    ),
  );
  return [...judged.absentNames].every((n) => contested.has(n));
}

function unsourced(reason: string, evidence: Evidence[], trace: ClaimTrace): ClaimVerdict {
  return { verdict: "unsourced", reason, evidence, conflicts: [], trace };
}

function newest(readings: readonly Reading[]): string | undefined {
  let date: string | undefined;
  for (const r of readings) if (r.source.date && (!date || r.source.date > date)) date = r.source.date;
  return date;
}

/** Whether the first side rests on body text and the second only on headings (which summarise). */
function bodyOverHeading(first: readonly Reading[], second: readonly Reading[]): boolean {
  const heading = (r: Reading) => r.atoms.some((a) => a.alignment.view.passage.heading);
  return first.some((r) => !heading(r)) && second.every(heading);
}

function placeOf(judgement: AtomJudgement): string {
  const { passage } = judgement.alignment.view;
  return `${passage.sourceId}:${passage.line}`;
}

/** Whether a contradicted atom names something it is about, not only the contested value. */
function anchored(judgement: AtomJudgement): boolean {
  return judgement.alignment.parts.some((m) => m.part.kind === "name" && (m.found === "here" || m.found === "nearby"));
}

/**
 * Whether two articles plainly tell two stories: each names things (three or more capitalised
 * words inside its sentences) and they name at most one in common: one shared word is as often a
 * first name two stories happen to share ("Marcus") as the thing one story is about. Where
 * either names less, it takes no word in common. Where either names less still, it cannot be told.
 */
function twoStories(a: Source, b: Source, namesOf: (source: Source) => ReadonlySet<string>): boolean {
  if (a === b) return false;
  const first = namesOf(a);
  const second = namesOf(b);
  if (first.size < 2 || second.size < 2) return false;
  const shared = [...second].filter((word) => first.has(word)).length;
  return shared === 0 || (shared === 1 && first.size >= MANY_NAMES && second.size >= MANY_NAMES);
}

/** Capitalised words an article names for one word in common with another to be chance. */
const MANY_NAMES = 3;

/** The capitalised words inside an article's sentences, lower-cased. */
function namedInside(source: Source): ReadonlySet<string> {
  const words = new Set<string>();
  for (const passage of source.passages) for (const match of passage.text.matchAll(NAMED_INSIDE)) words.add(match[1]!.toLowerCase());
  return words;
}

/**
 * A capitalised word after a lowercase word or a comma on the same line: a name, not a
 * sentence's or a line's first word, nor an abbreviation ("Dr.").
 */
const NAMED_INSIDE = /(?:\p{Ll}[\p{L}'’-]*,?|,)[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\.)/gu;

function supportedReason(main: Reading, evidence: readonly Evidence[], superseded: readonly Reading[]): string {
  const places = [...new Set(main.atoms.map(placeOf))];
  let reason = `stated by ${places.slice(0, 3).join(" and ")}`;
  const others = evidence.filter((e) => e.stance === "supports" && e.sourceId !== main.source.id).length;
  if (others > 0) reason += ` and ${others} more passage${others > 1 ? "s" : ""}`;
  const older = superseded[0];
  if (older) reason += `; older ${placeOf(older.contradiction!)} (${older.source.date}) superseded`;
  return reason;
}

function conflictingReason(main: Reading, conflict: Conflict | undefined, superseded: readonly Reading[]): string {
  const contradiction = main.contradiction!;
  const place = placeOf(contradiction);
  let reason = conflict ? `${conflict.kind}: claim says ${conflict.claimValue} — ${place} says ${conflict.sourceValue}` : `${place} ${contradiction.decisive!.why}`;
  const older = superseded[0];
  if (older) reason += `; older ${placeOf(older.atoms[0]!)} (${older.source.date}) superseded`;
  return reason;
}

function toEvidence(judgement: AtomJudgement, stance: Stance): Evidence {
  const { passage, source } = judgement.alignment.view;
  const highlights: Highlight[] = [];
  const conflicting = judgement.outcome === "contradicted" ? judgement.decisive?.match : undefined;
  for (const match of judgement.alignment.parts) {
    if (!match.tokens || match.sentence !== judgement.alignment.view) continue;
    const kind = match === conflicting ? "conflict" : match.found === "here" ? "match" : undefined;
    if (!kind) continue;
    const tokens = judgement.alignment.view.analysis.tokens;
    highlights.push({ start: tokens[match.tokens[0]!]!.start, end: tokens[match.tokens[match.tokens.length - 1]!]!.end, kind });
  }
  highlights.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    sourceId: source.id,
    file: source.file,
    line: passage.line,
    column: passage.column,
    quote: passage.text,
    ...(source.date ? { date: source.date } : {}),
    stance,
    highlights,
  };
}

function toConflict(finding: Finding, match: PartMatch, evidence: number, claimNegated: boolean): Conflict {
  if (finding.values) return { kind: finding.values.kind, claimValue: finding.values.claim, sourceValue: finding.values.source, evidence };
  if (finding.detector === "polarity") {
    // The same word, negated on one side: each value as its side says it.
    const not = (negated: boolean, text: string) => (negated ? `not ${text}` : text);
    return { kind: "polarity", claimValue: not(claimNegated, match.part.text), sourceValue: not(!claimNegated, match.text ?? ""), evidence };
  }
  // An opposite word ("poorly" for "well", "fell" for "rose") turns the claim round, as a negation does.
  const kind: FactKind = match.part.kind === "fact" ? match.part.fact!.kind : match.part.kind === "name" ? "name" : match.found === "opposite" ? "polarity" : "term";
  return {
    kind,
    claimValue: (match.claimFact ?? match.part.fact)?.display ?? match.part.text,
    sourceValue: match.fact?.ruledOut ? `not ${match.fact.display}` : match.fact?.display ?? match.text ?? "",
    evidence,
  };
}

function traceAtom(judgement: AtomJudgement): AtomTrace {
  const { passage } = judgement.alignment.view;
  const parts: PartTrace[] = judgement.alignment.parts.map((match) => ({
    part: match.part.text,
    role: match.part.role,
    found: match.found,
    ...(match.text !== undefined && match.found !== "missing" ? { evidence: match.text } : {}),
    ...(match.relation !== undefined && match.found !== "missing" ? { relation: match.relation } : {}),
  }));
  return {
    atom: judgement.atom.text,
    outcome: judgement.outcome,
    passage: { sourceId: passage.sourceId, line: passage.line, column: passage.column },
    parts,
    decidedBy: judgement.decisive?.detector ?? "all",
    why: judgement.decisive?.why ?? "every part found",
  };
}
