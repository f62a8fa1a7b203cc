// English: wink-nlp's tokens, the lexicon's function words and paraphrases, and WordNet's
// relations between words, behind the Language interface.
import { stemmer } from "stemmer";
import type { LexicalRelation, Token } from "../../types.js";
import { firstPhraseBefore } from "../../facts/phrase.js";
import { placeFact } from "../../facts/place.js";
import { readFacts } from "../../facts/read.js";
import type { FactVocabulary } from "../../facts/vocabulary.js";
import type { Language, Word, WordRole } from "../language.js";
import type { EnglishLexicon } from "./lexicon.js";
import { readTokens } from "./tokens.js";

/** What WordNet answers (see wordnet.ts); absent, words relate through the lexicon alone. */
export interface LexicalKnowledge {
  relation(claim: Word, evidence: Word): LexicalRelation;
  alternatives(lemma: string, pos: Word["pos"]): readonly string[];
  /** Whether a lemma has a sense as a verb. */
  isVerb(lemma: string): boolean;
  /** Whether a lemma has a sense as a noun. */
  isNoun(lemma: string): boolean;
  /** Whether a lemma only describes: senses as an adjective or adverb, none as a noun or verb ("several"). */
  onlyDescribes(lemma: string): boolean;
  /** Whether a lemma has a sense as an adjective. */
  isAdjective(lemma: string): boolean;
  /** Whether a lemma has a sense as a noun for a person among its commoner ones ("chair", "member"; not "death"). */
  mayBePerson(lemma: string): boolean;
}

export interface EnglishResources {
  /** What the resources were built from (see Language.identity). */
  identity: string;
  lexicon: EnglishLexicon;
  facts: FactVocabulary;
  wordnet?: LexicalKnowledge | undefined;
}

const NO_ROLES: ReadonlySet<WordRole> = new Set();
const NO_PHRASES: readonly Phrase[] = [];

/** A phrase of the lexicon, as the words it is written with, and how it stands to a word. */
interface Phrase {
  words: readonly string[];
  relation: LexicalRelation;
}

/** Two forms the lemmatiser left apart that share a stem ("premiere", "premiered"). */
function sameStem(claim: Word, evidence: Word): LexicalRelation | undefined {
  if (stemmer(claim.lemma) !== stemmer(evidence.lemma)) return undefined;
  return nounish(claim) === nounish(evidence) ? "same" : "derived";
}

function nounish(word: Word): boolean {
  return word.pos === "NOUN" || word.pos === "PROPN";
}

/**
 * Where wink's tagger errs in a way WordNet can tell, in the order they are made. Each takes
 * the tokens of one text and gives them back mended.
 */
type Repair = (tokens: Token[], lexicon: EnglishLexicon, wordnet: LexicalKnowledge) => Token[];

/**
 * The tagger reads a capitalised first word as a name; one that only describes, before the
 * noun it describes ("Several residents …", "Many fans …"), is an adjective, as it would be
 * anywhere else, and a quantifier ("None of the authors") is a determiner. ("Bright said"
 * keeps its name: a verb follows.)
 */
const describingFirstWord: Repair = (tokens, lexicon, wordnet) => {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || !next || first.pos !== "PROPN" || next.capitalized) return tokens;
  // "None of the authors", "Both of them": a quantifier is no name.
  if (lexicon.roles.get(first.norm)?.has("quantifier")) tokens[0] = { ...first, pos: "DET", lemma: first.norm, content: false };
  else if ((next.pos === "NOUN" || next.pos === "ADJ") && wordnet.onlyDescribes(first.norm)) tokens[0] = { ...first, pos: "ADJ", lemma: first.norm };
  return tokens;
};

/**
 * The tagger reads a capitalised plural opening a sentence as a name ("Critics have accused the
 * board …", "Officials said …"): one WordNet does not know as written but knows in the singular
 * as a noun is that noun. A surname WordNet lists ("Banks", "Adams") stays a name.
 */
const pluralsOpeningSentences: Repair = (tokens, _lexicon, wordnet) => {
  const at = tokens.findIndex((t) => t.kind !== "symbol");
  const first = tokens[at];
  const next = tokens[at + 1];
  if (!first || first.pos !== "PROPN" || !first.capitalized || first.hyphenated || next?.capitalized) return tokens;
  const singular = singularOf(first.norm, wordnet);
  if (singular !== undefined && !wordnet.isNoun(first.norm)) tokens[at] = { ...first, pos: "NOUN", lemma: singular };
  return tokens;
};

/** The singular a regular plural is made from, where WordNet knows it as a noun ("critics", "bodies", "boxes"). */
function singularOf(plural: string, wordnet: LexicalKnowledge): string | undefined {
  if (!plural.endsWith("s") || plural.endsWith("ss")) return undefined;
  const candidates = plural.endsWith("ies") ? [`${plural.slice(0, -3)}y`] : plural.endsWith("es") ? [plural.slice(0, -1), plural.slice(0, -2)] : [plural.slice(0, -1)];
  return candidates.find((c) => c.length > 2 && wordnet.isNoun(c));
}

/** What may stand right before a verb as its doer, and right after it as what it is done to. */
const DOER: ReadonlySet<Token["pos"]> = new Set(["NOUN", "PROPN", "PRON"]);
const DONE_TO: ReadonlySet<Token["pos"]> = new Set(["NUM", "DET", "NOUN", "PROPN", "PRON"]);

/**
 * The tagger reads a past verb between its doer and what it is done to as a noun
 * ("Firefighters rescued two teenagers"): a word in -ed there that WordNet knows as a verb's
 * form, and not as a noun, is that verb.
 */
const pastVerbsBetweenNouns: Repair = (tokens, _lexicon, wordnet) => {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (word.hyphenated || !word.norm.endsWith("ed")) continue;
    if (!DOER.has(tokens[i - 1]!.pos) || !DONE_TO.has(tokens[i + 1]!.pos)) continue;
    if (!wordnet.isNoun(word.norm)) tokens[i] = pastVerb(word, wordnet) ?? word;
  }
  return tokens;
};

/**
 * The tagger reads a present verb in -s between its doer and what it is done to as a plural
 * noun ("Caddon Water supplies 1.2 million homes"): in a sentence with no verb at all, a word in
 * -s whose lemma WordNet knows as a verb, after a name, noun or pronoun and before a figure,
 * determiner, noun, name or pronoun, is that verb.
 */
const presentVerbsBetweenNouns: Repair = (tokens, _lexicon, wordnet) => {
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (word.pos !== "NOUN" || word.hyphenated || !word.norm.endsWith("s") || word.norm === word.lemma || !wordnet.isVerb(word.lemma)) continue;
    if (!DOER.has(tokens[i - 1]!.pos) || !DONE_TO.has(tokens[i + 1]!.pos)) continue;
    tokens[i] = { ...word, pos: "VERB" };
    return tokens;
  }
  return tokens;
};

/**
 * The tagger reads a verb of saying or showing between a noun and "that" as a noun ("Revised
 * figures from the infirmary show that 31 people were injured"): a word there with the
 * `reporting` role, in its plain form, right after a noun or a name and before a word that
 * opens what is said, is that verb ("its claim that", "the report that" stay nouns).
 */
const reportingVerbsBeforeThat: Repair = (tokens, lexicon) => {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [doer, word] = [tokens[i - 1]!, tokens[i]!];
    if (word.pos !== "NOUN" || word.hyphenated || word.norm !== word.lemma || !lexicon.roles.get(word.lemma)?.has("reporting")) continue;
    if ((doer.pos !== "NOUN" && doer.pos !== "PROPN") || !lexicon.roles.get(tokens[i + 1]!.norm)?.has("complementizer")) continue;
    tokens[i] = { ...word, pos: "VERB" };
  }
  return tokens;
};

/**
 * The tagger reads some nouns after a determiner and a describing word as a verb, and the
 * describing word as an adverb ("the south coast", "the north wing"). No verb stands there: a
 * word WordNet knows as an adjective, then one it knows as a noun (not a participle, "a newly
 * built house"), are those.
 */
const nounsAfterDeterminers: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [determiner, describing, noun] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (determiner.pos !== "DET" || describing.pos !== "ADV" || noun.pos !== "VERB" || noun.hyphenated || participle(noun)) continue;
    // A function word ("the only star") keeps the part the lexicon gives it.
    if (lexicon.roles.has(describing.norm) || lexicon.stopwords.has(describing.norm)) continue;
    if (!wordnet.isAdjective(describing.norm) || !wordnet.isNoun(noun.lemma)) continue;
    tokens[i + 1] = { ...describing, pos: "ADJ", lemma: describing.norm };
    tokens[i + 2] = { ...noun, pos: "NOUN" };
  }
  return tokens;
};

/**
 * The tagger reads a participle that "the" makes a noun of as a verb ("the injured were
 * taken to hospital", "five of the injured"): right after "the", with no noun or figure after
 * it for it to describe or take, it names those it describes.
 */
const participlesAsNouns: Repair = (tokens, lexicon) => {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [determiner, word] = [tokens[i]!, tokens[i + 1]!];
    if (!lexicon.roles.get(determiner.norm)?.has("definite") || word.pos !== "VERB" || !word.norm.endsWith("ed") || !participle(word)) continue;
    const next = tokens[i + 2];
    if (next && TAKEN.has(next.pos)) continue;
    tokens[i + 1] = { ...word, pos: "NOUN", lemma: word.norm, content: true };
  }
  return tokens;
};

/**
 * The tagger reads the noun after a possessive as a verb when it can be one ("Harlowe's recall
 * covers 48,500 seats", "since his hamstring injury"): what "'s" or "his" owns is a thing, so a
 * verb there in its dictionary form or with an -s, that WordNet knows as a noun, is that noun. A
 * participle ("Harlowe's recalled seats") describes the noun after it and is left as it is.
 */
const nounsAfterPossessives: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 1; i < tokens.length; i++) {
    const [marker, word] = [tokens[i - 1]!, tokens[i]!];
    const roles = lexicon.roles.get(marker.norm);
    const owns = (marker.pos === "PART" && roles?.has("possessive")) || (marker.pos === "PRON" && roles?.has("belonging"));
    if (!owns || word.pos !== "VERB" || participle(word)) continue;
    if (wordnet.isNoun(word.lemma)) tokens[i] = { ...word, pos: "NOUN" };
  }
  return tokens;
};

/** Parts of speech a participle may describe or take ("the injured driver", "the estimated 5,000"). */
const TAKEN: ReadonlySet<Token["pos"]> = new Set(["NOUN", "PROPN", "NUM", "DET", "PRON", "ADJ"]);

/** A verb's form other than its lemma or a plural's ("known", "running"; not "wings"). */
function participle(word: Token): boolean {
  return word.norm !== word.lemma && word.norm !== `${word.lemma}s` && word.norm !== `${word.lemma}es`;
}

/**
 * The tagger reads the verb of "The tram line cost £310 million" as a noun: a sentence with no
 * verb of its own, a noun, then a word WordNet knows as a verb, right before an amount (a hedge
 * between, "less than £300 million"), has it there.
 */
const verbsBeforeAmounts: Repair = (tokens, _lexicon, wordnet) => {
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, word] = [tokens[i - 1]!, tokens[i]!];
    let at = i + 1;
    while (at < i + 3 && tokens[at] !== undefined && HEDGING.has(tokens[at]!.pos)) at++;
    const after = tokens[at];
    if (word.pos !== "NOUN" || (before.pos !== "NOUN" && before.pos !== "PROPN") || !after || (after.pos !== "NUM" && after.pos !== "SYM")) continue;
    if (word.norm !== word.lemma || !wordnet.isVerb(word.lemma)) continue;
    tokens[i] = { ...word, pos: "VERB" };
    break;
  }
  return tokens;
};

/** Parts of speech of the words of a hedge before an amount ("less than", "about", "over"). */
const HEDGING: ReadonlySet<Token["pos"]> = new Set(["ADJ", "ADV", "ADP"]);

/**
 * The tagger reads a past verb right after a relative pronoun as an adjective ("the fisherman
 * who drowned was 76"): a word in -ed there that WordNet knows as a verb's form is that verb.
 */
const pastVerbsAfterRelatives: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 1; i < tokens.length; i++) {
    if (lexicon.roles.get(tokens[i - 1]!.norm)?.has("relative")) tokens[i] = pastVerb(tokens[i]!, wordnet) ?? tokens[i]!;
  }
  return tokens;
};

/**
 * The tagger reads the verb the sentence goes on with after an aside as a noun ("Maggie Q, who
 * is 46, starred in …"): right after the comma that closes an aside a relative pronoun opened, a
 * word in -ed that WordNet knows as a verb's form and not as a noun is that verb.
 */
const pastVerbsAfterAsides: Repair = (tokens, lexicon, wordnet) => {
  let aside = false;
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    if (before.raw === "," && lexicon.roles.get(tokens[i]!.norm)?.has("relative")) aside = true;
    else if (aside && before.raw === ",") {
      aside = false;
      if (!wordnet.isNoun(tokens[i]!.norm)) tokens[i] = pastVerb(tokens[i]!, wordnet) ?? tokens[i]!;
    }
  }
  return tokens;
};

/** A word in -ed the tagger read as a noun or an adjective, as the verb WordNet knows it for the past form of. */
function pastVerb(word: Token, wordnet: LexicalKnowledge): Token | undefined {
  if ((word.pos !== "NOUN" && word.pos !== "ADJ") || !word.norm.endsWith("ed")) return undefined;
  const lemma = verbStems(word.norm).find((stem) => wordnet.isVerb(stem));
  return lemma ? { ...word, pos: "VERB", lemma, content: true } : undefined;
}

/** The dictionary forms a regular past form may come from: "rescued" rescue, "stopped" stop, "carried" carry, "opened" open. */
function verbStems(past: string): string[] {
  const stem = past.slice(0, -2);
  const stems = [past.slice(0, -1), stem];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) stems.push(stem.slice(0, -1));
  if (stem.endsWith("i")) stems.push(`${stem.slice(0, -1)}y`);
  return stems;
}

/**
 * The tagger reads some verbs after an auxiliary as adjectives, nouns or adverbs ("would not
 * close any plants", "will close"): a word an auxiliary other than "be" governs, negation and
 * adverbs between, that WordNet knows as a verb is one. Where what follows the adverbs cannot
 * be that verb ("the plant that Acme will close/ADV opened in 1962"), the last adverb WordNet
 * knows as a verb is.
 */
const verbsAfterModals: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const modal = tokens[i]!;
    if (modal.pos !== "AUX" || lexicon.roles.get(modal.lemma)?.has("copula")) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "PART" || lexicon.negations.has(tokens[j]!.norm))) j++;
    const word = tokens[j];
    const verb = word !== undefined && word.kind === "word" && (word.pos === "ADJ" || word.pos === "NOUN") && wordnet.isVerb(word.lemma);
    if (verb) tokens[j] = { ...word, pos: "VERB", content: true };
    const governed = verb || (word !== undefined && (word.pos === "AUX" || (word.pos === "VERB" && word.norm === word.lemma)));
    if (governed) continue;
    for (let k = j - 1; k > i; k--) {
      const adverb = tokens[k]!;
      if (adverb.pos !== "ADV" || lexicon.stopwords.has(adverb.norm) || lexicon.roles.has(adverb.norm) || !wordnet.isVerb(adverb.norm)) continue;
      tokens[k] = { ...adverb, pos: "VERB", lemma: adverb.norm, content: true };
      break;
    }
  }
  return tokens;
};

/**
 * The tagger reads a verb's particle as a preposition ("turned down the offer"). A particle
 * right after a verb, or after a pronoun after it ("turned it down"), is the verb's. Where
 * WordNet or the lexicon knows the two as one verb, the verb takes the pair's lemma ("turn_down",
 * which WordNet relates to "refuse"), and the particle no longer links what follows to the verb.
 */
const phrasalVerbs: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i]!;
    if (verb.pos !== "VERB") continue;
    const at = tokens[i + 1]!.pos === "PRON" ? i + 2 : i + 1;
    const particle = tokens[at];
    if (!particle || particle.kind !== "word" || !lexicon.roles.get(particle.norm)?.has("particle")) {
      particleAfterObject(tokens, i, lexicon, wordnet);
      continue;
    }
    const lemma = `${verb.lemma}_${particle.norm}`;
    // Known as one verb to WordNet, or to the lexicon ("stand_down", a verb of leaving a post).
    if (!wordnet.isVerb(lemma) && !lexicon.roles.has(lemma)) {
      tokens[i] = { ...verb, particle: particle.norm };
      continue;
    }
    tokens[i] = { ...verb, lemma, particle: particle.norm };
    tokens[at] = { ...particle, pos: "PART", content: false };
  }
  return tokens;
};

/** Parts of speech of a short object between a verb and its particle ("let both animals down"). */
const OBJECT_WORDS: ReadonlySet<Token["pos"]> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"]);

/**
 * A particle after a short object that ends the clause ("had let both animals down.") is the
 * verb's where WordNet knows the two as one verb: there it takes no object of its own.
 */
function particleAfterObject(tokens: Token[], verb: number, lexicon: EnglishLexicon, wordnet: LexicalKnowledge): void {
  for (let at = verb + 2; at <= verb + 4 && at < tokens.length; at++) {
    const word = tokens[at]!;
    if (word.kind === "word" && lexicon.roles.get(word.norm)?.has("particle")) {
      const after = tokens[at + 1];
      const lemma = `${tokens[verb]!.lemma}_${word.norm}`;
      if ((after === undefined || after.kind === "symbol") && wordnet.isVerb(lemma)) {
        tokens[verb] = { ...tokens[verb]!, lemma, particle: word.norm };
        tokens[at] = { ...word, pos: "PART", content: false };
      }
      return;
    }
    if (!OBJECT_WORDS.has(word.pos)) return;
  }
}

/** Words as the one noun WordNet writes them as ("civil_engineering"). */
function compoundOf(words: readonly Word[]): Word {
  return { lemma: words.map((word) => word.lemma).join("_"), pos: "NOUN" };
}

/** A verb's lemma without its particle ("turn" of "turn_down"). */
function withoutParticle(word: Word): Word {
  const suffix = `_${word.particle}`;
  return word.lemma.endsWith(suffix) ? { lemma: word.lemma.slice(0, -suffix.length), pos: word.pos } : { lemma: word.lemma, pos: word.pos };
}

/** Relations through which one word states another. */
const STATES: ReadonlySet<LexicalRelation> = new Set(["same", "synonym", "specific"]);

/** How many words after a negation a word that limits it ("until") is looked for. */
const LIMIT_REACH = 8;

/**
 * Whether the negation at `at` only says when ("will not reopen until September" says it
 * reopens then, not before): a word with the `limit` role follows it in its clause, one that
 * places only what is to come (`limitAhead`: "before") after "will" or a modal, or before a
 * figure or a name (a time, a day).
 */
function negatesUntil(tokens: readonly Token[], at: number, lexicon: EnglishLexicon): boolean {
  for (let i = at + 1; i < tokens.length && i <= at + LIMIT_REACH; i++) {
    const token = tokens[i]!;
    if (token.kind === "symbol" && token.raw !== "-") return false;
    // "until September", "before 2028"; not "before leaving", another clause, nor "never … before",
    // which takes nothing and says "at any time before now".
    const roles = lexicon.roles.get(token.lemma);
    if (roles?.has("limit")) {
      const next = tokens[i + 1];
      if (next === undefined || next.kind === "symbol" || next.pos === "VERB") return false;
      // "did not lose a game before the final" denies; "will not reopen before the summer" and
      // "did not leave before 4:30 p.m." say when.
      return !roles.has("limitAhead") || toCome(tokens, at, lexicon) || next.kind === "number" || next.pos === "PROPN";
    }
  }
  return false;
}

/** Whether a word of what is to come, or a modal, stands right before a negation ("will not", "cannot"). */
function toCome(tokens: readonly Token[], negation: number, lexicon: EnglishLexicon): boolean {
  const before = lexicon.roles.get(tokens[negation - 1]?.lemma ?? "");
  const itself = lexicon.roles.get(tokens[negation]!.lemma);
  return before?.has("future") === true || before?.has("modal") === true || itself?.has("modal") === true;
}

/** The tagger's negation scope, cleared where the negation only says when (see negatesUntil). */
const negationsUntil: Repair = (tokens, lexicon) => {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || !lexicon.negations.has(tokens[i]!.norm) || !negatesUntil(tokens, i, lexicon)) continue;
    for (let j = i + 1; j < tokens.length && !lexicon.roles.get(tokens[j]!.lemma)?.has("limit"); j++) if (tokens[j]!.negated) tokens[j] = { ...tokens[j]!, negated: false };
  }
  return tokens;
};

/**
 * The tagger's negation scope, ended where a clause with its own subject starts inside it, right
 * after what it describes: in "not everything we asked for", "we asked for" says what
 * "everything" is, and is not denied; nor is "who voted against" in "did not name the member
 * who voted against". After a verb ("did not think he won") the clause is what the verb takes,
 * and stays in scope.
 */
/** What a clause's subject is made of: "Norrbay Air", "the board", "we". */
const CLAUSE_SUBJECT: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

const negationsBeforeRelatives: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, pronoun] = [tokens[i - 1]!, tokens[i]!];
    const roles = lexicon.roles.get(pronoun.norm);
    // A relative word may have a subject of its own before the verb, whatever the tagger calls
    // it: "the scheme that Norrbay Air closed".
    let at = i + 1;
    if (roles?.has("relative")) while (at < tokens.length && CLAUSE_SUBJECT.has(tokens[at]!.pos)) at++;
    const ownSubject = at > i + 1 && tokens.slice(i + 1, at).some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON");
    if (!ownSubject) at = i + 1;
    const verb = tokens[at];
    if (!pronoun.negated || !(ownSubject || pronoun.pos === "PRON") || !(roles?.has("anaphor") || roles?.has("relative"))) continue;
    if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX")) continue;
    // What it describes: a noun or pronoun, or a word the tagger took for a verb that WordNet knows as none ("everything").
    const described = before.pos === "NOUN" || before.pos === "PRON" || (before.pos === "VERB" && !wordnet.isVerb(before.lemma));
    if (!before.negated || !described) continue;
    for (let j = i; j < tokens.length && tokens[j]!.negated; j++) tokens[j] = { ...tokens[j]!, negated: false };
  }
  return tokens;
};

/**
 * The tagger's negation scope, ended where a word that says when or why opens a clause with a
 * subject and a verb of its own: "failed to publish the assessment before councillors voted"
 * does not deny the vote.
 */
const negationsBeforeSubordinates: Repair = (tokens, lexicon) => {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const opener = tokens[i]!;
    const roles = lexicon.roles.get(opener.lemma);
    if (!opener.negated || !roles?.has("subordinator")) continue;
    // Its subject: a noun, a name or a pronoun, after a determiner or describing words; then a verb.
    let j = i + 1;
    while (j < tokens.length && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NUM")) j++;
    const subject = tokens[j];
    if (!subject || !(subject.pos === "NOUN" || subject.pos === "PROPN" || subject.pos === "PRON")) continue;
    while (j + 1 < tokens.length && (tokens[j + 1]!.pos === "NOUN" || tokens[j + 1]!.pos === "PROPN")) j++;
    const verb = tokens[j + 1];
    if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX")) continue;
    for (let k = i; k < tokens.length && tokens[k]!.negated; k++) tokens[k] = { ...tokens[k]!, negated: false };
  }
  return tokens;
};

/**
 * The tagger reads a verb in -s between its doer and "to" as a plural noun ("The trust plans to
 * release …", "Acme aims to"): after a name or a noun, before "to" and a verb, a word WordNet
 * knows as a verb is that verb.
 */
const presentVerbsBeforeTo: Repair = (tokens, _lexicon, wordnet) => {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [doer, word, to, verb] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (word.pos !== "NOUN" || !word.norm.endsWith("s") || word.hyphenated || to.pos !== "PART" || to.norm !== "to" || verb.pos !== "VERB") continue;
    if (doer.pos !== "PROPN" && doer.pos !== "NOUN") continue;
    if (wordnet.isVerb(word.lemma)) tokens[i] = { ...word, pos: "VERB" };
  }
  return tokens;
};

/**
 * The tagger reads the last noun of a compound after a preposition as a verb ("stripped of stage
 * win after …"): a verb in its dictionary form between a preposition's noun and a preposition,
 * punctuation or the end, that WordNet knows as a noun, is that noun.
 */
const nounsAfterPrepositionalNouns: Repair = (tokens, _lexicon, wordnet) => {
  for (let i = 2; i < tokens.length; i++) {
    const [preposition, noun, word, next] = [tokens[i - 2]!, tokens[i - 1]!, tokens[i]!, tokens[i + 1]];
    if (preposition.pos !== "ADP" || noun.pos !== "NOUN" || word.pos !== "VERB" || word.norm !== word.lemma || word.hyphenated) continue;
    if (next !== undefined && next.pos !== "ADP" && next.kind !== "symbol") continue;
    if (wordnet.isNoun(word.lemma)) tokens[i] = { ...word, pos: "NOUN" };
  }
  return tokens;
};

/**
 * The tagger reads the first half of a noun made of a verb, a hyphen and a particle as a verb
 * ("41 seconds before lift-off", "after the kick-off"): where WordNet knows the whole as a noun,
 * run together or hyphenated ("liftoff", "shake-up"), the first half is that noun's.
 */
const particleCompounds: Repair = (tokens, lexicon, wordnet) => {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [word, dash, particle] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (word.pos !== "VERB" || dash.raw !== "-" || !particle.hyphenated || !lexicon.roles.get(particle.norm)?.has("particle")) continue;
    if (wordnet.isNoun(`${word.norm}${particle.norm}`) || wordnet.isNoun(`${word.norm}-${particle.norm}`)) tokens[i] = { ...word, pos: "NOUN", lemma: word.norm };
  }
  return tokens;
};

/** The most words a hyphenated noun is looked up with ("commander-in-chief"). */
const COMPOUND_WORDS = 3;

/**
 * The tokenizer cuts a hyphenated noun into its words ("brother-in-law" as "brother", "-",
 * "in", "-", "law"): where WordNet knows the whole as a noun, it is one word, so "brother" alone
 * is not found in it. The longest such run is taken.
 */
const hyphenatedNouns: Repair = (tokens, _lexicon, wordnet) => {
  if (!tokens.some((t) => t.raw === "-")) return tokens;
  const mended: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let longest: { end: number; text: string } | undefined;
    if (first.kind === "word" && !first.hyphenated) {
      let end = i;
      let text = first.norm;
      for (let words = 2; words <= COMPOUND_WORDS; words++) {
        const [dash, word] = [tokens[end + 1], tokens[end + 2]];
        if (dash?.raw !== "-" || !word?.hyphenated || word.kind !== "word") break;
        end += 2;
        text += `-${word.norm}`;
        if (wordnet.isNoun(text)) longest = { end, text };
      }
    }
    if (!longest) {
      mended.push(first);
      continue;
    }
    const raw = tokens.slice(i, longest.end + 1).map((t) => t.raw).join("");
    mended.push({ ...first, raw, norm: longest.text, lemma: longest.text, pos: "NOUN", end: tokens[longest.end]!.end, content: true });
    i = longest.end;
  }
  return mended;
};

/**
 * The tagger's negation scope, ended at a verb joined on with its own tense: in "did not concede
 * and said he would request a recount" or "would not appeal and had begun testing", the
 * auxiliary carries the denial and its verb stands bare, so "said" and "had begun" are other
 * verbs, not denied. A bare verb joined on ("did not concede or say") shares it.
 */
const negationsBeforeCoordinatedVerbs: Repair = (tokens, lexicon) => {
  let bare = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.negated) {
      bare = false;
      continue;
    }
    if (token.pos === "VERB") bare = token.norm === token.lemma;
    const next = tokens[i + 1]!;
    // A verb with a tense of its own, or an auxiliary of its own: "and had begun".
    const ownTense = (next.pos === "VERB" && next.norm !== next.lemma) || next.pos === "AUX";
    if (!bare || !lexicon.roles.get(token.norm)?.has("coordinator") || !ownTense) continue;
    for (let j = i; j < tokens.length && tokens[j]!.negated; j++) tokens[j] = { ...tokens[j]!, negated: false };
  }
  return tokens;
};

/**
 * The tagger's negation scope, cleared over a participle that says which of the things a
 * negation counts: in "None of the firefighters injured in the fire was seriously hurt", the
 * injuries are not denied, only that any was serious. The participle follows the counted noun
 * and runs to the verb group the negation holds.
 */
const negationsOverReducedRelatives: Repair = (tokens, lexicon) => {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || !lexicon.negations.has(tokens[i]!.norm)) continue;
    let j = i + 1;
    if (lexicon.roles.get(tokens[j]!.norm)?.has("partitive")) j++;
    while (j < tokens.length && COUNTED_PHRASE.has(tokens[j]!.pos)) j++;
    const participle = tokens[j];
    if (j === i + 1 || tokens[j - 1]!.pos !== "NOUN" || participle?.pos !== "VERB" || participle.norm === participle.lemma || !participle.negated) continue;
    // The verb group the negation holds: an auxiliary later in the sentence.
    let group = j + 1;
    while (group < tokens.length && tokens[group]!.pos !== "AUX" && tokens[group]!.kind !== "symbol") group++;
    if (tokens[group]?.pos !== "AUX") continue;
    for (let k = j; k < group; k++) tokens[k] = { ...tokens[k]!, negated: false };
  }
  return tokens;
};

/** What names the things a negation counts: "the two men", "passengers". */
const COUNTED_PHRASE: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN"]);

/** The ending of a verb's -ing form: "taking". */
const ING_FORM = /ing$/u;
/** The endings of a describing word's degrees: "larger", "largest". */
const COMPARATIVE = "er";
const SUPERLATIVE = "est";

const REPAIRS: readonly Repair[] = [
  hyphenatedNouns,
  describingFirstWord,
  pluralsOpeningSentences,
  nounsAfterDeterminers,
  participlesAsNouns,
  nounsAfterPossessives,
  pastVerbsBetweenNouns,
  presentVerbsBetweenNouns,
  presentVerbsBeforeTo,
  reportingVerbsBeforeThat,
  nounsAfterPrepositionalNouns,
  verbsBeforeAmounts,
  pastVerbsAfterRelatives,
  pastVerbsAfterAsides,
  verbsAfterModals,
  particleCompounds,
  phrasalVerbs,
  negationsUntil,
  negationsBeforeRelatives,
  negationsBeforeSubordinates,
  negationsBeforeCoordinatedVerbs,
  negationsOverReducedRelatives,
];

export function createEnglish({ identity, lexicon, facts, wordnet }: EnglishResources): Language {
  // Each lemma's partners in the lexicon: single words by relation, phrases by their words.
  const partners = new Map<string, Map<string, LexicalRelation>>();
  const phrasal = (phrase: string) => {
    const words = phrase.split(" ");
    return words.length === 2 && lexicon.roles.get(words[1]!)?.has("particle") === true;
  };
  const phrases = new Map<string, Phrase[]>();
  const link = (a: string, b: string, relation: LexicalRelation) => {
    if (a === b) return;
    // A verb and its particle ("strike down") is one lemma where WordNet knows it ("strike_down"):
    // listed under both.
    if (phrasal(a)) link(a.replace(" ", "_"), b, relation);
    if (phrasal(b)) link(a, b.replace(" ", "_"), relation);
    if (a.includes(" ")) return;
    if (b.includes(" ")) {
      const list = phrases.get(a) ?? [];
      list.push({ words: b.split(" "), relation });
      phrases.set(a, list);
      return;
    }
    const map = partners.get(a) ?? new Map<string, LexicalRelation>();
    // An opposite listed anywhere outranks a paraphrase: ruling out is the safer reading.
    if (map.get(b) !== "opposite") map.set(b, relation);
    partners.set(a, map);
  };
  for (const group of lexicon.paraphrases) for (const a of group) for (const b of group) link(a, b, "synonym");
  // An opposite rules out the words that state it too: "gain" is listed with "rise", and "rise"
  // against "fall", so "gained" rules out "fell".
  const kin = new Map<string, Set<string>>();
  for (const group of lexicon.paraphrases) {
    for (const word of group) {
      const words = kin.get(word) ?? new Set([word]);
      for (const other of group) words.add(other);
      kin.set(word, words);
    }
  }
  const kinOf = (word: string) => kin.get(word) ?? [word];
  for (const [a, b] of lexicon.opposites) {
    for (const x of kinOf(a)) {
      for (const y of kinOf(b)) {
        link(x, y, "opposite");
        link(y, x, "opposite");
      }
    }
  }

  const relations = new Map<string, LexicalRelation>();
  const alternativesOf = new Map<string, readonly string[]>();

  const relateLemmas = (claim: Word, evidence: Word): LexicalRelation => {
    if (claim.lemma === evidence.lemma) return "same";
    // Verbs of saying report alike: "said", "told", "explained" attribute the same statement.
    if (evidence.pos === "VERB" && lexicon.roles.get(claim.lemma)?.has("reporting") && lexicon.roles.get(evidence.lemma)?.has("reporting")) return "synonym";
    const key = `${claim.lemma}\u0000${claim.pos}\u0000${evidence.lemma}\u0000${evidence.pos}`;
    let relation = relations.get(key);
    if (relation === undefined) {
      relation = partners.get(claim.lemma)?.get(evidence.lemma) ?? sameStem(claim, evidence) ?? wordnet?.relation(claim, evidence) ?? "none";
      relations.set(key, relation);
    }
    return relation;
  };

  return {
    code: "en",
    identity,
    tokenize: (text) => {
      const tokens = readTokens(text, lexicon);
      return wordnet ? REPAIRS.reduce((mended, repair) => repair(mended, lexicon, wordnet), tokens) : tokens;
    },
    relate(claim, evidence) {
      const relation = relateLemmas(claim, evidence);
      // Two verbs with the same particle relate as the verbs do: "headed back" states "went back".
      if (STATES.has(relation) || claim.particle === undefined || claim.particle !== evidence.particle) return relation;
      const base = relateLemmas(withoutParticle(claim), withoutParticle(evidence));
      return STATES.has(base) ? base : relation;
    },
    relateCompounds(claim, evidence) {
      if (!wordnet) return undefined;
      const [one, other] = [compoundOf(claim), compoundOf(evidence)];
      if (!wordnet.isNoun(one.lemma) || !wordnet.isNoun(other.lemma)) return undefined;
      return relateLemmas(one, other);
    },
    phrasesFor(word) {
      return phrases.get(word.lemma) ?? NO_PHRASES;
    },
    alternatives(word) {
      const key = `${word.lemma}\u0000${word.pos}`;
      let list = alternativesOf.get(key);
      if (!list) {
        const found = new Set<string>();
        for (const [partner, relation] of partners.get(word.lemma) ?? []) if (relation === "synonym") found.add(partner);
        for (const lemma of wordnet?.alternatives(word.lemma, word.pos) ?? []) if (lemma !== word.lemma) found.add(lemma);
        list = [...found];
        alternativesOf.set(key, list);
      }
      return list;
    },
    roles(word) {
      const byLemma = lexicon.roles.get(word.lemma);
      const asWritten = word.norm === undefined || word.norm === word.lemma ? undefined : lexicon.roles.get(word.norm);
      if (!asWritten) return byLemma ?? NO_ROLES;
      return byLemma ? new Set([...byLemma, ...asWritten]) : asWritten;
    },
    readFacts(tokens, context) {
      return readFacts(tokens, facts, context.date === undefined ? {} : { date: context.date });
    },
    pastTense(word) {
      // A verb whose form is not its dictionary form, nor its third person or -ing form.
      return word.pos === "VERB" && word.norm !== word.lemma && !/(?:s|ing)$/.test(word.norm);
    },
    plural(word) {
      // A noun whose form is not its dictionary form.
      return word.pos === "NOUN" && word.norm !== word.lemma;
    },
    presentTense(word) {
      // Its dictionary form or its third person; what stands before it says whether it is finite.
      return word.pos === "VERB" && !ING_FORM.test(word.norm) && (word.norm === word.lemma || /s$/.test(word.norm));
    },
    mayNamePerson(word) {
      return word.pos === "NOUN" && (wordnet?.mayBePerson(word.lemma) ?? false);
    },
    mayDescribe(word) {
      return word.pos === "ADJ" || (wordnet?.isAdjective(word.norm) ?? false);
    },
    placeFact(fact, date) {
      return placeFact(fact, date, facts);
    },
    describes(kind, word) {
      return facts.describedBy.get(kind)?.has(word.lemma) ?? false;
    },
    figureWords: [...new Set([...facts.numbers.keys(), ...facts.ordinals.keys()])],
    correctionBefore(tokens, at) {
      return firstPhraseBefore(tokens, at, facts.corrections)?.first;
    },
    ingForm(token) {
      return ING_FORM.test(token.norm);
    },
    degree(token) {
      // Only an inflected form says a degree: "larger" of "large", not "retired" or "retiring".
      if (token.norm === token.lemma) return undefined;
      if (token.norm.endsWith(SUPERLATIVE)) return "superlative";
      return token.norm.endsWith(COMPARATIVE) ? "comparative" : undefined;
    },
    onlySaysWhen(tokens, at) {
      return negatesUntil(tokens, at, lexicon);
    },
    negationAt(tokens, at) {
      const token = tokens[at];
      if (!token) return 0;
      if (token.kind === "word" && (lexicon.negations.has(token.norm) || lexicon.negations.has(token.lemma))) return 1;
      for (const phrase of lexicon.negationPhrases) {
        if (phrase.every((word, k) => tokens[at + k]?.norm === word)) return phrase.length;
      }
      return 0;
    },
  };
}
