// Assertion: a passage states what it asserts, not what it asks, supposes or allows for.
// "Will the bridge reopen?", "if the bill passes" and "it could pass" state nothing.
import type { Analysis } from "../../types.js";
import type { Language, WordRole } from "../../language/language.js";
import type { Detector } from "./detector.js";

export const assertion: Detector = {
  name: "assertion",
  detect(alignment, { claim }) {
    const sentence = alignment.view.analysis;
    const here = alignment.parts.find((m) => m.part.role === "relation" && m.found !== "missing" && m.sentence === alignment.view)
      ?? alignment.parts.find((m) => m.found === "here" && m.sentence === alignment.view && m.tokens);
    if (/\?["'\u201D\u2019)]*\s*$/u.test(sentence.text)) {
      return [{ detector: "assertion", effect: "lacks", why: "asks rather than states it" }];
    }
    if (!here?.tokens) return [];
    const at = here.tokens[0]!;
    const language = claim.language;
    if (before(sentence, at, (i) => language.roles(sentence.tokens[i]!).has("condition")) !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: "states it only under a condition", match: here }];
    }
    // "accused the board of hiding": an allegation the claim does not report as one.
    const alleges = (i: number) => sentence.tokens[i]!.pos === "VERB" && language.roles(sentence.tokens[i]!).has("allegation");
    const claimAlleges = claim.analysis.tokens.some((t) => t.pos === "VERB" && language.roles(t).has("allegation"));
    const alleged = claimAlleges ? undefined : before(sentence, at, alleges, 8);
    if (alleged !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: `states it only as alleged ("${sentence.tokens[alleged]!.raw}")`, match: here }];
    }
    // "overturned a ruling that the council had acted unlawfully": what a noun holds is only said
    // to be so, unless the noun asserts it ("the news that").
    // "has withdrawn its claim that the pair reached the summit": what was claimed, or reported,
    // is taken back.
    const holder = claimHolds(claim.analysis, language) ? undefined : holdingNoun(sentence, at, language);
    const taken = holder === undefined ? undefined : takenBack(sentence, holder, language);
    if (taken !== undefined) {
      const source = sentence.text.slice(sentence.tokens[taken]!.start, sentence.tokens[holder!]!.end);
      return [{ detector: "assertion", effect: "contradicts", why: `says it was claimed, and the claim taken back ("${source}")`, match: here, values: { kind: "polarity", claim: here.part.text, source } }];
    }
    const held = holder !== undefined && !language.roles(sentence.tokens[holder]!).has("assertive") ? reportedHolder(sentence, holder, language) : undefined;
    if (held !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: `states it only as what "${sentence.tokens[held]!.raw}" holds`, match: here }];
    }
    // "is considering raising the fare", "plans to close", "agreed to buy", "is due to open":
    // what is meant, weighed or undertaken is not done ("the council plans to close" whether
    // "plans" is read as a verb or a noun).
    const intention = (tokens: Analysis["tokens"], i: number, roles: readonly WordRole[] = UNDONE) => {
      const token = tokens[i]!;
      const own = language.roles(token);
      if (!roles.some((role) => own.has(role))) return false;
      return token.pos === "VERB" || ((token.pos === "NOUN" || token.pos === "ADJ") && tokens[i + 1]?.pos === "PART" && (tokens[i + 2]?.pos === "VERB" || tokens[i + 2]?.pos === "AUX"));
    };
    // "was proposed by housing minister Clare Fenwick": what follows "by" is who meant it, not what was meant.
    const intends = (i: number) => {
      const next = sentence.tokens[i + 1];
      return intention(sentence.tokens, i) && !(next && language.roles(next).has("agent"));
    };
    const claimIntends = claim.analysis.tokens.some((_, i) => intention(claim.analysis.tokens, i));
    const deed = alignment.parts.find((m) => m.part.role === "relation" && m.found !== "missing" && m.sentence === alignment.view && m.tokens);
    const claimVerb = alignment.atom.parts.find((p) => p.role === "relation")?.tokens[0];
    const intended = claimIntends || deed?.tokens![0] !== at ? undefined : before(sentence, at, intends, 3);
    if (intended !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: `states it only as intended ("${sentence.tokens[intended]!.raw}")`, match: here }];
    }
    // Nor is a value in what is only weighed ("considering raising the fare to $3") what a thing
    // is now; the terms of what is undertaken ("agreed to buy it for $2 billion") are.
    const valued = alignment.parts.find((m) => m.part.kind === "fact" && (m.found === "here" || m.found === "other") && m.sentence === alignment.view && m.tokens);
    const weighs = (i: number) => intention(sentence.tokens, i, ["intention"]);
    if (!claimIntends && valued && (alignment.atom.light || !deed) && before(sentence, valued.tokens![0]!, weighs) !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: `gives ${valued.text} only as intended`, match: valued }];
    }
    // "was given money to film the season": a verb after "to" says what was to be done, unless
    // the verb before says it was ("managed to cut", "voted to approve"); one refused is the
    // polarity detector's.
    const governing = deed?.tokens![0] === at && !infinitive(claim.analysis, claimVerb, language) ? infinitiveGovernor(sentence, at, language) : undefined;
    if (governing !== undefined && !UNDENIED.some((role) => governorRoles(sentence, governing, at, language).has(role))) {
      return [{ detector: "assertion", effect: "lacks", why: `states it only as something to do ("${sentence.tokens[governing]!.raw} … to")`, match: here }];
    }
    // "said taxes would rise" reports that they will: the modal a report's verb turns "will" into is no hedge.
    // So is one joined to such a modal with no subject of its own between ("said the government
    // would fund retraining for the workers but would not subsidise the plant").
    const reported = (i: number) => reportedModal(sentence, i, language);
    const claimModal = claim.analysis.tokens.some((t) => language.roles(t).has("modal") && t.pos === "AUX");
    // A claim's own hedge ("could harm") leaves a passage's free to hedge too; a report's "would" does not.
    const claimHedged = claim.analysis.tokens.some((t, i) => language.roles(t).has("modal") && t.pos === "AUX" && !reportedModal(claim.analysis, i, language));
    const hedge = (i: number) => sentence.tokens[i]!.pos === "AUX" && language.roles(sentence.tokens[i]!).has("modal") && !reported(i);
    // "said the factory would open in March", "will open": yet to happen, which a claim that it
    // happened ("opened") is not.
    const claimFuture = claim.analysis.tokens.some((t) => language.roles(t).has("future"));
    const claimPast = claimVerb !== undefined && !claimFuture && language.pastTense(claim.analysis.tokens[claimVerb]!);
    const future = (i: number) => language.roles(sentence.tokens[i]!).has("future") || reported(i);
    // "would go back on display in June, once its frame had been repaired": a clause of time hung
    // on what is yet to happen says what is to come first, not that it has happened.
    const temporal = (tokens: Analysis["tokens"], i: number) => language.roles(tokens[i]!).has("temporal");
    const when = before(sentence, at, (i) => temporal(sentence.tokens, i), 8);
    const ownClause = when !== undefined && sentence.tokens.slice(when + 1, at).every((t) => t.pos !== "VERB" && t.raw !== ",");
    const claimWhen = claim.analysis.tokens.some((_, i) => temporal(claim.analysis.tokens, i));
    if (ownClause && !claimFuture && !claimModal && !claimWhen && before(sentence, when, (i) => future(i) || hedge(i) || language.roles(sentence.tokens[i]!).has("backshift")) !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: `states it only as what is to come first ("${sentence.tokens[when]!.raw}")`, match: here }];
    }
    if (deed && claimPast && !claimModal && deed.tokens![0] === at && before(sentence, at, future, 3) !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: "says it is yet to happen, not that it happened", match: here }];
    }
    if (!claimHedged && before(sentence, at, hedge, 3) !== undefined) {
      return [{ detector: "assertion", effect: "lacks", why: "says only that it may be so", match: here }];
    }
    return [];
  },
};

/** Whether the modal at `i` is the "would" a verb of saying turns "will" into, or one joined to such a modal. */
function reportedModal(sentence: Analysis, i: number, language: Language): boolean {
  if (!language.roles(sentence.tokens[i]!).has("backshift")) return false;
  if (before(sentence, i, (j) => sentence.tokens[j]!.pos === "VERB" && language.roles(sentence.tokens[j]!).has("reporting")) !== undefined) return true;
  const joined = i - 1;
  const joiner = joined >= 1 ? language.roles(sentence.tokens[joined]!) : undefined;
  if (!joiner || (!joiner.has("coordinator") && !joiner.has("contrast"))) return false;
  const first = before(sentence, joined, (j) => language.roles(sentence.tokens[j]!).has("backshift"));
  return first !== undefined && reportedModal(sentence, first, language);
}

/**
 * The noun whose clause holds the verb at `at`: "ruling" of "a ruling that the council had
 * acted", or of "a ruling on Monday that …"; a subject between "that" and the verb ("a ruling
 * that found …" is a relative clause).
 */
function holdingNoun(sentence: Analysis, at: number, language: Language): number | undefined {
  const { tokens } = sentence;
  let subject = false;
  for (let i = at - 1; i >= 1; i--) {
    const token = tokens[i]!;
    if (language.roles(token).has("complementizer")) {
      // Past a phrase that says when or where of it: "her claim in June that".
      let at = i - 1;
      if ((sentence.factOf[at]! >= 0 || sentence.nameOf[at]! >= 0) && tokens[at - 1]?.pos === "ADP") at -= 2;
      const noun = tokens[at];
      return subject && noun?.pos === "NOUN" && sentence.nameOf[at]! < 0 ? at : undefined;
    }
    if (token.pos === "VERB" || token.raw === "," || token.raw === ";") return undefined;
    if (token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "PRON") subject = true;
  }
  return undefined;
}

/**
 * The noun again, unless a verb that reports speech takes it: in "told the court that", "said
 * this week that", the clause is what was said, not what the noun holds.
 */
function reportedHolder(sentence: Analysis, noun: number, language: Language): number | undefined {
  const verb = verbTaking(sentence, noun, 3, DESCRIBED);
  return verb !== undefined && language.roles(sentence.tokens[verb]!).has("reporting") ? undefined : noun;
}

/**
 * The verb that takes back the noun holding a clause ("withdrew its claim that", "retracted the
 * report that"), a few determiners and describing words between; none if another verb governs it.
 */
function takenBack(sentence: Analysis, noun: number, language: Language): number | undefined {
  const verb = verbTaking(sentence, noun, 4, OWNED);
  return verb !== undefined && language.roles(sentence.tokens[verb]!).has("retraction") ? verb : undefined;
}

/** What may stand between a verb and the noun it takes: determiners, describing words, nouns, and for `OWNED` "its". */
const DESCRIBED: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN"]);
const OWNED: ReadonlySet<string> = new Set([...DESCRIBED, "PRON"]);

/** The verb within `reach` before a noun that takes it, only words of `between` standing between. */
function verbTaking(sentence: Analysis, noun: number, reach: number, between: ReadonlySet<string>): number | undefined {
  for (let j = noun - 1; j >= 0 && j >= noun - reach; j--) {
    const word = sentence.tokens[j]!;
    if (word.pos === "VERB") return j;
    if (!between.has(word.pos)) return undefined;
  }
  return undefined;
}

/** Whether the claim itself reports what a noun holds ("a ruling that …"). */
function claimHolds(claim: Analysis, language: Language): boolean {
  return claim.tokens.some((t, i) => i > 0 && language.roles(t).has("complementizer") && claim.tokens[i - 1]!.pos === "NOUN");
}

/** The roles of a word that says a thing is not done yet, only meant or undertaken. */
const UNDONE: readonly WordRole[] = ["intention", "commitment"];

/**
 * The roles of a verb before "to" that say whether the verb after it was done, or that the
 * checks above weigh already ("agreed to buy", "plans to close").
 */
const UNDENIED: readonly WordRole[] = ["implicative", "refusal", "intention", "commitment"];

/** Whether the verb at `at` stands right after an infinitive's "to" (a particle that negates nothing). */
export function infinitive(sentence: Analysis, at: number | undefined, language: Language): boolean {
  if (at === undefined || at < 1) return false;
  const marker = sentence.tokens[at - 1]!;
  return sentence.tokens[at]!.pos === "VERB" && marker.pos === "PART" && language.negationAt(sentence.tokens, at - 1) === 0 && !language.roles(marker).has("possessive");
}

/**
 * The word an infinitive hangs on: a noun said with "a" right before it ("an option to buy"), or
 * else the nearest verb before it in its clause ("given" of "was given time to film"); none in a
 * headline's "Orchard Foods to buy Lakeside Dairy", which announces it.
 */
export function infinitiveGovernor(sentence: Analysis, at: number, language: Language): number | undefined {
  if (!infinitive(sentence, at, language)) return undefined;
  // "the first to win", "the youngest to win" say it was won.
  const described = sentence.tokens[at - 2];
  if (described && (described.pos === "ADJ" || sentence.factOf[at - 2]! >= 0)) return undefined;
  // "with an option to buy him", "a bid to sign": a noun said with "a" before it says what may be
  // done ("the only hospital to miss" says one did).
  if (described?.pos === "NOUN") {
    let i = at - 3;
    while (i >= 0 && (sentence.tokens[i]!.pos === "ADJ" || sentence.tokens[i]!.pos === "NOUN")) i--;
    if (i >= 0 && language.roles(sentence.tokens[i]!).has("indefinite")) return at - 2;
  }
  // "clearing the way for construction to begin": an infinitive whose doer "for" brings in says
  // what may now happen, not that it did.
  let opening = at - 2;
  while (opening >= 0 && INFINITIVE_SUBJECT.has(sentence.tokens[opening]!.pos)) opening--;
  if (opening >= 0 && opening < at - 2 && language.roles(sentence.tokens[opening]!).has("pursuit")) return opening;
  const clause = sentence.clauseOf[at]!;
  for (let i = at - 2; i >= 0 && sentence.clauseOf[i] === clause; i--) if (sentence.tokens[i]!.pos === "VERB") return i;
  return undefined;
}

/** What the doer of an infinitive after "for" is made of ("for the new board to meet"). */
const INFINITIVE_SUBJECT: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON"]);

/** The roles of the verb an infinitive hangs on, with a word after it as one verb where listed so ("went on to win"). */
function governorRoles(sentence: Analysis, governor: number, at: number, language: Language): ReadonlySet<WordRole> {
  const verb = sentence.tokens[governor]!;
  const next = sentence.tokens[governor + 1]!;
  if (governor + 1 < at - 1 && next.kind === "word") {
    const joined = language.roles({ lemma: `${verb.lemma}_${next.norm}` });
    if (joined.size > 0) return joined;
  }
  return language.roles(verb);
}

/** The nearest token within `reach` before `at`, in the same clause, that passes the test. */
function before(sentence: Analysis, at: number, test: (i: number) => boolean, reach = 12): number | undefined {
  for (let i = at - 1; i >= 0 && i >= at - reach; i--) {
    const token = sentence.tokens[i]!;
    if (token.raw === ";" || token.raw === ":" || token.raw === "." || (token.raw === "," && reach <= 3)) return undefined;
    if (test(i)) return i;
  }
  return undefined;
}
