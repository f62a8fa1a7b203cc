// WordNet: the reader (binary search over the index bytes, synsets parsed from the data bytes),
// then the relation between two words as tables of pairs, in the manner of ESLint's RuleTester:
// each pair must give its relation, and the pairs that must not give one never do.
import { describe, expect, it } from "vitest";
import { WordNet, wordNetPosOf, type WordNetFiles, type WordNetPos } from "../src/language/english/wordnet.js";
import { loadWordNetFiles } from "../src/language/english/wordnet-files.js";
import { WORDNET_LIMITS } from "../src/language/english/wordnet-limits.js";
import type { LexicalRelation, PartOfSpeech } from "../src/types.js";

const files = loadWordNetFiles();
const wordnet = new WordNet(files);
const POS: readonly WordNetPos[] = ["n", "v", "a", "r"];

/** The lemmas of an index file, in file order, the license header left out. */
function lemmasOf(index: Uint8Array): string[] {
  const lines = Buffer.from(index).toString("latin1").split("\n");
  return lines.filter((line) => line !== "" && !line.startsWith("  ")).map((line) => line.slice(0, line.indexOf(" ")));
}

/** Whether the synset of a lemma's first sense lists the lemma: the lookup landed on its own line. */
function firstSynsetHolds(lemma: string, pos: WordNetPos): boolean {
  const [first] = wordnet.senses(lemma, pos);
  return first !== undefined && wordnet.synset(pos, first)?.words.includes(lemma.replaceAll(" ", "_")) === true;
}

describe("finding a lemma in an index file", () => {
  const ENDS: Record<WordNetPos, { first: string; last: string }> = {
    n: { first: "'hood", last: "zyrian" },
    v: { first: "aah", last: "zoom_in" },
    a: { first: ".22-caliber", last: "zymotic" },
    r: { first: "'tween", last: "zigzag" },
  };

  for (const pos of POS) {
    const { first, last } = ENDS[pos];
    it(`finds the first and the last lemma of index ${pos} (${first}, ${last})`, () => {
      const lemmas = lemmasOf(files.index[pos]);
      expect([lemmas[0], lemmas.at(-1)]).toEqual([first, last]);
      expect(firstSynsetHolds(first, pos)).toBe(true);
      expect(firstSynsetHolds(last, pos)).toBe(true);
    });
  }

  it("finds every lemma of every index file, each on its own line", () => {
    const missed: string[] = [];
    let checked = 0;
    for (const pos of POS) {
      lemmasOf(files.index[pos]).forEach((lemma, i) => {
        const found = i % 20 === 0 ? firstSynsetHolds(lemma, pos) : wordnet.senses(lemma, pos).length > 0;
        if (!found) missed.push(`${pos} ${lemma}`);
        checked++;
      });
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(150_000);
  });

  it("finds nothing before the first lemma, after the last, or between two", () => {
    for (const absent of ["!", "zzzz", "dogx", "hit_the", "aaaaaa", ""]) expect(wordnet.senses(absent, "n"), absent).toEqual([]);
    expect(wordnet.senses("hit_the", "v")).toEqual([]);
  });

  it("reads a phrase with spaces or underscores, in any case", () => {
    const senses = wordnet.senses("hit_the_books", "v");
    expect(senses.length).toBe(1);
    expect(wordnet.senses("hit the books", "v")).toEqual(senses);
    expect(wordnet.senses("  Hit The  Books ", "v")).toEqual(senses);
  });

  it("never takes a line of the license header for an entry", () => {
    // The header's lines start with two spaces and a number: "  1 This software and database ...".
    expect(wordnet.senses("1", "n")).toEqual([13764713]);
    expect(wordnet.senses("this_software", "n")).toEqual([]);
    for (const word of ["software", "license", "princeton", "database"]) expect(firstSynsetHolds(word, "n"), word).toBe(true);
  });

  it("lists senses most frequent first, as the index line does", () => {
    expect(wordnet.senses("buy", "v")).toEqual([2211988, 2288941, 2652841, 2216885, 685589]);
  });

  it("works on files it is handed, however small: one entry, none, no final newline", () => {
    const tiny = tinyWordNet(["beta", "delta"]);
    expect(tiny.senses("beta", "n")).toHaveLength(1);
    expect(tiny.senses("delta", "n")).toHaveLength(1);
    for (const absent of ["alpha", "gamma", "epsilon", "bet", "betas"]) expect(tiny.senses(absent, "n"), absent).toEqual([]);
    expect(tinyWordNet(["only"]).senses("only", "n")).toHaveLength(1);
    expect(tinyWordNet([]).senses("only", "n")).toEqual([]);
    expect(tinyWordNet(["beta", "delta"], { finalNewline: false }).senses("delta", "n")).toHaveLength(1);
  });
});

describe("reading a synset", () => {
  it("reads its words and its pointers, a lexical pointer with the words it joins", () => {
    const [buy] = wordnet.senses("buy", "v");
    const synset = wordnet.synset("v", buy!)!;
    expect(synset.words).toEqual(["buy", "purchase"]);
    const antonym = synset.pointers.find((pointer) => pointer.symbol === "!")!;
    expect(antonym.source).toBe(1);
    expect(wordnet.synset(antonym.pos, antonym.offset)?.words[antonym.target - 1]).toBe("sell");
    const hypernym = synset.pointers.find((pointer) => pointer.symbol === "@")!;
    expect([hypernym.source, hypernym.target]).toEqual([0, 0]);
  });

  it("groups its pointers by symbol", () => {
    const synset = wordnet.synset("v", wordnet.senses("buy", "v")[0]!)!;
    for (const symbol of ["!", "@", "+", "^"]) expect(synset.links.get(symbol)).toEqual(synset.pointers.filter((pointer) => pointer.symbol === symbol));
    expect([...synset.links.values()].flat()).toHaveLength(synset.pointers.length);
  });

  it("follows the derivations of the word itself, not of its synonyms", () => {
    const formed = wordnet.derivations("buy", "v").map((pointer) => wordnet.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1]);
    expect(formed).toContain("buyer");
    expect(formed).not.toContain("purchaser");
  });

  it("drops an adjective's position marker: galore(ip) is galore", () => {
    // data.adj: "00014377 00 s 02 abounding 0 galore(ip) 0 001 & 00013906 a 0000 | existing in abundance; ..."
    expect(wordnet.synset("a", 14377)?.words).toEqual(["abounding", "galore"]);
    expect(wordnet.senses("galore", "a")).toContain(14377);
  });

  it("marks adjective satellites", () => {
    expect(wordnet.synset("a", wordnet.senses("huge", "a")[0]!)?.satellite).toBe(true);
    expect(wordnet.synset("a", wordnet.senses("large", "a")[0]!)?.satellite).toBe(false);
  });

  it("finds no synset at an offset that does not start one", () => {
    const [buy] = wordnet.senses("buy", "v");
    expect(wordnet.synset("v", buy! + 1)).toBeUndefined();
    expect(wordnet.synset("v", 0)).toBeUndefined();
    expect(wordnet.synset("v", files.data.v.length + 10)).toBeUndefined();
  });

  it("climbs hypernyms, instance hypernyms too, with the level each is met at", () => {
    const [paris] = wordnet.senses("paris", "n");
    const [city] = wordnet.senses("city", "n");
    expect(wordnet.hypernyms("n", paris!).get(city!)).toBe(2);
  });
});

describe("parts of speech", () => {
  it("maps Universal Dependencies tags to WordNet's, function words to none", () => {
    const tags: PartOfSpeech[] = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "NUM"];
    expect(tags.map((tag) => wordNetPosOf(tag))).toEqual(["n", "n", "v", "v", "a", "r", undefined, undefined, undefined]);
  });
});

// ---- the relation between two words ---------------------------------------------------------

interface Pair {
  /** What the pair shows: the test's name. */
  readonly shows: string;
  readonly claim: string;
  readonly evidence: string;
  /** The parts of speech of claim and evidence; VERB for both when left out. */
  readonly pos?: PartOfSpeech | readonly [PartOfSpeech, PartOfSpeech];
}

const MUST: Readonly<Record<LexicalRelation, readonly Pair[]>> = {
  same: [
    { shows: "the same lemma", claim: "announce", evidence: "announce" },
    { shows: "case and spacing do not matter", claim: "Hit the books", evidence: "hit_the_books" },
    { shows: "the same lemma in another part of speech", claim: "arrest", evidence: "arrest", pos: ["VERB", "NOUN"] },
    { shows: "a word WordNet does not know is still itself", claim: "ballard", evidence: "ballard", pos: "PROPN" },
  ],
  synonym: [
    { shows: "one synset, the first sense of each", claim: "buy", evidence: "purchase" },
    { shows: "one synset", claim: "begin", evidence: "start" },
    { shows: "tell's first sense is say's", claim: "tell", evidence: "say" },
    { shows: "quit and resign share their second senses (2+2)", claim: "resign", evidence: "quit" },
    { shows: "a phrase written with a space", claim: "die", evidence: "pass away" },
    { shows: "a phrase for leaving office", claim: "resign", evidence: "step down" },
    { shows: "one synset", claim: "end", evidence: "finish" },
    { shows: "one synset", claim: "need", evidence: "require" },
    { shows: "one synset", claim: "stay", evidence: "remain" },
    { shows: "a verb group: watch's first sense is grouped with a sense of see", claim: "see", evidence: "watch" },
    { shows: "one synset of adjectives", claim: "large", evidence: "big", pos: "ADJ" },
    { shows: "one synset of adjectives", claim: "rich", evidence: "wealthy", pos: "ADJ" },
    { shows: "a satellite and the head of its cluster", claim: "large", evidence: "huge", pos: "ADJ" },
    { shows: "one synset of nouns", claim: "car", evidence: "automobile", pos: "NOUN" },
    { shows: "one synset of nouns", claim: "child", evidence: "kid", pos: "NOUN" },
  ],
  opposite: [
    { shows: "rise and fall", claim: "rise", evidence: "fall" },
    { shows: "win and lose", claim: "win", evidence: "lose" },
    { shows: "increase and decrease", claim: "increase", evidence: "decrease" },
    { shows: "accept and reject", claim: "accept", evidence: "reject" },
    { shows: "approve is the antonym of reject's third sense, disapprove", claim: "approve", evidence: "reject" },
    { shows: "hire is the antonym of fire's fourth sense (1+4)", claim: "hire", evidence: "fire" },
    { shows: "buy and sell", claim: "buy", evidence: "sell" },
    { shows: "open and close", claim: "open", evidence: "close" },
    { shows: "cheap and expensive", claim: "cheap", evidence: "expensive", pos: "ADJ" },
    { shows: "a satellite against its head's antonym", claim: "cheap", evidence: "costly", pos: "ADJ" },
    { shows: "satellites of antonymous heads", claim: "tiny", evidence: "huge", pos: "ADJ" },
    { shows: "strong and weak", claim: "strong", evidence: "weak", pos: "ADJ" },
    { shows: "alive and dead", claim: "alive", evidence: "dead", pos: "ADJ" },
    { shows: "nouns too", claim: "man", evidence: "woman", pos: "NOUN" },
  ],
  specific: [
    { shows: "a sedan is a car", claim: "car", evidence: "sedan", pos: "NOUN" },
    { shows: "a beagle is a dog, three levels down", claim: "dog", evidence: "beagle", pos: "NOUN" },
    { shows: "a car is a vehicle, from car's first sense to vehicle's second", claim: "vehicle", evidence: "car", pos: "NOUN" },
    { shows: "a spokesperson is a person", claim: "person", evidence: "spokesperson", pos: "NOUN" },
    { shows: "an instance: Paris is a city", claim: "city", evidence: "paris", pos: ["NOUN", "PROPN"] },
    { shows: "an instance: Einstein is a physicist", claim: "physicist", evidence: "einstein", pos: ["NOUN", "PROPN"] },
    { shows: "to murder is to kill", claim: "kill", evidence: "murder" },
    { shows: "to announce is to say", claim: "say", evidence: "announce" },
    { shows: "to whisper is to speak", claim: "speak", evidence: "whisper" },
    { shows: "to walk is to move", claim: "move", evidence: "walk" },
    { shows: "to approve is to allow, two levels up to allow's second sense", claim: "allow", evidence: "approve" },
  ],
  broader: [
    { shows: "a car need not be a sedan", claim: "sedan", evidence: "car", pos: "NOUN" },
    { shows: "a dog need not be a beagle", claim: "beagle", evidence: "dog", pos: "NOUN" },
    { shows: "a city need not be Paris", claim: "paris", evidence: "city", pos: ["PROPN", "NOUN"] },
    { shows: "to kill need not be to murder", claim: "murder", evidence: "kill" },
    { shows: "buying is one way to acquire", claim: "buy", evidence: "acquire" },
    { shows: "reporting is one way to announce", claim: "report", evidence: "announce" },
  ],
  derived: [
    { shows: "a verb and its noun", claim: "announce", evidence: "announcement", pos: ["VERB", "NOUN"] },
    { shows: "a noun and its verb", claim: "decision", evidence: "decide", pos: ["NOUN", "VERB"] },
    { shows: "die and death", claim: "die", evidence: "death", pos: ["VERB", "NOUN"] },
    { shows: "elect and election", claim: "elect", evidence: "election", pos: ["VERB", "NOUN"] },
    { shows: "resign and resignation", claim: "resign", evidence: "resignation", pos: ["VERB", "NOUN"] },
    { shows: "the noun purchase, derived from buy's first sense", claim: "buy", evidence: "purchase", pos: ["VERB", "NOUN"] },
    { shows: "an adjective and its noun (a pertainym)", claim: "president", evidence: "presidential", pos: ["NOUN", "ADJ"] },
    { shows: "an adverb and its adjective", claim: "quick", evidence: "quickly", pos: ["ADJ", "ADV"] },
    { shows: "a derivation between two nouns, word to word", claim: "law", evidence: "lawyer", pos: "NOUN" },
  ],
  sibling: [
    { shows: "co-hyponyms: dogs and cats are carnivores", claim: "dog", evidence: "cat", pos: "NOUN" },
    { shows: "co-hyponyms: days of the week", claim: "tuesday", evidence: "wednesday", pos: "PROPN" },
    { shows: "co-hyponyms: colours, as nouns", claim: "amber", evidence: "red", pos: "NOUN" },
    { shows: "co-hyponyms: compass points", claim: "north", evidence: "south", pos: "NOUN" },
    { shows: "co-hyponyms: two branches of engineering, each one word to WordNet", claim: "mechanical_engineering", evidence: "civil_engineering", pos: "NOUN" },
    { shows: "ask and expect meet under one parent in ask's first sense and expect's second", claim: "ask", evidence: "expect" },
  ],
  related: [
    { shows: "satellites of one adjective: colours differ", claim: "red", evidence: "blue", pos: "ADJ" },
    { shows: "satellites of one adjective: near in meaning, not of a kind", claim: "huge", evidence: "massive", pos: "ADJ" },
    { shows: "satellites of one adjective: famous and well-known", claim: "famous", evidence: "well-known", pos: "ADJ" },
    { shows: "cause: killing causes dying", claim: "die", evidence: "kill" },
    { shows: "entailment: snoring entails sleeping", claim: "sleep", evidence: "snore" },
    { shows: "attribute: large is a value of size", claim: "size", evidence: "large", pos: ["NOUN", "ADJ"] },
  ],
  none: [
    { shows: "unrelated nouns", claim: "car", evidence: "banana", pos: "NOUN" },
    { shows: "a car and a bomb are both artifacts, three levels up: too far to relate", claim: "car", evidence: "bomb", pos: "NOUN" },
    { shows: "allow and buy meet only in rarer senses", claim: "allow", evidence: "buy" },
    { shows: "begin and sign meet only in rarer senses", claim: "begin", evidence: "sign" },
    { shows: "become and win meet only past the first senses of both", claim: "become", evidence: "win" },
    { shows: "accept and buy meet only under a top of the verb hierarchy (get)", claim: "accept", evidence: "buy" },
    { shows: "unrelated across parts of speech", claim: "sign", evidence: "dog", pos: ["VERB", "NOUN"] },
    { shows: "WordNet does not oppose sign and veto", claim: "sign", evidence: "veto" },
    { shows: "play and star meet only at their 3rd and 2nd senses, too rare to relate", claim: "play", evidence: "star" },
    { shows: "WordNet keeps arrest and detain apart", claim: "arrest", evidence: "detain" },
    { shows: "sack and fire share only fire's fourth sense (2+4), past the budget", claim: "sack", evidence: "fire" },
    { shows: "WordNet links no derivation between sell and sale", claim: "sell", evidence: "sale", pos: ["VERB", "NOUN"] },
    { shows: "claim is under affirm, not under say", claim: "say", evidence: "claim" },
    { shows: "WordNet does not oppose confirm and deny", claim: "confirm", evidence: "deny" },
    { shows: "a word WordNet does not know", claim: "ballard", evidence: "detective", pos: ["PROPN", "NOUN"] },
    { shows: "function words have no WordNet part of speech", claim: "the", evidence: "a", pos: "DET" },
  ],
};

/** Pairs that must never give some relations: polysemy, clusters and far hypernyms must not fool it. */
const MUST_NOT: readonly (Pair & { readonly never: readonly LexicalRelation[] })[] = [
  { shows: "killing is not dying", claim: "die", evidence: "kill", never: ["synonym", "specific", "broader"] },
  { shows: "a cat is not a dog", claim: "dog", evidence: "cat", pos: "NOUN", never: ["synonym", "specific", "broader"] },
  { shows: "vetoing is not signing", claim: "sign", evidence: "veto", never: ["synonym", "specific"] },
  { shows: "ask and expect share only their 3rd and 2nd senses", claim: "ask", evidence: "expect", never: ["synonym"] },
  { shows: "work and bring share only a verb group of third senses", claim: "work", evidence: "bring", never: ["synonym"] },
  { shows: "leave and lead share only a verb group of rarer senses", claim: "leave", evidence: "lead", never: ["synonym"] },
  { shows: "big is bad only in big's third sense (a big storm)", claim: "big", evidence: "bad", pos: "ADJ", never: ["synonym"] },
  { shows: "red and blue are satellites of one head, not synonyms", claim: "red", evidence: "blue", pos: "ADJ", never: ["synonym", "opposite"] },
  { shows: "last and early are satellites of different heads", claim: "last", evidence: "early", pos: "ADJ", never: ["synonym", "opposite"] },
  { shows: "good is not the opposite of sad, whose third sense sits under bad", claim: "good", evidence: "sad", pos: "ADJ", never: ["opposite"] },
  { shows: "poor and happy are satellites of antonymous heads only in rare senses", claim: "poor", evidence: "happy", pos: "ADJ", never: ["opposite"] },
  { shows: "sit and rise are antonyms only in their third senses (3+3)", claim: "sit", evidence: "rise", never: ["opposite"] },
  { shows: "hiring is not saying, four levels up from hire's second sense", claim: "say", evidence: "hire", never: ["specific"] },
  { shows: "voting is not meaning, through mean's third sense", claim: "mean", evidence: "vote", never: ["specific"] },
  { shows: "denying is not thinking, through think's third sense", claim: "think", evidence: "deny", never: ["specific"] },
  { shows: "a teacher is not an idea, through teacher's second sense", claim: "idea", evidence: "teacher", pos: "NOUN", never: ["specific"] },
];

function posOf(pair: Pair): readonly [PartOfSpeech, PartOfSpeech] {
  const pos = pair.pos ?? "VERB";
  return typeof pos === "string" ? [pos, pos] : pos;
}

function relationOf(pair: Pair, reversed = false): LexicalRelation {
  const [claimPos, evidencePos] = posOf(pair);
  const claim = { lemma: pair.claim, pos: claimPos };
  const evidence = { lemma: pair.evidence, pos: evidencePos };
  return reversed ? wordnet.relation(evidence, claim) : wordnet.relation(claim, evidence);
}

const REVERSED: Readonly<Record<LexicalRelation, LexicalRelation>> = {
  same: "same",
  synonym: "synonym",
  opposite: "opposite",
  derived: "derived",
  related: "related",
  sibling: "sibling",
  none: "none",
  specific: "broader",
  broader: "specific",
};

describe("the relation of an evidence word to a claim word", () => {
  for (const [relation, pairs] of Object.entries(MUST) as [LexicalRelation, readonly Pair[]][]) {
    describe(`${relation}`, () => {
      for (const pair of pairs) {
        it(`${pair.shows}: ${pair.evidence} for ${pair.claim} is ${relation}`, () => {
          expect(relationOf(pair)).toBe(relation);
        });
        const back = REVERSED[relation];
        it(`${pair.shows}: turned round, ${pair.claim} for ${pair.evidence} is ${back}`, () => {
          expect(relationOf(pair, true)).toBe(back);
        });
      }
    });
  }

  describe("never", () => {
    for (const pair of MUST_NOT) {
      it(`${pair.shows}: ${pair.evidence} for ${pair.claim} is not ${pair.never.join(" or ")}`, () => {
        expect(pair.never).not.toContain(relationOf(pair));
        expect(pair.never).not.toContain(relationOf(pair, true));
      });
    }
  });

  it("has at least forty pairs, every relation among them", () => {
    const pairs = Object.values(MUST).flat();
    expect(pairs.length + MUST_NOT.length).toBeGreaterThanOrEqual(40);
    for (const [relation, list] of Object.entries(MUST)) expect(list.length, relation).toBeGreaterThan(0);
  });

  it("gives the same answer from a fresh reader and from one that has answered before", () => {
    const fresh = new WordNet(files);
    for (const pair of Object.values(MUST).flat()) {
      const [claimPos, evidencePos] = posOf(pair);
      expect(fresh.relation({ lemma: pair.claim, pos: claimPos }, { lemma: pair.evidence, pos: evidencePos })).toBe(relationOf(pair));
    }
  });
});

describe("alternatives: the words a retrieval query may add", () => {
  it("puts the synonym of the first sense first", () => {
    expect(wordnet.alternatives("buy", "VERB")[0]).toBe("purchase");
  });

  it("keeps to the words' frequent senses: large offers big, not the bombastic of its third sense", () => {
    expect(wordnet.alternatives("large", "ADJ")).toEqual(["big", "largeness"]);
  });

  it("adds words derived in another part of speech, but not the people who do it", () => {
    expect(wordnet.alternatives("announce", "VERB")).toContain("announcement");
    expect(wordnet.alternatives("elect", "VERB")).toContain("election");
    expect(wordnet.alternatives("buy", "VERB")).not.toContain("buyer");
    expect(wordnet.alternatives("kill", "VERB")).not.toContain("killer");
  });

  it("writes phrases with spaces", () => {
    expect(wordnet.alternatives("resign", "VERB")).toContain("step down");
  });

  it("offers only words the relation takes as synonyms or derived forms", () => {
    const words: [string, PartOfSpeech][] = [
      ["buy", "VERB"], ["announce", "VERB"], ["resign", "VERB"], ["begin", "VERB"], ["die", "VERB"],
      ["say", "VERB"], ["elect", "VERB"], ["large", "ADJ"], ["car", "NOUN"], ["quick", "ADJ"],
    ];
    let offered = 0;
    for (const [lemma, pos] of words) {
      for (const alternative of wordnet.alternatives(lemma, pos)) {
        const relations = (["NOUN", "VERB", "ADJ", "ADV"] as const).map((other) => wordnet.relation({ lemma, pos }, { lemma: alternative, pos: other }));
        expect(relations.some((relation) => relation === "synonym" || relation === "derived"), `${lemma} → ${alternative}`).toBe(true);
        offered++;
      }
    }
    expect(offered).toBeGreaterThan(20);
  });

  it("stays within its bound for the most polysemous words", () => {
    for (const lemma of ["break", "run", "take", "give", "cut", "make", "set"]) {
      expect(wordnet.alternatives(lemma, "VERB").length, lemma).toBeLessThanOrEqual(WORDNET_LIMITS.alternativesMax);
    }
  });

  it("gives the same words in the same order from a fresh reader", () => {
    const fresh = new WordNet(files);
    for (const lemma of ["die", "begin", "resign", "run"]) expect(fresh.alternatives(lemma, "VERB")).toEqual(wordnet.alternatives(lemma, "VERB"));
  });

  it("offers nothing for a word WordNet does not know or a function word", () => {
    expect(wordnet.alternatives("ballard", "PROPN")).toEqual([]);
    expect(wordnet.alternatives("the", "DET")).toEqual([]);
  });
});

/**
 * A WordNet of a few nouns, each its own synset, built as the real files are laid out: a license
 * header, sorted index lines, and data lines whose offsets are their byte positions.
 */
function tinyWordNet(nouns: readonly string[], options: { finalNewline: boolean } = { finalNewline: true }): WordNet {
  const header = "  1 A license header line.  \n  2 Another, sorting before every lemma.  \n";
  let data = header;
  const index: string[] = [];
  for (const noun of [...nouns].sort()) {
    const offset = String(data.length).padStart(8, "0");
    data += `${offset} 03 n 01 ${noun} 0 000 | a ${noun}  \n`;
    index.push(`${noun} n 1 0 1 0 ${offset}  `);
  }
  const indexText = header + index.join("\n") + (options.finalNewline && index.length > 0 ? "\n" : "");
  const empty = new Uint8Array();
  const bytes = (text: string) => new TextEncoder().encode(text);
  const tinyFiles: WordNetFiles = {
    index: { n: bytes(indexText), v: empty, a: empty, r: empty },
    data: { n: bytes(data), v: empty, a: empty, r: empty },
  };
  return new WordNet(tinyFiles);
}
