// Walking WordNet's links: the hypernyms above a synset, the links between two synsets, an
// adjective cluster's head. What the relation tests and the alternatives are built from.
import type { Synset, WordNet, WordNetPos } from "./wordnet.js";

/** A word as WordNet indexes it: its spelling there (lower case, `_` in phrases) and its part of speech. */
export interface WordSense {
  readonly key: string;
  readonly pos: WordNetPos;
}

/** Hypernym and instance hypernym ("Paris" is an instance of "national capital"). */
export const HYPERNYM: ReadonlySet<string> = new Set(["@", "@i"]);
/** Words formed from one another; "\" (pertainym) joins "presidential" to "president", "quickly" to "quick". */
export const DERIVATION: ReadonlySet<string> = new Set(["+", "\\"]);

/** The hypernyms of a synset up to `levels` up, each with the level it is first met at (1: a direct hypernym). */
export function climbHypernyms(wordnet: WordNet, pos: WordNetPos, offset: number, levels: number): Map<number, number> {
  const found = new Map<number, number>();
  const start = wordnet.synset(pos, offset);
  let frontier = start === undefined ? [] : [start];
  for (let level = 1; level <= levels && frontier.length > 0; level++) {
    const next: Synset[] = [];
    for (const child of frontier) {
      for (const pointer of child.pointers) {
        if (!HYPERNYM.has(pointer.symbol) || found.has(pointer.offset)) continue;
        found.set(pointer.offset, level);
        const parent = wordnet.synset(pointer.pos, pointer.offset);
        if (parent !== undefined) next.push(parent);
      }
    }
    frontier = next;
  }
  return found;
}

/** Whether `synset` points at `other` by `symbol`, or by any symbol of a set. */
export function linksTo(synset: Synset, other: Synset, symbol: string | ReadonlySet<string>): boolean {
  for (const pointer of synset.pointers) {
    if (pointer.offset !== other.offset || pointer.pos !== other.pos) continue;
    if (typeof symbol === "string" ? pointer.symbol === symbol : symbol.has(pointer.symbol)) return true;
  }
  return false;
}

/** An adjective satellite's head (the synset it is similar to); any other synset itself. */
export function clusterHead(synset: Synset): number {
  if (!synset.satellite) return synset.offset;
  return synset.pointers.find((pointer) => pointer.symbol === "&")?.offset ?? synset.offset;
}
