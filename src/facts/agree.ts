// Whether an evidence fact bears out a claim's. The evidence agrees when every value it allows
// is one the claim allows (claim "more than 40 people", evidence "43 people"); it conflicts when
// the two cannot both hold; it leaves the claim unresolved when they overlap without the
// evidence settling it (claim "43", evidence "more than 40"). Facts about different kinds of
// thing (another kind, another unit) are not compared.
import type { Fact } from "../types.js";
import { weekdayOf } from "./calendar.js";

export type Agreement = "agree" | "conflict" | "unresolved";

export function agree(claim: Fact, evidence: Fact): Agreement | undefined {
  if (claim.ruledOut) return undefined;
  // The old value of a change ("up from 39 percent") is compared only with a claim's old value.
  if ((claim.origin === true) !== (evidence.origin === true)) return undefined;
  // So is how much a change changed ("rose 6 percent") only with a claim's change.
  if ((claim.delta === true) !== (evidence.delta === true)) return undefined;
  const dated = isDated(claim) && isDated(evidence);
  if (!dated && !sameKind(claim, evidence)) return undefined;
  // "10 miles, not 12" refutes a claim of 12 miles, and says nothing of "more than 10 miles".
  if (evidence.ruledOut) return within(claim, evidence) ? "conflict" : undefined;
  const agreement = dated ? compareDates(claim, evidence) : compareIntervals(claim, evidence);
  // When a state began ("has led the unit since 2017") is contradicted only by when it began:
  // the day something else happened ("was reinstated on 22 April") is no start.
  return agreement === "conflict" && claim.onset === true && evidence.onset !== true ? undefined : agreement;
}

/**
 * Facts measure the same kind of thing when kind and unit agree, or when a bare number stands
 * against an age as what its clause says its subject is, or against a count as the value a change
 * goes to: "Ortiz, who chairs the council, is 52" read without its subject is an age, and "the
 * death toll has risen to five" counts the dead. Elsewhere a bare number ("on Route 5", "all 23
 * of its shops") says nothing of what it counts.
 */
function sameKind(a: Fact, b: Fact): boolean {
  if (a.kind === b.kind) return a.unit === b.unit;
  const bare = (f: Fact) => f.kind === "number" && f.unit === "";
  const stands = (number: Fact, other: Fact) => bare(number) && ((other.kind === "age" && number.predicate === true) || (other.kind === "count" && number.reached === true));
  return stands(a, b) || stands(b, a);
}

function isDated(fact: Fact): boolean {
  return fact.kind === "date" || fact.kind === "year";
}

function compareIntervals(claim: Fact, evidence: Fact): Agreement {
  if (disjoint(claim, evidence)) return "conflict";
  // Two ranges each written as two numbers state both ends: "aged 50 to 85" is not "aged 60 to
  // 85", though every age in the one is in the other.
  if (claim.stated?.between && evidence.stated?.between && !claim.stated.hedge && !evidence.stated.hedge) {
    return claim.stated.value === evidence.stated.value && claim.stated.through === evidence.stated.through ? "agree" : "conflict";
  }
  // A ceiling is an estimate of how many: "up to 6,000 jobs" misstates "up to 600 jobs",
  // though every value of the one is a value of the other.
  if (claim.stated?.hedge === "atMost" && evidence.stated?.hedge === "atMost" && claim.stated.value !== evidence.stated.value) return "conflict";
  return within(evidence, claim) ? "agree" : "unresolved";
}

type Bounds = Pick<Fact, "low" | "high" | "lowOpen" | "highOpen">;

/** Whether every value of `inner` is a value of `outer`. */
function within(inner: Bounds, outer: Bounds): boolean {
  const lowInside = inner.low > outer.low || (inner.low === outer.low && (!outer.lowOpen || inner.lowOpen === true));
  const highInside = inner.high < outer.high || (inner.high === outer.high && (!outer.highOpen || inner.highOpen === true));
  return lowInside && highInside;
}

function disjoint(a: Bounds, b: Bounds): boolean {
  const below = (x: Bounds, y: Bounds) => x.high < y.low || (x.high === y.low && (x.highOpen === true || y.lowOpen === true));
  return below(a, b) || below(b, a);
}

const DATE_PARTS = ["year", "month", "day", "weekday", "dayPart"] as const;

/**
 * Dates conflict when a part both give differs, or when the days they cover do not meet. The
 * evidence agrees when its days lie within the claim's, or, without years to place them,
 * when it gives every part the claim gives: "in July" does not settle "July 19".
 */
function compareDates(claim: Fact, evidence: Fact): Agreement {
  // "before 2029" against a date: only the days each allows are compared. Two bounds of one kind
  // compare as the dates they name ("before 2030" is not "before 2028").
  const sameBound = claim.bound === evidence.bound && claim.boundNegated === evidence.boundNegated;
  if (!sameBound) return Number.isFinite(claim.low) || Number.isFinite(claim.high) ? compareIntervals(claim, evidence) : "unresolved";
  // "next year" counted from no given day is the same as another "next year", and settles nothing else.
  const claimCount = claim.date?.relative;
  const evidenceCount = evidence.date?.relative;
  if (claimCount || evidenceCount) {
    return claimCount && evidenceCount && claimCount.level === evidenceCount.level && claimCount.offset === evidenceCount.offset ? "agree" : "unresolved";
  }
  const c = withWeekday(claim.date ?? {});
  const e = withWeekday(evidence.date ?? {});
  for (const part of DATE_PARTS) {
    if (c[part] !== undefined && e[part] !== undefined && c[part] !== e[part]) return "conflict";
  }
  // "Saturday afternoon" does not settle "Saturday morning".
  if (c.dayPart !== undefined && e.dayPart === undefined) return "unresolved";
  const placed = Number.isFinite(claim.low) && Number.isFinite(evidence.low);
  if (placed) {
    if (disjoint(claim, evidence)) return "conflict";
    if (within(evidence, claim)) return "agree";
  }
  const covered = DATE_PARTS.every((part) => c[part] === undefined || e[part] !== undefined);
  return !placed && covered ? "agree" : "unresolved";
}

/** A full date states its weekday too: "Tuesday" is borne out by "July 15, 2025". */
function withWeekday(date: NonNullable<Fact["date"]>): NonNullable<Fact["date"]> {
  const { year, month, day } = date;
  if (date.weekday !== undefined || year === undefined || month === undefined || day === undefined) return date;
  return { ...date, weekday: weekdayOf(year, month, day) };
}
