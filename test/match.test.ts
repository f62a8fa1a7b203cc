import { describe, expect, it } from "vitest";
import { PassageIndex } from "../src/match/index.js";
import { buildQuery, hasMisspelling, retrieve } from "../src/match/retrieve.js";
import { withinEditDistance } from "../src/match/edit-distance.js";
import { english } from "./helpers/language.js";

const tokenize = (text: string) => english.tokenize(text);
import { sourcesOf } from "./helpers/corpus.js";

const sources = sourcesOf({
  a: " date 2025-07-17 Maggie Q plays the role of LAPD detective Renée Ballard. The show is on Prime Video.",
  b: " date 2025-10-04 Titus Welliver stars as Harry Bosch. The show was renewed for a second season.",
  c: " date 2025-10-06 The weather was fine. The show is a drama.",
});
const index = new PassageIndex(sources);
const find = (claim: string, allowed?: Set<string>) =>
  retrieve(index, buildQuery(tokenize(claim), index), allowed).map((c) => `${c.passage.sourceId}:${c.passage.index}`);

describe("retrieving candidate passages", () => {
  it("finds the passage that shares the claim's rare words first", () => {
    expect(find("Titus Welliver plays Harry Bosch.")[0]).toBe("b:0");
  });

  it("finds a passage despite typos in the claim", () => {
    expect(find("Detctive Renee Balard")[0]).toBe("a:0");
  });

  it("maps a misspelt term to the corpus terms within one or two edits", () => {
    expect(index.nearTerms("balard")).toContain("ballard");
    expect(index.nearTerms("zzzzzz")).toEqual([]);
  });

  it("gathers candidates only from rare terms once it has enough", () => {
    const common = retrieve(index, buildQuery(tokenize("the show Welliver"), index), undefined, { shortlist: 1, commonFloor: 1, commonFraction: 0 });
    expect(common.map((c) => c.passage.sourceId)).toEqual(["b"]);
  });

  it("keeps to the cited sources when a claim cites some", () => {
    expect(find("The show was renewed.", new Set(["c"])).every((id) => id.startsWith("c:"))).toBe(true);
  });

  it("lets fuse.js pick the shortlist for a misspelt claim, beyond what the index's edit bound finds", () => {
    const typos = new PassageIndex(sourcesOf({ a: " date 2025-01-01 Ballard read the news today.", b: " date 2025-01-01 Ballard the detective today." }));
    const query = buildQuery(tokenize("Balard dtectiv"), typos);
    expect(hasMisspelling(query)).toBe(true);
    expect(retrieve(typos, query, undefined, { shortlist: 1 }).map((c) => c.passage.sourceId)).toEqual(["b"]);
    expect(retrieve(typos, query, undefined, { shortlist: 1, fuzzyWeight: 0 }).map((c) => c.passage.sourceId)).toEqual(["a"]);
  });

  it("finds the passages naming what the claim is about before those that only share its figure", () => {
    const figures = new PassageIndex(
      sourcesOf({
        w: " date 2025-01-01 Tomas Wexley joined the club. Wexley, 24, scored twice. Wexley was injured.",
        x: " date 2025-01-01 The chain has 42 shops.",
        y: " date 2025-01-01 The farm will have 42 turbines.",
      }),
    );
    const top = retrieve(figures, buildQuery(tokenize("Wexley is 42."), figures), undefined, { shortlist: 3 });
    expect(top.map((c) => c.passage.sourceId)).toEqual(["w", "w", "w"]);
    // Counted at full weight, the rarer figure would rank its passages first.
    const byFigure = retrieve(figures, buildQuery(tokenize("Wexley is 42."), figures), undefined, { shortlist: 3, valueWeight: 1 });
    expect(byFigure.map((c) => c.passage.sourceId).slice(0, 2)).toEqual(["x", "y"]);
  });

  it("returns nothing when no passage shares a word with the claim", () => {
    expect(find("Quantum chromodynamics")).toEqual([]);
  });
});

describe("bounded edit distance", () => {
  it("accepts words within the bound and rejects the rest", () => {
    expect(withinEditDistance("detctive", "detective", 1)).toBe(true);
    expect(withinEditDistance("balard", "ballard", 1)).toBe(true);
    expect(withinEditDistance("netflix", "prime", 2)).toBe(false);
  });
});
