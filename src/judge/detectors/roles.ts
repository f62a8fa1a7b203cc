// Roles: the same things in the same roles. "B beat A" does not state "A beat B", nor does
// "Beta is a subsidiary of Acme" state "Acme is a subsidiary of Beta".
import type { Analysis, Atom, Mention, Token } from "../../types.js";
import type { Language } from "../../language/language.js";
import { describesNextNoun } from "../sentence.js";
import { range, type Alignment, type PartMatch } from "../align.js";
import type { ClaimView } from "../view.js";
import type { Detector, Finding } from "./detector.js";
import { appositionNameBefore, beforeVerb, doerEnd } from "../sentence.js";
import { agentWordAt, copulaBefore, isPassive } from "./voice.js";

export const roles: Detector = {
  name: "roles",
  detect(alignment, { claim }) {
    // The opposite relation is read for who takes part too: a name that only modifies ("the Ann
    // Lee-starring series renewed") is not who did the opposite of what the claim says.
    const relation = alignment.parts.find((m) => m.part.role === "relation" && (m.found === "here" || m.found === "opposite") && m.sentence === alignment.view);
    if (alignment.atom.light) {
      // A light verb's doing is said by the verb after it ("will have to pay"): who pays is the
      // doer before it, as for any verb.
      const carried = alignment.parts.find((m) => m.part.kind === "word" && m.part.role !== "relation" && m.found === "here" && m.sentence === alignment.view && m.tokens && claim.analysis.tokens[m.part.tokens[0]!]!.pos === "VERB");
      const subjects = alignment.parts.filter((m) => m.part.role === "subject" && m.found === "here" && m.sentence === alignment.view && m.part.kind !== "fact" && m.tokens !== undefined);
      const after = carried ? doerAfterVerb(alignment, alignment.view.analysis, carried.tokens![0]!, subjects, claim) : undefined;
      if (after) return [{ detector: "roles", effect: "lacks", why: `has ${after.agent.text} only after "${carried!.text}", whose doer is "${after.doer}"`, match: after.agent }];
      // Who said it is the doer of the verb of saying: "Quist said a part from a supplier,
      // Ronvale, was to blame" has Ronvale in what was said.
      const speaking = alignment.atom.reporting && relation?.found === "here" ? speakerElsewhere(alignment, relation, subjects, claim) : undefined;
      if (speaking) return [{ detector: "roles", effect: "lacks", why: `has ${speaking.agent.text} only after "${relation!.text}", whose doer is "${speaking.doer}"`, match: speaking.agent }];
      // Nor is one named only in an aside set beside another before it: "Rhea Brankovic, 35, a
      // paediatrician and the sister of Radek Brankovic, said" has Rhea say it.
      const aside = alignment.atom.reporting && relation?.found === "here" ? speakerInAside(alignment.view.analysis, relation.tokens![0]!, subjects) : undefined;
      if (aside) return [{ detector: "roles", effect: "lacks", why: `says ${aside.doer} ${relation!.text} it, not ${aside.agent.text}`, match: aside.agent }];
      // Nor is one named only in a sentence before, where the verb of saying has a name of its
      // own for its doer: "His lawyer, Gisla Ambersley, said" does not have the tribunal say it.
      const before = alignment.atom.reporting && relation?.found === "here" ? speakerBefore(alignment, relation, claim) : undefined;
      if (before) return [{ detector: "roles", effect: "lacks", why: `says ${before.doer} ${relation!.text} it, not ${before.agent.text}`, match: before.agent }];
      // A light verb's own doer, named as another: "with Glenvarrow, 140 kilometres to the south,
      // taking 14 of them" does not have Hobcastle take them.
      const other = !alignment.atom.reporting && relation?.found === "here" ? otherDoer(alignment, alignment.view.analysis, relation.tokens![0]!, subjects, [], claim) : undefined;
      if (other) return [{ detector: "roles", effect: "lacks", why: `says ${other.doer} ${relation!.text} it, not ${other.agent.text}`, match: other.agent }];
      // What a light verb's subject is, said on the other side of a semicolon: "Colin Maddox is the
      // finance director; her brother, Peter Ashcombe, left" does not make Peter the director.
      const said = alignment.parts.filter((m) => m.part.role === "argument" && m.found === "here" && m.sentence === alignment.view && m.part.kind !== "fact" && m.tokens !== undefined);
      const split = subjects.flatMap((s) => said.map((a) => ({ s, mark: stopBetween(alignment.view.analysis, s.tokens![0]!, a.tokens![0]!, claim.analysis) }))).find(({ mark }) => mark !== undefined);
      if (split) return [{ detector: "roles", effect: "lacks", why: `says ${split.s.text} and what the claim says it is on either side of a ${split.mark}`, match: split.s }];
    }
    // What the claim says its subject is, set in apposition to another name: "Maelor Breuning,
    // 27, a trainee physiotherapist, finished second, and Obadiah Ferrante, 34, was third"
    // does not make Ferrante a physiotherapist.
    const predicate = alignment.atom.light || claim.analysis.tokens[alignment.atom.parts.find((p) => p.role === "relation")?.tokens[0] ?? -1]?.pos === "NOUN";
    const holder = predicate ? otherHolder(alignment, claim) : undefined;
    if (holder) return [holder];
    if (!relation) {
      // "Orchard's owner, Ann Lee" does not say who owns Lakeside, with a verb or without.
      const owned = otherOwner(alignment, alignment.view.analysis, claim);
      return owned ? [{ detector: "roles", effect: "lacks", why: `says ${owned.said}, not ${owned.claimed}`, match: owned.match }] : [];
    }
    // "It holds 40% of the market, while its rival holds 35%": a subject on the other side of a
    // clause of contrast from a verb with a subject of its own is not its doer.
    const across = subjectAcrossContrast(alignment, relation, claim.language);
    const acrossFinding: Finding[] = across ? [{ detector: "roles", effect: "lacks", why: `says ${across.text} on the other side of "${across.contrast}" from "${relation.text}"`, match: across.match }] : [];
    if (alignment.atom.light) return acrossFinding;
    const verb = relation.tokens![0]!;
    const sentence = asVerb(alignment.view.analysis, relation, claim);
    // A verb said as a noun ("The win has been awarded to Ehrlund, and Vartan has been
    // relegated") is not done by a name that opens a clause of its own after it, joined by "and"
    // or "but": that name is its own verb's doer.
    const nominal = sentence.tokens[verb]!.pos === "NOUN" && claim.analysis.tokens[relation.part.tokens[0]!]!.pos === "VERB";
    const another = nominal ? alignment.parts.find((m) => m.part.role === "subject" && m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view && m.tokens && opensClauseAfter(sentence, verb, m.tokens, claim.language)) : undefined;
    if (another) return [{ detector: "roles", effect: "lacks", why: `names ${another.text} opening a clause of its own after "${relation.text}"`, match: another }];
    // Who or what: a name, a word, a counted noun ("two teenagers") or one named by its place ("the sixth form").
    const thing = (m: PartMatch) => m.part.kind !== "fact" || m.part.fact!.kind === "count" || m.part.fact!.kind === "ordinal";
    const here = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && thing(m) && m.tokens !== undefined;
    const subjects = alignment.parts.filter((m) => m.part.role === "subject" && here(m));
    const objects = alignment.parts.filter((m) => m.part.role === "argument" && here(m));
    // "Maggie Q-starring series renewed", "Netflix-produced film": a name joined to a participle
    // is what that participle takes, not who does what the sentence says.
    const modifier = subjects.find((m) => m.part.kind === "name" && joinedToParticiple(sentence, m.tokens!, verb));
    if (modifier) return [{ detector: "roles", effect: "lacks", why: `names ${modifier.text} only in a modifier, not as who ${relation.text}`, match: modifier }];
    // "the Bosch spinoff series Ballard was renewed": the name right before the verb is what the
    // sentence speaks of; a name earlier in its noun phrase only says which one.
    const head = headNameBefore(sentence, verb);
    const claimRelation = alignment.atom.parts.find((p) => p.role === "relation")?.tokens[0];
    const claimHead = claimRelation === undefined ? undefined : headNameBefore(claim.analysis, claimRelation);
    const modifiesInClaim = (m: PartMatch) => claimHead !== undefined && modifies(claim.analysis, m.part.tokens, claimHead);
    // A name the claim links by a preposition ("resigned as Norvale's chief executive") says which
    // role, not who did it; "Norvale chief executive Petra Lind resigns" says as much.
    const premodifier =
      head === undefined ? undefined : alignment.parts.find((m) => m.part.kind === "name" && m.part.link === undefined && here(m) && modifies(sentence, m.tokens!, head) && !modifiesInClaim(m));
    if (premodifier) {
      const name = sentence.names[sentence.nameOf[head!]!]!;
      const which = sentence.text.slice(sentence.tokens[name.first]!.start, sentence.tokens[name.last]!.end);
      return [{ detector: "roles", effect: "lacks", why: `names ${premodifier.text} only to say which ${which}`, match: premodifier }];
    }
    // What the claim says its subject is ("the finance director") is not said of a name after a
    // stop that ends it: "Colin Maddox is the company's finance director; her brother, Peter
    // Ashcombe, left" is not said of Peter.
    const claimNoun = claim.analysis.tokens[relation.part.tokens[0]!]!.pos === "NOUN";
    const later = claimNoun
      ? subjects.flatMap((m) => (m.part.kind !== "fact" && m.tokens![0]! > verb ? [{ m, mark: stopBetween(sentence, verb, m.tokens![0]!, claim.analysis) }] : [])).find(({ mark }) => mark !== undefined)
      : undefined;
    if (later) return [{ detector: "roles", effect: "lacks", why: `says ${later.m.text} after a ${later.mark} that ends what "${relation.text}" says`, match: later.m }];
    // The name set beside the claim's noun is who the noun is, not whose: "His daughter, Linnea
    // Maddox" does not say Walter Ashcombe is Linnea Maddox's daughter (unless the claim sets it
    // there too: "as LAPD detective Renée Ballard").
    const besideNoun = (tokens: Analysis["tokens"], noun: number, name: number) => name === noun + 1 || (name === noun + 2 && tokens[noun + 1]!.raw === ",");
    const beside =
      claimNoun && sentence.tokens[verb]!.pos === "NOUN"
        ? objects.find((m) => m.part.kind === "name" && besideNoun(sentence.tokens, verb, m.tokens![0]!) && !besideNoun(claim.analysis.tokens, relation.part.tokens[0]!, m.part.tokens[0]!))
        : undefined;
    if (beside) return [{ detector: "roles", effect: "lacks", why: `names ${beside.text} as the ${relation.text} itself, not as whose`, match: beside }];
    // A semicolon or a colon ends what a verb says where the verb after it has a subject of its
    // own: "two of the victims were struck by trees; the third, a fisherman, drowned" does not
    // say the victims drowned, nor "two satellites will fly: … after a panel was damaged" that
    // they were damaged ("none was gold; 41 were silver" leaves the coins to the verb after it).
    const ownSubject = hasOwnSubject(sentence, verb, claim.language);
    const apart = ownSubject ? alignment.parts.flatMap((m) => (m !== relation && here(m) && m.part.kind !== "fact" && m.tokens![0]! < verb ? [{ m, mark: stopBetween(sentence, m.tokens![0]!, verb, claim.analysis) }] : [])).find(({ mark }) => mark !== undefined) : undefined;
    if (apart) return [{ detector: "roles", effect: "lacks", why: `says ${apart.m.text} and "${relation.text}" on either side of a ${apart.mark}`, match: apart.m }];
    // Who does what to whom under an opposite relation is the polarity detector's: "Carrick lost
    // to Dunmore" states "Dunmore beat Carrick".
    // Under an opposite relation, only where the verb's doer is another thing than any the
    // claim names: "its operating profit fell, as … offset stronger sales" says nothing of sales.
    if (relation.found === "opposite") {
      const byAnother = oppositeByAnother(alignment, sentence, verb, relation, subjects, objects, claim);
      return byAnother ? [byAnother] : [];
    }
    // And where the relation is such a participle, its doer is the name joined to it.
    const joined = joinedName(sentence, verb);
    const doer = joined === undefined ? undefined : subjects.find((m) => m.part.kind === "name" && !m.tokens!.includes(joined));
    if (doer) return [{ detector: "roles", effect: "lacks", why: `has ${relation.text} said of another name than ${doer.text}`, match: doer }];
    const taken = joined === undefined ? undefined : notTakenByParticiple(sentence, verb, relation, objects);
    if (taken) return [taken];
    const clausal = alignment.atom.passive ? undefined : subjects.map((m) => (m.part.kind === "fact" ? undefined : insideRelativeBefore(sentence, verb, m, claim.language))).find((c) => c !== undefined);
    if (clausal) return [{ detector: "roles", effect: "lacks", why: `names ${clausal.match.text} only inside a clause about another ("${clausal.opener} …"), not as who ${relation.text}`, match: clausal.match }];
    const elsewhere = subjectOfAnotherVerb(alignment, sentence, verb, subjects, claim.language);
    if (elsewhere) return [{ detector: "roles", effect: "lacks", why: `names ${elsewhere.text} only as the doer of another verb, not as what is "${relation.text}"`, match: elsewhere }];
    const speaker = alignment.atom.reporting ? undefined : speakerOnly(sentence, verb, objects.concat(subjects), claim);
    if (speaker) return [{ detector: "roles", effect: "lacks", why: `names ${speaker.match.text} only as who ${speaker.said} it, not in what "${relation.text}" says`, match: speaker.match }];
    // "Quinn met Rao" is said by "Rao met Quinn"; "Dunmore beat Carrick" is not by "Carrick beat Dunmore".
    const symmetric = claim.language.roles(claim.analysis.tokens[relation.part.tokens[0]!]!).has("symmetric");
    const linked = symmetric ? undefined : reversedLink(alignment, sentence, verb, subjects);
    if (linked) return [turnedRound(alignment, relation, linked, claim)];
    const ordered = symmetric ? undefined : reversedOrder(alignment, sentence, verb, subjects, objects, claim.language);
    if (ordered) return [turnedRound(alignment, relation, ordered, claim, true)];
    // "The wing was designed by Jonas Feld, and houses Ann Lee's models" does not say Ann Lee designed it.
    // Under such a verb, what the claim's verb takes may be the passage's doer.
    // So may what the claim links by a preposition, where the claim's doer is what the passage's
    // verb takes, right after it: "Riverside stars Ann Lee" says "Ann Lee stars in Riverside"
    // ("Redhaven signed Costa from Alvor" has Alvor after "from", and does not say Alvor signed him).
    const claimed = (doer: string, m: PartMatch) => m.text !== undefined && (doer.includes(m.text) || m.text.includes(doer));
    const takenRightAfter = subjects.some((m) => m.part.kind === "name" && m.tokens![0] === verb + 1);
    const otherSide = (doer: string) => objects.some((m) => claimed(doer, m) && (symmetric || (m.part.link !== undefined && takenRightAfter)));
    // One thing, named or said with "the", that another did it to: "the coins were discovered
    // by Gary Pell" rules out that Ruth Ames discovered them. "Costa scored 19 goals" leaves
    // Novak's goals open.
    const sameRelation = relation.relation === "same" || relation.relation === "synonym";
    // What it was done to: the verb's object, or in the passive its subject.
    const doneTo = (m: PartMatch) => (alignment.atom.passive ? m.part.role === "subject" : m.part.role === "argument" && m.part.link === undefined);
    const things = (agent: PartMatch) => alignment.parts.filter((m) => m !== agent && doneTo(m) && here(m) && m.part.kind !== "fact" && specific(m, claim));
    const oneThing = (agent: PartMatch) => things(agent).length > 0;
    const found = otherDoer(alignment, sentence, verb, subjects, objects, claim);
    const other = found && !otherSide(found.doer) ? found : undefined;
    if (other) {
      const why = `says ${other.doer} ${relation.text} it, not ${other.agent.text}`;
      if (!sameRelation || !oneThing(other.agent)) return [{ detector: "roles", effect: "lacks", why, match: other.agent }];
      const values = { kind: "role" as const, claim: `${other.agent.text} ${relation.part.text}`, source: `${other.doer} ${relation.text}` };
      return [{ detector: "roles", effect: "contradicts", why, match: other.agent, values }];
    }
    // The claim's doer nowhere in the passage, where a name the claim does not give did the same
    // to that one thing, under a verb one doer does to a thing:
    // "Faulkes ordered the recount" rules out that McCann did.
    const sole = claim.language.roles(claim.analysis.tokens[relation.part.tokens[0]!]!).has("sole");
    const absent = sameRelation && sole ? absentDoer(alignment, sentence, verb, claim) : undefined;
    // When the claim says it was done ("from 1997 to 2019") the passage must say the same: one
    // leads a museum, but for a time.
    const sameTime = alignment.parts.every((m) => m.part.kind !== "fact" || m.found === "here");
    if (absent && sameTime && things(absent.agent).some((m) => doneToHere(sentence, verb, m.tokens!, claim.language))) {
      const why = `says ${absent.doer} ${relation.text} it, not ${absent.agent.part.text}`;
      const values = { kind: "role" as const, claim: `${absent.agent.part.text} ${relation.part.text}`, source: `${absent.doer} ${relation.text}` };
      return [{ detector: "roles", effect: "contradicts", why, match: absent.agent, values }];
    }
    // What the claim's verb is done to, standing as the passage verb's doer: "two weeks after
    // inspectors rated the school inadequate" does not say the school rated the inspectors.
    const done = symmetric ? undefined : doneToAsDoer(alignment, sentence, verb, objects, claim.language);
    if (done) return [{ detector: "roles", effect: "lacks", why: `has ${done.text} as who ${relation.text}, where the claim has it as what is ${relation.part.text}`, match: done }];
    const notAgent = symmetric ? undefined : doerNotAgent(alignment, sentence, verb, subjects, objects, claim);
    if (notAgent) {
      const where = notAgent.before ? `on the receiving end of "${relation.text}"` : `after "${relation.text}" but not as who did it`;
      return [{ detector: "roles", effect: "lacks", why: `has ${notAgent.match.text} ${where}, where the claim has it as who ${relation.part.text}`, match: notAgent.match }];
    }
    const noun = nounAsDoer(alignment, sentence, verb, subjects, objects, claim);
    if (noun) return [{ detector: "roles", effect: "lacks", why: `says the ${noun.doer} ${relation.text}, not ${noun.agent.text}`, match: noun.agent }];
    // Both after the verb ("the film, which stars Ann Lee as Maya Ross"), the claim's doer comes
    // first, as in the claim: "Maya Ross plays Ann Lee" is not said.
    const swapped = symmetric ? undefined : swappedAfterVerb(alignment, sentence, verb, subjects, objects);
    if (swapped) return [{ detector: "roles", effect: "lacks", why: `has ${swapped[0].text} and ${swapped[1].text} the other way round`, match: swapped[0] }];
    const after = doerAfterVerb(alignment, sentence, verb, subjects, claim);
    if (after && !otherSide(after.doer)) {
      const whose = alignment.atom.passive ? "subject" : "doer";
      return [{ detector: "roles", effect: "lacks", why: `has ${after.agent.text} only after "${relation.text}", whose ${whose} is "${after.doer}"`, match: after.agent }];
    }
    // "Orchard's shares rose" does not say Lakeside's shares did.
    const owned = otherOwner(alignment, sentence, claim);
    if (owned) return [{ detector: "roles", effect: "lacks", why: `says ${owned.said}, not ${owned.claimed}`, match: owned.match }];
    // "She replaced Walter Grimes, who retired": what "who" stands for did it, not "she".
    const antecedent = relativeAntecedent(alignment, sentence, verb, claim) ?? participleAntecedent(alignment, sentence, verb, claim);
    if (antecedent) return [{ detector: "roles", effect: "lacks", why: `says ${antecedent.said} ${relation.text}, not ${antecedent.subject.part.text}`, match: antecedent.subject }];
    return acrossFinding;
  },
};

/** The claim's subject found across a clause of contrast, or one "and" opens, from a relation with a subject of its own. */
function subjectAcrossContrast(alignment: Alignment, relation: PartMatch, language: Language): { match: PartMatch; text: string; contrast: string } | undefined {
  const sentence = alignment.view.analysis;
  const verb = relation.tokens![0]!;
  // A passive claim's subject is what was done to, which the other clause may well name ("but a jury convicted him").
  if (alignment.atom.passive || !hasOwnSubject(sentence, verb, language)) return undefined;
  for (const match of alignment.parts) {
    if (match.part.role !== "subject" || match.part.kind === "fact" || match.found !== "here" || match.sentence !== alignment.view || !match.tokens) continue;
    // "The board did not approve it, but it agreed": a pronoun after the subject may stand for it.
    if (match.tokens[0]! < verb && ownSubjectIsPronoun(sentence, verb, language)) continue;
    const [from, to] = match.tokens[0]! < verb ? [match.tokens[match.tokens.length - 1]!, verb] : [verb, match.tokens[0]!];
    for (let t = from + 1; t < to; t++) {
      const token = sentence.tokens[t]!;
      // A comma and "but", or "and" after the subject ("declined to comment, and the company did
      // not say"), open a clause of the verb's own. (A quote's "I …, and I will" before "Mewburn
      // said" is his.)
      const joins = language.roles(token).has("contrast") || (language.roles(token).has("coordinator") && match.tokens[0]! < verb);
      const opens = sentence.tokens[t - 1]?.raw === "," && joins;
      if (token.raw === ";" || opens) return { match, text: match.text ?? match.part.text, contrast: token.raw };
    }
  }
  return undefined;
}

/** Whether the subject right before a verb is a pronoun. */
function ownSubjectIsPronoun(sentence: Analysis, verb: number, language: Language): boolean {
  return sentence.tokens[subjectSlot(sentence, verb, language)]?.pos === "PRON";
}

/** The token before a verb where its subject would end, past auxiliaries, adverbs, negations and commas. */
function subjectSlot(sentence: Analysis, verb: number, language: Language): number {
  let i = verb - 1;
  const passed = (t: Token) => t.pos === "AUX" || t.pos === "ADV" || t.raw === "," || language.negationAt([t], 0) > 0;
  while (i >= 0 && passed(sentence.tokens[i]!)) i--;
  return i;
}

/**
 * Whether a verb has a noun, a name or a pronoun for its subject right before it, past
 * auxiliaries, adverbs, negations and commas; not a noun "his" or "its" owns.
 */
function hasOwnSubject(sentence: Analysis, verb: number, language: Language): boolean {
  const i = subjectSlot(sentence, verb, language);
  const token = sentence.tokens[i];
  if (token === undefined || sentence.factOf[i]! >= 0) return false;
  // "his condition is not thought to be serious" may speak of whoever "his" stands for.
  if (token.pos === "NOUN" && i > 0 && language.roles(sentence.tokens[i - 1]!).has("belonging")) return false;
  // "while Carlsholm's rose": a possessive standing for its noun.
  const owner = token.pos === "PART" && i > 0 && (sentence.tokens[i - 1]!.pos === "PROPN" || sentence.tokens[i - 1]!.pos === "NOUN") && token.raw.length <= 2 && token.raw.endsWith("s");
  return token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "PRON" || owner;
}

/** Marks that end what a clause says: between them, one verb's doer is not the next verb's. */
const CLAUSE_STOPS: ReadonlyMap<string, string> = new Map([
  [";", "semicolon"],
  [":", "colon"],
]);

/**
 * The semicolon, or the colon after a clause with a verb of its own, that stands between two
 * tokens, by name. A colon after a label ("Varrow fire: firefighter dies") says what the rest is
 * about; a mark the claim writes too is the claim's own (a title such as "Dune: Part Two").
 */
function stopBetween(sentence: Analysis, a: number, b: number, claim: Analysis): string | undefined {
  let verb = false;
  for (let t = Math.min(a, b) + 1; t < Math.max(a, b); t++) {
    const token = sentence.tokens[t]!;
    const stop = CLAUSE_STOPS.get(token.raw);
    if (stop && (verb || token.raw === ";") && !claim.tokens.some((own) => own.raw === token.raw)) return stop;
    if (token.pos === "VERB" || token.pos === "AUX") verb = true;
  }
  return undefined;
}

/**
 * The passage read with its relation as a verb where the tagger read the claim's verb, the same
 * word, as a noun after a doer ("Redhaven sign Costa", a headline), or read a verb's -ing form
 * as a noun after a preposition: word order then says who did it, as it does for the claim.
 */
function asVerb(sentence: Analysis, relation: PartMatch, claim: ClaimView): Analysis {
  const verb = relation.tokens![0]!;
  const token = sentence.tokens[verb]!;
  if (token.pos !== "NOUN" || claim.analysis.tokens[relation.part.tokens[0]!]!.pos !== "VERB") return sentence;
  // Or a verb's -ing form after a preposition ("after beating Ardley"), which takes an object as a verb does.
  const gerund = verb > 0 && claim.language.ingForm(token) && (sentence.tokens[verb - 1]!.pos === "ADP" || sentence.tokens[verb - 1]!.pos === "SCONJ");
  if (!gerund && (relation.relation !== "same" || verb === 0 || sentence.nameOf[verb - 1]! < 0)) return sentence;
  const tokens = [...sentence.tokens];
  tokens[verb] = { ...token, pos: "VERB" };
  return { ...sentence, tokens };
}

/**
 * Where the passage's verb opens a relative clause ("the state, which contributed"), its doer is
 * what the relative word stands for: the name or noun before it. The claim's subject must be
 * that name, or that noun describe it ("the foundation, which" for the Okafor Foundation).
 */
function relativeAntecedent(alignment: Alignment, sentence: Analysis, verb: number, claim: ClaimView): { said: string; subject: PartMatch } | undefined {
  const { tokens } = sentence;
  const { language } = claim;
  const i = beforeVerb(sentence, verb);
  if (i < 1 || !language.roles(tokens[i]!).has("relative")) return undefined;
  let end = i - 1;
  if (tokens[end]!.raw === ",") end--;
  if (end < 0) return undefined;
  // The claim's subject, in the voice the passage uses: its doer when both are active or both passive.
  if (alignment.atom.passive !== isPassive(sentence, verb, language)) return undefined;
  const subject = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind === "name" && (m.found === "here" || m.found === "nearby"));
  if (!subject) return undefined;
  const name = sentence.nameOf[end]!;
  const antecedent = name >= 0 ? range(sentence.names[name]!.first, sentence.names[name]!.last + 1) : tokens[end]!.pos === "NOUN" ? [end] : undefined;
  if (!antecedent) return undefined;
  // Any part of the claim's subject may be what the relative word stands for ("the renovation of the museum", "a renovation that cost").
  const subjects = alignment.parts.filter((m) => m.part.role === "subject");
  if (subjects.some((m) => m.sentence === alignment.view && m.tokens?.some((t) => antecedent.includes(t)))) return undefined;
  const subjectWords = new Set(subjects.flatMap((m) => m.part.tokens.flatMap((t) => [claim.analysis.tokens[t]!.norm, claim.analysis.tokens[t]!.lemma])));
  if (name < 0 && (subjectWords.has(tokens[end]!.norm) || subjectWords.has(tokens[end]!.lemma))) return undefined;
  // A name the claim gives too, in another role ("Riverside, which stars Ann Lee as Maya Ross"), is left to the reversal checks.
  if (name >= 0 && namedInClaim(sentence.names[name]!, claim)) return undefined;
  return { said: sentence.text.slice(tokens[antecedent[0]!]!.start, tokens[antecedent[antecedent.length - 1]!]!.end), subject };
}

/**
 * A passive participle after a name and a comma ("for Glass Rooms, directed by Leila Noor") says
 * what was done to that name: a claim's subject taken from elsewhere (a sentence around it, or
 * "the" standing for the article's topic) is not what it was done to.
 */
function participleAntecedent(alignment: Alignment, sentence: Analysis, verb: number, claim: ClaimView): { said: string; subject: PartMatch } | undefined {
  if (!alignment.atom.passive || verb < 2 || sentence.tokens[verb - 1]!.raw !== ",") return undefined;
  // Past a closing quotation mark: "for "Glass Rooms", directed by".
  let at = verb - 2;
  while (at > 0 && sentence.tokens[at]!.kind === "symbol" && sentence.tokens[at]!.pos === "PUNCT") at--;
  const name = sentence.nameOf[at]!;
  if (name < 0 || namedInClaim(sentence.names[name]!, claim)) return undefined;
  const subject = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind === "name" && !(m.found === "here" && m.sentence === alignment.view));
  if (!subject) return undefined;
  const mention = sentence.names[name]!;
  return { said: sentence.text.slice(sentence.tokens[mention.first]!.start, sentence.tokens[mention.last]!.end), subject };
}

/**
 * The same two names in each other's roles: the passage says the claim the other way round,
 * which contradicts it ("Dunmore beat Carrick" against "Carrick beat Dunmore"). Where the
 * claim's relation is only related to the passage's, the passage says nothing of it either way.
 * `doerFirst` when the pair is the claim's doer and what it did it to, in that order.
 */
function turnedRound(alignment: Alignment, relation: PartMatch, [first, second]: [PartMatch, PartMatch], claim: ClaimView, doerFirst = false): Finding {
  const { language } = claim;
  const why = `has ${first.text} and ${second.text} the other way round`;
  const sameRelation = relation.relation === "same" || relation.relation === "synonym";
  // Only a clause that says plainly who did it: a name right before the verb, or "be" before it.
  const sentence = alignment.view.analysis;
  const verb = relation.tokens![0]!;
  // Not a verb that shares its subject with one before it ("was built by Castell Rail and is run by NorTram").
  const shared = language.roles(sentence.tokens[beforeVerb(sentence, verb)] ?? { lemma: "" }).has("coordinator");
  const plain = !shared && (sentence.tokens[verb]!.pos !== "VERB" || headBefore(sentence, verb) || copulaBefore(sentence, verb, language));
  if (!sameRelation || !plain || !oneThing(first, claim) || !oneThing(second, claim)) return { detector: "roles", effect: "lacks", why, match: second };
  const said = (a: string, b: string) => `${a} ${relation.part.text} ${b}`;
  // Said as the active voice says it, doer first, whichever voice the claim is in.
  const [claimFirst, claimSecond] = doerFirst || first.part.tokens[0]! < second.part.tokens[0]! ? [first, second] : [second, first];
  return {
    detector: "roles",
    effect: "contradicts",
    why,
    match: second,
    values: { kind: "role", claim: said(claimFirst.part.text, claimSecond.part.text), source: said(claimSecond.part.text, claimFirst.part.text) },
  };
}

/** A part that stands for who or what takes part: a name, or a noun ("the camera"). */
function oneThing(match: PartMatch, claim: ClaimView): boolean {
  return match.part.kind === "name" || (match.part.kind === "word" && claim.analysis.tokens[match.part.tokens[0]!]!.pos === "NOUN");
}

/** Whether a name or a noun ends right before a verb, auxiliaries, adverbs and an aside between: the verb's doer is said plainly. */
function headBefore(sentence: Analysis, verb: number): boolean {
  if (sentence.tokens[verb]!.pos !== "VERB") return false;
  const i = doerEnd(sentence, verb);
  return i >= 0 && (sentence.nameOf[i]! >= 0 || sentence.tokens[i]!.pos === "NOUN");
}

/** A part of the claim that names one thing: a name, or a word the claim says which one of ("the coins", "its offer"). */
function specific(match: PartMatch, claim: ClaimView): boolean {
  if (match.part.kind === "name") return true;
  const { tokens } = claim.analysis;
  let i = match.part.tokens[0]! - 1;
  while (i >= 0 && (tokens[i]!.pos === "ADJ" || tokens[i]!.pos === "NOUN")) i--;
  if (i < 0) return false;
  const roles = claim.language.roles(tokens[i]!);
  return roles.has("definite") || roles.has("possessive") || (tokens[i]!.pos === "PRON" && roles.has("anaphor"));
}

/** Who the claim says did it: its subjects, or in the passive what it links by "by". */
function claimDoers(subjects: readonly PartMatch[], objects: readonly PartMatch[], language: Language, passive: boolean): readonly PartMatch[] {
  return passive ? objects.filter((m) => m.part.link !== undefined && language.roles({ lemma: m.part.link }).has("agent")) : subjects;
}

/**
 * The claim's doer found in the passage, where the passage names someone else as the doer of
 * its verb: the name (or names joined by "and") right before an active verb, or after "by" in
 * the passive. A doer the claim names too is left to the reversal checks.
 */
function otherDoer(
  alignment: Alignment,
  sentence: Analysis,
  verb: number,
  subjects: readonly PartMatch[],
  objects: readonly PartMatch[],
  claim: ClaimView,
): { doer: string; agent: PartMatch } | undefined {
  if (sentence.tokens[verb]!.pos !== "VERB") return undefined;
  const { language } = claim;
  // "Ballard was greenlit", its participle read as a noun, is passive all the same where the passage's verb is.
  const claimVerb = alignment.atom.parts.find((p) => p.role === "relation")?.tokens[0];
  const passive =
    alignment.atom.passive || (claimVerb !== undefined && copulaBefore(claim.analysis, claimVerb, language) && isPassive(sentence, verb, language));
  // A name that only says which of the doer's noun ("the Labour councillor who proposed the
  // motion") is no doer: the noun is, and the passage's doer may be it.
  const saysWhich = (m: PartMatch) => {
    const next = m.part.tokens[m.part.tokens.length - 1]! + 1;
    return claim.analysis.tokens[next]?.pos === "NOUN" && claim.analysis.nameOf[next]! < 0;
  };
  const agents = claimDoers(subjects, objects, language, passive).filter((m) => m.part.kind === "name" && !saysWhich(m));
  if (agents.length === 0) return undefined;
  const doers = isPassive(sentence, verb, language) ? namesAfterAgentWord(sentence, verb, language) : namesBefore(sentence, verb, language);
  if (doers.length === 0) return undefined;
  const doerTokens = new Set(doers.flatMap((n) => range(n.first, n.last + 1)));
  if (agents.some((m) => m.tokens!.some((t) => doerTokens.has(t)))) return undefined;
  // A doer the claim names too is left to the reversal checks, unless it is not the claim's
  // doer: "Redhaven signed Costa from Alvor" does not say Alvor signed anyone.
  const agentNames = agents.map((m) => claim.analysis.names[claim.analysis.nameOf[m.part.tokens[0]!]!]).filter((n): n is Mention => n !== undefined);
  if (doers.some((n) => agentNames.some((a) => sameName(a, n)))) return undefined;
  const first = doers[0]!;
  return { doer: sentence.text.slice(sentence.tokens[first.first]!.start, sentence.tokens[first.last]!.end), agent: agents[0]! };
}

/**
 * The claim's doer, a name missing from the passage, where the passage's verb has a doer named
 * that shares no word with any name the claim gives: the name right before an active verb, or
 * after "by" in the passive.
 */
function absentDoer(alignment: Alignment, sentence: Analysis, verb: number, claim: ClaimView): { doer: string; agent: PartMatch } | undefined {
  if (sentence.tokens[verb]!.pos !== "VERB") return undefined;
  const { language } = claim;
  const agent = alignment.parts.find(
    (m) => m.part.kind === "name" && m.found === "missing" && (alignment.atom.passive ? m.part.role === "argument" && m.part.link !== undefined && language.roles({ lemma: m.part.link }).has("agent") : m.part.role === "subject"),
  );
  if (!agent || (!alignment.atom.passive && agent.part.link !== undefined)) return undefined;
  // The passage is about the claim's deed where it names what the deed was done to, or its article names the claim's doer.
  const anchored = alignment.parts.some((m) => m !== agent && m.part.kind === "name" && m.found === "here") || alignment.view.namedInSource(claim.termsOf(agent.part));
  if (!anchored) return undefined;
  const doers = isPassive(sentence, verb, language) ? namesAfterAgentWord(sentence, verb, language) : namesBefore(sentence, verb, language);
  // A title two names share ("Dr") does not make them one.
  const claimWords = new Set(claim.analysis.names.flatMap((n) => n.words).filter((word) => !language.roles({ lemma: word }).has("honorific")));
  const doer = doers[0];
  if (!doer || doers.some((n) => n.words.some((word) => claimWords.has(word)))) return undefined;
  // Before an active verb, a name a preposition takes, titles between, says which the doer is
  // ("A painting by the artist Clara Voss sold"), not who did it.
  if (!isPassive(sentence, verb, language) && sentence.tokens[phraseOpening(sentence, doer.first)]?.pos === "ADP") return undefined;
  return { doer: sentence.text.slice(sentence.tokens[doer.first]!.start, sentence.tokens[doer.last]!.end), agent };
}

/** Where the noun phrase ending before `start` opens: the token before its determiners, describing words and nouns. */
function phraseOpening(sentence: Analysis, start: number): number {
  let i = start - 1;
  while (i >= 0 && NOUN_PHRASE.has(sentence.tokens[i]!.pos)) i--;
  return i;
}

/**
 * Whether a thing stands where the passage's verb has what it is done to: before a passive verb,
 * or after an active one with no preposition between ("won the women's race in Kelmscar" won
 * the race, not Kelmscar).
 */
function doneToHere(sentence: Analysis, verb: number, thing: readonly number[], language: Language): boolean {
  if (isPassive(sentence, verb, language)) return thing[0]! < verb;
  return thing[0]! > verb && sentence.tokens.slice(verb + 1, thing[0]!).every((token) => token.pos !== "ADP");
}

/**
 * The claim's doer named before the passage's active verb, where a noun the claim does not have
 * is the verb's doer: "Henrik Aal's gallery bought the painting", "the museum, according to its
 * director Ana Ruiz, bought it" do not say Aal or Ruiz bought it.
 */
function nounAsDoer(
  alignment: Alignment,
  sentence: Analysis,
  verb: number,
  subjects: readonly PartMatch[],
  objects: readonly PartMatch[],
  claim: ClaimView,
): { doer: string; agent: PartMatch } | undefined {
  const { language } = claim;
  if (sentence.tokens[verb]!.pos !== "VERB" || isPassive(sentence, verb, language)) return undefined;
  const at = beforeAside(sentence, verb);
  const doer = sentence.tokens[at];
  if (doer === undefined || doer.pos !== "NOUN" || sentence.nameOf[at]! >= 0 || sentence.factOf[at]! >= 0) return undefined;
  const agents = claimDoers(subjects, objects, language, alignment.atom.passive);
  // Or named in an aside between that noun and the verb that is more than a name for it: "the
  // museum, according to its director Ana Ruiz, bought" (not "the founder, Anders Holm, said").
  const aside = (m: PartMatch) => m.tokens!.every((t) => t > at && t < verb) && range(at + 1, verb).some((t) => sentence.tokens[t]!.pos === "ADP" || sentence.tokens[t]!.pos === "VERB");
  const inAside = agents.find((m) => m.part.kind === "name" && aside(m));
  if (inAside) return { doer: doer.norm, agent: inAside };
  const agent = agents.find((m) => m.part.kind === "name" && m.tokens!.every((t) => t < at));
  if (!agent) return undefined;
  // In the verb's own clause, and no noun of the claim's between ("Solberg, whose trilogy
  // about a fishing family sold" has the claim's trilogy for its head). In another clause the
  // noun may stand for the name ("Lumio's chief executive said the company had spent"), unless
  // the name hangs on a preposition there: "cut the fine on Severn Vale Water, saying the
  // regulator had overstated the harm".
  const before = sentence.tokens[agent.tokens![0]! - 1];
  const behindPreposition = before?.pos === "ADP" && !language.roles(before).has("possessive");
  const claimWords = new Set(claim.analysis.tokens.map((t) => t.lemma));
  for (let i = agent.tokens![agent.tokens!.length - 1]! + 1; i <= at; i++) {
    const token = sentence.tokens[i]!;
    if (((token.pos === "VERB" || token.pos === "AUX") && !behindPreposition) || (token.pos === "NOUN" && claimWords.has(token.lemma))) return undefined;
  }
  return { doer: doer.norm, agent };
}

/** How far back an aside before a verb is looked through. */
const ASIDE_REACH = 10;

/** The token before a verb, or before an aside set off by commas right before it ("the museum, according to …, bought"). */
function beforeAside(sentence: Analysis, verb: number): number {
  const i = beforeVerb(sentence, verb);
  if (i < 1 || sentence.tokens[i]!.raw !== ",") return i;
  for (let j = i - 1; j >= 1 && j >= i - ASIDE_REACH; j--) if (sentence.tokens[j]!.raw === ",") return j - 1;
  return i;
}

/**
 * The claim's subject found only after a verb that has a subject of its own before it, a
 * pronoun, a noun or another name, the two in the same voice: "she turned down a prize from the
 * academy" does not say the academy turned anything down, nor "two of the victims were struck by
 * trees; the third, a fisherman, drowned" that the fisherman was struck.
 */
function doerAfterVerb(alignment: Alignment, sentence: Analysis, verb: number, subjects: readonly PartMatch[], claim: ClaimView): { doer: string; agent: PartMatch } | undefined {
  const { language } = claim;
  if (sentence.tokens[verb]!.pos !== "VERB" || alignment.atom.passive !== isPassive(sentence, verb, language)) return undefined;
  const end = sharedDoerEnd(sentence, verb, language);
  let i = sentence.tokens[end]?.raw === "," ? (nameBeforeAside(sentence, end) ?? end) : end;
  // "Brunhilde Falstow, 52, who has flown for Skelwyn Airways": "who" stands for the name before it.
  const doerWord = sentence.tokens[i];
  if (doerWord !== undefined && language.roles(doerWord).has("relative") && sentence.tokens[i - 1]?.raw === ",") {
    const antecedent = sentence.nameOf[i - 2]! >= 0 ? i - 2 : nameBeforeAside(sentence, i - 1);
    if (antecedent !== undefined) i = antecedent;
  }
  if (i < 0) return undefined;
  const doer = sentence.tokens[i]!;
  if (!(doer.pos === "PRON" || doer.pos === "NOUN" || sentence.nameOf[i]! >= 0) || language.roles(doer).has("relative")) return undefined;
  // The claim's subject by its head word where it has one ("sales" of "Haldor's beer sales"),
  // which must be the one after the verb; else by any of it, none before the verb.
  // A name in the subject is its head unless it only says whose ("Haldor's").
  const whose = (m: PartMatch) => language.roles(claim.analysis.tokens[m.part.tokens[m.part.tokens.length - 1]! + 1] ?? { lemma: "" }).has("possessive");
  const named = subjects.some((m) => m.part.kind === "name" && !whose(m));
  const head = named ? undefined : subjects.filter((m) => m.part.kind === "word" && m.part.link === undefined).at(-1);
  const agent = head ? (head.tokens!.every((t) => t > verb) ? head : undefined) : subjects.find((m) => m.tokens!.every((t) => t > verb));
  if (!agent || (head === undefined && subjects.some((m) => m.tokens!.some((t) => t < verb)))) return undefined;
  return { doer: doer.pos === "PRON" ? doer.norm : doer.raw, agent };
}

/** How far back a long aside's opening comma is looked for. */
const LONG_ASIDE_REACH = 20;

/**
 * The name before an aside that the comma at `close` ends, an aside that may hold verbs of its
 * own: "Ossian Fairlie, the deckhand missing since the trawler sank on Monday, has been found"
 * ends its doer at "Fairlie".
 */
function nameBeforeAside(sentence: Analysis, close: number): number | undefined {
  const { tokens } = sentence;
  for (let j = close - 1; j >= 1 && j >= close - LONG_ASIDE_REACH; j--) {
    if (CLAUSE_STOPS.has(tokens[j]!.raw)) return undefined;
    if (tokens[j]!.raw !== ",") continue;
    return sentence.nameOf[j - 1]! >= 0 ? j - 1 : undefined;
  }
  return undefined;
}

/**
 * The claim's speaker only after the passage's verb of saying, another its doer, and after every
 * other time the sentence says that verb ("Kinloch said …, but Amankwah said …" has Amankwah
 * say the second).
 */
function speakerElsewhere(alignment: Alignment, relation: PartMatch, subjects: readonly PartMatch[], claim: ClaimView): { doer: string; agent: PartMatch } | undefined {
  const sentence = alignment.view.analysis;
  const lemma = sentence.tokens[relation.tokens![0]!]!.lemma;
  let found: { doer: string; agent: PartMatch } | undefined;
  for (let t = 0; t < sentence.tokens.length; t++) {
    if (sentence.tokens[t]!.lemma !== lemma || sentence.tokens[t]!.pos !== "VERB") continue;
    const after = doerAfterVerb(alignment, sentence, t, subjects, claim);
    if (!after) return undefined;
    found ??= t === relation.tokens![0]! ? after : found;
  }
  return found;
}

/**
 * Where a verb's doer ends: before the verb, or where it shares its doer with a verb joined to
 * it ("Marta Quist, the chief executive, apologised and said"), where that verb's doer ends.
 */
function sharedDoerEnd(sentence: Analysis, verb: number, language: Language): number {
  let i = beforeVerb(sentence, verb);
  while (i >= 1 && language.roles(sentence.tokens[i]!).has("coordinator")) {
    const joined = beforeVerb(sentence, i);
    if (joined < 0 || sentence.tokens[joined]!.pos !== "VERB") break;
    i = doerEnd(sentence, joined);
  }
  return i;
}

/**
 * A word the claim gives with the name of its owner ("Lakeside's shares") that the passage gives
 * with another owner's ("Orchard's shares"), one the claim does not name.
 */
function otherOwner(alignment: Alignment, sentence: Analysis, claim: ClaimView): { said: string; claimed: string; match: PartMatch } | undefined {
  for (const match of alignment.parts) {
    if (match.part.kind !== "word" || match.found !== "here" || match.sentence !== alignment.view || !match.tokens) continue;
    if (claim.analysis.tokens[match.part.tokens[0]!]!.pos !== "NOUN") continue;
    const claimed = ownerBefore(claim.analysis, match.part.tokens[0]!, claim.language);
    if (claimed === undefined) continue;
    const owner = ownerBefore(sentence, match.tokens[0]!, claim.language);
    if (owner === undefined || namedInClaim(sentence.names[owner]!, claim)) continue;
    const text = (analysis: Analysis, name: number, word: number) => analysis.text.slice(analysis.tokens[analysis.names[name]!.first]!.start, analysis.tokens[word]!.end);
    return { said: text(sentence, owner, match.tokens[match.tokens.length - 1]!), claimed: text(claim.analysis, claimed, match.part.tokens[match.part.tokens.length - 1]!), match };
  }
  return undefined;
}

/**
 * The name that owns a noun: a name and a possessive right before it, adjectives between
 * ("Orchard's new shares"), or the name a relative word before it stands for ("Marit Dahl,
 * whose term").
 */
function ownerBefore(sentence: Analysis, noun: number, language: Language): number | undefined {
  let i = noun - 1;
  while (i >= 0 && sentence.tokens[i]!.pos === "ADJ") i--;
  if (i < 1) return undefined;
  const roles = language.roles(sentence.tokens[i]!);
  if (!roles.has("possessive") && !roles.has("relative")) return undefined;
  let before = i - 1;
  if (roles.has("relative") && sentence.tokens[before]!.raw === ",") before--;
  const name = before >= 0 ? sentence.nameOf[before]! : -1;
  return name >= 0 ? name : undefined;
}

/**
 * Whether the claim names this one too: the same name, or one ending the other ("Q" for "Maggie
 * Q"); not any shared word ("Fold One" is not "Galaxy Z Fold"), nor a shared surname with
 * another first name ("Leila Noor" is not "Selma Noor").
 */
export function namedInClaim(mention: Mention, claim: ClaimView, atom?: Atom): boolean {
  const { names, nameOf } = claim.analysis;
  // In the atom's own parts, where one is given.
  const own = atom ? names.filter((_, k) => atom.parts.some((p) => p.kind === "name" && nameOf[p.tokens[0]!] === k)) : names;
  return own.some((n) => sameName(n, mention));
}

/** Whether two mentions name the same: one's words end the other's ("Q" and "Maggie Q"). */
function sameName(a: Mention, b: Mention): boolean {
  return endsWith(a.words, b.words) || endsWith(b.words, a.words);
}

function endsWith(words: readonly string[], end: readonly string[]): boolean {
  return end.length > 0 && end.length <= words.length && end.every((word, k) => words[words.length - end.length + k] === word);
}

/** The names ending right before a verb (auxiliaries and adverbs between), with those joined to them by "and" or commas. */
function namesBefore(sentence: Analysis, verb: number, language: Language): Mention[] {
  const head = headNameBefore(sentence, verb);
  if (head === undefined) return [];
  const found = coordinatedNames(sentence, head, language) ?? [sentence.names[sentence.nameOf[head]!]!];
  for (let i = found[found.length - 1]!.first - 1; i > 0; ) {
    const joiner = sentence.tokens[i]!;
    if (!(joiner.raw === "," || language.roles(joiner).has("coordinator"))) break;
    const name = sentence.nameOf[i - 1]!;
    if (name < 0) break;
    const mention = sentence.names[name]!;
    found.push(mention);
    i = mention.first - 1;
  }
  // Names a preposition takes say which the doer is, not who: "firefighters from Hallam Brook
  // and Stenford fought"; a word that opens a clause is no such preposition ("after Daniel Vost lost").
  const before = sentence.tokens[found[found.length - 1]!.first - 1];
  if (before?.pos !== "ADP") return found;
  const roles = language.roles(before);
  // "with Glenvarrow taking 14 of them": a word that opens a clause of a verb in -ing takes its doer.
  const absolute = roles.has("absolute") && language.ingForm(sentence.tokens[verb]!);
  return roles.has("possessive") || roles.has("subordinator") || absolute ? found : [];
}

/** The claim's speaker named only in a sentence before the passage's, whose verb of saying has a name of its own before it. */
function speakerBefore(alignment: Alignment, relation: PartMatch, claim: ClaimView): { doer: string; agent: PartMatch } | undefined {
  const subjects = alignment.parts.filter((m) => m.part.role === "subject");
  const agent = subjects.find((m) => m.part.kind === "name" && m.found === "nearby");
  if (!agent || subjects.some((m) => m.part.kind !== "name" || (m.found === "here" && m.sentence === alignment.view))) return undefined;
  const sentence = alignment.view.analysis;
  const slot = subjectSlot(sentence, relation.tokens![0]!, claim.language);
  const name = sentence.names[sentence.nameOf[slot] ?? -1];
  if (!name || namedInClaim(name, claim)) return undefined;
  return { doer: sentence.text.slice(sentence.tokens[name.first]!.start, sentence.tokens[name.last]!.end), agent };
}

/**
 * The claim's speaker named only inside an aside that ends right before the verb of saying and
 * is set beside another name: that name is who said it.
 */
function speakerInAside(sentence: Analysis, verb: number, subjects: readonly PartMatch[]): { doer: string; agent: PartMatch } | undefined {
  const close = beforeVerb(sentence, verb);
  if (sentence.tokens[close]?.raw !== ",") return undefined;
  const holder = asideHolder(sentence, close);
  if (!holder) return undefined;
  // The claim's speaker is the name itself, not a name that says which ("the chief executive of Quellford").
  if (subjects.some((m) => m.part.kind !== "name")) return undefined;
  const agent = subjects.find((m) => m.part.kind === "name" && m.tokens!.every((t) => t > holder.last && t < close));
  if (!agent || subjects.some((m) => m.tokens!.some((t) => t >= holder.first && t <= holder.last))) return undefined;
  return { doer: sentence.text.slice(sentence.tokens[holder.first]!.start, sentence.tokens[holder.last]!.end), agent };
}

/**
 * The name an aside holding token `at` is set beside: back to a comma with a name before it (or
 * a value set between commas after the name), no verb or clause stop between.
 */
function asideHolder(sentence: Analysis, at: number): Mention | undefined {
  for (let j = at - 1; j >= 1 && j >= at - LONG_ASIDE_REACH; j--) {
    const token = sentence.tokens[j]!;
    if (CLAUSE_STOPS.has(token.raw) || token.pos === "VERB") return undefined;
    const name = appositionNameBefore(sentence, j);
    if (name) return name;
  }
  return undefined;
}

/**
 * The names of a subject that joins several with "and", descriptions and asides between, the
 * head name first: in "Ann Lee, 38, and her climbing partner, Tom Roe, 45, reached the top"
 * both reached it. A name that owns what follows ("Ann Lee's partner") is not one of them. None
 * where the words before the head name join no other name so.
 */
function coordinatedNames(sentence: Analysis, head: number, language: Language): Mention[] | undefined {
  const { tokens } = sentence;
  let joined = false;
  let i = head - 1;
  for (; i >= 0; i--) {
    const token = tokens[i]!;
    if (language.roles(token).has("coordinator")) joined = true;
    else if (!(token.raw === "," || NOUN_PHRASE.has(token.pos) || token.pos === "PART" || describesNextNoun(sentence, i, language))) break;
  }
  if (!joined) return undefined;
  const found = [sentence.names[sentence.nameOf[head]!]!];
  for (let t = head - 1; t > i; t--) {
    const name = sentence.nameOf[t]!;
    if (name < 0 || found.includes(sentence.names[name]!)) continue;
    const mention = sentence.names[name]!;
    if (tokens[mention.last + 1]?.pos !== "PART") found.push(mention);
  }
  return found.length > 1 ? found : undefined;
}

/** How far after a passive verb its "by" is looked for. */
const AGENT_REACH = 6;

/** The names after the word that introduces the doer of a passive ("by"), a title or two between, and those joined to them. */

function namesAfterAgentWord(sentence: Analysis, verb: number, language: Language): Mention[] {
  const { tokens } = sentence;
  // Adverbs, and phrases that say when or where ("were discovered in April by"), may stand between.
  const agent = (t: Token) => t.pos === "ADP" && language.roles(t).has("agent");
  const adjunct = (t: Token) => ["ADV", "PART", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos);
  let i = verb + 1;
  while (i < tokens.length && i <= verb + AGENT_REACH && !agent(tokens[i]!) && adjunct(tokens[i]!)) i++;
  if (!tokens[i] || !agent(tokens[i]!)) return [];
  i++;
  // "by her sister, Leila Noor": a title, or a description and a comma, before the name.
  const before = (t: Token) => t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PRON" || t.hyphenated || t.raw === "-" || t.raw === ",";
  while (i < tokens.length && sentence.nameOf[i]! < 0 && before(tokens[i]!)) i++;
  const found: Mention[] = [];
  while (i < tokens.length && sentence.nameOf[i]! >= 0) {
    const mention = sentence.names[sentence.nameOf[i]!]!;
    found.push(mention);
    const joiner = tokens[mention.last + 1];
    if (!joiner || !(joiner.raw === "," || language.roles(joiner).has("coordinator"))) break;
    i = mention.last + 2;
  }
  return found;
}

/** Whether a name is followed by a hyphen and a participle other than the relation ("Q-starring"). */
function joinedToParticiple(sentence: Analysis, tokens: readonly number[], relation: number): boolean {
  const after = Math.max(...tokens) + 2;
  const next = sentence.tokens[after];
  return next !== undefined && after !== relation && next.hyphenated && next.pos === "VERB";
}

/** The first token of the name standing right before a verb, auxiliaries, adverbs and an aside between ("Ballard has been renewed", "Costa, 24, scored"). */
function headNameBefore(sentence: Analysis, verb: number): number | undefined {
  if (sentence.tokens[verb]!.pos !== "VERB") return undefined;
  let i = doerEnd(sentence, verb);
  const name = i >= 0 ? sentence.nameOf[i]! : -1;
  if (name < 0) return undefined;
  while (i > 0 && sentence.nameOf[i - 1] === name) i--;
  return i;
}

/** Whether a name stands earlier in the noun phrase of the head name: nouns, adjectives, quotes and possessives between. */
function modifies(sentence: Analysis, tokens: readonly number[], head: number): boolean {
  const last = Math.max(...tokens);
  if (last >= head || sentence.nameOf[last] === sentence.nameOf[head]) return false;
  for (let i = last + 1; i < head; i++) {
    const token = sentence.tokens[i]!;
    const inPhrase = token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "ADJ" || token.pos === "PART" || (token.kind === "symbol" && token.raw !== "," && token.raw !== ";" && token.raw !== ":" && token.raw !== "(" && token.raw !== ")");
    if (!inPhrase) return false;
  }
  return true;
}

/**
 * What a participle joined to its doer takes is the noun phrase after it, which ends before the
 * sentence's own verb: in "the Ann Lee-starring "Acme" spinoff series Riverside was renewed" she
 * stars in Riverside, and "Acme" only says which spinoff. A claim's object found outside that
 * phrase, or before its head, is not what the participle takes.
 */
function notTakenByParticiple(sentence: Analysis, verb: number, relation: PartMatch, objects: readonly PartMatch[]): Finding | undefined {
  const { tokens } = sentence;
  const isVerb = (t: number) => tokens[t]!.pos === "VERB" || tokens[t]!.pos === "AUX";
  let end = verb + 1;
  while (end < tokens.length && !ENDS_PHRASE.has(tokens[end]!.raw) && !isVerb(end)) end++;
  // A headline's topic before a colon is what the phrase after it describes ("Riverside: Ann Lee-starring drama returns").
  const topic = (m: PartMatch) => tokens[Math.max(...m.tokens!) + 1]?.raw === ":";
  const outside = objects.find((m) => m.part.kind === "name" && m.tokens!.some((t) => t <= verb || t >= end) && !topic(m));
  if (outside) return { detector: "roles", effect: "lacks", why: `names ${outside.text}, but not as what "${relation.text}" takes`, match: outside };
  const head = end < tokens.length && isVerb(end) ? headNameBefore(sentence, nextVerb(sentence, end)) : undefined;
  const which = head === undefined ? undefined : objects.find((m) => m.part.kind === "name" && modifies(sentence, m.tokens!, head));
  if (!which) return undefined;
  const name = sentence.names[sentence.nameOf[head!]!]!;
  return { detector: "roles", effect: "lacks", why: `names ${which.text} only to say which ${sentence.text.slice(tokens[name.first]!.start, tokens[name.last]!.end)}`, match: which };
}

/** Marks that end the noun phrase a joined participle takes. */
const ENDS_PHRASE: ReadonlySet<string> = new Set([",", ";", ":", ".", "(", ")", "!", "?"]);

/** The first full verb at or after `from`, auxiliaries passed over; the sentence's length if none. */
function nextVerb(sentence: Analysis, from: number): number {
  let i = from;
  while (i < sentence.tokens.length && sentence.tokens[i]!.pos !== "VERB") i++;
  return Math.min(i, sentence.tokens.length - 1);
}

/** The last token of the name a hyphenated participle is joined to ("Q" of "Maggie Q-starring"), if the relation is one. */
function joinedName(sentence: Analysis, relation: number): number | undefined {
  const token = sentence.tokens[relation]!;
  const name = relation - 2;
  return token.hyphenated && token.pos === "VERB" && name >= 0 && sentence.nameOf[name]! >= 0 ? name : undefined;
}

/** "a spinoff of Ballard" where the claim says Ballard is the spinoff: the subject sits in the argument's slot. */
function reversedLink(alignment: Alignment, sentence: Analysis, at: number, subjects: readonly PartMatch[]): [PartMatch, PartMatch] | undefined {
  const linked = alignment.parts.find((m) => m.part.role === "argument" && m.part.link !== undefined && m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view);
  if (!linked) return undefined;
  // "the Bosch spinoff" is a spinoff of Bosch: a name right before the relation fills the link's slot.
  const nominal = sentence.tokens[at]!.pos === "NOUN" || sentence.tokens[at]!.pos === "PROPN";
  const before = nominal ? subjects.find((m) => m.part.kind === "name" && compoundBefore(sentence, m.tokens!, at)) : undefined;
  if (before) return [linked, before];
  for (let i = at + 1; i < sentence.tokens.length && i <= at + 4; i++) {
    const token = sentence.tokens[i]!;
    if (token.pos === "ADP") {
      if (token.lemma !== linked.part.link) return undefined;
      const subject = subjects.find((m) => m.part.kind === "name" && m.tokens!.some((t) => t > i && t <= i + 4));
      return subject ? [linked, subject] : undefined;
    }
    if (token.pos !== "DET" && token.kind !== "symbol") return undefined;
  }
  return undefined;
}

/**
 * A passive claim's subject named before the passage's verb, though not as its subject: as the
 * doer of another verb ("was built by Castell Rail and is run by NorTram" does not say Castell
 * Rail is run).
 */
function subjectOfAnotherVerb(alignment: Alignment, sentence: Analysis, verb: number, subjects: readonly PartMatch[], language: Language): PartMatch | undefined {
  if (!alignment.atom.passive || sentence.tokens[verb]!.pos !== "VERB") return undefined;
  return subjects.find((m) => {
    if (m.part.kind !== "name" || m.tokens!.some((t) => t > verb)) return false;
    const before = sentence.tokens[m.tokens![0]! - 1];
    return before !== undefined && before.pos === "ADP" && language.roles(before).has("agent");
  });
}

/**
 * A name the passage gives only as who reports what its verb says, set off after it: "The board
 * suspended Odalys Thistlewood on Thursday, board chair Hestia Brindwell said" does not have
 * Brindwell suspended, nor suspending anyone.
 */
function speakerOnly(sentence: Analysis, verb: number, parts: readonly PartMatch[], claim: ClaimView): { match: PartMatch; said: string } | undefined {
  const { language } = claim;
  const reports = (token: Token | undefined) => token !== undefined && token.pos === "VERB" && language.roles(token).has("reporting");
  // Unless the claim gives the name as who reports too ("Speaking about …, Kerir Moheam revealed").
  const claimSays = (match: PartMatch) => reports(claim.analysis.tokens[match.part.tokens[match.part.tokens.length - 1]! + 1]) || reports(claim.analysis.tokens[match.part.tokens[0]! - 1]);
  for (const match of parts) {
    if (match.part.kind !== "name" || claimSays(match)) continue;
    const [first, last] = [match.tokens![0]!, match.tokens![match.tokens!.length - 1]!];
    if (first <= verb) continue;
    // ", Hestia Brindwell said" or ", said Hestia Brindwell.", the report set apart from the verb
    // by a comma ("said the hospital had been short" has the hospital in what is said).
    const closes = sentence.tokens[last + 1] === undefined || sentence.tokens[last + 1]!.kind === "symbol";
    const said = reports(sentence.tokens[last + 1]) ? last + 1 : closes && reports(sentence.tokens[first - 1]) ? first - 1 : undefined;
    if (said === undefined || !range(verb + 1, Math.min(first, said)).some((t) => sentence.tokens[t]!.raw === ",")) continue;
    return { match, said: sentence.tokens[said]!.raw };
  }
  return undefined;
}

/** How far back from a verb the relative word opening an aside before it is looked for. */
const RELATIVE_REACH = 30;

/**
 * A name standing inside a relative clause set off between a noun and its verb: "Priya
 * Desmukh, who … lost to Achterberg's ally, called the vote …" does not have Achterberg call it.
 */
function insideRelativeBefore(sentence: Analysis, verb: number, match: PartMatch, language: Language): { match: PartMatch; opener: string } | undefined {
  const close = beforeVerb(sentence, verb);
  if (close < 2 || sentence.tokens[close]!.raw !== ",") return undefined;
  const [first, last] = [match.tokens![0]!, match.tokens![match.tokens!.length - 1]!];
  if (last >= close) return undefined;
  for (let r = close - 1; r >= 1 && r >= close - RELATIVE_REACH; r--) {
    const token = sentence.tokens[r]!;
    if (language.roles(token).has("relative") && sentence.tokens[r - 1]!.raw === ",") return first > r ? { match, opener: token.raw } : undefined;
  }
  return undefined;
}

/**
 * The claim's doer and what it did it to both named after an active verb, in the other order:
 * where a verb's doer and object both follow it, the doer comes first ("stars Ann Lee as Maya
 * Ross" says Lee plays Ross, not the other way round).
 */
function swappedAfterVerb(alignment: Alignment, sentence: Analysis, verb: number, subjects: readonly PartMatch[], objects: readonly PartMatch[]): [PartMatch, PartMatch] | undefined {
  if (alignment.atom.passive) return undefined;
  const subject = subjects.find((m) => m.part.kind === "name" && m.tokens![0]! > verb);
  const object = objects.find((m) => m.part.kind === "name" && m.part.link === undefined && m.tokens![0]! > verb);
  if (!subject || !object || subjects.some((m) => m.tokens!.some((t) => t < verb))) return undefined;
  return subject.tokens![0]! > object.tokens![object.tokens!.length - 1]! ? [subject, object] : undefined;
}

/**
 * Who did what to whom by word order: in the active voice the doer comes before the verb and
 * what is done to after it; in the passive ("was beaten by") the other way round.
 */
function reversedOrder(
  alignment: Alignment,
  sentence: Analysis,
  verb: number,
  subjects: readonly PartMatch[],
  objects: readonly PartMatch[],
  language: Language,
): [PartMatch, PartMatch] | undefined {
  if (sentence.tokens[verb]!.pos !== "VERB") return undefined;
  const { passive } = alignment.atom;
  // The claim's doer and done-to, whatever its voice.
  const agents = claimDoers(subjects, objects, language, passive);
  const patients = passive ? subjects : objects.filter((m) => m.part.link === undefined);
  if (agents.length === 0 || patients.length === 0) return undefined;
  const evidencePassive = isPassive(sentence, verb, language);
  const side = (m: PartMatch) => (m.tokens![0]! < verb ? -1 : 1);
  for (const agent of agents) {
    for (const patient of patients) {
      if (side(agent) === side(patient)) continue;
      const agentFirst = side(agent) < 0;
      // What stands after another verb is that verb's: "the lynx released in March have died,
      // the trust said" does not say the trust was released.
      const after = agentFirst ? patient : agent;
      if (verbAfter(sentence, verb, after.tokens![0]!)) continue;
      // After a passive verb, only the doer "by" names did it: "Acme was bought, along with its
      // rival Beta" does not say Beta bought Acme.
      if (evidencePassive && agentFirst && !byAgent(sentence, patient.tokens![0]!, language)) continue;
      if (agentFirst === evidencePassive) return [agent, patient];
    }
  }
  return undefined;
}

/** Whether a name after the token `at` opens a clause of its own: "and" or "but" right before it, its own verb or auxiliary right after, and a verb between. */
function opensClauseAfter(sentence: Analysis, at: number, name: readonly number[], language: Language): boolean {
  const { tokens } = sentence;
  const first = name[0]!;
  const after = tokens[name[name.length - 1]! + 1];
  if (first <= at || !after || (after.pos !== "VERB" && after.pos !== "AUX")) return false;
  const joiner = tokens[first - 1];
  if (!joiner || !(language.roles(joiner).has("coordinator") || language.roles(joiner).has("contrast"))) return false;
  return verbAfter(sentence, at, first);
}

/** Whether a verb or an auxiliary stands after token `verb` and before token `end`. */
function verbAfter(sentence: Analysis, verb: number, end: number): boolean {
  for (let t = verb + 1; t < end; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.pos === "AUX") return true;
  return false;
}

/**
 * Whether the word for a passive's doer ("by") opens the noun phrase a name or noun starts at,
 * or the one it stands in apposition to ("directed by her sister, Leila Noor").
 */
function byAgent(sentence: Analysis, start: number, language: Language): boolean {
  const i = phraseOpening(sentence, start);
  if (i >= 0 && agentWordAt(sentence, i, language)) return true;
  if (i < 1 || sentence.tokens[i]!.raw !== ",") return false;
  const j = phraseOpening(sentence, i);
  return j >= 0 && j < i - 1 && agentWordAt(sentence, j, language);
}

/** What the claim says its named subject is, found in apposition to another name. */
function otherHolder(alignment: Alignment, claim: ClaimView): Finding | undefined {
  const here = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
  const sentence = alignment.view.analysis;
  // Words that describe: a noun or an adjective in the passage, not a verb ("Solvang, who led
  // the trial at Harrowfield University, said").
  const describing = (m: PartMatch) => m.tokens!.every((t) => sentence.tokens[t]!.pos === "NOUN" || sentence.tokens[t]!.pos === "ADJ");
  const described = alignment.parts.filter((m) => m.part.role !== "subject" && m.part.kind === "word" && here(m) && describing(m));
  const named = alignment.parts.filter((m) => m.part.role === "subject" && m.part.kind === "name" && here(m));
  if (described.length === 0 || named.length === 0) return undefined;
  const holder = appositionHolder(sentence, Math.min(...described.map((m) => m.tokens![0]!)));
  if (!holder || named.some((m) => m.tokens!.some((t) => t >= holder.first && t <= holder.last))) return undefined;
  const whose = sentence.text.slice(sentence.tokens[holder.first]!.start, sentence.tokens[holder.last]!.end);
  return { detector: "roles", effect: "lacks", why: `says "${described.map((m) => m.text).join(" ")}" of ${whose}, not of ${named[0]!.text}`, match: named[0]! };
}

/**
 * The name a noun phrase starting near `first` stands in apposition to: the name right before
 * the comma that opens it, or before a value set between commas after that name ("Maelor
 * Breuning, 27, a trainee physiotherapist").
 */
function appositionHolder(sentence: Analysis, first: number): Mention | undefined {
  return appositionNameBefore(sentence, phraseOpening(sentence, first));
}

/** What a noun phrase is made of, before its head ("her" of "her sister" too). */
const NOUN_PHRASE: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

/**
 * Under an opposite relation, a doer that is not the claim's: a thing the claim does not name,
 * after the verb ("its operating profit fell, as … offset stronger sales" says nothing of
 * sales); a name the claim does not give, before it ("rose to No. 8 …, after Daniel Vost lost
 * points" says nothing of what the claim's subject won); or what the claim's verb links to
 * ("Anyanwu won …, beating Ferrand" says the claim's "Ferrand lost to Anyanwu" the other way
 * round, not against it).
 */
function oppositeByAnother(
  alignment: Alignment,
  sentence: Analysis,
  verb: number,
  relation: PartMatch,
  subjects: readonly PartMatch[],
  objects: readonly PartMatch[],
  claim: ClaimView,
): Finding | undefined {
  const after = doerAfterVerb(alignment, sentence, verb, subjects, claim);
  const thing = after !== undefined && !claim.analysis.tokens.some((t) => t.norm === after.doer.toLowerCase() || t.lemma === after.doer.toLowerCase());
  if (thing && sentence.nameOf[beforeVerb(sentence, verb)]! < 0) {
    return { detector: "roles", effect: "lacks", why: `has ${after.agent.text} only after "${relation.text}", whose doer is "${after.doer}"`, match: after.agent };
  }
  if (sentence.tokens[verb]!.pos !== "VERB" || isPassive(sentence, verb, claim.language)) return undefined;
  const doer = namesBefore(sentence, verb, claim.language)[0];
  const agent = doer && subjects.find((m) => m.part.kind === "name" && m.tokens!.every((t) => t < doer.first || t > verb));
  if (!doer || !agent) return undefined;
  const named = claim.analysis.names.some((name) => name.words.some((word) => doer.words.includes(word)));
  if (!named) return { detector: "roles", effect: "lacks", why: `says ${sentence.text.slice(sentence.tokens[doer.first]!.start, sentence.tokens[doer.last]!.end)} ${relation.text}, not ${agent.text}`, match: agent };
  const linked = objects.find((m) => m.part.kind === "name" && m.part.link !== undefined && m.tokens!.some((t) => t >= doer.first && t <= doer.last));
  return linked ? { detector: "roles", effect: "lacks", why: `says ${linked.text} ${relation.text}, the claim's "${relation.part.text}" turned round`, match: linked } : undefined;
}

/** The claim's object of an active verb found right before the passage's active verb, as its doer. */
function doneToAsDoer(alignment: Alignment, sentence: Analysis, verb: number, objects: readonly PartMatch[], language: Language): PartMatch | undefined {
  if (alignment.atom.passive || sentence.tokens[verb]!.pos !== "VERB" || isPassive(sentence, verb, language)) return undefined;
  const doer = doerEnd(sentence, verb);
  if (doer < 0) return undefined;
  return objects.find((m) => m.part.link === undefined && m.tokens![m.tokens!.length - 1] === doer);
}

/**
 * The claim's doer, where the passage's verb is passive and names it elsewhere than after "by":
 * in what the verb was done to ("a faulty valve from a supplier, Corvane, was blamed" does not
 * say Corvane blamed anything; only where the claim's verb takes an object, as "the plant
 * opened" is said by "the plant was opened"), or after the verb as something else ("Acme was
 * bought, along with its rival Beta" does not say Beta bought Acme).
 */
function doerNotAgent(alignment: Alignment, sentence: Analysis, verb: number, subjects: readonly PartMatch[], objects: readonly PartMatch[], claim: ClaimView): { match: PartMatch; before: boolean } | undefined {
  const { language } = claim;
  if (alignment.atom.passive || sentence.tokens[verb]!.pos !== "VERB" || !isPassive(sentence, verb, language)) return undefined;
  const end = beforeVerb(sentence, verb);
  // In the verb's subject: before it, no verb between.
  const inSubject = (m: PartMatch) => {
    const last = m.tokens![m.tokens!.length - 1]!;
    if (last > end) return false;
    for (let t = last + 1; t <= end; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.pos === "AUX") return false;
    return true;
  };
  // After it as something else: no verb between, nor one of its own after it ("were found …, police said").
  const besideVerb = (m: PartMatch) => {
    const [first, last] = [m.tokens![0]!, m.tokens![m.tokens!.length - 1]!];
    if (first < verb || byAgent(sentence, first, language)) return false;
    for (let t = verb + 1; t < first; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.pos === "AUX") return false;
    let next = last + 1;
    while (next < sentence.tokens.length && sentence.tokens[next]!.pos === "ADV") next++;
    return !(sentence.tokens[next]?.pos === "VERB" || sentence.tokens[next]?.pos === "AUX");
  };
  const takesObject = objects.some((m) => m.part.link === undefined);
  for (const match of subjects) {
    if (!oneThing(match, claim)) continue;
    if (takesObject && inSubject(match)) return { match, before: true };
    if (besideVerb(match)) return { match, before: false };
  }
  return undefined;
}

/** Whether a name stands right before a word inside one noun phrase ("the 'Bosch' spinoff"). */
function compoundBefore(sentence: Analysis, name: readonly number[], at: number): boolean {
  const last = name[name.length - 1]!;
  if (last >= at) return false;
  for (let i = last + 1; i < at; i++) {
    const token = sentence.tokens[i]!;
    if (!(token.kind === "symbol" && token.raw !== "," && token.raw !== "(") && token.pos !== "PROPN" && token.pos !== "ADJ") return false;
  }
  return true;
}
