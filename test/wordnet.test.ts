// WordNet: the reader (binary search over the index bytes, synsets parsed from the data bytes).
import { describe, expect, it } from "vitest";
import { WordNet, wordNetPosOf, type WordNetFiles, type WordNetPos } from "../src/language/english/wordnet.js";
import { loadWordNetFiles } from "../src/language/english/wordnet-files.js";
import type { PartOfSpeech } from "../src/types.js";

const files = loadWordNetFiles();
const wordnet = new WordNet(files);
const POS: readonly WordNetPos[] = ["n", "v", "a", "r"];

/** The lemmas of an index file, in file order, the license header left out. */
function lemmasOf(index: Uint8Array): string[] {
  return Buffer.from(index).toString("latin1").split("\n").filter((line) => line !== "" && !line.startsWith("  ")).map((line) => line.slice(0, line.indexOf(" ")));
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
});

describe("parts of speech", () => {
  it("maps Universal Dependencies tags to WordNet's, function words to none", () => {
    const tags: PartOfSpeech[] = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "DET", "ADP", "NUM"];
    expect(tags.map((tag) => wordNetPosOf(tag))).toEqual(["n", "n", "v", "v", "a", "r", undefined, undefined, undefined]);
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
