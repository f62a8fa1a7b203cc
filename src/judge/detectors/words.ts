// Other words of the atom said the other way: an opposite word ("a poorly funded unit" against
// "well funded"), or another noun naming the kind of the same thing ("the robbery unit" against
// "the cold case unit": the passage says which unit, and it is another).
import type { Analysis, LexicalRelation, Token } from "../../types.js";
import type { Alignment, PartMatch } from "../align.js";
import type { Detector, Finding } from "./detector.js";
import type { ClaimView } from "../view.js";
import { goesOnNow } from "./cancellation.js";

export const words: Detector = {
  name: "words",
  detect(alignment, { claim }) {
    const findings: Finding[] = [];
    alignment.parts.forEach((match, k) => {
      if (match.part.kind !== "word") return;
      const post = anotherPost(alignment, match, claim);
      if (post) {
        findings.push(post);
        return;
      }
      if (match.part.role === "relation") return;
      // What something is compared with is not said of it: "running twice as fast as normal"
      // does not say the river ran normally.
      if (match.found === "here" && match.sentence === alignment.view && match.tokens) {
        const { analysis } = alignment.view;
        if (comparedWith(analysis, match.tokens[0]!, claim) && !comparedWith(claim.analysis, match.part.tokens[0]!, claim)) {
          findings.push({ detector: "words", effect: "lacks", why: `names "${match.text}" only as what something is compared with`, match });
          return;
        }
      }
      if (match.found === "opposite") {
        // A verb of a clause inside the atom ("after it cut its forecast") is said the other way
        // only of what it takes: "rose" with no forecast near it says nothing of cutting one.
        const word = match.part.tokens[0]!;
        const { pos } = claim.analysis.tokens[word]!;
        const next = alignment.parts[k + 1];
        let said = pos !== "VERB" || next === undefined || next.part.role === "relation" || (next.found === "here" && next.sentence === alignment.view);
        // A describing word said the other way of another noun ("infrastructure … is often old")
        // says nothing of the claim's ("a new report").
        const attributive = pos === "ADJ" && next?.part.kind === "word" && next.part.tokens[0] === word + 1 && claim.analysis.tokens[word + 1]!.pos === "NOUN";
        if (attributive && match.tokens && match.sentence === alignment.view) {
          said = next.found === "here" && next.sentence === alignment.view && next.tokens !== undefined && describesNoun(alignment.view.analysis, match.tokens[match.tokens.length - 1]!, next.tokens[0]!);
        }
        // "his sister" and "her brother" may name two people, each the other's: a noun said the
        // other way of an owner a pronoun gives says nothing of the claim's.
        if (pos === "NOUN" && (ownedByPronoun(claim.analysis, word) || (match.tokens !== undefined && match.sentence !== undefined && ownedByPronoun(match.sentence.analysis, match.tokens[0]!)))) said = false;
        findings.push({ detector: "words", effect: said ? "contradicts" : "lacks", why: `says "${match.text}" where the claim says "${match.part.text}"`, match });
        return;
      }
      const head = alignment.parts[k + 1];
      const last = match.part.tokens[match.part.tokens.length - 1]!;
      const other = namesAKind(last, claim) ? otherKind(alignment, match, head) : describes(last, claim) ? otherOfItsKind(alignment, match, head, claim) : undefined;
      if (other) findings.push({ detector: "words", effect: "contradicts", why: `says "${other.text}" where the claim says "${other.part.text}"`, match: other });
    });
    return findings;
  },
};

/**
 * The passage's noun names another post than the claim's: "deputy mayor Tobias Wrenfield" does
 * not say he is the mayor, nor "nominated for chair" that she is the chair.
 */
function anotherPost(alignment: Alignment, match: PartMatch, claim: ClaimView): Finding | undefined {
  if (match.found !== "here" || match.sentence !== alignment.view || !match.tokens) return undefined;
  const sentence = alignment.view.analysis;
  const [at, claimAt] = [match.tokens[0]!, match.part.tokens[0]!];
  if (claim.analysis.tokens[claimAt]!.pos !== "NOUN" || sentence.tokens[at]!.pos !== "NOUN") return undefined;
  const qualifier = qualifierBefore(sentence, at, claim, claimAt);
  if (qualifier) return { detector: "words", effect: "lacks", why: `says "${qualifier} ${match.text}", not "${match.part.text}"`, match };
  // A post sought is not held, where the claim says it is held.
  const sought = alignment.atom.light || match.part.role === "relation" ? soughtPost(sentence, at, claim, claimAt) : undefined;
  return sought ? { detector: "words", effect: "lacks", why: `says "${sought} ${match.text}", a post sought, not held`, match } : undefined;
}

/** Whether a describing word stands in the phrase of the noun at `noun`, before it ("old" of "old bridges") or after its verb "be". */
function describesNoun(sentence: Analysis, word: number, noun: number): boolean {
  const { tokens } = sentence;
  if (word < noun) {
    for (let i = word + 1; i < noun; i++) if (!["ADJ", "NOUN", "PROPN", "ADV"].includes(tokens[i]!.pos) && tokens[i]!.raw !== "-" && tokens[i]!.raw !== ",") return false;
    return true;
  }
  // "the report is old": the noun, its verb "be", and the word, nothing else but adverbs between.
  for (let i = noun + 1; i < word; i++) if (!["AUX", "ADV", "PART"].includes(tokens[i]!.pos)) return false;
  return true;
}

/**
 * A word before a noun that makes it another post ("deputy"; "former", where the claim says the
 * post is held now), in the passage's noun phrase and not in the claim's: the word as written.
 */
function qualifierBefore(sentence: Analysis, at: number, claim: ClaimView, claimAt: number): string | undefined {
  const before = (analysis: Analysis, t: number) => {
    const found: Token[] = [];
    for (let i = t - 1; i >= 0 && MODIFIERS.has(analysis.tokens[i]!.pos); i--) found.push(analysis.tokens[i]!);
    return found;
  };
  const claimWords = new Set(before(claim.analysis, claimAt).map((t) => t.lemma));
  // A post held once ("former") is another only to a claim that it is held now.
  const another = (t: Token) => claim.language.roles(t).has("qualifier") || (claim.language.roles(t).has("former") && goesOnNow(claim, claimAt));
  return before(sentence, at).find((t) => another(t) && !claimWords.has(t.lemma))?.raw;
}

/** The word before a noun's phrase that says it is sought ("for"), where the claim's noun has none: as written, or undefined. */
function soughtPost(sentence: Analysis, at: number, claim: ClaimView, claimAt: number): string | undefined {
  const opener = (analysis: Analysis, t: number) => {
    let i = t - 1;
    while (i >= 0 && (MODIFIERS.has(analysis.tokens[i]!.pos) || analysis.tokens[i]!.pos === "DET")) i--;
    const token = analysis.tokens[i];
    return token && claim.language.roles(token).has("pursuit") ? token : undefined;
  };
  const found = opener(sentence, at);
  return found && opener(claim.analysis, claimAt)?.lemma !== found.lemma ? found.raw : undefined;
}

/** Parts of speech that stand before a noun in its phrase. */
const MODIFIERS: ReadonlySet<string> = new Set(["ADJ", "NOUN"]);

/** Whether a word stands after "than" or after "as fast as" (a preposition between, "than in winter"): the standard of a comparison. */
function comparedWith(sentence: Analysis, t: number, claim: ClaimView): boolean {
  const { tokens } = sentence;
  let i = t - 1;
  const comparing = (token: Analysis["tokens"][number]) => claim.language.roles(token).has("comparison") || claim.language.roles(token).has("equative");
  while (i >= 0 && (tokens[i]!.pos === "DET" || (tokens[i]!.pos === "ADP" && !comparing(tokens[i]!)))) i--;
  const before = tokens[i];
  if (!before) return false;
  const roles = claim.language.roles(before);
  if (roles.has("comparison")) return true;
  // "as fast as normal", "as many as before": an equative's second "as".
  const degree = tokens[i - 1];
  const first = tokens[i - 2];
  return roles.has("equative") && degree !== undefined && (degree.pos === "ADJ" || degree.pos === "ADV") && first !== undefined && claim.language.roles(first).has("equative");
}

/** The head noun's place in the passage, where the claim puts `modifier` right before `head` and the passage has the head but not the modifier. */
function headInPassage(alignment: Alignment, modifier: PartMatch, head: PartMatch | undefined): number | undefined {
  if (modifier.found !== "missing" || !head || head.found !== "here" || head.sentence !== alignment.view || !head.tokens) return undefined;
  if (head.part.kind !== "word" || head.part.role === "relation" || head.part.tokens[0] !== modifier.part.tokens[modifier.part.tokens.length - 1]! + 1) return undefined;
  return head.tokens[0]!;
}

/**
 * An adjective the claim puts before a head noun ("an amber warning"), missing from a passage
 * that puts its opposite, or another of the kind it names, before the same head ("a red
 * warning"). An adjective merely different ("a severe warning", "a massive one" for "a huge
 * one") may describe the same thing, and says nothing against it.
 */
function otherOfItsKind(alignment: Alignment, modifier: PartMatch, head: PartMatch | undefined, claim: ClaimView): PartMatch | undefined {
  const at = headInPassage(alignment, modifier, head);
  if (at === undefined || at === 0 || !head) return undefined;
  const sentence: Analysis = alignment.view.analysis;
  const before = sentence.tokens[at - 1]!;
  if ((before.pos !== "ADJ" && before.pos !== "NOUN") || !before.content || sentence.factOf[at - 1]! >= 0) return undefined;
  const said = claim.analysis.tokens[modifier.part.tokens[modifier.part.tokens.length - 1]!]!;
  const headWord = sentence.tokens[at]!;
  const asNoun = (word: Token) => ({ lemma: word.lemma, pos: "NOUN" as const });
  const { language } = claim;
  // The two words as written; as the things they name, since adjectives are not ranked in kinds
  // ("amber" and "red", colours); or with their head, each one thing of a kind ("civil
  // engineering", "mechanical engineering"). The first that rules the other out.
  const ways = [() => language.relate(said, before), () => language.relate(asNoun(said), asNoun(before)), () => language.relateCompounds([said, headWord], [before, headWord])];
  let relation: LexicalRelation | undefined;
  for (const way of ways) {
    relation = way();
    if (relation === "opposite" || relation === "sibling") break;
  }
  if (relation !== "sibling" && relation !== "opposite") return undefined;
  const text = sentence.text.slice(before.start, headWord.end);
  return { ...modifier, part: { ...modifier.part, text: `${modifier.part.text} ${head.part.text}` }, found: "other", sentence: alignment.view, tokens: [at - 1, at], text, relation };
}

/**
 * A noun the claim puts before a head noun ("robbery unit"), missing from a passage that puts
 * other nouns before the same head ("cold case unit").
 */
function otherKind(alignment: Alignment, modifier: PartMatch, head: PartMatch | undefined): PartMatch | undefined {
  const at = headInPassage(alignment, modifier, head);
  if (at === undefined || !head) return undefined;
  const sentence: Analysis = alignment.view.analysis;
  let first = at;
  while (first > 0 && isModifyingNoun(sentence, first - 1)) first--;
  if (first === at) return undefined;
  // Nouns the claim has elsewhere are not another kind: "the city's new transit board".
  const used = new Set(alignment.parts.flatMap((m) => (m.sentence === alignment.view ? (m.tokens ?? []) : [])));
  for (let t = first; t < at; t++) if (used.has(t)) return undefined;
  const text = sentence.text.slice(sentence.tokens[first]!.start, sentence.tokens[at]!.end);
  const claimText = `${modifier.part.text} ${head.part.text}`;
  return { ...modifier, part: { ...modifier.part, text: claimText }, found: "other", sentence: alignment.view, tokens: [first, at], text };
}

/** A claim adjective that describes its head ("amber warning"); not a word that says how many ("several"). */
function describes(t: number, claim: ClaimView): boolean {
  const token = claim.analysis.tokens[t]!;
  return token.pos === "ADJ" && token.content && claim.analysis.factOf[t]! < 0 && !claim.language.roles(token).has("quantifier");
}

/**
 * A claim noun that says what kind of thing its head is ("robbery unit"); not an adjective ("new
 * unit"), a noun that may describe as one ("adult lynx", which another word before "lynx" does
 * not rule out), or a word that says how many ("only").
 */
function namesAKind(t: number, claim: ClaimView): boolean {
  const token = claim.analysis.tokens[t]!;
  return (token.pos === "NOUN" || token.pos === "PROPN") && !claim.language.roles(token).has("quantifier") && !claim.language.mayDescribe(token);
}

function isModifyingNoun(sentence: Analysis, t: number): boolean {
  const token = sentence.tokens[t]!;
  return (token.pos === "NOUN" || token.pos === "PROPN") && token.content && sentence.factOf[t]! < 0;
}

/** Whether a pronoun says whose the noun at `i` is: "his sister", "her brother". */
function ownedByPronoun(sentence: Analysis, i: number): boolean {
  return sentence.tokens[i - 1]?.pos === "PRON";
}
