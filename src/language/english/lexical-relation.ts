// How an evidence word stands to a claim word, read from WordNet's links between their senses.
// `lexicalRelation` asks one test per relation, strongest first. Each test looks at the words'
// first senses only, weighing a link by the ranks of the senses it joins (see WORDNET_LIMITS);
// only a derivation link from one word itself to the other counts in any sense.
import type { LexicalRelation } from "../../types.js";
import type { Synset, WordNet } from "./wordnet.js";
import { clusterHead, DERIVATION, hasHypernym, linksTo, type WordSense } from "./wordnet-graph.js";
import { WORDNET_LIMITS } from "./wordnet-limits.js";

/** Also see, attribute, entailment ("snore" entails "sleep"), cause ("kill" causes "die"). */
const ASSOCIATION: readonly string[] = ["^", "=", "*", ">"];
const ATTRIBUTE: readonly string[] = ["="];
const ANTONYM: readonly string[] = ["!"];
const VERB_GROUP: readonly string[] = ["$"];

/** A word with the synsets of its senses, most frequent first: looked up once per relation. */
interface Word extends WordSense {
  readonly synsets: readonly Synset[];
}

/** How the evidence word stands to the claim word (see LexicalRelation). */
export function lexicalRelation(wordnet: WordNet, claimWord: WordSense, evidenceWord: WordSense): LexicalRelation {
  if (claimWord.key === evidenceWord.key) return "same";
  const claim: Word = { ...claimWord, synsets: wordnet.synsetsOf(claimWord.key, claimWord.pos) };
  const evidence: Word = { ...evidenceWord, synsets: wordnet.synsetsOf(evidenceWord.key, evidenceWord.pos) };
  if (claim.synsets.length === 0 || evidence.synsets.length === 0) return "none";
  if (claim.pos !== evidence.pos) {
    if (derived(wordnet, claim, evidence)) return "derived";
    return associated(wordnet, claim, evidence, ATTRIBUTE) ? "related" : "none";
  }
  if (synonymous(wordnet, claim, evidence)) return "synonym";
  if (opposed(wordnet, claim, evidence)) return "opposite";
  if (below(wordnet, evidence, claim)) return "specific";
  if (below(wordnet, claim, evidence)) return "broader";
  if (derived(wordnet, claim, evidence)) return "derived";
  if (associated(wordnet, claim, evidence, ASSOCIATION) || oneCluster(wordnet, claim, evidence)) return "related";
  return siblings(wordnet, claim, evidence) ? "sibling" : "none";
}

/**
 * A synset or verb group shared within the rank budget, or an adjective and a satellite of its
 * cluster ("large" and "huge"; two satellites of one head, "red" and "blue", are only related).
 */
function synonymous(wordnet: WordNet, a: Word, b: Word): boolean {
  return someSensePair(wordnet, a, b, WORDNET_LIMITS.synonymRankSum, (left, right, ranks) => {
    if (left.offset === right.offset || linksTo(left, right, VERB_GROUP) || linksTo(right, left, VERB_GROUP)) return true;
    const headOfOther = clusterHead(left) === right.offset || clusterHead(right) === left.offset;
    return headOfOther && ranks + headHops(left, right) <= WORDNET_LIMITS.clusterRankSum;
  });
}

/** Antonyms within the rank budget; a satellite's antonyms are its head's ("costly" against "cheap"). */
function opposed(wordnet: WordNet, a: Word, b: Word): boolean {
  return someSensePair(wordnet, a, b, WORDNET_LIMITS.oppositeRankSum, (left, right, ranks) => {
    if (linksTo(left, right, ANTONYM) || linksTo(right, left, ANTONYM)) return true;
    const hops = headHops(left, right);
    if (hops === 0 || ranks + hops > WORDNET_LIMITS.clusterRankSum) return false;
    const leftHead = wordnet.synset(left.pos, clusterHead(left));
    const rightHead = wordnet.synset(right.pos, clusterHead(right));
    return leftHead !== undefined && rightHead !== undefined && (linksTo(leftHead, rightHead, ANTONYM) || linksTo(rightHead, leftHead, ANTONYM));
  });
}

/** How many of the two synsets are satellites, reached only through their cluster's head. */
function headHops(left: Synset, right: Synset): number {
  return (left.satellite ? 1 : 0) + (right.satellite ? 1 : 0);
}

/**
 * Whether a sense of `lower` sits under a sense of `upper`: each hypernym level climbed costs 1,
 * each rank past either word's first sense costs `specificRankCost`, within `specificBudget`.
 */
function below(wordnet: WordNet, lower: Word, upper: Word): boolean {
  const { specificBudget, specificRankCost } = WORDNET_LIMITS;
  const senses = 1 + Math.floor((specificBudget - 1) / specificRankCost);
  const lowers = lower.synsets;
  const uppers = upper.synsets;
  for (let i = 0; i < lowers.length && i < senses; i++) {
    const above = wordnet.hypernyms(lower.pos, lowers[i]!.offset);
    for (let j = 0; j < uppers.length && j < senses; j++) {
      const level = above.get(uppers[j]!.offset);
      if (level !== undefined && level + (i + j) * specificRankCost <= specificBudget) return true;
    }
  }
  return false;
}

/** A derivation link: from one word itself to the other in any sense, or between early senses of the two. */
function derived(wordnet: WordNet, a: Word, b: Word): boolean {
  if (formedFrom(wordnet, a, b) || formedFrom(wordnet, b, a)) return true;
  // "purchase" (noun) is formed from "purchase" (verb), whose first sense "buy" shares.
  const linked = (left: Synset, right: Synset) => linksTo(left, right, DERIVATION) || linksTo(right, left, DERIVATION);
  return someSensePair(wordnet, a, b, WORDNET_LIMITS.synonymRankSum, linked);
}

/**
 * Whether a derivation link leads from the word `from` itself, in any of its senses, to the word
 * `to` itself: the link is between words, so it holds whichever senses they are used in.
 */
function formedFrom(wordnet: WordNet, from: Word, to: Word): boolean {
  for (const pointer of wordnet.derivations(from.key, from.pos)) {
    if (pointer.pos !== to.pos || !holdsOffset(to.synsets, pointer.offset)) continue;
    if (wordnet.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1] === to.key) return true;
  }
  return false;
}

/** Whether one of `synsets` is the synset at `offset`. */
function holdsOffset(synsets: readonly Synset[], offset: number): boolean {
  for (const synset of synsets) if (synset.offset === offset) return true;
  return false;
}

/** A link by one of `symbols` between the first senses of the two words, either way. */
function associated(wordnet: WordNet, a: Word, b: Word, symbols: readonly string[]): boolean {
  return someSensePair(wordnet, a, b, WORDNET_LIMITS.relatedRankSum, (left, right) => linksTo(left, right, symbols) || linksTo(right, left, symbols));
}

/**
 * Early senses of the two are satellites of one adjective: near in meaning ("huge", "massive";
 * "red", "blue"), and not said to exclude each other.
 */
function oneCluster(wordnet: WordNet, a: Word, b: Word): boolean {
  return someSensePair(wordnet, a, b, WORDNET_LIMITS.relatedRankSum, (left, right) => left.satellite && right.satellite && clusterHead(left) === clusterHead(right));
}

/** Co-hyponyms: early senses of the two meet under a common parent a level or two up ("dog", "cat"). */
function siblings(wordnet: WordNet, a: Word, b: Word): boolean {
  const { relatedRankSum, siblingLevels } = WORDNET_LIMITS;
  return someSensePair(wordnet, a, b, relatedRankSum, (left, right) => {
    const above = wordnet.hypernyms(left.pos, left.offset);
    for (const [offset, level] of wordnet.hypernyms(right.pos, right.offset)) {
      if (level > siblingLevels || (above.get(offset) ?? Infinity) > siblingLevels) continue;
      // A top of the hierarchy ("act", "change", "entity") is the parent of too much to relate anything.
      const parent = wordnet.synset(right.pos, offset);
      if (parent !== undefined && hasHypernym(parent)) return true;
    }
    return false;
  });
}

/**
 * Whether some sense of `a` and some sense of `b` pass `test`, their ranks (1 for the most
 * frequent sense) adding up to at most `budget`: the first sense of one may meet a rarer sense of
 * the other, two rare senses may not.
 */
function someSensePair(wordnet: WordNet, a: Word, b: Word, budget: number, test: (left: Synset, right: Synset, ranks: number) => boolean): boolean {
  const left = a.synsets;
  const right = b.synsets;
  for (let i = 0; i < left.length && i + 2 <= budget; i++) {
    for (let j = 0; j < right.length && i + j + 2 <= budget; j++) {
      if (test(left[i]!, right[j]!, i + j + 2)) return true;
    }
  }
  return false;
}
