// English tokens read the same whatever text was read before: wink-nlp learns each new word it
// meets, and one met whole with its possessive ending ("Quarry's...") would otherwise be kept
// whole ever after.
import { describe, expect, it } from "vitest";
import { english } from "./helpers/language.js";

const raws = (text: string) => english.tokenize(text).map((t) => t.raw);

describe("English tokens", () => {
  it("split a possessive ending from its word, before and after the word was met whole", () => {
    expect(raws("the quarry's gate")).toEqual(["the", "quarry", "'s", "gate"]);
    english.tokenize("a walk around Old Quarry's...");
    const after = english.tokenize("the quarry's gate");
    expect(after.map((t) => t.raw)).toEqual(["the", "quarry", "'s", "gate"]);
    expect(after[1]).toMatchObject({ pos: "NOUN", lemma: "quarry", content: true });
    expect(after[2]).toMatchObject({ pos: "PART", content: false });
  });

  it("split 'I'm' into the speaker and 'be', as wink splits 'I've'", () => {
    const tokens = english.tokenize("I’m especially grateful to Ann Lee.");
    expect(tokens.map((t) => t.raw)).toEqual(["I", "’m", "especially", "grateful", "to", "Ann", "Lee", "."]);
    expect(tokens[0]).toMatchObject({ pos: "PRON", lemma: "i", start: 0, end: 1 });
    expect(tokens[1]).toMatchObject({ pos: "AUX", lemma: "be", start: 1, end: 3 });
  });

  it("keep a sentence's full stop apart from a figure with letters, so the figure reads the same anywhere", () => {
    expect(raws("Doors shut at 10pm. Then it rained.")).toEqual(["Doors", "shut", "at", "10pm", ".", "Then", "it", "rained", "."]);
    expect(raws("Doors open at 7.30pm.")).toEqual(["Doors", "open", "at", "7.30pm", "."]);
  });

  it("join a number wink cuts in two or three", () => {
    expect(raws("It opens at 7.30pm daily.")).toEqual(["It", "opens", "at", "7.30pm", "daily", "."]);
    expect(raws("They set off at 11.20am on Monday.")).toEqual(["They", "set", "off", "at", "11.20am", "on", "Monday", "."]);
    expect(raws("They set off at 10.15am.")).toEqual(["They", "set", "off", "at", "10.15am", "."]);
  });

  it("join a hyphenated noun WordNet knows whole into one noun, and leave the rest apart", () => {
    const tokens = english.tokenize("She appointed her brother-in-law and a well-known editor-in-chief.");
    expect(tokens.map((t) => t.raw)).toEqual(["She", "appointed", "her", "brother-in-law", "and", "a", "well", "-", "known", "editor", "-", "in", "-", "chief", "."]);
    expect(tokens[3]).toMatchObject({ pos: "NOUN", lemma: "brother-in-law" });
  });

  it("leave apart what only touches a number with space or letters between", () => {
    expect(raws("It won 3. 20 others lost.")).toEqual(["It", "won", "3", ".", "20", "others", "lost", "."]);
  });
});
