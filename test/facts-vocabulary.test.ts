// The fact vocabulary is data: the shipped file loads, a user's extension takes effect, and a
// file of the wrong shape is refused with the key, the place and what was expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENGLISH_FACTS_FILE, loadFactVocabulary, parseFactVocabulary } from "../src/facts/load-vocabulary.js";
import { readFacts } from "../src/facts/read.js";
import { readVocabulary, VocabularyError } from "../src/facts/vocabulary.js";
import { readTokens } from "../src/language/english/tokens.js";
import { NEGATIONS, STOPWORDS } from "../src/text/lexicon.js";
import { InputError } from "../src/types.js";

const shipped = readFileSync(ENGLISH_FACTS_FILE, "utf8");
const words = { stopwords: STOPWORDS, negations: NEGATIONS };

function problem(text: string): InputError {
  try {
    parseFactVocabulary({ file: "facts.yaml", text });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("the vocabulary was accepted");
}

describe("the fact vocabulary", () => {
  it("loads the English vocabulary, folding its words as tokens are folded", () => {
    const vocabulary = loadFactVocabulary();
    expect(vocabulary.months.get("july")).toBe(7);
    expect(vocabulary.months.get("sept.")).toBe(9);
    expect(vocabulary.monthNames[7]).toBe("July");
    expect(vocabulary.ranks.markers).toContainEqual(["no."]);
    expect(vocabulary.ranks.markerPrinted).toBe("No.");
    expect(vocabulary.hedges[0]![0].length).toBeGreaterThan(1);
  });

  it("takes a user's extension: a hedge added to the list widens amounts", () => {
    const data = parse(shipped) as { hedges: { more: string[] } };
    data.hedges.more.push("north of");
    const vocabulary = readVocabulary(data);
    const [fact] = readFacts(readTokens("north of 40 people", words), vocabulary).facts;
    expect(fact?.display).toBe("more than 40 people");
  });

  it.each([
    ["a list where a mapping is expected", shipped.replace(/^hedges:\n  about:/m, "hedges:\n  about: 5\n  xabout:"), /^facts\.yaml:\d+:\d+: expected hedges\.about to be a list$/],
    ["an unknown key", `${shipped}\nsizes: [big]\n`, /expected sizes to be one of the vocabulary's keys \(numbers, /],
    ["an unknown hedge", shipped.replace(/^hedges:\n/m, "hedges:\n  roughly: [roughly]\n"), /expected hedges\.roughly to be one of the hedges \(about, nearly, more, atLeast, less, atMost\)/],
    ["eleven months", shipped.replace(/^  - \[December, dec, dec\.\]\n/m, ""), /expected months to be a list of 12 lists of names/],
    ["a number word without a number", shipped.replace(/^  seven: 7$/m, "  seven: seven"), /expected numbers\.seven to be a number, zero or more/],
    ["a range the wrong way round", shipped.replace(/^  dozens: \[24, 143\]$/m, "  dozens: [143, 24]"), /expected multiples\.dozens to be a pair of numbers, \[low, high\], low not above high/],
    ["a missing list", shipped.replace(/^sentenceEnds: .*$/m, ""), /expected sentenceEnds to be a list/],
  ])("refuses %s, naming the key and what was expected", (_name, text, message) => {
    expect(problem(text).message).toMatch(message);
  });

  it("points at the line of the problem", () => {
    const text = shipped.replace(/^  seven: 7$/m, "  seven: seven");
    const line = shipped.split("\n").findIndex((l) => l === "  seven: 7") + 1;
    expect(problem(text).line).toBe(line);
  });

  it("refuses a vocabulary that is not a mapping, as a typed error", () => {
    expect(() => readVocabulary([])).toThrow(VocabularyError);
    expect(() => readVocabulary(null)).toThrow("expected the vocabulary to be a mapping of keys to values");
  });
});
