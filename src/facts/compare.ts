// Decides whether two facts speak of the same thing and, if so, whether they agree.
import type { Fact } from "../types.js";

export type Comparison =
  | { status: "agree"; fact: Fact }
  | { status: "conflict"; fact: Fact }
  | { status: "missing" };

/**
 * Compares a claim's fact with the facts of a passage. Where the passage holds several of the
 * same kind ("a 100% on Rotten Tomatoes, while the Popcornmeter holds 77%"), the ones whose
 * surroundings share most with the claim are compared (`relevance`); among those, any agreeing
 * one settles it.
 */
export function compareFact(claimFact: Fact, passageFacts: readonly Fact[], relevance: (fact: Fact) => number = () => 0): Comparison {
  // One pass: the first of the most relevant comparable facts, and the first of those that agrees.
  let best = Number.NEGATIVE_INFINITY;
  let closest: Fact | undefined;
  let agreeing: Fact | undefined;
  for (const fact of passageFacts) {
    const agrees = factsAgree(claimFact, fact);
    if (agrees === undefined) continue;
    const score = relevance(fact);
    if (closest === undefined || score > best) {
      best = score;
      closest = fact;
      agreeing = agrees ? fact : undefined;
    } else if (score === best && agrees && !agreeing) {
      agreeing = fact;
    }
  }
  if (!closest) return { status: "missing" };
  return agreeing ? { status: "agree", fact: agreeing } : { status: "conflict", fact: closest };
}

/** true, false, or undefined when the two facts are not about the same kind of thing. */
export function factsAgree(a: Fact, b: Fact): boolean | undefined {
  if (isDated(a) && isDated(b)) return datesAgree(a, b);
  if (a.kind !== b.kind || a.unit !== b.unit) return undefined;
  return intervalsOverlap(a, b);
}

/** Two ranges agree when they share more than an edge ("9" is 8.5–9.5, "10" is 9.5–10.5). */
function intervalsOverlap(a: Fact, b: Fact): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  return low === high && (a.low === a.high || b.low === b.high);
}

function isDated(fact: Fact): boolean {
  return fact.kind === "date" || fact.kind === "year";
}

/**
 * Dates conflict when a part both state differs. They agree only when the second states every
 * part the first does: "in July" neither confirms nor refutes "July 19".
 */
function datesAgree(a: Fact, b: Fact): boolean | undefined {
  const x = a.date ?? {};
  const y = b.date ?? {};
  let compared = false;
  let covered = true;
  for (const part of ["year", "month", "day"] as const) {
    const p = x[part];
    const q = y[part];
    if (p !== undefined && q === undefined) covered = false;
    if (p === undefined || q === undefined) continue;
    if (p !== q) return false;
    compared = true;
  }
  return compared && covered ? true : undefined;
}
