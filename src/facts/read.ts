// Reads the facts of a text from its tokens: each kind is tried, in the registry's order, only at
// tokens it can start at, and a token belongs to one fact at most, so a long text is read in
// one pass. Around what a kind finds, the words before it are read: a hedge that widens an
// amount ("more than", "nearly") and a correction that rules a value out ("not 12").
import type { DateBound, Fact, FactKind, StatedAmount, Token } from "../types.js";
import { dayInterval } from "./calendar.js";
import { describe } from "./describe.js";
import type { FactContext, FactText } from "./fact-text.js";
import { intervalOf, NEGATED_HEDGE, type Interval } from "./interval.js";
import type { FactDraft, FactKindDefinition, KindReader } from "./kind.js";
import { FACT_KINDS, kindOf } from "./registry.js";
import { changeBefore, changeBy, changeFrom, changeTo, firstPhraseBefore, movedFrom, tableBefore } from "./phrase.js";
import type { FactVocabulary } from "./vocabulary.js";

export interface FactReading {
  /** Leftmost first. */
  readonly facts: Fact[];
  /** Indices of the tokens that belong to a fact, hedges and corrections included. */
  readonly consumed: ReadonlySet<number>;
}

/** How far apart a ruled-out number and the amount it stands in for may be: "10 miles, not 12". */
const CORRECTION_REACH = 4;

export function readFacts(tokens: readonly Token[], vocabulary: FactVocabulary, context: FactContext = {}): FactReading {
  const text: FactText = { tokens, vocabulary, context };
  const readers = FACT_KINDS.map((definition) => ({ definition, reader: definition.open(text) }));
  const plain = readers.filter(({ definition }) => PLAIN_KINDS.has(definition.kinds[0]!));
  const facts: Fact[] = [];
  const consumed = new Set<number>();
  // The first token not yet in a fact: nothing is read twice, and nothing behind it again.
  let free = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < free) continue;
    const found = firstDraft(figureOfName(tokens, i, free) ? plain : readers, i, free);
    if (!found) continue;
    const { fact, from } = finish(text, found.definition, found.draft, free);
    facts.push(fact);
    for (let t = from; t <= fact.lastToken; t++) consumed.add(t);
    free = fact.lastToken + 1;
    i = free - 1;
  }
  adoptNeighbours(facts, tokens, vocabulary);
  parallelChanges(facts, tokens, vocabulary);
  return { facts, consumed };
}

/**
 * A figure written right after a name that no fact took is the name's ("Kestrel 360", "Boeing
 * 737", "Apollo 11"): a plain number, the model or the mission, or the year of an event ("Rio
 * 2016"), not a count of what follows it ("Kestrel 360 seats" counts no seats). A date's month
 * ("March 3") or a rank's mark ("No. 4") is read as that fact before the figure is reached.
 */
/** The kinds a figure of a name may be. */
const PLAIN_KINDS: ReadonlySet<FactKind> = new Set(["number", "year"]);

function figureOfName(tokens: readonly Token[], i: number, free: number): boolean {
  const [name, figure] = [tokens[i - 1], tokens[i]!];
  if (!name || i - 1 < free || name.kind !== "word" || name.pos !== "PROPN" || !name.capitalized) return false;
  return figure.kind === "number" && figure.spaced && /^\d+$/.test(figure.norm);
}

function firstDraft(
  readers: readonly { definition: FactKindDefinition; reader: KindReader }[],
  i: number,
  free: number,
): { definition: FactKindDefinition; draft: FactDraft } | undefined {
  for (const { definition, reader } of readers) {
    if (!reader.startsAt(i)) continue;
    const draft = reader.read(i);
    if (draft && draft.first >= free && draft.next > i) return { definition, draft };
  }
  return undefined;
}

/** The fact, and the first token it takes: a correction before it ("not 12") is its own. */
function finish(text: FactText, definition: FactKindDefinition, draft: FactDraft, free: number): { fact: Fact; from: number } {
  const { tokens, vocabulary } = text;
  let first = draft.first;
  let stated = draft.stated;
  const hedge = definition.amount && stated && !stated.hedge ? hedgeBefore(tokens, first, vocabulary) : undefined;
  if (stated && hedge && hedge.first >= free) {
    stated = { ...stated, hedge: hedge.value };
    first = hedge.first;
  }
  // "before 2029", "before 7 a.m.": a date or a time that bounds the days or minutes it allows.
  const found = (draft.date && !draft.date.relative) || draft.kind === "time" ? tableBefore(tokens, first, vocabulary.dateBounds) : undefined;
  const bound = found && found.first >= free ? { value: found.value, negated: tokens[found.first]!.negated } : undefined;
  if (bound) first = found!.first;
  const onset = draft.date !== undefined && !bound && firstPhraseBefore(tokens, first, vocabulary.dateStarts) !== undefined;
  // "rather than within the three days": a correction before a hedge rules the hedged amount
  // out; a negation that turns the hedge over ("not more than 12") is the hedge's.
  const correction = first === draft.first || !tokens[first]!.negated ? correctionBefore(tokens, first, vocabulary) : undefined;
  const ruledOut = correction !== undefined && correction.first >= free;
  // "up from 39 percent", "from 10 to 12": where a change starts. (A date after "from" starts a
  // period, which it still dates, unless a word of change comes right before: "moved from 26 April".)
  const dated = draft.kind === "date" || draft.kind === "year";
  const origin = dated ? movedFrom(tokens, first - 1, draft.next, vocabulary) : changeFrom(tokens, first - 1, draft.next, vocabulary);
  const reached = !origin && changeTo(tokens, first - 1, vocabulary);
  const delta = !origin && !reached && !dated && changeBy(tokens, first, vocabulary);
  const last = draft.next - 1;
  const fact: Fact = {
    kind: draft.kind,
    unit: draft.unit,
    ...bounded(intervalFor(stated, draft, definition, vocabulary), bound),
    ...(stated ? { stated } : {}),
    ...(draft.date ? { date: { ...draft.date } } : {}),
    ...(ruledOut ? { ruledOut: true } : {}),
    ...(origin ? { origin: true } : {}),
    ...(reached ? { reached: true } : {}),
    ...(delta ? { delta: true } : {}),
    ...(draft.predicate ? { predicate: true } : {}),
    ...(bound ? { bound: bound.value, ...(bound.negated ? { boundNegated: true } : {}) } : {}),
    ...(onset ? { onset: true } : {}),
    display: "",
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    firstToken: first,
    lastToken: last,
  };
  fact.display = fact.date?.relative ? spanWords(tokens, first, last) : describe(fact, vocabulary);
  if (fact.bound) fact.display = `${fact.boundNegated ? `${vocabulary.corrections[0]!.join(" ")} ` : ""}${vocabulary.dateBoundWords.get(fact.bound)} ${fact.display}`;
  return { fact, from: ruledOut ? correction.first : first };
}

/** A correction right before the value, or before an article the value follows ("rather than the 40"). */
function correctionBefore(tokens: readonly Token[], first: number, vocabulary: FactVocabulary): { first: number } | undefined {
  const right = firstPhraseBefore(tokens, first, vocabulary.corrections);
  if (right || first === 0 || !vocabulary.correctedArticles.has(tokens[first - 1]!.norm)) return right;
  return firstPhraseBefore(tokens, first - 1, vocabulary.corrections);
}

/** The days a bound allows: before the first day, or after the last; under a negation, the rest. */
function bounded(interval: Interval, bound: { value: DateBound; negated: boolean } | undefined): Interval {
  if (bound === undefined || !Number.isFinite(interval.low) || !Number.isFinite(interval.high)) return interval;
  const earlier = (bound.value === "before") !== bound.negated;
  if (bound.value === "before") {
    return earlier ? { low: Number.NEGATIVE_INFINITY, high: interval.low, highOpen: true } : { low: interval.low, high: Number.POSITIVE_INFINITY };
  }
  return earlier ? { low: Number.NEGATIVE_INFINITY, high: interval.high } : { low: interval.high, lowOpen: true, high: Number.POSITIVE_INFINITY };
}

/** A hedge just before the amount; under a negation it turns over ("did not exceed 40"). */
function hedgeBefore(tokens: readonly Token[], first: number, vocabulary: FactVocabulary): { first: number; value: StatedAmount["hedge"] & {} } | undefined {
  const found = tableBefore(tokens, first, vocabulary.hedges);
  if (!found) return undefined;
  // "was revised up to 72 percent", "went up to 5": a word of change opening the hedge, right
  // after a verb of change, is that verb's, and the value is where the change goes.
  const opening = tokens[found.first]!;
  if (vocabulary.ranges.changes.has(opening.norm) && changeBefore(tokens, found.first, vocabulary)) return undefined;
  const turned = tokens[found.first]!.negated ? NEGATED_HEDGE[found.value] : undefined;
  return { first: found.first, value: turned ?? found.value };
}

function intervalFor(stated: StatedAmount | undefined, draft: FactDraft, definition: FactKindDefinition, vocabulary: FactVocabulary): Interval {
  if (stated) return openness(intervalOf(stated, vocabulary.hedgeTolerance, definition.least));
  if (draft.date) return dayInterval(draft.date);
  return { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
}

/** Only open bounds are marked, so closed intervals carry no flags. */
function openness(interval: Interval): Interval {
  const { low, high, lowOpen, highOpen } = interval;
  return { low, high, ...(lowOpen ? { lowOpen } : {}), ...(highOpen ? { highOpen } : {}) };
}

/**
 * A bare number stands for the amount beside it where the text leaves the unit to it: in "10
 * miles, not 12" the 12 is miles, so a claim of 12 miles meets the value the text rules out;
 * in "from six years to four" the four is years.
 */
function adoptNeighbours(facts: Fact[], tokens: readonly Token[], vocabulary: FactVocabulary): void {
  // The last count read, in the sentence being read.
  let counted: Fact | undefined;
  facts.forEach((fact, k) => {
    if (counted && sentenceEndBetween(tokens, counted.lastToken, fact.firstToken, vocabulary)) counted = undefined;
    if (fact.kind === "count") counted = fact;
    if (fact.kind !== "number" || fact.unit !== "" || !fact.stated) return;
    const before = facts[k - 1];
    const after = facts[k + 1];
    const near = (other: Fact | undefined, gap: number) => other && !other.ruledOut && other.stated && other.kind !== "number" && gap <= CORRECTION_REACH;
    const changedTo = before?.origin === true && before.kind !== "number" && before.stated !== undefined && fact.firstToken === before.lastToken + 2 && vocabulary.ranges.joiners.has(tokens[before.lastToken + 1]!.norm);
    // "About 18,000 runners started, and 17,240 finished": a number joined on as the doer of a
    // verb of its own counts what the count before it counts.
    const elided =
      counted?.stated?.noun !== undefined && !counted.ruledOut && !fact.ruledOut &&
      tokens[fact.firstToken - 1]?.pos === "CCONJ" && (tokens[fact.lastToken + 1]?.pos === "VERB" || tokens[fact.lastToken + 1]?.pos === "AUX");
    let neighbour: Fact | undefined;
    if (changedTo) neighbour = before;
    else if (elided) neighbour = counted;
    // "31 people were injured, not 23": a value ruled out after a count of the same sentence,
    // with no other value between, is a count of the same.
    else if (fact.ruledOut) neighbour = near(before, fact.firstToken - (before?.lastToken ?? 0)) ? before : near(after, (after?.firstToken ?? 0) - fact.lastToken) ? after : before !== undefined && before === counted && !before.ruledOut ? before : undefined;
    if (!neighbour?.stated) return;
    const definition = kindOf(neighbour.kind)!;
    const noun = neighbour.stated.noun;
    const stated = definition.restate?.(fact.stated, neighbour, vocabulary) ?? { ...fact.stated, ...(noun !== undefined ? { noun } : {}) };
    const adopted: Fact = { ...fact, kind: neighbour.kind, unit: neighbour.unit, stated };
    delete adopted.lowOpen;
    delete adopted.highOpen;
    Object.assign(adopted, openness(intervalOf(stated, vocabulary.hedgeTolerance, definition.least)));
    adopted.display = describe(adopted, vocabulary);
    facts[k] = adopted;
  });
}

/** Whether a sentence ends between two tokens. */
function sentenceEndBetween(tokens: readonly Token[], from: number, to: number, vocabulary: FactVocabulary): boolean {
  for (let t = from + 1; t < to; t++) if (vocabulary.sentenceEnds.has(tokens[t]!.norm)) return true;
  return false;
}

/**
 * A value set beside a change as the same measure of something else is a change too: "had
 * fallen by 18% in the orvatinib group, compared with 29% in the placebo group".
 */
function parallelChanges(facts: Fact[], tokens: readonly Token[], vocabulary: FactVocabulary): void {
  facts.forEach((fact, k) => {
    const before = facts[k - 1];
    if (!before?.delta || fact.delta || fact.origin || fact.reached || fact.kind !== before.kind) return;
    const phrase = firstPhraseBefore(tokens, fact.firstToken, vocabulary.parallels);
    if (phrase && phrase.first > before.lastToken) facts[k] = { ...fact, delta: true };
  });
}

/** The words of a span as written, lower case: how a date counted from no given day is shown ("next year"). */
function spanWords(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.norm).join(" ");
}
