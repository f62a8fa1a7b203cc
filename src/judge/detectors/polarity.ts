// Polarity: the same relation, negated in the passage and not in the claim or the other way
// round ("was not looking" against "was looking"), contradicts it, as does a verb refused
// ("refused to approve"). So does a part the passage sets inside a negation its relation stands
// outside of: "funded by savings, not by cutting services" rules out "funded by cutting services".
import type { Analysis, Token } from "../../types.js";
import type { Language } from "../../language/language.js";
import { contrastBetween, type Alignment, type PartMatch } from "../align.js";
import type { Detector } from "./detector.js";
import { infinitiveGovernor } from "./assertion.js";
import type { ClaimView } from "../view.js";
import { anotherOfItsKind, anotherTime } from "./facts.js";

export const polarity: Detector = {
  name: "polarity",
  detect(alignment, { claim }) {
    const match = alignment.parts.find((m) => m.part.role === "relation");
    // "refused to approve the budget" says it was not approved.
    const governor = match?.tokens && match.sentence === alignment.view ? infinitiveGovernor(alignment.view.analysis, match.tokens[0]!, claim.language) : undefined;
    const refused = governor !== undefined && claim.language.roles(alignment.view.analysis.tokens[governor]!).has("refusal");
    if (match?.found === "here" && match.sentence === alignment.view) {
      if (refused && !alignment.atom.negated) {
        const words = alignment.view.analysis.text.slice(alignment.view.analysis.tokens[governor]!.start, alignment.view.analysis.tokens[match.tokens![0]!]!.end);
        return [{ detector: "polarity", effect: "contradicts", why: `says "${words}"`, match, values: { kind: "polarity", claim: match.part.text, source: words } }];
      }
      // "will not reopen before the summer of 2027" only says when, and so denies "will reopen
      // before the summer of 2027".
      const limited = alignment.atom.negated ? undefined : limitDenied(alignment.view.analysis, match.tokens![0]!, claim, match.part.tokens[0]!);
      if (limited) return [{ detector: "polarity", effect: "contradicts", why: `says "${limited}"`, match, values: { kind: "polarity", claim: match.part.text, source: limited } }];
      const denied = deniedPart(alignment, match, claim, false);
      if (denied) return [{ detector: "polarity", effect: "contradicts", why: `says not "${deniedWords(alignment.view.analysis, denied)}"`, match: denied }];
      const withheld = deniedInClaim(alignment, claim);
      return withheld ? [{ detector: "polarity", effect: "contradicts", why: `says "${withheld.text}" where the claim denies it`, match: withheld.match, values: { kind: "polarity", claim: withheld.claimed, source: withheld.text } }] : [];
    }
    // "will not have to pay" against "will have to pay": an atom whose relation is a light verb
    // says its doing through the verb after it, which the passage negates.
    const carried = !match ? negatedVerbArgument(alignment, claim) : undefined;
    if (carried) return [{ detector: "polarity", effect: "contradicts", why: `says not "${carried.text}"`, match: carried }];
    const had = !match ? deniedThingsHad(alignment, claim.analysis) : undefined;
    if (had) {
      const things = alignment.parts.filter((m) => m.part.role === "argument" && m.part.kind === "word");
      const span = (analysis: Analysis, at: number[]) => analysis.text.slice(analysis.tokens[Math.min(...at)]!.start, analysis.tokens[Math.max(...at)]!.end);
      const claimed = span(claim.analysis, things.flatMap((m) => m.part.tokens));
      const denied = span(alignment.view.analysis, things.flatMap((m) => m.tokens!));
      return [{ detector: "polarity", effect: "contradicts", why: `says not "${denied}"`, match: had, values: { kind: "polarity", claim: claimed, source: `not ${denied}` } }];
    }
    if (!match || match.found !== "opposite" || match.relation === "opposite") return [];
    // "did not respond" against "said": not doing one kind of a thing leaves the other kinds open.
    // (The other way round holds: "responded" rules out "did not say".)
    if (match.relation === "specific" && !alignment.atom.negated) return [];
    // "did not approve" against "refused to approve": the same, said two ways.
    if (refused && alignment.atom.negated) return [];
    // "did not publish it before the vote" against "failed to publish it before the vote": the
    // claim's negation, read as saying when, and the passage's denial both hang on one limit.
    if (!alignment.atom.negated && match.sentence === alignment.view && match.tokens && sameLimit(alignment.view.analysis, match.tokens[0]!, claim, match.part.tokens[0]!)) return [];
    // "will not be funded by cutting services" against "funded by savings, not by cutting services": the negation moved, not the sense.
    if (alignment.atom.negated && match.sentence === alignment.view && deniedPart(alignment, match, claim, true)) return [];
    // "was not sold in 2026" against "sold in 2027": another time, where either may hold; nor
    // does a passage that gives no time for it deny what the claim says happened then ("opened in
    // 1908" against "will not open on Sundays"), though it may deny a plan ("will no longer close").
    if (anotherTime(alignment) || (timeUnsaid(alignment) && claim.language.pastTense(claim.analysis.tokens[match.part.tokens[0]!]!))) return [];
    // "who was not involved in the study" says nothing of "the reports involved fires": a
    // relation said the other way contradicts only where what it takes is there too.
    const takes = alignment.parts.find((m) => m.part.role === "argument" && m.part.kind !== "fact" && m.part.link === undefined);
    if (takes && takes.found !== "here" && takes.found !== "nearby") return [];
    // Nor where what it takes stands in another clause than the verb said the other way, which
    // takes a thing of its own: "left with 31,000 tonnes of grain on board, and it was not
    // carrying any hazardous cargo".
    const { clauseOf } = alignment.view.analysis;
    const verb = match.sentence === alignment.view ? match.tokens?.[0] : undefined;
    const takenElsewhere = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined && m.tokens.every((t) => clauseOf[t] !== clauseOf[verb!]);
    const taken = alignment.parts.filter((m) => m.part.role === "argument" && m.part.kind !== "fact" && m.found === "here" && m.sentence === alignment.view);
    // Nor where what it takes stands after it, past a contrast that opens a verb of its own:
    // "convicted Acme of failing to maintain the bridge but cleared it of the count over its design".
    const across = verb === undefined ? undefined : taken.find((m) => m.tokens![0]! > verb && contrastBetween(alignment.view.analysis, { firstToken: m.tokens![0]!, lastToken: m.tokens![m.tokens!.length - 1]! }, verb, claim.language));
    if (across) return [{ detector: "polarity", effect: "lacks", why: `says "${match.text}" on the other side of a contrast from ${across.text}`, match }];
    const own = verb === undefined ? undefined : ownObject(alignment.view.analysis, verb, claim.analysis);
    if (own !== undefined && taken.length > 0 && taken.every(takenElsewhere)) {
      return [{ detector: "polarity", effect: "lacks", why: `says "${match.text}" of "${alignment.view.analysis.tokens[own]!.raw}", in another clause than ${taken[0]!.text}`, match }];
    }
    // Nor where the claim's doer is named in another clause than the verb said the other way:
    // in "Musicians will receive a rise, after the city council agreed to a grant", the rise is
    // not the council's.
    if (match.sentence === alignment.view && doerInAnotherClause(alignment, match, claim.language)) {
      return [{ detector: "polarity", effect: "lacks", why: `says "${match.text}" in another clause than the claim's doer`, match }];
    }
    // "the city council did not expect …" says nothing of what the island council expected.
    const another = anotherOfItsKind(alignment, claim.analysis);
    if (another) return [{ detector: "polarity", effect: "lacks", why: `says "${match.text}" of the ${another}, another than the claim's`, match }];
    // "no other skiers were missing", "no one else was hurt": a denial of others than those
    // named says nothing of them, in the passage or in the claim.
    const excepted = exceptedDenial(alignment.view.analysis, claim.language) ?? exceptedDenial(claim.analysis, claim.language);
    if (excepted) return [{ detector: "polarity", effect: "lacks", why: `says "not" only of others ("${excepted}")`, match }];
    // Who did not say a thing ("did not say whether staff would be disciplined") is not
    // contradicted by their saying something: what the claim says was not said is more than the atom.
    if (alignment.atom.reporting && alignment.atom.negated && saysMore(claim.analysis, alignment)) {
      return [{ detector: "polarity", effect: "lacks", why: `says "${match.text}", which does not settle what the claim says was not said`, match }];
    }
    const negated = alignment.atom.negated ? "affirms" : "negates";
    return [{ detector: "polarity", effect: "contradicts", why: `${negated} "${match.text}"`, match }];
  },
};

/** Marks that end a clause: a limit past them is another clause's. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "!", "?"]);

/** How far after a verb the word of a limit ("before", "until") is looked for. */
const LIMIT_REACH = 3;

/**
 * A negation of the passage's verb that only says when ("will not reopen before the summer"),
 * where the claim's verb has the same word of a limit after it, undenied ("will reopen before
 * the summer"): the passage's words from the negation to the limit.
 */
function limitDenied(sentence: Analysis, verb: number, claim: ClaimView, claimVerb: number): string | undefined {
  const { language } = claim;
  const limitAfter = (tokens: Analysis["tokens"], from: number) => {
    for (let t = from + 1; t < tokens.length && t <= from + LIMIT_REACH; t++) if (language.roles(tokens[t]!).has("limit")) return t;
    return undefined;
  };
  const negationBefore = (tokens: Analysis["tokens"], at: number) => {
    for (let j = at - 1; j >= 0 && j >= at - LIMIT_REACH; j--) if (language.negationAt(tokens, j) > 0) return j;
    return undefined;
  };
  const { tokens } = sentence;
  const negation = negationBefore(tokens, verb);
  // The claim's own limit denied ("would not pay until") says the same.
  if (negation === undefined || !language.onlySaysWhen(tokens, negation) || negationBefore(claim.analysis.tokens, claimVerb) !== undefined) return undefined;
  const limit = limitAfter(tokens, verb);
  const claimed = limitAfter(claim.analysis.tokens, claimVerb);
  if (limit === undefined || claimed === undefined || tokens[limit]!.lemma !== claim.analysis.tokens[claimed]!.lemma) return undefined;
  return sentence.text.slice(tokens[negation]!.start, tokens[limit]!.end);
}

/**
 * Whether the claim's verb has a negation before it that only says when, and the passage's verb
 * the same word of a limit after it in its clause: "did not publish it before councillors voted"
 * and "failed to publish it before councillors voted".
 */
function sameLimit(sentence: Analysis, verb: number, claim: ClaimView, claimVerb: number): boolean {
  const { language } = claim;
  const { tokens } = claim.analysis;
  let negation = -1;
  for (let j = claimVerb - 1; j >= 0 && j >= claimVerb - LIMIT_REACH; j--) if (language.negationAt(tokens, j) > 0) negation = j;
  if (negation < 0 || !language.onlySaysWhen(tokens, negation)) return false;
  const limitIn = (words: Analysis["tokens"], from: number) => {
    for (let t = from + 1; t < words.length && !CLAUSE_MARKS.has(words[t]!.raw); t++) if (language.roles(words[t]!).has("limit")) return words[t]!.lemma;
    return undefined;
  };
  const claimed = limitIn(tokens, claimVerb);
  return claimed !== undefined && limitIn(sentence.tokens, verb) === claimed;
}

/**
 * Whether the atom's subject is found in the passage only in another clause than the relation,
 * one of the two a clause of when or why ("…, after the city council agreed …").
 */
function doerInAnotherClause(alignment: Alignment, relation: PartMatch, language: Language): boolean {
  const { clauseOf, tokens } = alignment.view.analysis;
  const verb = clauseOf[relation.tokens![0]!]!;
  const doers = alignment.parts.filter((m) => m.part.role === "subject" && m.part.kind !== "fact" && m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined);
  if (doers.length === 0 || doers.some((m) => m.tokens!.some((t) => clauseOf[t] === verb))) return false;
  // A clause's first word, past the comma that opens it.
  const opensSubordinate = (clause: number) => {
    const first = tokens.findIndex((_, t) => clauseOf[t] === clause && tokens[t]!.raw !== ",");
    return first >= 0 && language.roles(tokens[first]!).has("subordinator");
  };
  return opensSubordinate(verb) || doers.every((m) => opensSubordinate(clauseOf[m.tokens![0]!]!));
}

/**
 * A name or word of the atom that the passage negates itself, its relation outside the
 * negation, where the claim negates it too or not (`claimNegates`): the negation stands before
 * the part with no verb between ("not by cutting services", "broke no law"), not before a verb
 * that takes it ("would not hide their tax affairs" is said of hiding).
 */
function deniedPart(alignment: Alignment, relation: PartMatch, claim: ClaimView, claimNegates: boolean): PartMatch | undefined {
  const { tokens } = alignment.view.analysis;
  if (relation.tokens!.some((t) => tokens[t]!.negated)) return undefined;
  return alignment.parts.find(
    (m) =>
      m.part.role !== "relation" &&
      m.part.kind !== "fact" &&
      m.found === "here" &&
      m.sentence === alignment.view &&
      m.tokens !== undefined &&
      m.tokens.length > 0 &&
      m.tokens.every((t) => tokens[t]!.negated) &&
      negatedItself(tokens, m.tokens[0]!, claim.language) &&
      deniedByClaim(m, claim) === claimNegates,
  );
}

/** Whether the claim denies a part itself: under its negation, or after a phrase that rules it out ("an engine fault rather than a bird strike"). */
function deniedByClaim(match: PartMatch, claim: ClaimView): boolean {
  const { tokens } = claim.analysis;
  if (match.part.tokens.some((t) => tokens[t]!.negated)) return true;
  // The phrase may stand before the noun phrase the part ends: "rather than a bird strike",
  // "rather than any cooling of Orvane's commitment".
  for (let at = match.part.tokens[0]!; at > 0; at--) {
    if (claim.language.correctionBefore(tokens, at) !== undefined) return true;
    if (!DESCRIBING.has(tokens[at - 1]!.pos) && !IN_PHRASE.has(tokens[at - 1]!.pos)) return false;
  }
  return false;
}

/**
 * A part the claim denies by a negation of its own, not its verb's ("suspended her without
 * pay", "has no plans"), which the passage gives undenied ("on full pay"): the part, the claim's
 * denial and the passage's words.
 */
function deniedInClaim(alignment: Alignment, claim: ClaimView): { match: PartMatch; claimed: string; text: string } | undefined {
  const { tokens } = alignment.view.analysis;
  const claimTokens = claim.analysis.tokens;
  for (const m of alignment.parts) {
    if (m.part.role !== "argument" || m.part.kind === "fact" || m.found !== "here" || m.sentence !== alignment.view || !m.tokens?.length) continue;
    // The denial is the part's own: one word of negation right before it, describing words between.
    let from = m.part.tokens[0]! - 1;
    while (from > 0 && DESCRIBING.has(claimTokens[from]!.pos) && claim.language.negationAt(claimTokens, from) === 0) from--;
    if (claim.language.negationAt(claimTokens, from) !== 1 || claimTokens[from]!.pos === "PRON" || m.tokens.some((t) => tokens[t]!.negated)) continue;
    const claimed = claim.analysis.text.slice(claimTokens[from]!.start, claimTokens[m.part.tokens[m.part.tokens.length - 1]!]!.end);
    let start = m.tokens[0]!;
    while (start > 0 && INTRODUCING.has(tokens[start - 1]!.pos)) start--;
    return { match: m, claimed, text: alignment.view.analysis.text.slice(tokens[start]!.start, tokens[m.tokens[m.tokens.length - 1]!]!.end) };
  }
  return undefined;
}

/** Words that may stand between a denial and the thing it denies: "no further plans", "without full pay". */
const DESCRIBING: ReadonlySet<string> = new Set(["ADJ", "DET", "NUM"]);
/** Words of a noun phrase a denial may stand before, beside describing ones: "any cooling of Orvane's commitment". */
const IN_PHRASE: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADP", "PART", "PRON"]);
/** Words quoted with what the passage gives undenied: "on full pay". */
const INTRODUCING: ReadonlySet<string> = new Set(["ADJ", "DET", "ADP"]);

/**
 * The first verb among an atom's arguments ("pay" of "will have to pay"), found in the passage
 * after a negation with only auxiliaries and "to" between ("will not have to pay"), the claim's
 * subject before it, where the claim does not negate it.
 */
function negatedVerbArgument(alignment: Alignment, claim: ClaimView): PartMatch | undefined {
  const verb = alignment.parts.find((m) => m.part.kind === "word" && claim.analysis.tokens[m.part.tokens[0]!]!.pos === "VERB");
  if (!verb || verb.found !== "here" || verb.sentence !== alignment.view || !verb.tokens || alignment.atom.negated) return undefined;
  const { tokens } = alignment.view.analysis;
  // Said of the claim's subject: it stands before the negation, as the doer.
  const subject = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind !== "fact");
  const doer = (at: number) => subject !== undefined && subject.found === "here" && subject.sentence === alignment.view && subject.tokens!.every((t) => t < at);
  for (let i = verb.tokens[0]! - 1; i >= 0; i--) {
    if (claim.language.negationAt(tokens, i) > 0) return doer(i) ? verb : undefined;
    const token = tokens[i]!;
    if (!(token.pos === "AUX" || token.pos === "PART" || (token.pos === "VERB" && claim.language.roles(token).has("light")))) return undefined;
  }
  return undefined;
}

/**
 * An atom of a light verb and what it takes ("has its own drone-detection equipment"), where the
 * passage denies each thing it takes, its subject before the denial: "the airport does not have
 * its own drone-detection equipment". The first thing denied.
 */
function deniedThingsHad(alignment: Alignment, claim: Analysis): PartMatch | undefined {
  if (!alignment.atom.light || alignment.atom.negated) return undefined;
  const here = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
  const things = alignment.parts.filter((m) => m.part.role === "argument" && m.part.kind === "word");
  if (things.length === 0 || !things.every(here)) return undefined;
  // The claim may deny them itself: "answers, not apologies".
  if (things.some((m) => m.part.tokens.some((t) => claim.tokens[t]!.negated))) return undefined;
  const { tokens } = alignment.view.analysis;
  if (!things.every((m) => m.tokens!.every((t) => tokens[t]!.negated))) return undefined;
  const first = Math.min(...things.map((m) => m.tokens![0]!));
  const subject = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind !== "fact");
  return subject !== undefined && here(subject) && subject.tokens!.every((t) => t < first && !tokens[t]!.negated) ? things[0] : undefined;
}

/** The passage's words a negation reaches in its clause, from a denied part on: "raising fares" of "not by raising fares". */
function deniedWords(sentence: Analysis, denied: PartMatch): string {
  const { tokens } = sentence;
  const first = denied.tokens![0]!;
  let last = first;
  while (tokens[last + 1]?.negated && tokens[last + 1]!.kind !== "symbol") last++;
  return sentence.text.slice(tokens[first]!.start, tokens[last]!.end);
}

/**
 * Whether a negation that is no quantifier stands before the token at `at` with no verb between,
 * nor a noun the token hangs on through a preposition ("not any cooling of our commitment to
 * Saxcombe Hill" denies the cooling, not Saxcombe Hill).
 */
function negatedItself(tokens: readonly Token[], at: number, language: Language): boolean {
  let preposition = false;
  for (let i = at - 1; i >= 0; i--) {
    // "None of the coins was gold" counts the coins; it does not deny them.
    if (language.negationAt(tokens, i) > 0) return tokens[i]!.pos !== "PRON" && !language.roles(tokens[i]!).has("quantifier");
    const token = tokens[i]!;
    if (token.pos === "VERB" || token.pos === "AUX" || (token.kind === "symbol" && token.raw !== "-")) return false;
    if (token.pos === "ADP") preposition = true;
    else if (preposition && token.pos === "NOUN") return false;
  }
  return false;
}

/** How far after a negation a word that excepts some ("other", "else") is looked for. */
const EXCEPTION_REACH = 3;

/** The words of a negation that denies a thing of others only ("no other", "nobody else", "Apart from X, no"), if any. */
function exceptedDenial(sentence: Analysis, language: Language): string | undefined {
  const { tokens } = sentence;
  // Or before a denial of any ("Apart from the Varenski, no painting was taken"), opening the sentence.
  const opens = tokens[0] !== undefined && language.roles(tokens[0]).has("exception");
  for (let i = 0; i < tokens.length; i++) {
    const length = language.negationAt(tokens, i);
    if (length === 0) continue;
    if (opens && (tokens[i]!.pos === "DET" || tokens[i]!.pos === "PRON")) return sentence.text.slice(tokens[0]!.start, tokens[i + length - 1]!.end);
    for (let j = i + length; j < tokens.length && j < i + length + EXCEPTION_REACH; j++) {
      if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX") break;
      if (language.roles(tokens[j]!).has("exception")) return sentence.text.slice(tokens[i]!.start, tokens[j]!.end);
    }
  }
  return undefined;
}

/**
 * The noun a verb takes right after it, determiners and describing words between, where the
 * claim does not have it: "was not carrying any hazardous cargo". None for a pronoun ("convicted
 * him") or where something else follows.
 */
function ownObject(sentence: Analysis, verb: number, claim: Analysis): number | undefined {
  let i = verb + 1;
  while (sentence.tokens[i]?.pos === "DET" || sentence.tokens[i]?.pos === "ADJ" || sentence.tokens[i]?.pos === "NUM") i++;
  const noun = sentence.tokens[i];
  if (noun?.pos !== "NOUN" || claim.tokens.some((t) => t.lemma === noun.lemma)) return undefined;
  return i;
}

/** Whether the claim goes on after the atom's relation with words of its own the atom does not hold. */
function saysMore(claim: Analysis, alignment: Alignment): boolean {
  const relation = alignment.atom.parts.find((p) => p.role === "relation")?.tokens[0];
  if (relation === undefined) return false;
  const held = new Set(alignment.atom.parts.flatMap((p) => p.tokens));
  return claim.tokens.some((t, i) => i > relation && t.content && !held.has(i));
}

/** Whether the claim says when (a date, a year) and the passage gives no time for it at all. */
function timeUnsaid(alignment: Alignment): boolean {
  return alignment.parts.some((m) => m.found === "missing" && m.tokens === undefined && m.part.kind === "fact" && (m.part.fact!.kind === "date" || m.part.fact!.kind === "year"));
}
