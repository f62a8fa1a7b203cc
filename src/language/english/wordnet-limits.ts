// How far the lexical relation reaches into WordNet. Common words have many senses, and two of
// them share some rare sense far more often than they mean the same thing ("ask" and "expect",
// "work" and "bring"), so every test weighs a link by the ranks of the senses it joins: WordNet
// lists a word's senses most frequent first, rank 1 the most frequent. Measured on the pairs in
// test/wordnet.test.ts and on all pairs of ~120 common news verbs, nouns and adjectives.

export const WORDNET_LIMITS = Object.freeze({
  /** Synonyms: the ranks of the two senses sharing a synset or verb group add up to at most this (1+3, 2+2). */
  synonymRankSum: 4,
  /** Antonyms: one rank looser than synonyms, since "hire" meets "fire" only at fire's fourth sense. */
  oppositeRankSum: 5,
  /** Through an adjective cluster ("huge" to "large", "tiny" against "huge"): the ranks plus one per satellite crossed. */
  clusterRankSum: 4,
  /** Specific/broader: hypernym levels climbed plus the rank cost below stay within this ("beagle" is 3 under "dog"). */
  specificBudget: 4,
  /** What each rank past a word's first sense costs on the climb: a second sense may climb 2 levels, a third none. */
  specificRankCost: 2,
  /** Related (co-hyponyms, also-see, attribute, entailment, cause): the senses' ranks add up to at most this. */
  relatedRankSum: 3,
  /** Levels up to the common parent of two co-hyponyms: "dog" and "cat" meet at "carnivore", two up. */
  siblingLevels: 2,
  /** Alternatives: synonyms within this rank sum, tighter than synonymRankSum since a query pays for every word. */
  alternativesRankSum: 3,
  /** Alternatives: the senses whose derived words ("announcement") a query may add. */
  alternativeSenses: 2,
  /** Alternatives: at most this many words, so a query for a common verb stays a query. */
  alternativesMax: 8,
  /**
   * A noun may be a person within its commoner senses: "chair" is one at its third, "head" at
   * its fourth; "death" only at its sixth, as a personification.
   */
  personSenses: 4,
});
