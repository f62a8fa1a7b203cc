// Facts: each value of the atom must agree with the passage's value in the same slot. Where
// they differ, the passage contradicts the claim, unless it speaks of another instance: a
// value that says which one ("season 2") or when ("in 2024") differs along with the measured
// values, or the passage names an instance the claim does not ("Season 2 premiered …").
import type { Analysis, Fact, FactKind } from "../../types.js";
import type { Language } from "../../language/language.js";
import { rulesOutClaimed, TIMES, WHEN, type Alignment, type PartMatch } from "../align.js";
import { agree as compareFacts } from "../../facts/agree.js";
import type { Detector, Finding } from "./detector.js";
import type { ClaimView } from "../view.js";

/** Kinds that say which instance or when, rather than measure it. */
const IDENTIFYING: ReadonlySet<FactKind> = new Set(["ordinal", "date", "year", "years"]);
/** Kinds that say which instance: a passage naming one the claim does not speaks of another. */
const WHICH: ReadonlySet<FactKind> = new Set(["ordinal"]);

export const facts: Detector = {
  name: "facts",
  detect(alignment, { claim }) {
    const matches = alignment.parts.filter((m) => m.part.kind === "fact");
    if (matches.length === 0) return [];
    const identifies = (m: PartMatch) => IDENTIFYING.has(m.part.fact!.kind);
    // A passage value another value of the claim agrees with is that one's, where the passage
    // gives no other of its kind: "total pay of $11.8 million … included a bonus of $3 million"
    // against "$11.8 million" gives no bonus ("won 7-6 6-4" against "won 6-4 6-3" still has 6-3).
    const others = (m: PartMatch) => (m.sentence?.analysis.facts ?? []).some((f) => f !== m.fact && f.kind === m.fact!.kind && !matches.some((o) => o.fact === f));
    const taken = (m: PartMatch) => matches.some((other) => other !== m && other.found === "here" && other.fact === m.fact) && !others(m);
    const conflicts = matches.filter((m) => m.found === "other" && !taken(m));
    const missing = matches.filter((m) => m.found === "missing" || (m.found === "other" && taken(m)));
    const findings: Finding[] = missing.map((match) => ({
      detector: "facts",
      effect: "lacks",
      why: match.fact ? `gives ${match.text}, which does not settle ${match.claimFact?.display ?? match.part.text}` : `gives no ${describeKind(match.part.fact!)} for ${match.part.text}`,
      match,
    }));
    // A count the passage gives as the whole of which a part did it ("61 of the orchestra's 74
    // players signed") is not the count of those who did, for or against, unless the claim gives
    // it so too.
    const wholes = matches.flatMap((match) => {
      if ((match.found !== "here" && match.found !== "other") || !match.fact || !match.sentence || partOf(claim.analysis, match.part.fact!, claim.language)) return [];
      const part = partOf(match.sentence.analysis, match.fact, claim.language);
      return part ? [{ detector: "facts", effect: "lacks", why: `gives ${match.text} as the whole, of which ${part}`, match } satisfies Finding] : [];
    });
    if (wholes.length > 0) return [...findings, ...wholes];
    if (conflicts.length === 0) return findings;
    // The time of the opposite event is another time: "a meeting that began at 6.30 p.m." says
    // nothing of when it ended.
    const opposite = alignment.parts.find((m) => m.part.role === "relation" && m.found === "opposite" && m.relation === "opposite");
    if (opposite && conflicts.every((m) => WHEN.has(m.part.fact!.kind))) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${conflicts[0]!.text} for "${opposite.text}", not for "${opposite.part.text}"`, match: conflicts[0]! });
      return findings;
    }

    // A value of something another name owns ("overturning Okonkwo-Reyes's 12-vote victory") is
    // not the value of the claim's, which names no such owner.
    const owned = conflicts.map((m) => [m, ownerOf(m, claim)] as const).find(([, owner]) => owner !== undefined);
    if (owned) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${owned[0].text} as ${owned[1]}'s`, match: owned[0] });
      return findings;
    }

    // A value of the city council's is not the island council's.
    const another = anotherOfItsKind(alignment, claim.analysis);
    if (another) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${conflicts[0]!.text} of the ${another}, another than the claim's`, match: conflicts[0]! });
      return findings;
    }

    // A passage that does not say which one ("Season 2") is not shown to speak of the claim's.
    const unsaidWhich = matches.find((m) => WHICH.has(m.part.fact!.kind) && m.found !== "here" && m.found !== "other");
    if (unsaidWhich) {
      findings.push({ detector: "facts", effect: "lacks", why: `does not say it is ${unsaidWhich.part.text}`, match: unsaidWhich });
      return findings;
    }
    const measured = matches.filter((m) => !identifies(m));
    const otherInstance = conflicts.some(identifies) && measured.length > 0 && !measured.every((m) => m.found === "here");
    const claimFacts = matches.map((m) => m.claimFact ?? m.part.fact!);
    // An instance the passage names in the clause of the value it gives ("Season 2 premiered on …").
    const { analysis } = alignment.view;
    const clauses = new Set(conflicts.flatMap((m) => (m.tokens ? [analysis.clauseOf[m.tokens[0]!]!] : [])));
    const verb = alignment.parts.find((m) => m.part.role === "relation" && m.sentence === alignment.view)?.tokens?.[0];
    const extra = analysis.facts.find(
      (f) => WHICH.has(f.kind) && clauses.has(analysis.clauseOf[f.firstToken]!) && saysWhichOf(analysis, f, verb) && !claimFacts.some((c) => compareFacts(c, f) !== undefined),
    );
    if (otherInstance || extra) {
      const which = extra ? alignment.view.analysis.text.slice(extra.start, extra.end) : conflicts.find(identifies)!.text;
      findings.push({ detector: "facts", effect: "lacks", why: `speaks of ${which}, another instance than the claim's`, match: conflicts[0]! });
      return findings;
    }
    // A figure holds at a time: one the claim gives for a time the passage does not say ("4,000
    // visitors in March" against "6,500 visitors", said of another span) may be the figure for
    // another time; not where it rules out the claim's figure ("at 6:05 a.m., not 5:15 a.m.").
    const unsaidWhen = matches.find((m) => TIMES.has(m.part.fact!.kind) && m.found === "missing");
    if (unsaidWhen && measured.some((m) => m.found === "other") && !conflicts.some(rulesOutClaimed)) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${measured.find((m) => m.found === "other")!.text}, but not for ${unsaidWhen.part.text}`, match: unsaidWhen });
      return findings;
    }
    // A figure holds over a scope: one the claim gives "worldwide" against one the passage gives
    // without saying so ("took $94 million in North America") may be the figure for another; not
    // where it rules out the claim's figure.
    const unsaidScope = alignment.parts.find((m) => m.part.kind === "word" && m.found === "missing" && claim.language.roles(claim.analysis.tokens[m.part.tokens[0]!]!).has("scope"));
    if (unsaidScope && measured.some((m) => m.found === "other") && !conflicts.some(rulesOutClaimed)) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${measured.find((m) => m.found === "other")!.text}, but not ${unsaidScope.part.text}`, match: unsaidScope });
      return findings;
    }
    // A share is a share of something: "82 percent of the hospital's nurses" against "87 percent
    // backed the strike", said of another group, may be another share.
    const unsaidWhole = conflicts.map((m) => wholeOf(m, alignment, claim.analysis, claim.language)).find((m) => m !== undefined);
    if (unsaidWhole) {
      const share = conflicts.find((m) => m.part.fact!.kind === "percent")!;
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${share.text}, but not of ${unsaidWhole.part.text}`, match: unsaidWhole });
      return findings;
    }
    // A date is the date of an event: another date is no contradiction where the passage does not
    // tell of the same event (its verb, or a word for it, found), only of something else that day.
    const event = alignment.parts.find((m) => m.part.kind === "word" && m.found === "missing" && isEventWord(m, claim.analysis));
    const dated = conflicts.filter((m) => m.part.fact!.kind === "date" || m.part.fact!.kind === "year");
    if (event && dated.length === conflicts.length) {
      findings.push({ detector: "facts", effect: "lacks", why: `gives ${dated[0]!.text}, but does not say "${event.part.text}" happened then`, match: dated[0]! });
      return findings;
    }
    // What did not happen at one time may happen at another: "will not be sold this year" says
    // nothing of next year, for or against.
    if (dated.length === conflicts.length && deniedAtOneTime(alignment)) {
      findings.push({ detector: "facts", effect: "lacks", why: `says "not" of ${dated[0]!.text}, which says nothing of ${dated[0]!.part.text}`, match: dated[0]! });
      return findings;
    }
    for (const match of conflicts) {
      const claimed = match.claimFact ?? match.part.fact!;
      const why = match.fact!.ruledOut
        ? `${describeKind(claimed)}: the passage rules out ${claimed.display}`
        : `${describeKind(claimed)}: claim says ${claimed.display}, the passage says ${match.fact!.display}`;
      // The same value of what other names count ("the first Labour mayor" against "the first
      // Green mayor"): each side as written.
      const named = claimed.display === match.fact!.display && !match.fact!.ruledOut;
      const values = named ? { values: { kind: claimed.kind, claim: match.part.text, source: match.text ?? "" } } : {};
      findings.push({ detector: "facts", effect: "contradicts", why: named ? `${describeKind(claimed)}: claim says ${match.part.text}, the passage says ${match.text}` : why, match, ...values });
    }
    return findings;
  },
};

/**
 * Whether an ordinal says which one the relation is of: one in its subject ("Season 2
 * premiered") or its object ("premiered its second season"), not one behind a preposition or
 * another verb after it ("won the prize for its second volume", "before publishing her first novel").
 */
function saysWhichOf(sentence: Analysis, ordinal: Fact, verb: number | undefined): boolean {
  if (verb === undefined || ordinal.firstToken < verb) return true;
  for (let i = verb + 1; i < ordinal.firstToken; i++) {
    const pos = sentence.tokens[i]!.pos;
    if (pos === "ADP" || pos === "VERB" || pos === "SCONJ") return false;
  }
  return true;
}

/**
 * The name that owns the phrase a passage's value stands in, where the claim does not name it:
 * "Okonkwo-Reyes" of "Okonkwo-Reyes's 12-vote victory" (describing words may stand between).
 */
function ownerOf(match: PartMatch, claim: ClaimView): string | undefined {
  if (!match.fact || !match.sentence) return undefined;
  const sentence = match.sentence.analysis;
  let t = match.fact.firstToken - 1;
  while (t > 0 && sentence.tokens[t]!.pos === "ADJ") t--;
  if (t < 1 || !claim.language.roles(sentence.tokens[t]!).has("possessive")) return undefined;
  const name = sentence.names[sentence.nameOf[t - 1]!];
  if (!name) return undefined;
  const claimWords = new Set(claim.analysis.names.flatMap((n) => n.words));
  return name.words.some((word) => claimWords.has(word)) ? undefined : sentence.text.slice(sentence.tokens[name.first]!.start, sentence.tokens[name.last]!.end);
}

/**
 * The part said before a count given as its whole: "61" in "61 of the orchestra's 74 players".
 * Between the partitive word and the count only an article, an owner and describing words.
 */
function partOf(sentence: Analysis, fact: Fact, language: Language): string | undefined {
  if (fact.kind !== "count" && fact.kind !== "number") return undefined;
  const { tokens } = sentence;
  let t = fact.firstToken - 1;
  while (t > 0 && sentence.factOf[t]! < 0 && ["DET", "PART", "NOUN", "PROPN", "ADJ"].includes(tokens[t]!.pos) && !language.roles(tokens[t]!).has("partitive")) t--;
  if (t < 1 || !language.roles(tokens[t]!).has("partitive")) return undefined;
  const before = sentence.facts[sentence.factOf[t - 1]!];
  if (!before || (before.kind !== "number" && before.kind !== "count")) return undefined;
  return sentence.text.slice(before.start, before.end);
}

/**
 * What a share the claim gives is a share of, where the passage does not say it: the noun after
 * the word that follows a percentage to say of what ("82 percent of the hospital's 1,400 nurses": nurses).
 */
function wholeOf(match: PartMatch, alignment: Alignment, claim: Analysis, language: Language): PartMatch | undefined {
  const fact = match.part.fact!;
  const after = claim.tokens[fact.lastToken + 1];
  if (fact.kind !== "percent" || !after || !language.roles(after).has("partitive")) return undefined;
  let head: number | undefined;
  for (let t = fact.lastToken + 2; t < claim.tokens.length; t++) {
    const token = claim.tokens[t]!;
    if (token.pos === "NOUN") head = t;
    // An owner before the noun ("the hospital's nurses") is not what the share is of.
    else if (language.roles(token).has("possessive")) head = undefined;
    else if (head !== undefined || !(token.pos === "DET" || token.pos === "ADJ" || token.pos === "PART" || token.pos === "PROPN" || token.pos === "NUM" || claim.factOf[t]! >= 0)) break;
  }
  if (head === undefined) return undefined;
  // The noun, or a count of it ("1,400 nurses").
  return alignment.parts.find((m) => m !== match && m.part.tokens.includes(head!) && m.found === "missing");
}

/** The claim or the passage denies its relation (the passage's polarity differs, or both deny). */
function deniedAtOneTime(alignment: Alignment): boolean {
  const relation = alignment.parts.find((m) => m.part.role === "relation");
  return alignment.atom.negated || (relation?.found === "opposite" && relation.relation !== "opposite");
}

/** Whether the passage gives another time than the claim's: a date or year of the claim that differs. */
export function anotherTime(alignment: Alignment): boolean {
  return alignment.parts.some((m) => m.found === "other" && m.part.kind === "fact" && (m.part.fact!.kind === "date" || m.part.fact!.kind === "year"));
}

/**
 * Another thing of the claim's kind: the passage has another noun before the head the claim has
 * one before ("the city council" where the claim says "the island council"), so what it says
 * of it is not said of the claim's, for or against.
 */
export function anotherOfItsKind(alignment: Alignment, claim: Analysis): string | undefined {
  const { tokens, factOf, nameOf } = alignment.view.analysis;
  for (const m of alignment.parts) {
    if (m.part.kind !== "word" || m.part.role === "relation" || m.found !== "missing" || m.part.tokens.length !== 1) continue;
    const at = m.part.tokens[0]!;
    if (claim.tokens[at]!.pos !== "NOUN") continue;
    const head = alignment.parts.find((h) => h.part.kind === "word" && h.part.tokens[0] === at + 1 && h.found === "here" && h.sentence === alignment.view && h.tokens?.length === 1);
    const place = head?.tokens![0];
    if (place === undefined || place === 0) continue;
    const before = tokens[place - 1]!;
    if (before.pos === "NOUN" && before.content && factOf[place - 1]! < 0 && nameOf[place - 1]! < 0) return `${before.raw} ${tokens[place]!.raw}`;
  }
  return undefined;
}

/** A word of the claim that tells what happened: its relation, or any word of the atom but a noun (nouns say what it happened to). */
function isEventWord(match: PartMatch, claim: Analysis): boolean {
  const pos = claim.tokens[match.part.tokens[0]!]!.pos;
  return match.part.role === "relation" || (pos !== "NOUN" && pos !== "PROPN");
}

function describeKind(fact: Fact): string {
  return fact.kind === "count" || fact.kind === "number" ? "figure" : fact.kind;
}
