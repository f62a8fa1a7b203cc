// Cancellation: a passage that names the atom's relation as a thing called off ("have called
// off next week's strike", "the launch was scrapped") says it does not take place, which
// contradicts a claim that it does ("will strike next week"); one that names it as put off
// ("postponed the vote") does not state that it takes place as the claim says; one that names
// it as ended ("ending a three-month search") contradicts a claim that it goes on now ("the
// board is searching"); one that says it has not begun ("with construction yet to begin",
// "work on the bridge has not started") contradicts a claim that it is going on or took place, though
// not one that it will; one that says a post was left ("stepped down as headteacher")
// contradicts a claim that its holder holds it now, or stays in it ("will remain chair"), as does
// one that says another took it from them ("removed Ann Lee as chair", "replaced Margaret Olway as
// cabinet member") or that they left the body it is at ("has left the broadcaster"); one that says
// it was taken away ("stripped of her stage 5 victory") contradicts a claim that it was won.
import type { Analysis, Fact, Token } from "../../types.js";
import { agree } from "../../facts/agree.js";
import type { Language, WordRole } from "../../language/language.js";
import type { Detector } from "./detector.js";
import { isNegatedAt, type Alignment, type PartMatch } from "../align.js";
import type { ClaimView } from "../view.js";
import { appositionNameBefore, doerEnd, wordKey } from "../sentence.js";

export const cancellation: Detector = {
  name: "cancellation",
  detect(alignment, { claim }) {
    const found = alignment.atom.light ? undefined : alignment.parts.find((m) => m.part.role === "relation" && m.found === "here" && m.sentence === alignment.view && m.tokens);
    // A verb of staying is light, and stands for the post it names; one of meaning to, for what is meant.
    const held = found ? undefined : heldOn(alignment, claim);
    const relation = found ?? held?.relation;
    // "Dawit Kelemu has been disqualified from the Kelmscar Marathon": no result of his in it stands.
    const excluded = found ? undefined : exclusion(alignment, claim);
    if (excluded) {
      const taken = { detector: "cancellation", effect: "contradicts" as const, why: `says "${excluded.words}": the result is taken away`, match: excluded.match, values: { kind: "polarity" as const, claim: excluded.claimed, source: excluded.words } };
      // What the result was ("in 2:06:12", "by 48 seconds") goes with it: contested, not lacking.
      const values = alignment.parts.filter((m) => m.found !== "here" && m.part.role !== "relation" && m.part.tokens.every((t) => claim.analysis.tokens[t]!.kind === "number" || claim.analysis.factOf[t]! >= 0));
      return [taken, ...values.map((m) => ({ ...taken, match: m }))];
    }
    // "Lavinia Varnell has since left Pellgrave & Stroud": no post of hers there stands, though
    // the passage names it ("…, who announced it as Meridale's head of drama, has left the broadcaster").
    const left = leftBody(alignment, claim);
    if (left) {
      const gone = { detector: "cancellation", effect: "contradicts" as const, why: `says "${left.words}": the post is left`, match: left.match, values: { kind: "polarity" as const, claim: left.claimed, source: left.words } };
      // The words that name the post go with it: contested, not lacking.
      const post = alignment.parts.filter((m) => m.found !== "here" && m.part.role !== "subject" && m.part.role !== "relation");
      return [gone, ...post.map((m) => ({ ...gone, match: m }))];
    }
    // "Ashcombe's has been sold": what the claim says is not meant ("has no plans to sell") takes place.
    const done = found ? undefined : realized(alignment, claim);
    if (done) return [{ detector: "cancellation", effect: "contradicts", why: `says "${done.words}": what the claim says is not meant takes place`, match: done.match, values: { kind: "polarity", claim: done.claimed, source: done.words } }];
    if (!relation) return [];
    const sentence = alignment.view.analysis;
    // Where the passage names what is called off or left, and where the claim says it goes on.
    const what = found ?? held!.post;
    const state = what.part.tokens[0]!;
    // A verb of holding a post said by another verb here ("heads" by "led") may be said as the
    // post too, where it is left: "who led the study, resigned as head of the department".
    const event = (what === found && sentence.tokens[what.tokens![0]!]!.pos === "VERB" ? postNoun(sentence, claim.analysis.tokens[state]!, claim) : undefined) ?? what.tokens![0]!;
    // The post's describing words, not the verb of staying before it ("will remain chair"), nor
    // its holder ("Ann Lee chairs"), though what the claim says is quoted with the holder.
    const spans = (roles: readonly string[]) => alignment.atom.parts.filter((p) => !roles.includes(p.role)).map((p) => p.tokens);
    const [stateStart] = postSpan(state, spans(["relation", "subject"]));
    const [quotedStart, stateEnd] = postSpan(state, spans(["relation"]));
    // What is called off or ended is a noun; a post may open with describing words ("chief
    // executive", "chief financial officer").
    const noun = sentence.tokens[event]!.pos === "NOUN";
    let head = event;
    while (!noun && sentence.tokens[head]?.pos === "ADJ") head++;
    const post = noun || (head > event && sentence.tokens[head]?.pos === "NOUN");
    if (!post) return [];
    // A claim that speaks of the calling off itself is not contradicted by it.
    if (claim.analysis.tokens.some((t) => KINDS.some(([role]) => claim.language.roles(t).has(role)))) return [];
    const [start] = postSpan(event, alignment.parts.map((m) => (m.found === "here" && m.sentence === what.sentence ? m.tokens : undefined)));
    for (const [role, effect, said] of KINDS) {
      if (!noun && role !== "departure" && role !== "removal") continue;
      if ((role === "completion" || role === "departure" || role === "removal") && !goesOnNow(claim, state, stateStart)) continue;
      if (role === "onset" && speaksOfWhatIsToCome(claim)) continue;
      const verb = governingVerb(sentence, start, role, claim.language);
      if (verb === undefined) continue;
      // Another name leaving the post: "Felix Ostrander has stepped down as festival director and
      // been replaced by Zinnia Quelland" leaves Quelland in it.
      if (role === "departure" && leftByAnother(alignment, sentence, verb)) continue;
      // A post taken from another: "removed Ilsa Varnholt as rector-elect" leaves any other holder in it.
      if (role === "removal" && !removedFrom(alignment, claim, sentence, verb, start)) continue;
      // A post to be left ("when Jasper Ashbury will step down as managing director") is held
      // still: it ends no claim that it is held now, only one that it will be.
      if (role === "departure" && yetToCome(sentence, verb, claim.language) && !speaksOfWhatIsToCome(claim)) continue;
      // A post is quoted whole: "resigned as chief executive".
      let end = noun ? event : head;
      while (!noun && sentence.tokens[end + 1]?.pos === "NOUN") end++;
      const [first, last] = verb < event ? [verb, end] : [event, verb];
      const words = sentence.text.slice(sentence.tokens[first]!.start, sentence.tokens[last]!.end);
      const match = held ? { ...relation, found: "opposite" as const, sentence: alignment.view, tokens: held.post.tokens!, text: held.post.text! } : relation;
      // What the claim says is so: its relation, with the post or thing a verb of staying or meaning to stands for.
      const claimed = held
        ? claim.analysis.text.slice(claim.analysis.tokens[relation.part.tokens[0]!]!.start, claim.analysis.tokens[held.post.part.tokens[held.post.part.tokens.length - 1]!]!.end)
        : claim.analysis.text.slice(claim.analysis.tokens[quotedStart]!.start, claim.analysis.tokens[Math.max(stateEnd, relation.part.tokens[relation.part.tokens.length - 1]!)]!.end);
      // Put off to a time the claim's plan is not at: "postponed the release until 2031" against "plans to release them by 2029".
      const later = role === "postponement" ? putOffTo(sentence, verb, claim) : undefined;
      if (later) {
        const to = sentence.text.slice(sentence.tokens[first]!.start, later.end);
        return [{ detector: "cancellation", effect: "contradicts", why: `says "${to}": it is put off to another time`, match, values: { kind: "polarity", claim: claimed, source: to } }];
      }
      const finding = { detector: "cancellation", effect, why: `says "${words}": ${said}`, match };
      if (effect !== "contradicts") return [finding];
      const contradiction = { ...finding, values: { kind: "polarity", claim: claimed, source: words } };
      // The post left, named by its head alone ("stepped down as chair"), is the claim's post
      // named whole ("chair of the board"): what the claim names it by is contested with it.
      const after = sentence.tokens[end + 1];
      const namedWhole = after !== undefined && claim.language.roles(after).has("partitive");
      const named = role === "departure" && !namedWhole ? wholePost(alignment, claim, stateStart, Math.max(state, stateEnd)) : [];
      return [contradiction, ...named.map((m) => ({ ...contradiction, match: m }))];
    }
    return [];
  },
};

/** Whether the name between a verb of removal and the post is the atom's subject's. */
function removedFrom(alignment: Alignment, claim: ClaimView, sentence: Analysis, verb: number, post: number): boolean {
  const subject = alignment.atom.parts.filter((p) => p.role === "subject" && p.kind === "name").flatMap((p) => p.tokens.map((t) => claim.analysis.tokens[t]!.norm));
  if (subject.length === 0) return false;
  const between = sentence.names.filter((name) => name.first > verb && name.last < post);
  return between.some((name) => subject.every((word) => name.words.includes(word)) || name.words.every((word) => subject.includes(word)));
}

/**
 * A noun of the passage that is the claim's verb said as the thing it holds ("head" for "heads"),
 * in a sentence that says a post is left; each noun related once a claim.
 */
function postNoun(sentence: Analysis, verb: Token, claim: ClaimView): number | undefined {
  if (!sentence.tokens.some((token) => claim.language.roles(token).has("departure"))) return undefined;
  const relations = claim.relationsOf(verb);
  const derived = (token: Token) => {
    const key = wordKey(token);
    let relation = relations.get(key);
    if (relation === undefined) relations.set(key, (relation = claim.language.relate(verb, token)));
    return relation === "derived";
  };
  const at = sentence.tokens.findIndex((token) => token.pos === "NOUN" && (token.lemma === verb.lemma || derived(token)));
  return at >= 0 ? at : undefined;
}

/**
 * Where the words naming a post begin and end: words of the claim's beside its head are part of
 * it ("managing director", whose "managing" reads as a verb; "chief financial officer"). `spans`
 * are where the atom's parts stand, in the claim or in the passage.
 */
function postSpan(head: number, spans: readonly (readonly number[] | undefined)[]): [number, number] {
  let [start, end] = [head, head];
  for (let span = spans.find((s) => s?.[s.length - 1] === start - 1); span; span = spans.find((s) => s?.[s.length - 1] === start - 1)) start = span[0]!;
  for (let span = spans.find((s) => s?.[0] === end + 1); span; span = spans.find((s) => s?.[0] === end + 1)) end = span[span.length - 1]!;
  return [start, end];
}

/**
 * A post the claim says its holder stays in ("will remain chair", "remains chair"), or a thing
 * it says is meant to be done ("plans to release more lynx"), where the passage names the post
 * or the thing but not the staying or the meaning to: the claim's relation, and the post or
 * thing found here.
 */
function heldOn(alignment: Alignment, claim: ClaimView): { relation: PartMatch; post: PartMatch } | undefined {
  const relation = alignment.parts.find((m) => m.part.role === "relation");
  if (!relation || relation.part.kind !== "word") return undefined;
  const verb = relation.part.tokens[relation.part.tokens.length - 1]!;
  const { tokens } = claim.analysis;
  const roles = claim.language.roles(tokens[verb]!);
  const staying = roles.has("staying");
  if (!staying && !roles.has("intention")) return undefined;
  let at = verb + 1;
  while (tokens[at]?.pos === "DET" || (!staying && tokens[at]?.pos === "PART")) at++;
  const post = alignment.parts.find((m) => m.part.role === "argument" && m.part.kind === "word" && m.part.tokens[0] === at);
  if (!post || post.found !== "here" || post.sentence !== alignment.view || !post.tokens || tokens[at]!.pos !== (staying ? "NOUN" : "VERB")) return undefined;
  return { relation, post };
}

/** Whether a word of what is to come stands in a verb's group before it ("will step down"). */
function yetToCome(sentence: Analysis, verb: number, language: Language): boolean {
  for (let i = verb - 1; i >= 0 && (sentence.tokens[i]!.pos === "AUX" || sentence.tokens[i]!.pos === "ADV"); i--) {
    if (language.roles(sentence.tokens[i]!).has("future")) return true;
  }
  return false;
}

/** Whether the verb of leaving has a name of its own before it that is not the claim's holder. */
function leftByAnother(alignment: Alignment, sentence: Analysis, verb: number): boolean {
  const doer = sentence.nameOf[doerEnd(sentence, verb)] ?? -1;
  if (doer < 0) return false;
  const holder = alignment.parts.filter((m) => m.part.role === "subject" && m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view);
  const name = sentence.names[doer]!;
  return holder.length > 0 && !holder.some((m) => m.tokens!.some((t) => t >= name.first && t <= name.last));
}

/** How far before a claim's verb of meaning to its negation is looked for ("has no plans", "will not consider"). */
const NEGATION_REACH = 3;

/**
 * What a claim says is not meant or weighed ("has no plans to sell", "will not consider a
 * merger"), where the passage says it takes place: the meant thing's word as a verb, not denied
 * and not itself meant, asked after or hedged ("has been sold", "will merge"; not "plans to merge").
 */
function realized(alignment: Alignment, claim: ClaimView): { words: string; match: PartMatch; claimed: string } | undefined {
  const { language } = claim;
  const relation = alignment.parts.find((m) => m.part.role === "relation");
  if (!alignment.atom.negated || !relation || relation.part.kind !== "word") return undefined;
  const { tokens } = claim.analysis;
  const verb = relation.part.tokens[relation.part.tokens.length - 1]!;
  if (!language.roles(tokens[verb]!).has("intention")) return undefined;
  let at = verb + 1;
  while (tokens[at]?.pos === "DET" || tokens[at]?.pos === "PART") at++;
  const meant = alignment.parts.find((m) => m.part.role === "argument" && m.part.kind === "word" && m.part.tokens[0] === at);
  if (!meant || meant.found !== "here" || meant.sentence !== alignment.view || !meant.tokens) return undefined;
  const sentence = alignment.view.analysis;
  const v = meant.tokens[0]!;
  if (sentence.tokens[v]!.pos !== "VERB" || isNegatedAt(sentence, v, language)) return undefined;
  // Its verb group: auxiliaries before it ("has been sold"), none of them a word of meaning to or a hedge.
  let first = v;
  while (first > 0 && (sentence.tokens[first - 1]!.pos === "AUX" || sentence.tokens[first - 1]!.pos === "PART")) first--;
  for (let t = Math.max(0, first - 1); t < v; t++) {
    const roles = language.roles(sentence.tokens[t]!);
    if (roles.has("intention") || roles.has("modal") || roles.has("condition")) return undefined;
  }
  // What the claim says, from its negation: "no plans to sell".
  let from = verb;
  for (let t = verb - 1; t >= 0 && t >= verb - NEGATION_REACH; t--) if (language.negationAt(tokens, t) > 0) from = t;
  const claimed = claim.analysis.text.slice(tokens[from]!.start, tokens[meant.part.tokens[meant.part.tokens.length - 1]!]!.end);
  const words = sentence.text.slice(sentence.tokens[first]!.start, sentence.tokens[v]!.end);
  return { words, match: { ...relation, found: "opposite", sentence: alignment.view, tokens: [v], text: sentence.tokens[v]!.raw }, claimed };
}

/**
 * A passage that puts the claim's doer out of the contest the claim gives them a result in: a
 * verb of exclusion, not negated, after the doer's name and before "from" and the contest's
 * name ("Dawit Kelemu has been disqualified from April's Kelmscar Marathon"), where the claim's
 * verb is one of standing ("won", "finished").
 */
function exclusion(alignment: Alignment, claim: ClaimView): { words: string; match: PartMatch; claimed: string } | undefined {
  const { language } = claim;
  const relation = alignment.parts.find((m) => m.part.role === "relation");
  if (!relation || !language.roles(claim.analysis.tokens[relation.part.tokens[0]!]!).has("standing") || alignment.atom.negated) return undefined;
  const here = (m: PartMatch) => m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
  const doer = alignment.parts.find((m) => m.part.role === "subject" && here(m));
  const contest = alignment.parts.find((m) => m.part.role === "argument" && here(m));
  if (!doer || !contest) return undefined;
  const sentence = alignment.view.analysis;
  const { tokens } = sentence;
  const [from, to] = [doer.tokens![doer.tokens!.length - 1]!, contest.tokens![0]!];
  for (let v = from + 1; v < to; v++) {
    if (tokens[v]!.pos !== "VERB" || !language.roles(tokens[v]!).has("exclusion") || isNegatedAt(sentence, v, language)) continue;
    if (!tokens.slice(v + 1, to).some((t) => language.roles(t).has("origin"))) return undefined;
    const words = sentence.text.slice(tokens[v]!.start, tokens[contest.tokens![contest.tokens!.length - 1]!]!.end);
    return { words, match: { ...relation, found: "opposite", sentence: alignment.view, tokens: [v], text: tokens[v]!.raw }, claimed: relation.part.text };
  }
  return undefined;
}

/**
 * The time a plan is put off to, where the claim gives it another: a date or year after the
 * verb of putting off, in its clause, that disagrees with the claim's, a claim of what is to come.
 */
function putOffTo(sentence: Analysis, verb: number, claim: ClaimView): Fact | undefined {
  if (!speaksOfWhatIsToCome(claim)) return undefined;
  const dated = (fact: Fact) => fact.kind === "date" || fact.kind === "year";
  const planned = claim.analysis.facts.filter(dated);
  for (const fact of sentence.facts) {
    if (!dated(fact) || fact.firstToken <= verb) continue;
    for (let t = verb + 1; t < fact.firstToken; t++) if (sentence.tokens[t]!.pos === "VERB" || sentence.tokens[t]!.raw === ",") return undefined;
    return planned.some((claimed) => agree(claimed, fact) === "conflict") ? fact : undefined;
  }
  return undefined;
}

/**
 * A body the passage says the claim's post holder has left, where the claim says the post, held
 * there, goes on now: "Lavinia Varnell … has since left Pellgrave & Stroud" against "Lavinia
 * Varnell is head of paintings at Pellgrave & Stroud". The verb of leaving takes the body's name,
 * and no other name stands between the holder and it.
 */
function leftBody(alignment: Alignment, claim: ClaimView): { words: string; match: PartMatch; claimed: string } | undefined {
  const { language } = claim;
  const relation = alignment.parts.find((m) => m.part.role === "relation");
  if (!relation || relation.part.kind !== "word" || alignment.atom.negated) return undefined;
  const post = relation.part.tokens[0]!;
  if (!goesOnNow(claim, post)) return undefined;
  const here = (m: PartMatch) => m.part.kind === "name" && m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
  const holder = alignment.parts.find((m) => m.part.role === "subject" && here(m));
  const body = alignment.parts.find((m) => m.part.role === "argument" && here(m));
  if (!holder || !body) return undefined;
  const sentence = alignment.view.analysis;
  const holderEnd = holder.tokens![holder.tokens!.length - 1]!;
  let v = body.tokens![0]! - 1;
  while (sentence.tokens[v]?.pos === "DET") v--;
  // The post and its body named in an aside about the holder, and the body left by what the
  // passage calls it: "Odette Ravensworth, who announced it as Meridale's head of drama, has
  // left the broadcaster".
  if (v < holderEnd || sentence.tokens[v]?.pos !== "VERB") {
    const described = leftByDescription(sentence, holderEnd, language);
    const within = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens!.every((t) => t > holderEnd && t < described!);
    if (described !== undefined && within(body) && within(relation)) v = described;
  }
  const verb = sentence.tokens[v];
  if (!verb || verb.pos !== "VERB" || v < holderEnd || !language.roles(verb).has("leaving") || isNegatedAt(sentence, v, language)) return undefined;
  // Another name between may be who left, unless it stands in an aside about the holder ("Lavinia
  // Varnell, who conducted the May sale, has since left").
  let from = holderEnd + 1;
  if (sentence.tokens[from]?.raw === ",") {
    const close = sentence.tokens.findIndex((token, t) => t > from && t < v && token.raw === ",");
    if (close > 0) from = close + 1;
  }
  for (let t = from; t < v; t++) if (sentence.nameOf[t]! >= 0) return undefined;
  const object = v + 1 < body.tokens![0]! ? body.tokens![body.tokens!.length - 1]! : describedEnd(sentence, v);
  const words = sentence.text.slice(verb.start, sentence.tokens[object]!.end);
  const said = [post, ...body.part.tokens];
  const claimed = claim.analysis.text.slice(claim.analysis.tokens[Math.min(...said)]!.start, claim.analysis.tokens[Math.max(...said)]!.end);
  return { words, match: { ...relation, found: "opposite", sentence: alignment.view, tokens: [v], text: verb.raw }, claimed };
}

/** A verb of leaving after the holder whose object is a noun after "the", naming no one: "has left the broadcaster". */
function leftByDescription(sentence: Analysis, holderEnd: number, language: Language): number | undefined {
  const { tokens } = sentence;
  for (let v = holderEnd + 1; v + 2 < tokens.length; v++) {
    if (tokens[v]!.pos !== "VERB" || !language.roles(tokens[v]!).has("leaving")) continue;
    const [determiner, noun] = [tokens[v + 1]!, tokens[v + 2]!];
    return determiner.pos === "DET" && language.roles(determiner).has("definite") && noun.pos === "NOUN" && sentence.nameOf[v + 2]! < 0 ? v : undefined;
  }
  return undefined;
}

/** The last noun of the phrase a verb takes right after it: "the broadcaster". */
function describedEnd(sentence: Analysis, verb: number): number {
  let end = verb + 2;
  while (sentence.tokens[end + 1]?.pos === "NOUN") end++;
  return end;
}

/** Words a post's name runs on with after "of": "the board of Pellingham Books". */
const IN_POST: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/**
 * The parts that name a post whole after its words and "of": "board" and "Acme" of "chair of the
 * board of Acme", "Brackenbury Oyster House" of "head chef of the Brackenbury Oyster House"; or
 * after a verb of holding it, as what it takes: "chairs the Acme board"; or its owner before it:
 * "Tenbrook" of "Tenbrook's managing director". `start` and `end` bound the post's words.
 */
function wholePost(alignment: Alignment, claim: ClaimView, start: number, end: number): PartMatch[] {
  const { tokens } = claim.analysis;
  const verb = tokens[end]!.pos === "VERB";
  const inPost = (token: Token) => {
    const roles = claim.language.roles(token);
    return roles.has("partitive") || IN_POST.has(token.pos) || (verb && roles.has("possessive"));
  };
  let last = end + 1;
  while (tokens[last] && inPost(tokens[last]!)) last++;
  const after = last > end + 1 && (verb || claim.language.roles(tokens[end + 1]!).has("partitive"));
  const owned = start >= 2 && claim.language.roles(tokens[start - 1]!).has("possessive");
  return alignment.parts.filter((m) => {
    if (m.part.role !== "argument" || m.found === "here") return false;
    const at = m.part.tokens[0]!;
    return (after && at > end && at < last) || (owned && m.part.tokens[m.part.tokens.length - 1] === start - 2);
  });
}

const KINDS: readonly [WordRole, "contradicts" | "lacks", string][] = [
  ["cancellation", "contradicts", "it does not take place"],
  ["revocation", "contradicts", "it is taken away"],
  ["postponement", "lacks", "it is put off"],
  ["completion", "contradicts", "it is over"],
  ["departure", "contradicts", "the post is left"],
  ["removal", "contradicts", "the post is taken away"],
  ["onset", "contradicts", "it has not begun"],
];

/** Whether the claim speaks of what will or may be, which a passage saying it has not begun leaves open. */
function speaksOfWhatIsToCome(claim: ClaimView): boolean {
  return claim.analysis.tokens.some((t) => {
    const roles = claim.language.roles(t);
    // An auxiliary ("will", "may"; not the month), or a verb of meaning to that is not past ("plans", not "had hoped").
    return (t.pos === "AUX" && (roles.has("future") || roles.has("modal"))) || (t.pos === "VERB" && roles.has("intention") && !claim.language.pastTense(t));
  });
}

/**
 * Whether the claim says its relation goes on now: "is searching", "chairs the board", or a
 * state it is in, "are still under an evacuation order". `start` is where the state's words
 * begin, where words of the claim's stand before its head ("is the managing director").
 */
export function goesOnNow(claim: ClaimView, verb: number, start = verb): boolean {
  const { tokens } = claim.analysis;
  // A state named by a noun or a describing word ("is the chief executive").
  const noun = tokens[verb]!.pos === "NOUN" || tokens[verb]!.pos === "ADJ";
  if (!noun && tokens[verb]!.pos !== "VERB") return false;
  // Whose post it is may stand between: "is Tessaline's chief financial officer".
  const possessive = (i: number) => claim.language.roles(tokens[i]!).has("possessive") || claim.language.roles(tokens[i + 1] ?? tokens[i]!).has("possessive");
  const between = (i: number) => tokens[i]!.pos === "ADV" || (noun && (["ADP", "DET", "ADJ"].includes(tokens[i]!.pos) || possessive(i)));
  let i = start - 1;
  while (i >= 0 && between(i)) {
    // An owner named in several words: "is the Tarrowell Line's chairman".
    if (noun && possessive(i)) while (i > 0 && tokens[i - 1]!.pos === "PROPN") i--;
    i--;
  }
  if (i < 0) return false;
  const roles = claim.language.roles(tokens[i]!);
  if (tokens[i]!.pos === "AUX") return roles.has("present") && roles.has("copula");
  // A verb said in the present, its subject right before it: "Ann Lee chairs the board" (not
  // "Ann Lee, then chair of the trust", a noun the tagger took for a verb).
  const subject = ["NOUN", "PROPN", "PRON"].includes(tokens[i]!.pos);
  if (!noun) return subject && claim.language.presentTense(tokens[verb]!);
  // A verb of staying, now or to come: "remains chair", "will remain chair".
  return roles.has("staying") && !claim.language.pastTense(tokens[i]!);
}

/** Words between a verb and the noun it takes: "called off next week's strike", "ending a three-month search". */
const BETWEEN: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
/** How far apart a verb and the noun it takes may stand. */
const REACH = 5;

/**
 * A verb with the role that takes the noun at `event`: before it as its object ("called off
 * the strike"), or after it in the passive ("the strike was called off", "the launch of the
 * probe has been postponed"), or a post's holder leaving it ("the chief executive, Ann Lee,
 * resigned").
 * A verb negated, or only meant ("threatened to cancel", "could cancel"), does not count; a
 * verb of beginning counts only negated ("has not begun", "is yet to start").
 */
/** Whether the noun phrase of a post opens with a comma right after a name, or after a value set beside one: an apposition to its holder. */
function besideHolder(sentence: Analysis, post: number, language: Language): boolean {
  let start = post;
  while (start > 0 && (BETWEEN.has(sentence.tokens[start - 1]!.pos) || language.roles(sentence.tokens[start - 1]!).has("possessive"))) start--;
  return appositionNameBefore(sentence, start - 1) !== undefined;
}

function governingVerb(sentence: Analysis, event: number, role: WordRole, language: Language): number | undefined {
  const { tokens } = sentence;
  const done = (v: number) => {
    const token = tokens[v]!;
    if (token.pos !== "VERB" || !language.roles(token).has(role)) return false;
    if (role === "onset") return isNegatedAt(sentence, v, language);
    if (token.negated) return false;
    const modal = (i: number) => tokens[i]!.pos === "AUX" && language.roles(tokens[i]!).has("modal");
    let i = v - 1;
    while (i >= 0 && (tokens[i]!.pos === "ADV" || (tokens[i]!.pos === "AUX" && !modal(i)))) i--;
    return i < 0 || (tokens[i]!.pos !== "PART" && !modal(i));
  };
  let limit = event - REACH;
  let passedAs = false;
  for (let v = event - 1; v >= 0 && v >= limit; v--) {
    if (done(v)) return v;
    // Whose it is counts for nothing: "stepped down as the gallery's director".
    if (language.roles(tokens[v]!).has("possessive")) {
      let owner = v - 1;
      while (owner >= 0 && BETWEEN.has(tokens[owner]!.pos)) owner--;
      limit -= v - owner;
    }
    // A post left is named after "as" ("stepped down as headteacher"), a particle before it, and
    // so is one taken from its holder, named between ("revoked its certification of Ilsa
    // Varnholt as rector-elect"), however long the name or the phrase that holds it ("its
    // earlier", which the tagger reads as an adverb); what is taken away after "of" ("stripped of
    // her stage 5 victory"), whose it is between.
    const as = (role === "departure" || role === "removal") && language.roles(tokens[v]!).has("equative");
    const of = (role === "revocation" || (role === "removal" && passedAs)) && (language.roles(tokens[v]!).has("partitive") || tokens[v]!.pos === "PRON" || (role === "removal" && tokens[v]!.pos === "ADV"));
    if (as) passedAs = true;
    if (role === "removal" && passedAs && (sentence.nameOf[v]! >= 0 || of)) limit--;
    if (!BETWEEN.has(tokens[v]!.pos) && tokens[v]!.raw !== "-" && !as && !of) break;
  }
  // After it, past what it is of ("the launch of the probe in May"), an auxiliary, then the verb.
  let v = event + 1;
  while (v < tokens.length && v <= event + REACH && (BETWEEN.has(tokens[v]!.pos) || tokens[v]!.pos === "ADP")) v++;
  // A post, its holder named beside it, then the verb of leaving: "The orchestra's chief
  // executive, Doreen Valcourt, resigned on Friday".
  if (role === "departure" && tokens[v]?.raw === ",") {
    let w = v + 1;
    while (w < tokens.length && sentence.nameOf[w]! >= 0) w++;
    if (w > v + 1 && tokens[w]?.raw === ",") {
      w++;
      while (tokens[w]?.pos === "AUX" || tokens[w]?.pos === "ADV") w++;
      if (w < tokens.length && done(w)) return w;
    }
  }
  // A holder, then the post set beside it, then the verb of leaving: "Elspet Abernant, the
  // academy's head teacher since 2014, resigned".
  if (role === "departure") {
    let close = event + 1;
    while (close < tokens.length && close <= event + REACH && (BETWEEN.has(tokens[close]!.pos) || tokens[close]!.pos === "ADP" || sentence.factOf[close]! >= 0 || language.roles(tokens[close]!).has("subordinator"))) close++;
    let w = close + 1;
    while (tokens[w]?.pos === "AUX" || tokens[w]?.pos === "ADV") w++;
    // Not where the verb names a post of its own: "Celandine Pennefeather, the founder's
    // daughter, resigned as chief executive" left no daughterhood.
    let after = w + 1;
    while (tokens[after]?.pos === "PART" || tokens[after]?.pos === "ADP" && !language.roles(tokens[after]!).has("equative")) after++;
    const ownPost = tokens[after] !== undefined && language.roles(tokens[after]!).has("equative");
    if (tokens[close]?.raw === "," && w < tokens.length && done(w) && !ownPost && besideHolder(sentence, event, language)) return w;
  }
  const auxiliary = v;
  // A beginning denied may stand without an auxiliary: "with construction yet to begin".
  const between = (i: number) => tokens[i]!.pos === "AUX" || tokens[i]!.pos === "ADV" || (role === "onset" && tokens[i]!.pos === "PART");
  while (v < tokens.length && v <= auxiliary + REACH && between(v)) v++;
  return v > auxiliary && (tokens[auxiliary]!.pos === "AUX" || role === "onset") && v < tokens.length && done(v) ? v : undefined;
}
