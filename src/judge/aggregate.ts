// Turns the stances of many passages into one verdict, with its evidence and one-line reason.
import type { Conflict, Evidence, Stance, Verdict } from "../types.js";
import type { Judgement } from "./judge-passage.js";

export const AGGREGATE_DEFAULTS = Object.freeze({
  /** Evidence entries reported per claim. */
  maxEvidence: 5,
  /** Conflicts reported per claim. */
  maxConflicts: 3,
  /** A newer source overrides an older one only if it weighs at least this share of it. */
  newerOverrides: 1,
});

export interface ClaimVerdict {
  verdict: Verdict;
  reason: string;
  evidence: Evidence[];
  conflicts: Conflict[];
}

export function aggregateVerdict(judgements: readonly Judgement[], settings = AGGREGATE_DEFAULTS): ClaimVerdict {
  const supports = strongestFirst(judgements.filter((j) => j.stance === "supports"));
  const contradicts = strongestFirst(judgements.filter((j) => j.stance === "contradicts"));
  const bestSupport = supports[0];
  const bestContradiction = contradicts[0];

  if (!bestSupport && !bestContradiction) return unsourced(judgements);

  let verdict: Verdict;
  let superseded: readonly Judgement[] = [];
  if (bestSupport && bestContradiction) {
    const supportDate = newestDate(supports);
    const contradictionDate = newestDate(contradicts);
    const newer = supportDate && contradictionDate && supportDate !== contradictionDate
      ? (contradictionDate > supportDate ? contradicts : supports)
      : undefined;
    const older = newer === supports ? contradicts : supports;
    if (newer && newer[0]!.strength >= settings.newerOverrides * older[0]!.strength) {
      // Where sources of different dates disagree about the same thing, the newer one stands.
      verdict = newer === contradicts ? "conflicting" : "supported";
      superseded = older.filter((j) => (j.source.date ?? "") < (newestDate(newer) ?? ""));
    } else {
      verdict = bestContradiction.strength > bestSupport.strength ? "conflicting" : "supported";
    }
  } else {
    verdict = bestSupport ? "supported" : "conflicting";
  }

  const primary = verdict === "supported" ? supports : contradicts;
  const secondary = verdict === "supported" ? contradicts : supports;
  const ordered = [...primary, ...secondary].slice(0, settings.maxEvidence);
  const evidence = ordered.map((j) => toEvidence(j, superseded.includes(j) ? "superseded" : stanceOf(j)));
  const conflicts = collectConflicts(ordered, settings.maxConflicts);
  const reason = verdict === "supported" ? supportedReason(ordered, evidence, superseded) : conflictingReason(ordered, evidence, conflicts, superseded);
  return { verdict, reason, evidence, conflicts };
}

function strongestFirst(judgements: Judgement[]): Judgement[] {
  return judgements.sort(
    (a, b) =>
      b.strength - a.strength ||
      (b.source.date ?? "").localeCompare(a.source.date ?? "") ||
      a.source.id.localeCompare(b.source.id) ||
      a.passage.index - b.passage.index,
  );
}

function newestDate(judgements: readonly Judgement[]): string | undefined {
  let newest: string | undefined;
  for (const j of judgements) if (j.source.date && (!newest || j.source.date > newest)) newest = j.source.date;
  return newest;
}

function stanceOf(judgement: Judgement): Stance {
  return judgement.stance === "contradicts" ? "contradicts" : "supports";
}

function toEvidence(judgement: Judgement, stance: Stance): Evidence {
  const { passage, source } = judgement;
  return {
    sourceId: source.id,
    file: source.file,
    line: passage.line,
    column: passage.column,
    quote: passage.text,
    ...(source.date ? { date: source.date } : {}),
    stance,
    score: Math.round(judgement.strength * 1000) / 1000,
  };
}

function collectConflicts(ordered: readonly Judgement[], max: number): Conflict[] {
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  ordered.forEach((judgement, evidence) => {
    for (const c of judgement.conflicts) {
      const key = `${c.kind}\u0000${c.claimValue}\u0000${c.sourceValue}`;
      if (seen.has(key) || conflicts.length >= max) continue;
      seen.add(key);
      conflicts.push({ kind: c.kind, claimValue: c.claimValue, sourceValue: c.sourceValue, evidence });
    }
  });
  return conflicts;
}

function place(evidence: Evidence): string {
  return `${evidence.sourceId}:${evidence.line}`;
}

function supportedReason(ordered: readonly Judgement[], evidence: readonly Evidence[], superseded: readonly Judgement[]): string {
  const first = evidence[0]!;
  const others = ordered.filter((j) => j.stance === "supports").length - 1;
  let reason = `stated by ${place(first)}${others > 0 ? ` and ${others} more passage${others > 1 ? "s" : ""}` : ""}`;
  const olderIndex = evidence.findIndex((e) => e.stance === "superseded");
  if (superseded.length > 0 && olderIndex >= 0) reason += `; older ${place(evidence[olderIndex]!)} (${evidence[olderIndex]!.date}) superseded`;
  else if (ordered.some((j) => j.stance === "contradicts")) reason += "; a weaker passage disagrees";
  return reason;
}

function conflictingReason(
  ordered: readonly Judgement[],
  evidence: readonly Evidence[],
  conflicts: readonly Conflict[],
  superseded: readonly Judgement[],
): string {
  const first = conflicts[0];
  const at = first ? evidence[first.evidence]! : evidence[0]!;
  let reason = first
    ? `${first.kind}: claim says ${first.claimValue} — ${place(at)} says ${first.sourceValue}`
    : `contradicted by ${place(at)}`;
  const older = evidence.find((e) => e.stance === "superseded");
  if (superseded.length > 0 && older) reason += `; older ${place(older)} (${older.date}) superseded`;
  else if (ordered.some((j) => j.stance === "supports")) reason += "; outweighs a weaker passage that agrees";
  return reason;
}

function unsourced(judgements: readonly Judgement[]): ClaimVerdict {
  const closest = [...judgements].sort((a, b) => b.coverage - a.coverage || a.source.id.localeCompare(b.source.id) || a.passage.index - b.passage.index)[0];
  if (!closest || closest.coverage === 0) {
    return { verdict: "unsourced", reason: "no source passage speaks to this claim", evidence: [], conflicts: [] };
  }
  const lacks = closest.missing.slice(0, 4).map((m) => `"${m}"`).join(", ");
  const percent = Math.round(closest.coverage * 100);
  return {
    verdict: "unsourced",
    reason: `no source passage states this; the closest, ${closest.source.id}:${closest.passage.line}, covers ${percent}% of it${lacks ? ` and lacks ${lacks}` : ""}`,
    evidence: [],
    conflicts: [],
  };
}
