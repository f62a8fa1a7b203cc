// WordNet 3.1 read straight from its dictionary files: lemmas found by binary search over the
// index bytes, synsets parsed only when asked for, and every answer remembered on the instance.
// Pure: the edge (wordnet-files.ts) reads the files and hands their bytes in.
import type { LexicalRelation, PartOfSpeech } from "../../types.js";
import { lexicalRelation } from "./lexical-relation.js";
import { wordAlternatives } from "./word-alternatives.js";
import { findSenses } from "./wordnet-index.js";
import { climbHypernyms, wordDerivations } from "./wordnet-graph.js";
import { WORDNET_LIMITS } from "./wordnet-limits.js";
import { parseSynset, type Pointer, type Synset } from "./wordnet-synset.js";

export type { Pointer, Synset } from "./wordnet-synset.js";
export type { WordSense } from "./wordnet-graph.js";

/** WordNet's parts of speech: noun, verb, adjective (satellites included), adverb. */
export type WordNetPos = "n" | "v" | "a" | "r";

export const WORDNET_POS: readonly WordNetPos[] = Object.freeze(["n", "v", "a", "r"]);

/** The bytes of WordNet's `index.*` and `data.*` files, by part of speech. */
export interface WordNetFiles {
  readonly index: Readonly<Record<WordNetPos, Uint8Array>>;
  readonly data: Readonly<Record<WordNetPos, Uint8Array>>;
}

/** The WordNet part of speech of a Universal Dependencies tag; undefined for function words. */
export function wordNetPosOf(pos: PartOfSpeech): WordNetPos | undefined {
  return UD_TO_WORDNET[pos];
}

const UD_TO_WORDNET: Readonly<Partial<Record<PartOfSpeech, WordNetPos>>> = Object.freeze({
  NOUN: "n",
  PROPN: "n",
  VERB: "v",
  AUX: "v",
  ADJ: "a",
  ADV: "r",
});

/** A lemma as WordNet's index spells it: lower case, `_` between the words of a phrase. */
export function wordNetKey(lemma: string): string {
  return NOT_A_KEY.test(lemma) ? lemma.trim().toLowerCase().replace(/[\s_]+/g, "_") : lemma;
}

/** What `wordNetKey` changes; most lemmas have none of it and are returned as they are. */
const NOT_A_KEY = /[\s\p{Lu}]|__/u;

/** How many hypernym levels `hypernyms` climbs: as far as any relation test looks. */
const HYPERNYM_DEPTH = Math.max(WORDNET_LIMITS.specificBudget, WORDNET_LIMITS.siblingLevels);

export class WordNet {
  readonly #files: WordNetFiles;
  readonly #encoder = new TextEncoder();
  readonly #senses = byPos<string, readonly number[]>();
  readonly #synsetsOf = byPos<string, readonly Synset[]>();
  readonly #synsets = byPos<number, Synset | undefined>();
  readonly #hypernyms = byPos<number, ReadonlyMap<number, number>>();
  readonly #derivations = byPos<string, readonly Pointer[]>();
  readonly #relations = new Map<string, LexicalRelation>();
  readonly #alternatives = byPos<string, readonly string[]>();

  constructor(files: WordNetFiles) {
    this.#files = files;
  }

  /**
   * The synset offsets of a lemma's senses, most frequent first; empty when WordNet does not
   * know it. Phrases may be written with spaces or underscores ("hit the books").
   */
  senses(lemma: string, pos: WordNetPos): readonly number[] {
    const key = wordNetKey(lemma);
    return remember(this.#senses[pos], key, () => findSenses(this.#files.index[pos], this.#encoder.encode(key)) ?? []);
  }

  /** The synset at `offset` in the data file of `pos`; undefined when no synset starts there. */
  synset(pos: WordNetPos, offset: number): Synset | undefined {
    return remember(this.#synsets[pos], offset, () => parseSynset(this.#files.data[pos], pos, offset));
  }

  /** The synsets of a lemma's senses, most frequent first (`senses`, parsed). */
  synsetsOf(lemma: string, pos: WordNetPos): readonly Synset[] {
    const key = wordNetKey(lemma);
    return remember(this.#synsetsOf[pos], key, () => Object.freeze(this.senses(key, pos).flatMap((offset) => this.synset(pos, offset) ?? [])));
  }

  /**
   * The hypernyms (instance hypernyms too) of a synset up to `HYPERNYM_DEPTH` levels up, each with
   * the level it is first met at (1 for a direct hypernym).
   */
  hypernyms(pos: WordNetPos, offset: number): ReadonlyMap<number, number> {
    return remember(this.#hypernyms[pos], offset, () => climbHypernyms(this, pos, offset, HYPERNYM_DEPTH));
  }

  /**
   * The derivation and pertainym links that leave the lemma itself, not its synonyms, from any of
   * its senses ("announce" to "announcement", "presidential" to "president"); each pointer's
   * `target` numbers the word it reaches.
   */
  derivations(lemma: string, pos: WordNetPos): readonly Pointer[] {
    const key = wordNetKey(lemma);
    return remember(this.#derivations[pos], key, () => Object.freeze(wordDerivations(this, { key, pos })));
  }

  /**
   * How the evidence word stands to the claim word: "specific" when the evidence word states the
   * claim's more narrowly ("sedan" for "car"), "broader" the other way round. Lemmas as the
   * tokenizer gives them; parts of speech as Universal Dependencies tags them.
   */
  relation(claim: { lemma: string; pos: PartOfSpeech }, evidence: { lemma: string; pos: PartOfSpeech }): LexicalRelation {
    const claimKey = wordNetKey(claim.lemma);
    const evidenceKey = wordNetKey(evidence.lemma);
    if (claimKey === evidenceKey) return "same";
    const claimPos = wordNetPosOf(claim.pos);
    const evidencePos = wordNetPosOf(evidence.pos);
    if (claimPos === undefined || evidencePos === undefined) return "none";
    const pair = `${claimPos}:${claimKey} ${evidencePos}:${evidenceKey}`;
    return remember(this.#relations, pair, () => lexicalRelation(this, { key: claimKey, pos: claimPos }, { key: evidenceKey, pos: evidencePos }));
  }

  /**
   * The words a retrieval query may add for a lemma, as text ("give up"): synonyms from its
   * frequent senses (a stricter cut of those `relation` accepts), then words derived from it in
   * another part of speech; at most `alternativesMax`, in a fixed order.
   */
  alternatives(lemma: string, pos: PartOfSpeech): readonly string[] {
    const wordNetPos = wordNetPosOf(pos);
    if (wordNetPos === undefined) return [];
    const key = wordNetKey(lemma);
    return remember(this.#alternatives[wordNetPos], key, () => Object.freeze(wordAlternatives(this, { key, pos: wordNetPos })));
  }
}

/** One memo per part of speech, so that a lookup needs no key made of the two. */
function byPos<K, V>(): Readonly<Record<WordNetPos, Map<K, V>>> {
  return { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
}

/** The value `memo` holds for `key`, computed and kept the first time it is asked for. */
function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as V;
  const value = compute();
  memo.set(key, value);
  return value;
}
