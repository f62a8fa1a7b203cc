// Walking WordNet's links: the hypernyms above a synset, the words formed from a word, the links
// between two synsets, an adjective cluster's head. What the relation tests and the alternatives
// are built from.
import type { Pointer, Synset, WordNet, WordNetPos } from "./wordnet.js";

/** A word as WordNet indexes it: its spelling there (lower case, `_` in phrases) and its part of speech. */
export interface WordSense {
  readonly key: string;
  readonly pos: WordNetPos;
}

/** Hypernym and instance hypernym ("Paris" is an instance of "national capital"). */
export const HYPERNYM: readonly string[] = ["@", "@i"];
/** Words formed from one another; "\" (pertainym) joins "presidential" to "president", "quickly" to "quick". */
export const DERIVATION: readonly string[] = ["+", "\\"];

const NO_POINTERS: readonly Pointer[] = [];

/** A synset's pointers with one symbol. */
export function linksOf(synset: Synset, symbol: string): readonly Pointer[] {
  return synset.links.get(symbol) ?? NO_POINTERS;
}

/** Whether a synset has a hypernym: false for the tops of the hierarchy ("entity", "change", "act"). */
export function hasHypernym(synset: Synset): boolean {
  return HYPERNYM.some((symbol) => synset.links.has(symbol));
}

/** The hypernyms of a synset up to `levels` up, each with the level it is first met at (1: a direct hypernym). */
export function climbHypernyms(wordnet: WordNet, pos: WordNetPos, offset: number, levels: number): Map<number, number> {
  const found = new Map<number, number>();
  const start = wordnet.synset(pos, offset);
  let frontier = start === undefined ? [] : [start];
  for (let level = 1; level <= levels && frontier.length > 0; level++) {
    const next: Synset[] = [];
    for (const child of frontier) {
      for (const symbol of HYPERNYM) {
        for (const pointer of linksOf(child, symbol)) {
          if (found.has(pointer.offset)) continue;
          found.set(pointer.offset, level);
          const parent = wordnet.synset(pointer.pos, pointer.offset);
          if (parent !== undefined) next.push(parent);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** The derivation and pertainym links that leave the word itself (not its synonyms), from any of its senses. */
export function wordDerivations(wordnet: WordNet, word: WordSense): Pointer[] {
  const found: Pointer[] = [];
  for (const synset of wordnet.synsetsOf(word.key, word.pos)) {
    const source = synset.words.indexOf(word.key) + 1;
    for (const symbol of DERIVATION) for (const pointer of linksOf(synset, symbol)) if (pointer.source === source) found.push(pointer);
  }
  return found;
}

/** Whether `synset` points at `other` by one of `symbols`. */
export function linksTo(synset: Synset, other: Synset, symbols: readonly string[]): boolean {
  for (const symbol of symbols) {
    for (const pointer of linksOf(synset, symbol)) if (pointer.offset === other.offset && pointer.pos === other.pos) return true;
  }
  return false;
}

/** An adjective satellite's head (the synset it is similar to); any other synset itself. */
export function clusterHead(synset: Synset): number {
  if (!synset.satellite) return synset.offset;
  return linksOf(synset, "&")[0]?.offset ?? synset.offset;
}
