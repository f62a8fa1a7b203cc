import { describe, expect, it } from "vitest";
import { compareFact, factsAgree } from "../src/facts/compare.js";
import { extractFacts } from "../src/facts/extract.js";
import { negatedTokens } from "../src/facts/polarity.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Fact } from "../src/types.js";

const facts = (text: string, date?: string): Fact[] => extractFacts(tokenize(text), { date }).facts;
const one = (text: string, date?: string): Fact => {
  const found = facts(text, date);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const agree = (a: string, b: string, date?: string) => factsAgree(one(a), one(b, date));

describe("extracting facts", () => {
  it.each([
    ["10 episodes", "count", "10 episodes"],
    ["ten-episode series", "count", "10 episode"],
    ["2.5 billion minutes", "count", "2.5 billion minutes"],
    ["a tax credit of $14.84 million", "money", "$14.84 million"],
    ["nearly $14.85 million", "money", "nearly $14.85 million"],
    ["a 100% score", "percent", "100%"],
    ["77 percent", "percent", "77%"],
    ["gave it a 6/10", "score", "6/10"],
    ["ended at No. 4", "rank", "No. 4"],
    ["finished fourth place", "rank", "No. 4"],
    ["Q, 46, explained", "age", "46 years old"],
    ["Maggie Q is 46.", "age", "46 years old"],
    ["a 46-year-old actress", "age", "46 years old"],
    ["the second season", "ordinal", "season 2"],
    ["its third film", "ordinal", "3rd film"],
    ["Season 2", "ordinal", "season 2"],
    ["season two", "ordinal", "season 2"],
    ["premiered on July 9", "date", "July 9"],
    ["on October 6, 2025", "date", "October 6, 2025"],
    ["will premiere in 2026", "year", "2026"],
  ])("reads %j as a %s fact, %j", (text, kind, display) => {
    const fact = one(text);
    expect(fact.kind).toBe(kind);
    expect(fact.display).toBe(display);
  });

  it("locates each fact by its offsets in the sentence", () => {
    const text = "It clocked 2.5 billion minutes by July 21.";
    expect(facts(text).map((f) => text.slice(f.start, f.end))).toEqual(["2.5 billion minutes", "July 21"]);
  });

  it("reads 'today' against the source's date", () => {
    expect(one("Earlier today, it was confirmed.", "2025-10-06").date).toEqual({ year: 2025, month: 10, day: 6 });
  });

  it("gives a date without a year the year nearest the source's date, and prints it as written", () => {
    const fact = one("It premiered on December 20.", "2026-01-05");
    expect(fact.date).toMatchObject({ year: 2025, month: 12, day: 20, inferredYear: true });
    expect(fact.display).toBe("December 20");
  });

  it("does not read a negation as a rank, nor 'one of' as a number", () => {
    expect(facts("No, no, no. It was one of the shows.")).toEqual([]);
  });

  it("finds nothing in words that name properties every object has", () => {
    expect(facts("The constructor houses were a valueOf toString hasOwnProperty __proto__ place.")).toEqual([]);
  });
});

describe("comparing facts", () => {
  it("treats numbers in digits and words alike", () => {
    expect(agree("ten episodes", "10 episodes")).toBe(true);
    expect(agree("eight episodes", "10 episodes")).toBe(false);
    expect(agree("nine episodes", "10 episodes")).toBe(false);
  });

  it("treats ordinal forms alike: second season, Season 2, season two", () => {
    expect(agree("the second season", "Season 2")).toBe(true);
    expect(agree("season two", "the second season")).toBe(true);
    expect(agree("a third season", "Season 2")).toBe(false);
  });

  it("treats rank forms alike: No. 4, number 4, fourth place", () => {
    expect(agree("No. 4", "number 4")).toBe(true);
    expect(agree("fourth place", "No. 4")).toBe(true);
    expect(agree("No. 2", "No. 4")).toBe(false);
  });

  it("lets a hedge widen an amount: nearly $15 million fits $14.84 million, $41.84 million does not", () => {
    expect(agree("nearly $15 million", "$14.84 million")).toBe(true);
    expect(agree("about $15 million", "$14.84 million")).toBe(true);
    expect(agree("$41.84 million", "$14.84 million")).toBe(false);
    expect(agree("more than 30 novels", "25 novels")).toBe(false);
  });

  it("matches an amount stated with less precision: 2.5 billion is 2,500,000,000", () => {
    expect(agree("2.5 billion minutes", "2,500,000,000 minutes")).toBe(true);
  });

  it("compares ages written differently", () => {
    expect(agree("Maggie Q is 46.", "Q, 46, explained")).toBe(true);
    expect(agree("45 years old", "Q, 46, explained")).toBe(false);
  });

  it("compares dates on the parts both state, and needs every part the claim states", () => {
    expect(agree("July 9", "July 9")).toBe(true);
    expect(agree("July 19", "July 9")).toBe(false);
    expect(factsAgree(one("on July 19"), one("in July"))).toBeUndefined();
    expect(agree("on October 6, 2025", "Earlier today", "2025-10-06")).toBe(true);
  });

  it("does not compare facts of different kinds or units", () => {
    expect(factsAgree(one("10 episodes"), one("10 minutes"))).toBeUndefined();
    expect(factsAgree(one("the second season"), one("No. 2"))).toBeUndefined();
  });

  it("settles a claim fact by any agreeing fact in the passage, else by a conflicting one", () => {
    const passage = facts("It holds a 100% on Rotten Tomatoes, while the Popcornmeter holds a respectable 77%.");
    expect(compareFact(one("77%"), passage).status).toBe("agree");
    const conflict = compareFact(one("87%"), passage);
    expect(conflict.status).toBe("conflict");
    expect(compareFact(one("10 episodes"), passage).status).toBe("missing");
  });
});

describe("polarity", () => {
  const negated = (text: string) => {
    const tokens = tokenize(text);
    return [...negatedTokens(tokens)].map((i) => tokens[i]!.raw);
  };

  it("negates the words a negation governs", () => {
    expect(negated("I was not looking to lead a show again")).toContain("looking");
    expect(negated("she had no clue")).toContain("clue");
    expect(negated("Ballard has yet to be renewed")).toContain("renewed");
  });

  it("stops at punctuation and at 'but'", () => {
    expect(negated("It was not cheap, renewed anyway")).not.toContain("renewed");
    expect(negated("not a negative person but a realist")).not.toContain("realist");
  });

  it("does not read the rank 'No. 4' as a negation", () => {
    expect(negated("It ended at No. 4 in the chart")).toEqual([]);
  });
});
