// The words a retrieval query may add for a word: some of those `lexicalRelation` takes as
// stating it. Synonyms from its early senses, then words derived from it in another part of speech
// ("announcement" for "announce"). Hyponyms are left out: "car" has hundreds.
import type { WordNet, WordNetPos } from "./wordnet.js";
import { linksOf, type WordSense } from "./wordnet-graph.js";
import { WORDNET_LIMITS } from "./wordnet-limits.js";

/** Derived words by part of speech: nouns first, as "announcement" is the likeliest to state "announce". */
const DERIVED_ORDER: readonly WordNetPos[] = ["n", "v", "a", "r"];
/** noun.person, WordNet's lexicographer file of nouns for people. */
export const PERSON_LEX_FILE = 18;

/**
 * Up to `alternativesMax` words that may state `word`, as text (spaces between the words of a
 * phrase): synonyms first, the most frequent shared sense first, then derived words.
 */
export function wordAlternatives(wordnet: WordNet, word: WordSense): string[] {
  const { alternativesRankSum, alternativeSenses, alternativesMax } = WORDNET_LIMITS;
  const synonyms: { text: string; ranks: number; order: number }[] = [];
  const seen = new Set([word.key]);
  wordnet.synsetsOf(word.key, word.pos).slice(0, alternativesRankSum - 1).forEach((synset, index) => {
    for (const other of synset.words) {
      if (seen.has(other)) continue;
      // A tighter rank budget than `lexicalRelation`'s: "purchase" has buy's first sense as its own first.
      const otherRank = wordnet.senses(other, word.pos).indexOf(synset.offset) + 1;
      const ranks = index + 1 + otherRank;
      if (otherRank === 0 || ranks > alternativesRankSum) continue;
      seen.add(other);
      synonyms.push({ text: other, ranks, order: synonyms.length });
    }
  });
  synonyms.sort((a, b) => a.ranks - b.ranks || a.order - b.order);
  const derived: { text: string; pos: WordNetPos; order: number }[] = [];
  for (const synset of wordnet.synsetsOf(word.key, word.pos).slice(0, alternativeSenses)) {
    const source = synset.words.indexOf(word.key) + 1;
    for (const pointer of linksOf(synset, "+")) {
      if (pointer.source !== source || pointer.pos === word.pos) continue;
      const text = wordnet.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1];
      if (text === undefined || seen.has(text) || namesPerson(wordnet, { key: text, pos: pointer.pos })) continue;
      seen.add(text);
      derived.push({ text, pos: pointer.pos, order: derived.length });
    }
  }
  derived.sort((a, b) => DERIVED_ORDER.indexOf(a.pos) - DERIVED_ORDER.indexOf(b.pos) || a.order - b.order);
  const found = [...synonyms, ...derived].map((alternative) => alternative.text);
  return found.slice(0, alternativesMax).map((key) => key.replaceAll("_", " "));
}

/** A noun whose most frequent sense is a person: "buyer" and "killer" are formed from "buy" and "kill" but never state them. */
function namesPerson(wordnet: WordNet, word: WordSense): boolean {
  return word.pos === "n" && wordnet.synsetsOf(word.key, word.pos)[0]?.lexFile === PERSON_LEX_FILE;
}
