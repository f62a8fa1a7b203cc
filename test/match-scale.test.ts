// The index's fast paths (packed terms, bitsets for common terms, tags set while gathering,
// bucketed near spellings) must give exactly what the plain definitions give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { PassageIndex, packTerms, passageTerms, termsOfSource, type SourceTerms } from "../src/match/index.js";
import { indexTerms, tokenize } from "../src/text/tokenize.js";
import { withinEditDistance } from "../src/match/edit-distance.js";
import type { Source } from "../src/types.js";
import { sourcesOf } from "./helpers/corpus.js";

const WORDS = ["ballard", "bosch", "season", "renewed", "detective", "prime", "video", "netflix", "maggie", "titus", "welliver", "harry", "episodes", "premiere", "cold", "case", "unit", "lapd", "series", "spinoff"];

/** Sources of one-sentence passages over a small vocabulary, so that terms recur a lot. */
function corpusOf(seed: number, sources: number, passages: number): Source[] {
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const articles: Record<string, string> = {};
  for (let s = 0; s < sources; s++) {
    const sentences: string[] = [];
    for (let p = 0; p < passages; p++) {
      const words = Array.from({ length: 2 + Math.floor(random() * 5) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      const sentence = `${words.join(" ")} ${Math.floor(random() * 20)}.`;
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1));
    }
    articles[`s${String(s).padStart(4, "0")}`] = sentences.join(" ");
  }
  return sourcesOf(articles);
}

/** The term score and order, as defined: each claim term's first alternative held, idf summed in claim order. */
function plainTop(index: PassageIndex, ids: readonly number[], alternatives: readonly (readonly string[])[], count: number) {
  const scored = ids.map((id) => {
    let score = 0;
    for (const list of alternatives) {
      const hit = list.find((term) => index.hasTerm(id, term));
      if (hit !== undefined) score += index.idf(hit);
    }
    return { id, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, count);
}

const alternativesArb = fc.array(fc.array(fc.constantFrom(...WORDS.map((w) => w.slice(0, 6)), ...WORDS, "7", "12", "absent"), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 8,
});

describe("the index's term scores", () => {
  // 5,000 passages: enough for the commonest terms to get bitsets.
  const big = new PassageIndex(corpusOf(7, 250, 20));
  it("builds the large test corpus large enough for bitsets", () => expect(big.size).toBe(5000));
  const small = new PassageIndex(corpusOf(3, 12, 6));

  for (const [name, index] of [["a corpus with bitsets for common terms", big], ["a small corpus", small]] as const) {
    it(`rank candidates exactly as scoring each one term by term does, in ${name}`, () => {
      fc.assert(
        fc.property(alternativesArb, fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (alternatives, walk, count, filter) => {
          // Gather as retrieve does: whole postings of some terms (tagged), plus a few loose ids.
          const set = index.passageSet();
          const keep = filter ? (id: number) => id % 3 !== 0 : undefined;
          for (const term of walk) set.addPostings(term, keep);
          for (let id = 0; id < index.size; id += 97) set.add(id);
          const ids = [...set.ids()];
          expect(index.topByTerms(set, alternatives, count)).toEqual(plainTop(index, ids, alternatives, count));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("counts a term for a candidate its filtered walk left out", () => {
    const set = small.passageSet();
    const holder = small.postingsOf("ballard")[0]!;
    set.add(holder);
    set.addPostings("ballard", (id) => id !== holder);
    const [top] = small.topByTerms(set, [["ballard"]], 1);
    expect(top).toEqual({ id: holder, score: small.idf("ballard") });
  });

  it("still ranks exactly when a claim has more term alternatives than a mask holds", () => {
    const alternatives = WORDS.map((w) => [w, w.slice(0, 5)]);
    const set = big.passageSet();
    set.addPostings("ballard");
    set.addPostings("bosch");
    expect(big.topByTerms(set, alternatives, 40)).toEqual(plainTop(big, [...set.ids()], alternatives, 40));
  });
});

describe("building the index", () => {
  it("finds a passage by the terms its tokens give, without building the tokens", () => {
    const texts = readdirSync("sources").flatMap((name) => readFileSync(`sources/${name}`, "utf8").split(/(?<=[.!?])\s+|\n/));
    const odd = ["U.S.-based Renée's 2.5-billion", "“Bosch: Legacy” — it’s No. 4!", "ﬁnal ’90s rock’n’roll", "e\u0301clair Q3 1,000,000"];
    for (const text of [...texts, ...odd]) expect(indexTerms(text)).toEqual(passageTerms(tokenize(text)));
  });


  it("gives the same index from packed terms with a shared vocabulary as from the passages", () => {
    const sources = corpusOf(11, 40, 8);
    const scratch = new PassageIndex(sources);
    // As the cache hands them over: one vocabulary for many sources, ids into it.
    const vocabulary: string[] = [];
    const shared: SourceTerms[] = sources.map((source) => {
      const own = termsOfSource(source);
      const ids = Uint32Array.from(own.ids, (local) => {
        const term = own.vocabulary[local]!;
        const at = vocabulary.indexOf(term);
        return at >= 0 ? at : vocabulary.push(term) - 1;
      });
      return { sourceId: source.id, vocabulary, offsets: own.offsets, ids };
    });
    const packed = new PassageIndex([...sources].reverse(), shared.reverse());
    const byText = (index: PassageIndex) =>
      index.passages.map((p, id) => [p.sourceId, p.index, [...index.termsOf(id)]] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(byText(packed)).toEqual(byText(scratch));
    for (const term of [...WORDS, "5", "absent"]) expect(packed.documentFrequency(term)).toBe(scratch.documentFrequency(term));
  });

  it("ignores supplied terms that do not fit their source and computes them instead", () => {
    const sources = corpusOf(5, 3, 4);
    expect(sources[0]!.passages).toHaveLength(4);
    const wrong = packTerms(sources[0]!.id, [["ballard"]]);
    const index = new PassageIndex(sources, [wrong]);
    expect([...index.termsOf(0)]).toEqual([...new PassageIndex(sources).termsOf(0)]);
  });

  it("counts a term once per passage however often it is listed", () => {
    const sources = sourcesOf({ a: "Ballard met Ballard." });
    const index = new PassageIndex(sources, [packTerms("a", [["ballard", "meet", "ballard"]])]);
    expect(index.documentFrequency("ballard")).toBe(1);
    expect([...index.postingsOf("ballard")]).toEqual([0]);
  });
});

describe("near spellings", () => {
  it("are every vocabulary term within the edit bound that shares the first or second letter", () => {
    const index = new PassageIndex(corpusOf(13, 30, 6));
    const vocabulary = new Set<string>();
    for (let id = 0; id < index.size; id++) for (const term of index.termsOf(id)) vocabulary.add(term);
    const plain = (term: string) => {
      if (term.length < 4 || /\d/.test(term)) return [];
      const limit = term.length >= 8 ? 2 : 1;
      return [...vocabulary].filter((c) => (c[0] === term[0] || c[1] === term[1]) && withinEditDistance(term, c, limit)).sort();
    };
    fc.assert(
      fc.property(fc.constantFrom(...vocabulary), fc.string({ unit: fc.constantFrom(..."abcdeilnorstuv"), maxLength: 2 }), fc.nat(12), (word, noise, at) => {
        const term = word.slice(0, at) + noise + word.slice(at + noise.length);
        expect(index.nearTerms(term)).toEqual(plain(term));
      }),
      { numRuns: 300 },
    );
  });
});
