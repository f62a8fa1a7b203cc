// Clauses of a claim from a shallow parse: where a sentence holds several statements (a
// relative clause, an apposition, a second verb, a reported statement), each becomes a clause
// with its own subject, relation and arguments. Pronouns and missing subjects take the
// subject of the clause they hang on.
import type { Analysis } from "../types.js";
import type { Language, WordRole } from "../language/language.js";
import { isQuoteMark } from "./lists.js";

export interface Clause {
  /** Token indices of who or what the clause is about. */
  subject: number[];
  /** The token of the relation: the main verb, or the predicate noun after a copula. */
  relation?: number;
  /** Token indices of what the relation links the subject to, and of adverbs in its verb group ("well funded"). */
  arguments: number[];
  negated: boolean;
  passive: boolean;
  light: boolean;
  /** The relation reports speech or a finding ("said", "found"): it is said of what the claim reports. */
  reporting?: boolean;
  /** Token indices of whose the subject is, where a clause says it apart ("the hospital whose chief executive …"). */
  owner?: number[];
}

/** A stretch of the claim that holds one clause, and where its subject comes from when it has none. */
interface Segment {
  start: number;
  end: number;
  /** Relative clause: the noun phrase it hangs on. */
  antecedent?: number[];
  /** A participle that opens it says what was done to the antecedent ("the coins found by Gary Pell"). */
  passive?: boolean;
  /** Opened by "whose": its subject is the antecedent's ("the hospital whose chief executive is …"). */
  owned?: boolean;
}

export function findClauses(claim: Analysis, language: Language): Clause[] {
  const { tokens } = claim;
  const roles = (t: number): ReadonlySet<WordRole> => (tokens[t] ? language.roles(tokens[t]!) : new Set());
  const free = (t: number) => claim.nameOf[t]! < 0 && claim.factOf[t]! < 0;

  // 1. Appositions and parentheses come out first: "Riverside, a 2014 series, ..." says of Riverside
  // that it is a 2014 series, and the sentence reads on without it.
  const removed = new Set<number>();
  const clauses: Clause[] = [];
  const verbAhead = verbAheadTable(claim, language);
  const appositions = findAppositions(claim, language, verbAhead);
  for (const apposition of appositions) {
    apposition.inner.forEach((t) => removed.add(t));
    apposition.marks.forEach((t) => removed.add(t));
    clauses.push({ subject: apposition.head, arguments: apposition.inner, negated: false, passive: false, light: true });
  }

  // 2. Segments: a clause starts at a relative pronoun, a subordinator, a contrast, a
  // semicolon, or a coordinator or comma that a verb follows.
  const segments: Segment[] = [];
  let start = 0;
  const cut = (at: number, next: number, antecedent?: number[], passive = false, owned = false) => {
    if (at > start) segments.push({ start, end: at });
    start = next;
    if (antecedent) segments.push({ start: next, end: next, antecedent, ...(passive ? { passive } : {}), ...(owned ? { owned } : {}) });
  };
  // Verbs counted from the start, appositions left out: whether one stands between two tokens is a subtraction.
  const verbsBefore = new Int32Array(tokens.length + 1);
  for (let t = 0; t < tokens.length; t++) verbsBefore[t + 1] = verbsBefore[t]! + (!removed.has(t) && isVerbalAt(claim, t) ? 1 : 0);
  const verbSince = (from: number, to: number) => verbsBefore[to]! - verbsBefore[from]! > 0;
  for (let t = 0; t < tokens.length; t++) {
    if (removed.has(t) || !free(t)) continue;
    const negation = language.negationAt(tokens, t);
    if (negation > 0) {
      t += negation - 1;
      continue;
    }
    const token = tokens[t]!;
    const r = roles(t);
    // An apposition's closing comma does not end a clause: "Oswin Dunmorrow, 41, and Caspian …".
    const afterComma = tokens[t - 1]?.raw === "," && !removed.has(t - 1);
    if (token.raw === ";" || (CLAUSE_ENDS.has(token.raw) && token.raw !== "," && t + 1 < tokens.length)) cut(t, t + 1);
    else if (r.has("relative") && t > 0 && nounBefore(claim, t - 1) && (afterComma || verbAhead(t + 1))) {
      cut(t, t + 1, antecedentOf(claim, t - 1, language), false, r.has("owner"));
    } else if (reducedPassive(claim, t, language) && verbAhead(t + 1)) {
      // "The coins found by Gary Pell were dated": a participle and its doer after a noun, then the sentence's own verb.
      cut(t, t, antecedentOf(claim, t - 1, language), true);
    } else if ((r.has("contrast") || r.has("subordinator")) && t > 0 && !roles(t - 1).has("whole") && (token.pos === "ADP" ? subjectThenVerb(claim, t + 1, language, removed) : ownVerbAhead(claim, t + 1, language))) {
      // A subordinator the tagger reads as a preposition opens a clause where a subject and its
      // verb follow: "after her deputy, Oskar Fenn, took leave", not "after the vote". After a
      // word of the whole, "but" leaves some out ("all but one board member voted").
      cut(t, t + 1);
    }
    // "and" starts a clause only after one is complete: "the mayor and the treasurer signed" is one.
    else if (r.has("coordinator") && (verbSince(start, t) || afterComma) && verbSoon(claim, t + 1, language, removed)) cut(t, t + 1);
    else if (token.raw === "," && tokens[t + 1]?.pos === "VERB" && language.ingForm(tokens[t + 1]!) && verbSince(start, t)) cut(t, t + 1);
    // "Instead of attending X, Lecque decided …": after a phrase with a verb, a comma and a
    // subject with a verb of its own start the main clause.
    else if (token.raw === "," && verbSince(start, t) && subjectThenVerb(claim, t + 1, language)) cut(t, t + 1);
  }
  if (start < tokens.length) segments.push({ start, end: tokens.length });
  // A relative clause's marker segment carries its antecedent to the stretch that follows it.
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.start === last.end && last.antecedent) {
      merged[merged.length - 1] = { ...segment, antecedent: last.antecedent, ...(last.passive ? { passive: true } : {}), ...(last.owned ? { owned: true } : {}) };
    }
    else merged.push(segment);
  }
  // A relative clause ends at the comma that hands the sentence back to its own verb.
  const split: Segment[] = [];
  for (const segment of merged) {
    if (!segment.antecedent) {
      split.push(segment);
      continue;
    }
    const comma = findIndexIn(segment.start, segment.end, (t) => tokens[t]!.raw === "," && !removed.has(t) && verbAhead(t + 1));
    // Without a comma, at the main clause's own verb: "The woman who won the race | was 34".
    const back = comma ?? handBack(claim, segment, removed, language);
    if (back === undefined) split.push(segment);
    else split.push({ ...segment, end: back }, { start: back + (comma === undefined ? 0 : 1), end: segment.end });
  }

  // 3. Each segment: subject before its verb group, arguments after it. A segment without a
  // subject of its own takes the sentence's: the first one found, wherever it stands.
  let mainSubject: number[] = [];
  for (const segment of split) {
    if (segment.antecedent) continue;
    const span = range(segment.start, segment.end).filter((t) => !removed.has(t));
    const group = verbGroup(claim, span, language);
    const subject = group ? span.filter((t) => t < group.first) : [];
    if (hasUnit(claim, subject, language)) {
      mainSubject = subject;
      break;
    }
  }
  for (const [s, segment] of split.entries()) {
    const span = range(segment.start, segment.end).filter((t) => !removed.has(t));
    const group = verbGroup(claim, span, language);
    // "Riverside, which stars Bob Ray, was renewed": the words before a relative clause are the
    // subject of the clause the sentence goes on with, not a statement of their own.
    if (!group && !segment.antecedent && split[s + 1]?.antecedent) {
      if (mainSubject.length === 0) mainSubject = span.filter((t) => tokens[t]!.raw !== ",");
      continue;
    }
    let subject = group ? span.filter((t) => t < group.first) : [];
    let args = group ? span.filter((t) => t > group.last) : span;
    let relation = group?.main;
    if (!group) {
      // No verb tagged (taggers read "stars" in "Ann Lee stars as" as a noun): the first
      // content word past the opening noun phrase stands for the relation.
      const after = openingPhraseEnd(claim, span, language);
      const word = span.find((t) => t > after && free(t) && tokens[t]!.content);
      if (word !== undefined) {
        subject = span.filter((t) => t < word);
        relation = word;
        args = span.filter((t) => t > word);
      }
    }
    // "according to Paula Renn": who said the rest, as "Paula Renn said" names them.
    if (group && subject.length === 0 && language.roles(tokens[group.main]!).has("attribution")) {
      const speaker = args.filter((t) => tokens[t]!.pos !== "ADP" && tokens[t]!.raw !== ",");
      if (hasUnit(claim, speaker, language)) {
        clauses.push({ subject: speaker, relation: group.main, arguments: [], negated: false, passive: false, light: true, reporting: true });
        continue;
      }
    }
    // "the hospital whose chief executive is Mark Brayford": the chief executive is the hospital's.
    const owner = segment.owned && segment.antecedent && hasUnit(claim, subject, language) ? segment.antecedent : undefined;
    if (!hasUnit(claim, subject, language)) subject = segment.antecedent ?? mainSubject;
    // "the company that Ann Lee founded": a relative clause with a subject of its own says
    // something of what it hangs on, as its object.
    else if (segment.antecedent && group && !group.copula && !hasUnit(claim, args, language)) args = [...segment.antecedent, ...args];
    // "her deputy, Oskar Fenn, took leave": the one the apposition names did it, and a passage
    // must have that one do it, not merely name them.
    subject = [...subject, ...namedBy(claim, appositions, subject)];
    // After a copula the predicate noun carries the relation ("is a spinoff of Riverside").
    let light = group?.light ?? false;
    if (group?.copula) {
      const predicate = args.find((t) => free(t) && tokens[t]!.content && (tokens[t]!.pos === "NOUN" || tokens[t]!.pos === "ADJ"));
      relation = predicate;
      if (predicate !== undefined) {
        args = args.filter((t) => t !== predicate);
        // The predicate carries the relation now: it must be said, and in the claim's order.
        light = false;
      }
    }
    // A reported statement is a clause of its own: "the mayor said she would sign" states what she said.
    if (group && group.reporting && !segment.passive) {
      const reported = args.filter((t) => !(roles(t).has("relative") && tokens[t]!.pos !== "PRON"));
      const inner = verbGroup(claim, reported, language);
      if (inner) {
        clauses.push({ subject, ...(relation !== undefined ? { relation } : {}), arguments: [], negated: group.deniesSaying, passive: false, light: true, reporting: true });
        const innerSubject = reported.filter((t) => t < inner.first);
        clauses.push({
          subject: hasUnit(claim, innerSubject, language) ? innerSubject : subject,
          relation: inner.copula ? (reported.find((t) => t > inner.last && free(t) && tokens[t]!.content) ?? inner.main) : inner.main,
          arguments: reported.filter((t) => t > inner.last),
          negated: inner.negated,
          passive: inner.passive,
          light: inner.light,
        });
        continue;
      }
    }
    // Adverbs inside the verb group say how: "is well funded", "was later renewed".
    const adverbs = group ? range(group.first, group.last + 1).filter((t) => t !== relation && tokens[t]!.pos === "ADV" && tokens[t]!.content) : [];
    clauses.push({
      subject,
      ...(relation !== undefined ? { relation } : {}),
      arguments: [...adverbs, ...args],
      negated: group?.negated ?? false,
      passive: (group?.passive ?? false) || segment.passive === true,
      light,
      ...(group?.reporting && !segment.passive ? { reporting: true } : {}),
      ...(owner ? { owner } : {}),
    });
  }
  return clauses;
}

interface VerbGroup {
  first: number;
  last: number;
  /** The main verb, or the copula when the group has no other verb. */
  main: number;
  copula: boolean;
  negated: boolean;
  /** Whether the negation denies the main verb itself, not what follows it ("said no cards were taken"). */
  deniesSaying: boolean;
  passive: boolean;
  light: boolean;
  reporting: boolean;
}

/** The first verb group of a span: auxiliaries, negation and adverbs around a main verb. */
function verbGroup(claim: Analysis, span: readonly number[], language: Language): VerbGroup | undefined {
  const { tokens } = claim;
  const isVerbal = (t: number) => isVerbalAt(claim, t);
  const first = span.find((t) => isVerbal(t) && !attributive(claim, t, span[0]!, language));
  if (first === undefined) return undefined;
  const inSpan = new Set(span);
  let last = first;
  // A negation that only says when ("will not reopen until May") is no denial.
  const denies = (t: number, length = 1) => t >= 0 && language.negationAt(tokens, t) >= length && !language.onlySaysWhen(tokens, t);
  const deniedBefore = denies(first - 1) || (first >= 2 && denies(first - 2, 2));
  let negated = deniedBefore;
  // Where a negation inside the group stands: past the main verb ("said no cards were taken") it
  // denies what is said, not the saying.
  let negationAt = -1;
  for (let t = first + 1; inSpan.has(t); t++) {
    const token = tokens[t]!;
    const negation = language.negationAt(tokens, t);
    if (negation > 0) {
      if (!language.onlySaysWhen(tokens, t)) {
        negated = true;
        if (negationAt < 0) negationAt = t;
      }
      t += negation - 1;
      continue;
    }
    // A participle after a full verb that describes the noun after it ("studied decaffeinated
    // coffee") is the object's, not the group's.
    if (isVerbal(t) && tokens[last]!.pos === "VERB" && token.pos === "VERB" && tokens[t + 1]?.pos === "NOUN") break;
    if (isVerbal(t)) last = t;
    // A describing word of meaning to after "be", then "to" and a verb: "is due to be completed".
    else if (token.pos === "ADJ" && language.roles(token).has("intention") && tokens[t + 1]?.pos === "PART" && isVerbal(t + 2)) last = t;
    // Adverbs may stand inside a verb group ("was later renewed"), and a quotation's opening
    // mark ('was "not optional"'); "to" starts an argument.
    else if (token.pos === "ADV" || isQuoteMark(token)) continue;
    else break;
  }
  // The main verb: the last full verb, or the last auxiliary where there is none ("has never been").
  let main = last;
  for (let t = first; t <= last; t++) if (tokens[t]!.pos === "VERB") main = t;
  const isBe = (t: number) => tokens[t]!.pos === "AUX" && language.roles(tokens[t]!).has("copula");
  // "is expected to cost", "was planned to open": what is expected of the subject is its verb,
  // as after "will"; the expectation stays in the group.
  const expected = inSpan.has(main + 2) && range(first, main).some(isBe) && language.roles(tokens[main]!).has("intention") && tokens[main + 1]?.pos === "PART" && isVerbal(main + 2);
  // Its own voice from there: "is expected to be finished" is passive, "is expected to cost" is not.
  const from = expected ? main + 2 : first;
  if (expected) {
    last = from;
    while (inSpan.has(last + 1) && isVerbal(last + 1)) last++;
    main = last;
    for (let t = from; t <= last; t++) if (tokens[t]!.pos === "VERB") main = t;
  }
  const mainRoles = language.roles(tokens[main]!);
  const copula = tokens[main]!.pos === "AUX" && mainRoles.has("copula");
  const beBefore = range(from, main).some(isBe);
  const passive = tokens[main]!.pos === "VERB" && beBefore && !language.ingForm(tokens[main]!);
  // The tagger's negation scope runs on past a clause that opens with "when" or "after": "did
  // not change when the scripts were re-marked" does not deny the re-marking.
  const scoped = tokens[main]!.negated && !negationBeforeClause(claim, first, language);
  if (scoped) negated = true;
  const deniesSaying = deniedBefore || scoped || (negationAt >= 0 && negationAt < main);
  return {
    first,
    last,
    main,
    copula,
    negated,
    deniesSaying,
    passive,
    // "is made by Pellham Bio" names who made it: a deed, not a light verb whose arguments say it.
    // Nor is a light verb with its particle ("had been put out", "gave up"): the two say a deed.
    light:
      copula ||
      (mainRoles.has("light") && !(passive && tokens[last + 1] !== undefined && language.roles(tokens[last + 1]!).has("agent")) && !particleAfter(claim, main, language)),
    // "was found by Gary Pell" is done to its subject: no one reports anything.
    reporting: mainRoles.has("reporting") && !passive,
  };
}

/** Whether a verb's particle stands right after it: "put out", "gave up". */
function particleAfter(claim: Analysis, verb: number, language: Language): boolean {
  const next = claim.tokens[verb + 1];
  return next !== undefined && language.roles(next).has("particle");
}

/** Whether a word opening a clause of its own stands between the verb group at `first` and the negation before it. */
function negationBeforeClause(claim: Analysis, first: number, language: Language): boolean {
  for (let t = first - 1; t >= 0; t--) {
    if (language.negationAt(claim.tokens, t) > 0) return false;
    if (language.roles(claim.tokens[t]!).has("subordinator")) return true;
  }
  return false;
}

/**
 * Where a relative clause without commas hands the sentence back to its main clause: at a
 * verb or auxiliary in a form of its own right after the clause's main verb ("who drowned |
 * was 76", "that Ann Lee founded | employs 300 people"), or at the first one after the
 * clause's verb group ("who won the race | was 34"), unless "and" or "to" joins it on.
 */
function handBack(claim: Analysis, segment: Segment, removed: ReadonlySet<number>, language: Language): number | undefined {
  const span = range(segment.start, segment.end).filter((t) => !removed.has(t));
  const own = verbGroup(claim, span, language);
  if (!own) return undefined;
  for (const t of span) {
    if (t <= own.first || !isVerbalAt(claim, t)) continue;
    const token = claim.tokens[t]!;
    const before = claim.tokens[t - 1]!;
    if (t <= own.last) {
      if (before.pos === "VERB" && token.norm !== token.lemma && !language.ingForm(token)) return t;
      continue;
    }
    // A participle that describes the noun after it ("in his sheltered flat") is no verb.
    if (attributive(claim, t, segment.start, language) || (before.pos === "PRON" && claim.tokens[t + 1]?.pos === "NOUN")) continue;
    if (before.pos === "PART" || language.roles(before).has("coordinator") || language.ingForm(token)) return undefined;
    return t;
  }
  return undefined;
}

/**
 * A past participle right after a noun, its doer after "by": "the coins found by Gary Pell";
 * or its phrases after it, then the sentence's own verb: "the painting stolen from the gallery
 * was painted in 1887".
 */
function reducedPassive(claim: Analysis, t: number, language: Language): boolean {
  const { tokens } = claim;
  const token = tokens[t]!;
  const before = tokens[t - 1];
  const next = tokens[t + 1];
  if (!before || !next || token.pos !== "VERB" || token.norm === token.lemma || language.ingForm(token)) return false;
  if (!isVerbalAt(claim, t) || before.pos !== "NOUN" || claim.nameOf[t - 1]! >= 0 || next.pos !== "ADP") return false;
  return language.roles(next).has("agent") || verbAfterPhrases(claim, t + 1);
}

/**
 * Whether phrases that each open with a preposition run from `from` straight to a verb: "from
 * the gallery | was painted". A noun phrase with no preposition before the verb is a subject of
 * its own ("said in a statement the company was …"), and anything else ends the test.
 */
function verbAfterPhrases(claim: Analysis, from: number): boolean {
  const { tokens } = claim;
  let i = from;
  while (i < tokens.length && tokens[i]!.pos === "ADP") {
    i++;
    if (tokens[i]?.pos === "DET") i++;
    const nounFrom = i;
    while (i < tokens.length && (NOUN_PHRASE.has(tokens[i]!.pos) || claim.nameOf[i]! >= 0 || claim.factOf[i]! >= 0)) i++;
    if (i === nounFrom) return false;
  }
  return i > from && isVerbalAt(claim, i);
}

/** Parts of speech a noun phrase after a preposition is made of. */
const NOUN_PHRASE: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

function isVerbalAt(claim: Analysis, t: number): boolean {
  const token = claim.tokens[t];
  return token !== undefined && claim.nameOf[t]! < 0 && !withinFact(claim, t) && (token.pos === "VERB" || token.pos === "AUX");
}

/**
 * Whether a token is one of a fact's own ("exceeded 40"), not a word that only says what the
 * fact is ("finished" of "finished third"): such a verb still heads its clause.
 */
function withinFact(claim: Analysis, t: number): boolean {
  const fact = claim.facts[claim.factOf[t]!];
  return fact !== undefined && t >= fact.firstToken && t <= fact.lastToken;
}

/**
 * A participle that describes the noun after it at the start of a noun phrase ("Breeding
 * kestrels fell", "the newly formed unit", "a water-linked illness"): it is no clause's verb.
 */
function attributive(claim: Analysis, t: number, start: number, language: Language): boolean {
  const { tokens } = claim;
  const token = tokens[t]!;
  const next = tokens[t + 1];
  if (token.pos !== "VERB" || token.norm === token.lemma || !next || (next.pos !== "NOUN" && next.pos !== "PROPN")) return false;
  let i = t - 1;
  while (i >= start && tokens[i]!.pos === "ADV") i--;
  // At the start of a stretch, unless a relative word opens it ("who replaced Marek Novak").
  if (i < start) return !(i >= 0 && language.roles(tokens[i]!).has("relative"));
  const before = tokens[i]!;
  // Or joined by a hyphen to the word before: "water-linked illness", "state-owned bank".
  return before.pos === "DET" || before.pos === "ADJ" || language.roles(before).has("possessive") || before.raw === "-";
}

/** Punctuation a clause's verb is not looked for past. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ".", "!", "?"]);

/**
 * For each token, whether a verb comes before the next comma or clause break: worked out once,
 * from the end, so that asking it at every token of a long claim stays linear.
 */
function verbAheadTable(claim: Analysis, language: Language): (from: number) => boolean {
  const { tokens } = claim;
  const ahead = new Uint8Array(tokens.length + 1);
  for (let t = tokens.length - 1; t >= 0; t--) {
    const token = tokens[t]!;
    if (CLAUSE_ENDS.has(token.raw)) ahead[t] = 0;
    else if ((token.pos === "VERB" || token.pos === "AUX") && claim.nameOf[t]! < 0 && !language.roles(token).has("relative")) ahead[t] = 1;
    else ahead[t] = ahead[t + 1]!;
  }
  return (from) => from < tokens.length && ahead[from] === 1;
}

/**
 * Whether a verb follows in the clause a word opens, before a relative clause does: "since March
 * 20 at the plants that bought solvent" opens none, its verb being the plants'.
 */
function ownVerbAhead(claim: Analysis, from: number, language: Language): boolean {
  for (let t = from; t < claim.tokens.length; t++) {
    const token = claim.tokens[t]!;
    if (CLAUSE_ENDS.has(token.raw)) return false;
    if (language.roles(token).has("relative") && nounBefore(claim, t - 1)) return false;
    if ((token.pos === "VERB" || token.pos === "AUX") && claim.nameOf[t]! < 0) return true;
  }
  return false;
}

/** Whether a verb group follows within a few words: "and renewed it", "and their son, Bear, was born". */
function verbSoon(claim: Analysis, from: number, language: Language, removed: ReadonlySet<number>): boolean {
  let seen = 0;
  for (let t = from; t < claim.tokens.length && seen < 4; t++) {
    if (removed.has(t)) continue;
    seen++;
    const token = claim.tokens[t]!;
    if (token.raw === ",") return false;
    if ((token.pos === "VERB" || token.pos === "AUX") && claim.nameOf[t]! < 0) return true;
    if (token.pos === "NOUN" || token.pos === "PROPN") {
      // "and Riverside stars Bob Ray": a clause with its own subject, when a verb follows the noun.
      if (claim.tokens[t + 1] && (claim.tokens[t + 1]!.pos === "VERB" || claim.tokens[t + 1]!.pos === "AUX")) return true;
      continue;
    }
    if (language.negationAt(claim.tokens, t) > 0) continue;
  }
  return false;
}

/** The last token of the noun phrase a span opens with ("The couple", "Ann Lee"), or -1. */
function openingPhraseEnd(claim: Analysis, span: readonly number[], language: Language): number {
  let end = -1;
  for (const t of span) {
    const token = claim.tokens[t]!;
    if (claim.nameOf[t]! >= 0 || claim.factOf[t]! >= 0) end = t;
    // A figure before the noun, or "of" joining two nouns ("Two of the victims", "the head of
    // the unit"), goes on with the phrase.
    else if (token.pos === "DET" || token.pos === "ADJ" || token.pos === "NUM" || language.roles(token).has("possessive")) continue;
    else if (token.pos === "ADP" && language.roles(token).has("joiner")) continue;
    else if (token.pos === "NOUN" || token.pos === "PROPN") {
      end = t;
      // A noun right after the phrase's head may be the untagged verb: stop at the first.
      if (claim.tokens[t + 1]?.pos === "NOUN" && end >= 0 && claim.nameOf[t + 1]! < 0) break;
    } else break;
    if (claim.tokens[t + 1] && claim.nameOf[t]! >= 0 && claim.nameOf[t + 1]! < 0 && claim.factOf[t + 1]! < 0) break;
  }
  return end;
}

/** Whether a noun phrase starts at `from` and a verb follows it: a clause with its own subject. */
function subjectThenVerb(claim: Analysis, from: number, language: Language, removed: ReadonlySet<number> = new Set()): boolean {
  let t = from;
  let nouns = 0;
  while (t < claim.tokens.length) {
    if (removed.has(t)) {
      t++;
      continue;
    }
    const token = claim.tokens[t]!;
    if (claim.nameOf[t]! >= 0 || claim.factOf[t]! >= 0 || token.pos === "NOUN" || token.pos === "PROPN") nouns++;
    else if (!(token.pos === "DET" || token.pos === "ADJ" || (token.pos === "PRON" && !language.roles(token).has("relative")))) break;
    t++;
  }
  return (nouns > 0 || claim.tokens[from]?.pos === "PRON") && isVerbalAt(claim, t);
}

/**
 * The tokens of a name an apposition gives to a subject that names no one itself, and that the
 * apposition describes whole ("The chair of the judges, Ann Lee"; not "The death of the king, Charles").
 */
function namedBy(claim: Analysis, appositions: readonly Apposition[], subject: readonly number[]): number[] {
  if (subject.some((t) => claim.nameOf[t]! >= 0)) return [];
  const nouns = subject.filter((t) => claim.tokens[t]!.pos === "NOUN");
  const apposition = nouns.length > 0 ? appositions.find((a) => nouns.every((t) => a.head.includes(t))) : undefined;
  if (!apposition || apposition.inner.length === 0 || apposition.inner.some((t) => claim.nameOf[t]! < 0)) return [];
  return apposition.inner;
}

function nounBefore(claim: Analysis, t: number): boolean {
  let i = t;
  while (i >= 0 && claim.tokens[i]!.raw === ",") i--;
  const token = claim.tokens[i];
  return token !== undefined && (claim.nameOf[i]! >= 0 || claim.factOf[i]! >= 0 || token.pos === "NOUN" || token.pos === "PROPN");
}

/** The noun phrase ending at t (commas skipped): what a relative clause hangs on. */
function antecedentOf(claim: Analysis, t: number, language: Language): number[] {
  let end = t;
  while (end >= 0 && claim.tokens[end]!.raw === ",") end--;
  const phraseStart = (from: number) => {
    let start = from;
    while (start > 0) {
      const before = claim.tokens[start - 1]!;
      const ok = claim.nameOf[start - 1]! >= 0 || claim.factOf[start - 1]! >= 0 || ["ADJ", "NOUN", "PROPN", "NUM", "DET"].includes(before.pos) || language.roles(before).has("possessive");
      if (!ok) break;
      start--;
    }
    return start;
  };
  let start = phraseStart(end);
  // A name set after "the chair of the judges" is the chair's, a noun that may be a person, not
  // the judges' ("the death of the king, Charles" leaves it the king's).
  const of = claim.tokens[start - 1];
  const owner = claim.tokens[start - 2];
  if (of && owner && language.roles(of).has("partitive") && owner.pos === "NOUN" && language.mayNamePerson(owner)) start = phraseStart(start - 2);
  return range(start, end + 1);
}

interface Apposition {
  /** The noun phrase the apposition describes. */
  head: number[];
  /** The apposition's words. */
  inner: number[];
  /** Its commas or brackets. */
  marks: number[];
}

/**
 * "Ann Lee, 46, explained", "Riverside, a police drama, ends", "Ballard (Ann Lee)": a noun phrase,
 * then a comma or bracket, a stretch without a verb, and a closing comma or bracket.
 */
function findAppositions(claim: Analysis, language: Language, verbAhead: (from: number) => boolean): Apposition[] {
  const { tokens } = claim;
  const free = (t: number) => claim.nameOf[t]! < 0 && claim.factOf[t]! < 0;
  const found: Apposition[] = [];
  // A comma that closes one apposition may open the next, of the same head: "Ruairi Trevannion,
  // 61, the harbour master at Glenmorva, said".
  let chained: { at: number; head: number[] } | undefined;
  for (let t = 1; t < tokens.length; t++) {
      const open = tokens[t]!.raw;
      if (open !== "," && open !== "(" && open !== "\u2013" && open !== "\u2014") continue;
      // The comma of "August 22, 2017" or "Paris, Texas" is part of the value or name.
      if (!free(t)) continue;
      const chain = chained?.at === t ? chained.head : undefined;
      if (!chain && (!nounBefore(claim, t - 1) || claim.nameOf[t - 1]! < 0 && claim.factOf[t - 1]! < 0 && tokens[t - 1]!.pos !== "NOUN" && tokens[t - 1]!.pos !== "PROPN")) continue;
      const close = open === "(" ? ")" : open;
      let end = t + 1;
      let sawVerb = false;
      let sawUnit = false;
      while (end < tokens.length && tokens[end]!.raw !== close && tokens[end]!.raw !== ";" && !(close === "," && tokens[end]!.raw === ".")) {
        const token = tokens[end]!;
        if ((token.pos === "VERB" || token.pos === "AUX") && claim.nameOf[end]! < 0) sawVerb = true;
        if (language.roles(token).has("relative") || language.roles(token).has("coordinator") && !sawUnit) sawVerb = true;
        if (claim.nameOf[end]! >= 0 || claim.factOf[end]! >= 0 || token.content) sawUnit = true;
        end++;
      }
      const closed = end < tokens.length && tokens[end]!.raw === close;
      // A dash or comma apposition may also run to the sentence's end: "… on November 2, 2004 – Election Day."
      const atEnd = !closed && close !== ")" && (end >= tokens.length || tokens[end]!.raw === ".");
      if (sawVerb || !sawUnit || (!closed && !atEnd) || end - t > 12) continue;
      const inner = range(t + 1, end);
      // A date after a comma says when the clause's verb was ("charged on the same day, March
      // 18"), not what a noun before it is; and what follows a date and a comma goes on with
      // the clause ("born on 2 May 1990, in Paris"), saying nothing of the date.
      const dated = (i: number) => claim.factOf[i]! >= 0 && claim.facts[claim.factOf[i]!]!.kind === "date";
      if (inner.every(dated) || (!chain && dated(t - 1))) continue;
      const head = chain ?? antecedentOf(claim, t - 1, language);
      // A list ("Nikita, Stalker and Riverside") is not an apposition: the item after the comma is a sibling.
      if (close === "," && inner.some((i) => language.roles(tokens[i]!).has("coordinator"))) continue;
      // Nor is one with no verb after it, unless it gives a named person's age: "Oswin Dunmorrow,
      // 41, and his brother were charged".
      const age = claim.nameOf[t - 1]! >= 0 && inner.every((i) => claim.factOf[i]! >= 0 && claim.factOf[i] === claim.factOf[inner[0]!]);
      if (close === "," && closed && tokens[end + 1] && !verbAhead(end + 1) && !atEnd && !age) continue;
      found.push({ head, inner, marks: closed ? [t, end] : [t] });
      chained = closed && close === "," ? { at: end, head } : undefined;
      t = chained ? end - 1 : end;
  }
  return found;
}

function hasUnit(claim: Analysis, span: readonly number[], language: Language): boolean {
  return span.some((t) => claim.nameOf[t]! >= 0 || claim.factOf[t]! >= 0 || (claim.tokens[t]!.content && !language.roles(claim.tokens[t]!).has("anaphor")));
}

function findIndexIn(start: number, end: number, test: (t: number) => boolean): number | undefined {
  for (let t = start; t < end; t++) if (test(t)) return t;
  return undefined;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let t = start; t < end; t++) out.push(t);
  return out;
}

