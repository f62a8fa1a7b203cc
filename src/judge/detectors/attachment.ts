// Attachment: an argument must hang on the relation in the passage, not merely stand in the
// same sentence. "The new series stars …, Ann Lee (Riverside)" names Riverside, but not as
// what the series is a remake of. The argument follows the relation within its phrase (no
// other verb, bracket or sentence break between), or stands right before it ("the Bosch spinoff").
import type { Analysis } from "../../types.js";
import type { Language, WordRole } from "../../language/language.js";
import type { Alignment, PartMatch } from "../align.js";
import { fold } from "../../text/fold.js";
import type { Detector, Finding } from "./detector.js";
import type { ClaimView } from "../view.js";
import { agentFollows, isPassive } from "./voice.js";

export const attachment: Detector = {
  name: "attachment",
  detect(alignment, { claim }) {
    const relation = alignment.parts.find((m) => m.part.role === "relation");
    if (!relation || relation.found !== "here" || relation.sentence !== alignment.view) return [];
    const sentence = alignment.view.analysis;
    const findings: Finding[] = [];
    // A describing word is said of its noun under any verb, a light one too ("The old report said …").
    const loose = describedElsewhere(alignment, claim.analysis);
    if (loose) findings.push({ detector: "attachment", effect: "lacks", why: `says "${loose.adjective.text}" of something other than ${loose.noun.text}`, match: loose.adjective });
    if (alignment.atom.light) return findings;
    alignment.parts.forEach((match, k) => {
      if (match.part.role !== "argument" || match.part.kind === "fact" || match.found !== "here" || match.sentence !== alignment.view) return;
      // A describing word ("new", "mostly") hangs on the word it describes, not on the relation.
      if (match.part.kind === "word" && describes(claim.analysis, match.part.tokens[0]!, claim.language)) return;
      // The doer of a passive claim ("appointed … by Eva Holt") hangs on the verb, whatever comes
      // between; a passage in the active says it before the verb, in the same clause.
      const doer = alignment.atom.passive && match.part.link !== undefined && claim.language.roles({ lemma: match.part.link }).has("agent");
      if (doer && !isPassive(sentence, relation.tokens![0]!, claim.language) && doerInClause(sentence, match.tokens!, relation.tokens![0]!, claim.language)) return;
      // What the argument hangs on in the claim: the word before it ("head of the LAPD"), or the relation.
      const head = (doer ? undefined : headOf(alignment, k, claim.analysis, claim.language)) ?? relation;
      // What the verb takes itself is not what it takes through a preposition: "launch on an
      // Ariane 6 rocket" does not say it launches the rocket.
      const through = head === relation && !alignment.atom.passive ? prepositionBefore(sentence, relation.tokens!, match.tokens!) : undefined;
      const claimRelation = relation.part.tokens;
      if (through !== undefined && prepositionBefore(claim.analysis, claimRelation, match.part.tokens) === undefined && directlyAfter(claim.analysis, claimRelation, match.part.tokens)) {
        findings.push({ detector: "attachment", effect: "lacks", why: `names ${match.text} after "${sentence.tokens[through]!.raw}", not as what "${relation.text}" takes`, match });
        return;
      }
      // What follows another noun and its "of" is that noun's, not what the verb takes: "painted
      // by a pupil of Joris van Aelst" was not painted by van Aelst.
      const owner = head === relation && match.part.link !== undefined ? ownedBy(sentence, relation.tokens!, match.tokens!, match.part.link, claim.language) : undefined;
      if (owner !== undefined && ownedBy(claim.analysis, claimRelation, match.part.tokens, match.part.link!, claim.language) === undefined) {
        const words = sentence.text.slice(sentence.tokens[owner]!.start, sentence.tokens[match.tokens![0]! - 1]!.end);
        findings.push({ detector: "attachment", effect: "lacks", why: `names ${match.text} after "${words}", not as what "${relation.text}" takes`, match });
        return;
      }
      // Under a verb whose two sides may change places ("Rao, who met Quinn" for "Quinn met
      // Rao"), what it takes may stand as its doer, where the claim's doer stands after it.
      if (swappedSides(alignment, match, claim)) return;
      const turned = otherDirection(sentence, relation.tokens!, match, claim.language, DIRECTIONS);
      // For and against what follows, under the same verb, rule each other out.
      const against = turned === undefined ? otherDirection(sentence, relation.tokens!, match, claim.language, STANCES) : undefined;
      if (against !== undefined) {
        const said = sentence.text.slice(sentence.tokens[relation.tokens![0]!]!.start, sentence.tokens[match.tokens![match.tokens!.length - 1]!]!.end);
        const claimed = claim.analysis.text.slice(claim.analysis.tokens[relation.part.tokens[0]!]!.start, claim.analysis.tokens[match.part.tokens[match.part.tokens.length - 1]!]!.end);
        findings.push({ detector: "attachment", effect: "contradicts", why: `names ${match.text} after "${sentence.tokens[against]!.raw}", where the claim has "${match.part.link}"`, match, values: { kind: "polarity", claim: claimed, source: said } });
        return;
      }
      if (turned !== undefined) {
        findings.push({ detector: "attachment", effect: "lacks", why: `names ${match.text} after "${sentence.tokens[turned]!.raw}", where the claim has "${match.part.link}"`, match });
        return;
      }
      // A post left, set beside its holder before the verb ("Radmila Varhagen, the principal
      // conductor, resigned"): leaving it is what the passage says.
      if (head === relation && postOfLeaver(alignment, match, claim)) return;
      if (attached(sentence, head, match, claim.language)) return;
      // What the whole article is about needs no tie in each sentence ("the co-showrunners said"),
      // unless the sentence names another the title names too, which it may be said of instead.
      if (match.part.kind === "name" && match.text && inTitle(alignment, match.text) && !anotherTopicHere(alignment, match, claim.analysis)) return;
      findings.push({ detector: "attachment", effect: "lacks", why: `names ${match.text}, but not as what "${head.text}" links to`, match });
    });
    // A passive claim said in the active: what it was done to is what the verb takes, in its
    // phrase. "Holt appointed Larsen as governor, replacing Marit Dahl" did not appoint Dahl.
    const verb = relation.tokens![0]!;
    if (alignment.atom.passive && !isPassive(sentence, verb, claim.language)) {
      const doneTo = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind !== "fact" && m.found === "here" && m.sentence === alignment.view && m.tokens![0]! > verb && !attached(sentence, relation, m, claim.language));
      if (doneTo) findings.push({ detector: "attachment", effect: "lacks", why: `names ${doneTo.text}, but not as what "${relation.text}" takes`, match: doneTo });
    }
    return findings;
  },
};

/**
 * Whether a claim's "resigned as principal conductor" finds the post in an apposition to its
 * subject before the passage's verb of leaving: after the subject and a comma, with no verb between.
 */
function postOfLeaver(alignment: Alignment, post: PartMatch, claim: ClaimView): boolean {
  const relation = alignment.parts.find((m) => m.part.role === "relation")!;
  const { language } = claim;
  // "as" before the post's words: "as principal conductor".
  let before = post.part.tokens[0]! - 1;
  while (before >= 0 && ["ADJ", "NOUN", "DET"].includes(claim.analysis.tokens[before]!.pos)) before--;
  if (before < 0 || !language.roles(claim.analysis.tokens[before]!).has("equative")) return false;
  if (!language.roles(claim.analysis.tokens[relation.part.tokens[0]!]!).has("departure")) return false;
  const sentence = alignment.view.analysis;
  const verb = relation.tokens![0]!;
  const holder = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined);
  if (!holder) return false;
  const end = holder.tokens![holder.tokens!.length - 1]!;
  if (sentence.tokens[end + 1]?.raw !== "," || post.tokens![0]! <= end || post.tokens![0]! >= verb) return false;
  for (let t = end + 1; t < verb; t++) if (sentence.tokens[t]!.pos === "VERB") return false;
  return true;
}

/**
 * Whether a name stands before an active verb as its doer: no other verb or clause break
 * between, nor a noun it would only say whose ("Henrik Aal's gallery bought it"); a date may
 * stand between ("Eva Holt on Thursday appointed").
 */
function doerInClause(sentence: Analysis, name: readonly number[], verb: number, language: Language): boolean {
  const last = name[name.length - 1]!;
  if (last >= verb) return false;
  for (let i = last + 1; i < verb; i++) {
    const token = sentence.tokens[i]!;
    if (token.pos === "VERB" || token.raw === ";" || token.raw === ":" || token.raw === "(") return false;
    if (language.roles(token).has("possessive") || (token.pos === "NOUN" && sentence.factOf[i]! < 0)) return false;
  }
  return true;
}

/**
 * The preposition that links an argument to the verb in the passage: one between them, in the
 * argument's phrase (articles, adjectives and nouns between), not the word for a passive's doer.
 */
function prepositionBefore(sentence: Analysis, relation: readonly number[], argument: readonly number[]): number | undefined {
  const verb = relation[relation.length - 1]!;
  const first = argument[0]!;
  if (first <= verb || sentence.tokens[verb]!.pos !== "VERB") return undefined;
  for (let i = first - 1; i > verb; i--) {
    const token = sentence.tokens[i]!;
    if (token.pos === "ADP") return token.lemma === "by" || sentence.nameOf[i]! >= 0 ? undefined : i;
    if (!inObjectPhrase(sentence, i)) return undefined;
  }
  return undefined;
}

/**
 * The noun whose partitive word ("of") an argument follows, where the claim's preposition for
 * the argument (`link`) takes that noun: "a pupil" in "painted by a pupil of Joris van Aelst".
 * "plays the role of Renée Ballard" takes no preposition before the role.
 */
function ownedBy(sentence: Analysis, relation: readonly number[], argument: readonly number[], link: string, language: Language): number | undefined {
  const verb = relation[relation.length - 1]!;
  const first = argument[0]!;
  if (first <= verb) return undefined;
  const partitive = first - 1;
  if (!language.roles(sentence.tokens[partitive]!).has("partitive")) return undefined;
  for (let i = partitive - 1; i > verb; i--) {
    const token = sentence.tokens[i]!;
    if (token.pos === "NOUN" && sentence.nameOf[i]! < 0 && sentence.factOf[i]! < 0) {
      let start = i;
      while (start - 1 > verb && ["DET", "ADJ", "PRON"].includes(sentence.tokens[start - 1]!.pos)) start--;
      return sentence.tokens[start - 1]?.lemma === link ? start : undefined;
    }
    if (token.pos !== "DET" && token.pos !== "ADJ") return undefined;
  }
  return undefined;
}

/** Under a symmetric relation, an argument the verb takes standing before it, with the claim's doer after it. */
function swappedSides(alignment: Alignment, argument: PartMatch, claim: ClaimView): boolean {
  const relation = alignment.parts.find((m) => m.part.role === "relation")!;
  if (argument.part.link !== undefined || !claim.language.roles(claim.analysis.tokens[relation.part.tokens[0]!]!).has("symmetric")) return false;
  const verb = relation.tokens![0]!;
  const doer = alignment.parts.find((m) => m.part.role === "subject" && m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined);
  return argument.tokens![0]! < verb && doer !== undefined && doer.tokens![0]! > verb;
}

/**
 * Where the claim says a movement starts ("from Corby") and the passage where it goes ("to the
 * plant in Corby"), or the other way round: the preposition that heads the argument's phrase in
 * the passage, when it is of the other direction.
 */
function otherDirection(sentence: Analysis, relation: readonly number[], argument: PartMatch, language: Language, [one, other]: readonly [WordRole, WordRole]): number | undefined {
  const link = argument.part.link;
  if (link === undefined) return undefined;
  const claimed = language.roles({ lemma: link });
  const own = claimed.has(one) ? one : claimed.has(other) ? other : undefined;
  if (own === undefined) return undefined;
  const verb = relation[relation.length - 1]!;
  for (let i = argument.tokens![0]! - 1; i > verb; i--) {
    const roles = language.roles(sentence.tokens[i]!);
    if (roles.has(own) || breaksPhrase(sentence, i, language)) return undefined;
    if (roles.has(one) || roles.has(other)) return i;
  }
  return undefined;
}

/** Where a movement starts and where it goes. */
const DIRECTIONS: readonly [WordRole, WordRole] = ["origin", "destination"];
/** A stance for what follows and one against it. */
const STANCES: readonly [WordRole, WordRole] = ["favouring", "opposing"];

/** Whether an argument follows the verb as what it takes itself: articles, adjectives and nouns between, nothing else. */
function directlyAfter(sentence: Analysis, relation: readonly number[], argument: readonly number[]): boolean {
  const verb = relation[relation.length - 1]!;
  const first = argument[0]!;
  if (first <= verb) return false;
  for (let i = verb + 1; i < first; i++) if (!inObjectPhrase(sentence, i)) return false;
  return true;
}

/**
 * An adjective of the claim found in the passage, though not in the phrase of the noun it
 * describes there: "its largest acquisition, the snack maker Brightmill" does not call Brightmill
 * the largest snack maker. Only where the passage holds that noun in the same sentence.
 */
function describedElsewhere(alignment: Alignment, claim: Analysis): { adjective: PartMatch; noun: PartMatch } | undefined {
  const here = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
  const sentence = alignment.view.analysis;
  for (const adjective of alignment.parts) {
    if (adjective.part.kind !== "word" || !here(adjective) || claim.tokens[adjective.part.tokens[0]!]!.pos !== "ADJ") continue;
    if (sentence.tokens[adjective.tokens![0]!]!.pos !== "ADJ") continue;
    // The noun it describes in the claim: the head its phrase runs on to.
    let t = adjective.part.tokens[adjective.part.tokens.length - 1]! + 1;
    while (t < claim.tokens.length && (claim.tokens[t]!.pos === "ADJ" || claim.tokens[t]!.raw === "-")) t++;
    while (claim.tokens[t]?.pos === "NOUN" && claim.tokens[t + 1]?.pos === "NOUN") t++;
    const noun = alignment.parts.find((m) => m.part.kind === "word" && m.part.tokens.includes(t) && claim.tokens[t]!.pos === "NOUN");
    if (!noun || !here(noun)) continue;
    const from = adjective.tokens![adjective.tokens!.length - 1]!;
    const to = noun.tokens![0]!;
    let inPhrase = from < to;
    // Other describing words may stand between, and commas ("a small, family-run snack maker").
    for (let i = from + 1; inPhrase && i < to; i++) {
      const token = sentence.tokens[i]!;
      inPhrase = inObjectPhrase(sentence, i) || token.raw === ",";
    }
    // The noun said again within the adjective's own phrase ("appointed the Finnish conductor
    // Aarne Kivisalo as its chief conductor"): found first where it is said first.
    if (!inPhrase && !sameNounInPhrase(sentence, from, sentence.tokens[to]!.lemma)) return { adjective, noun };
  }
  return undefined;
}

/** Whether the phrase after `from` (describing words, then nouns) runs on to a noun of this lemma. */
function sameNounInPhrase(sentence: Analysis, from: number, lemma: string): boolean {
  for (let i = from + 1; i < sentence.tokens.length && (inObjectPhrase(sentence, i) || sentence.tokens[i]!.raw === ","); i++) {
    if (sentence.tokens[i]!.pos === "NOUN" && sentence.tokens[i]!.lemma === lemma) return true;
  }
  return false;
}

function inObjectPhrase(sentence: Analysis, i: number): boolean {
  const { pos, raw, hyphenated } = sentence.tokens[i]!;
  // A word joined by a hyphen belongs to the phrase whatever its tag ("family-run").
  return pos === "DET" || pos === "ADJ" || pos === "NOUN" || pos === "NUM" || pos === "PROPN" || sentence.factOf[i]! >= 0 || raw === "-" || hyphenated;
}

/** The nearest word or name before an argument in the claim, when the passage holds it too. */
function headOf(alignment: Alignment, k: number, claim: Analysis, language: Language): PartMatch | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const before = alignment.parts[j]!;
    if (before.part.kind === "fact" || before.part.role === "subject") continue;
    // A word that says what kind the argument is, or a name that says whose ("close Pellingham's
    // shops" closes the shops), hangs on it: the argument hangs on what comes before them.
    if (before.part.kind === "word" && describes(claim, before.part.tokens[0]!, language)) continue;
    if (before.part.kind === "name" && saysWhose(claim, before.part.tokens[before.part.tokens.length - 1]!, language)) continue;
    return before.found === "here" && before.sentence === alignment.view && before.tokens ? before : undefined;
  }
  return undefined;
}

/** Whether a possessive follows the token: "Pellingham's". */
function saysWhose(claim: Analysis, t: number, language: Language): boolean {
  const marker = claim.tokens[t + 1];
  return marker !== undefined && (language.roles(marker).has("possessive") || marker.raw === "'" || marker.raw === "\u2019");
}

/**
 * An argument is attached when it follows its head within the head's phrase, or stands right
 * before it inside one noun phrase ("the Bosch spinoff", "Connelly's novels").
 */
function attached(sentence: Analysis, head: PartMatch, argument: PartMatch, language: Language): boolean {
  const from = head.tokens![head.tokens!.length - 1]!;
  const to = argument.tokens![0]!;
  if (to > from) {
    // Auxiliaries right before a verb are its own: "agreed to be sold" takes "sold".
    let end = to;
    if (sentence.tokens[to]!.pos === "VERB") while (end - 1 > from && sentence.tokens[end - 1]!.pos === "AUX") end--;
    for (let i = from + 1; i < end; i++) if (breaksPhrase(sentence, i, language)) return false;
    return true;
  }
  const last = argument.tokens![argument.tokens!.length - 1]!;
  if (passiveSubject(sentence, last, head.tokens![0]!, language)) return true;
  for (let i = last + 1; i < head.tokens![0]!; i++) if (!inNounPhrase(sentence, i, language)) return false;
  return last < head.tokens![0]!;
}

/**
 * Whether a claim word describes the word after it rather than standing for a thing: an adjective
 * or adverb ("new", "mostly"), or a noun before the noun it modifies ("west wing", "museum's wing").
 */
function describes(claim: Analysis, t: number, language: Language): boolean {
  const token = claim.tokens[t]!;
  if (token.pos === "ADJ" || token.pos === "ADV") return true;
  const next = saysWhose(claim, t, language) ? t + 2 : t + 1;
  const after = claim.tokens[next];
  // A verb before a name takes it ("for embodying Renee"); before a noun it may describe it ("falling trees").
  if (token.pos === "VERB" && after?.pos === "PROPN") return false;
  return after !== undefined && (after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ");
}

/**
 * "The renovation was funded", "the wing, designed by Feld": what a passive verb is done to
 * stands before it, with a form of "be" between, or a comma before a participle and its "by".
 */
function passiveSubject(sentence: Analysis, last: number, verb: number, language: Language): boolean {
  const { tokens } = sentence;
  if (tokens[verb]!.pos !== "VERB") return false;
  // "designed by Feld", "founded in 1974 by Maddock Haudry", not "reduced by 62 percent".
  let passive = tokens[verb]!.norm !== tokens[verb]!.lemma && agentFollows(sentence, verb, language);
  // The rest of the argument's noun phrase ("wing of the museum"), then the verb's auxiliaries.
  let i = last + 1;
  while (i < verb && (tokens[i]!.pos === "ADP" || tokens[i]!.pos === "DET" || inNounPhrase(sentence, i, language))) i++;
  // Asides between commas ("The study, published in the journal, was funded by …"; "Luis
  // Brack, 52, a volunteer firefighter, was struck …"): to the last comma before the verb.
  if (tokens[i]?.raw === ",") {
    let close = verb - 1;
    while (close > i && tokens[close]!.raw !== ",") close--;
    if (close > i) i = close + 1;
  }
  for (; i < verb; i++) {
    const token = tokens[i]!;
    if (token.pos === "AUX" && language.roles(token).has("copula")) passive = true;
    else if (token.pos !== "AUX" && token.pos !== "ADV" && token.pos !== "PART" && token.raw !== ",") return false;
  }
  return passive;
}

function inNounPhrase(sentence: Analysis, i: number, language: Language): boolean {
  const token = sentence.tokens[i]!;
  if (sentence.nameOf[i]! >= 0 || language.roles(token).has("possessive")) return true;
  // A word joined to the one before by a hyphen is part of one describing word ("Liberian-registered").
  if (token.hyphenated && i > 0 && sentence.tokens[i - 1]!.raw === "-") return true;
  return ["NOUN", "PROPN", "ADJ", "NUM"].includes(token.pos) || ["'", '"', "-", "\u2019", "\u2018"].includes(token.raw);
}

/** Whether every word of a name, as written, is in the title of the passage's article. */
function inTitle(alignment: Alignment, text: string): boolean {
  const title = alignment.view.source.title;
  if (!title) return false;
  const words = new Set(fold(title).split(/[^\p{L}\p{N}]+/u));
  return fold(text).split(/[^\p{L}\p{N}]+/u).every((word) => word === "" || words.has(word));
}

/**
 * Whether the sentence names another name the title gives, one the claim does not: in "Kessingham
 * beat Ardley", "Kessingham manager Erin Walsh, who played for Ardley" may say whose manager.
 */
function anotherTopicHere(alignment: Alignment, match: PartMatch, claim: Analysis): boolean {
  // Words the claim writes, as names or not ("Head Coach" in a headline is the claim's head coach).
  const claimWords = new Set([...claim.names.flatMap((n) => n.words), ...claim.tokens.map((t) => t.norm)]);
  return alignment.view.analysis.names.some((name) => {
    if (name.words.some((word) => claimWords.has(word)) || match.tokens?.includes(name.first)) return false;
    const { text, tokens } = alignment.view.analysis;
    return inTitle(alignment, text.slice(tokens[name.first]!.start, tokens[name.last]!.end));
  });
}

/** A token that ends the phrase a relation heads: another verb, a bracket, a clause break. */
function breaksPhrase(sentence: Analysis, i: number, language: Language): boolean {
  const token = sentence.tokens[i]!;
  if (sentence.nameOf[i]! >= 0 || sentence.factOf[i]! >= 0) return false;
  if (language.roles(token).has("possessive")) return false;
  // A participle inside a noun phrase ("the newly formed division", "a family-run firm") modifies, it does not predicate.
  if (token.pos === "VERB" && (isModifier(sentence, i, language) || token.hyphenated)) return false;
  if (token.pos === "VERB" || token.pos === "AUX") return true;
  if (["(", ")", ";", ".", "[", "]", "!", "?"].includes(token.raw)) return true;
  // A clause of contrast: "free for children, while adults pay $15".
  if (sentence.tokens[i - 1]?.raw === "," && language.roles(token).has("contrast")) return true;
  return language.roles(token).has("relative");
}

/**
 * A verb standing between a determiner, adverb, adjective or number and the noun it describes
 * ("14 proposed warehouses", "its counting procedures", "by falling trees").
 */
function isModifier(sentence: Analysis, i: number, language: Language): boolean {
  const before = sentence.tokens[i - 1];
  const after = sentence.tokens[i + 1];
  const nounAfter = after !== undefined && (after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ" || sentence.nameOf[i + 1]! >= 0);
  const describedBefore =
    before !== undefined &&
    (before.pos === "DET" || before.pos === "ADV" || before.pos === "ADJ" || before.pos === "PART" || before.pos === "NUM" || language.roles(before).has("belonging") || sentence.nameOf[i - 1]! >= 0 || sentence.factOf[i - 1]! >= 0);
  // Or between a preposition and a common noun ("struck by falling trees"); before a name it
  // takes an object ("after beating Chelsea").
  const commonNounAfter = after?.pos === "NOUN" && sentence.nameOf[i + 1]! < 0;
  const afterPreposition = before?.pos === "ADP" && commonNounAfter;
  // Or a past participle between a verb and a common noun ("handling stolen goods"); after an
  // auxiliary it is the verb ("had stolen goods").
  const token = sentence.tokens[i]!;
  const pastParticiple = token.norm !== token.lemma && !token.norm.endsWith("ing");
  const afterVerb = before?.pos === "VERB" && pastParticiple && commonNounAfter;
  return (nounAfter && describedBefore) || afterPreposition || afterVerb;
}
