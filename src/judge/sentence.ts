// Reads a sentence for the judge: the language's tokens, the facts among them, and the names.
import type { Analysis, Fact, Mention, Token } from "../types.js";
import { agree } from "../facts/agree.js";
import type { Language } from "../language/language.js";
/** Punctuation that ends a clause: a word describes a fact in its own clause only. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", ".", "!", "?", "\u2014", "\u2013"]);

export function readSentence(text: string, language: Language, context: { date?: string | undefined } = {}): Analysis {
  const tokens = language.tokenize(text);
  const { facts, consumed } = language.readFacts(tokens, context);
  const factOf = new Int32Array(tokens.length).fill(-1);
  facts.forEach((fact, f) => {
    for (let t = fact.firstToken; t <= fact.lastToken; t++) factOf[t] = f;
  });
  // Hedges and corrections read with a fact belong to it (the fact that follows them).
  let next = 0;
  for (const t of [...consumed].sort((a, b) => a - b)) {
    while (next < facts.length && facts[next]!.firstToken <= t) next++;
    if (factOf[t]! < 0 && next < facts.length) factOf[t] = next;
  }
  // So do the words that say what it is, in its clause, up to the next value either side, and
  // not past a verb that is not one of them or a copula: "its share is 20 percent", "ranked
  // No. 4", but "Lakeside's shares rose 19 percent" is about the shares.
  facts.forEach((fact, f) => {
    const describe = (t: number): boolean => {
      const token = tokens[t]!;
      if (token.kind === "word" && language.describes(fact.kind, token)) {
        factOf[t] = f;
        return token.pos !== "VERB";
      }
      return token.pos !== "VERB" || language.roles(token).has("copula");
    };
    for (let t = fact.firstToken - 1; t >= 0 && factOf[t]! < 0 && !CLAUSE_BREAKS.has(tokens[t]!.raw); t--) if (!describe(t)) break;
    for (let t = fact.lastToken + 1; t < tokens.length && factOf[t]! < 0 && !CLAUSE_BREAKS.has(tokens[t]!.raw); t++) if (!describe(t)) break;
  });
  const names = findNames(tokens, factOf, language);
  const nameOf = new Int32Array(tokens.length).fill(-1);
  names.forEach((name, n) => {
    for (let t = name.first; t <= name.last; t++) nameOf[t] = n;
  });
  const words = new Map<string, number[]>();
  const clauseOf = new Int32Array(tokens.length);
  let clause = 0;
  tokens.forEach((token, t) => {
    if (CLAUSE_BREAKS.has(token.raw)) clause++;
    clauseOf[t] = clause;
    // The noun a fact counts is a word too ("authors" of "the nine authors"); its figures are not,
    // but a figure no fact reads ("19th-century") is found as written.
    const figure = token.kind === "number" && factOf[t]! < 0;
    if ((token.kind !== "word" && !figure) || (factOf[t]! >= 0 && token.pos !== "NOUN")) return;
    if (!token.content && !figure && token.pos !== "VERB" && nameOf[t]! < 0) return;
    const key = wordKey(token);
    const list = words.get(key);
    if (list) list.push(t);
    else words.set(key, [t]);
  });
  return { text, tokens, facts: revised(facts, tokens, clauseOf, language), factOf, names, nameOf, words, clauseOf };
}

/**
 * A value its clause gives as one that stood before ("had earlier estimated the nucleus at about 4
 * kilometres"), where a later clause of the sentence gives another of the same kind ("new
 * measurements suggest it was less than 2 kilometres"), is where the figure started, as "up
 * from" marks one: the later value is what the sentence says now.
 */
function revised(facts: readonly Fact[], tokens: readonly Token[], clauseOf: Int32Array, language: Language): readonly Fact[] {
  const revising = new Set<number>();
  tokens.forEach((token, t) => {
    // After a noun it says when, not that the value was revised: "from £378,000 a year earlier".
    if (token.kind === "word" && language.roles(token).has("revision") && tokens[t - 1]?.pos !== "NOUN") revising.add(clauseOf[t]!);
  });
  if (revising.size === 0) return facts;
  return facts.map((fact, f) => {
    const clause = clauseOf[fact.firstToken]!;
    if (!revising.has(clause) || fact.origin) return fact;
    // The value that replaces it follows within a few: a long run of figures is no revision.
    const later = facts.slice(f + 1, f + 1 + REPLACED_WITHIN).some((other) => clauseOf[other.firstToken]! > clause && !other.origin && agree(fact, other) === "conflict");
    return later ? { ...fact, origin: true } : fact;
  });
}

/** How many values after one given as an earlier one may give the value that replaces it. */
const REPLACED_WITHIN = 4;

/** The key a word is compared by: its lemma and part of speech, and a verb's particle ("headed back" is not "headed"). */
export function wordKey(token: Token): string {
  return token.particle === undefined ? `${token.lemma}\u0000${token.pos}` : `${token.lemma}\u0000${token.pos}\u0000${token.particle}`;
}

/**
 * Names: runs of proper nouns, or of capitalised content words past a sentence's start, joined
 * by the small words names hold ("State of California"). Words inside a fact are not names.
 */
function findNames(tokens: readonly Token[], factOf: Int32Array, language: Language): Mention[] {
  const names: Mention[] = [];
  const namey = (i: number) => {
    const token = tokens[i];
    if (!token || token.kind !== "word" || factOf[i]! >= 0) return false;
    if (language.roles(token).size > 0 && !token.capitalized) return false;
    if (token.pos === "PROPN") return true;
    return token.capitalized && token.content && !startsSentence(tokens, i);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!namey(i)) continue;
    const first = i;
    let last = i;
    for (;;) {
      if (namey(last + 1) && !tokens[last + 1]!.raw.startsWith("'")) last++;
      else if (language.roles(tokens[last + 1] ?? tokens[last]!).has("joiner") && tokens[last + 1] && namey(last + 2) && tokens[last + 2]!.capitalized) last += 2;
      else break;
    }
    const words: string[] = [];
    for (let t = first; t <= last; t++) if (namey(t)) words.push(nameWord(tokens[t]!.norm));
    names.push({ first, last, words });
    i = last;
  }
  return names;
}

/**
 * A word of a name as names are compared: without a closing period, which a sentence's end may
 * have taken into an initial ("Ann Q." at the end of a claim is Ann Q).
 */
export function nameWord(norm: string): string {
  return norm.length > 1 && norm.endsWith(".") ? norm.slice(0, -1) : norm;
}

/** The first word of a sentence, or of a quote or heading inside it, is capitalised whatever it is. */
function startsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const before = tokens[j]!;
    if (before.kind !== "symbol") return false;
    if (/^[.!?:;"'(\u2014\u2013-]$/.test(before.norm)) return true;
  }
  return true;
}

/** The token standing before a verb, its auxiliaries, adverbs and particles aside ("Ballard has not been renewed"): where its doer ends; -1 at the start. */
export function beforeVerb(sentence: Analysis, verb: number): number {
  let i = verb - 1;
  while (i >= 0 && (sentence.tokens[i]!.pos === "AUX" || sentence.tokens[i]!.pos === "ADV" || sentence.tokens[i]!.pos === "PART")) i--;
  return i;
}

/** How far back an aside between a doer and its verb is looked for. */
const ASIDE_REACH = 8;

/**
 * Where a verb's doer ends, an aside between them passed over: "Costa, 24, scored", "Smith, the
 * mayor, said" end at "Costa" and "Smith". An aside holds no verb.
 */
export function doerEnd(sentence: Analysis, verb: number): number {
  const i = beforeVerb(sentence, verb);
  if (i < 1 || sentence.tokens[i]!.raw !== ",") return i;
  for (let j = i - 1; j >= 1 && j >= i - ASIDE_REACH; j--) {
    const token = sentence.tokens[j]!;
    if (token.pos === "VERB" || token.pos === "AUX") return i;
    if (token.raw === ",") return j - 1;
  }
  return i;
}

/**
 * Whether a verb form describes the noun right after it, in a noun phrase: "her climbing
 * partner", "the running costs", "a long-running dispute". A verb after a noun is that noun's
 * verb ("the team running the club").
 */
export function describesNextNoun(sentence: Analysis, i: number, language: Language): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  if (!(token.pos === "VERB" || token.pos === "ADJ" || token.pos === "NOUN") || !language.ingForm(token)) return false;
  const before = tokens[i - 1];
  return tokens[i + 1]?.pos === "NOUN" && (before === undefined || ["DET", "PRON", "ADJ", "NUM"].includes(before.pos) || before.raw === "-" || before.raw === ",");
}

/**
 * The name an apposition opening with the comma at `comma` is set beside: the name right before
 * the comma, or before a value set between commas after it ("Maelor Breuning, 27, a trainee").
 */
export function appositionNameBefore(sentence: Analysis, comma: number): Mention | undefined {
  if (sentence.tokens[comma]?.raw !== ",") return undefined;
  let end = comma - 1;
  const fact = sentence.facts[sentence.factOf[end] ?? -1];
  if (fact && sentence.tokens[fact.firstToken - 1]?.raw === ",") end = fact.firstToken - 2;
  return sentence.names[sentence.nameOf[end] ?? -1];
}
