import { describe, expect, it } from "vitest";
import { fold } from "../src/text/fold.js";
import { isContent, termOf, tokenize } from "../src/text/tokenize.js";

describe("normalising text", () => {
  it("folds accents, so Renée matches Renee", () => {
    expect(fold("Renée")).toBe(fold("Renee"));
  });

  it("folds curly quotes and dashes to their straight forms", () => {
    expect(fold("‘Ballard’ – “Bosch”")).toBe(`'ballard' - "bosch"`);
  });

  it("folds case", () => {
    expect(fold("LAPD Detective")).toBe("lapd detective");
  });

  it("keeps each token's offsets into the original text", () => {
    const text = "In Ballard, Maggie Q plays Renée.";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it("drops the possessive, so Ballard's matches Ballard", () => {
    const [token] = tokenize("Ballard’s");
    expect(token?.norm).toBe("ballard");
  });

  it("marks the word after a hyphen as joined to the one before", () => {
    const tokens = tokenize("ten-episode series");
    expect(tokens.map((t) => [t.raw, t.hyphenated])).toEqual([["ten", false], ["-", false], ["episode", true], ["series", false]]);
  });

  it("stems words that name properties every object has as plain words", () => {
    expect(tokenize("constructor toString __proto__").map((t) => t.term)).toEqual(["constructor", "tostr", "_", "_", "proto", "_", "_"]);
  });

  it("matches inflections and synonyms through one term", () => {
    expect(termOf("premiered")).toBe(termOf("debuted"));
    expect(termOf("starred")).toBe(termOf("plays"));
    expect(termOf("gave")).toBe(termOf("awarded"));
    expect(termOf("renewed")).not.toBe(termOf("cancelled"));
  });

  it("treats acronyms as content even where the lower-case word is a stopword", () => {
    const [us, word] = tokenize("US us");
    expect(isContent(us!)).toBe(true);
    expect(isContent(word!)).toBe(false);
  });
});
