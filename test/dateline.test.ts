// An article that declares no date is read against its dateline, so "on May 7" has a year.
import { describe, expect, it } from "vitest";
import { judgeClaim } from "../src/check.js";
import { datelineDate, readingDate } from "../src/judge/dateline.js";
import { claimOf, corpusOf, sourcesOf } from "./helpers/corpus.js";
import { english } from "./helpers/language.js";

describe("a dateline", () => {
  it.each([
    ["Jul 16, 2017 3:54 pm", "2017-07-16"],
    ["Published 11:32 AM EDT May 8, 2018", "2018-05-08"],
    ["By Robert Sargent on February 22, 2011", "2011-02-22"],
    ["Updated: Tuesday, March 3, 2015", "2015-03-03"],
    ["2018-05-07", "2018-05-07"],
  ])("%j is a dateline of %s", (line, date) => {
    expect(datelineDate(line, english)).toBe(date);
  });

  it.each([
    ["The crowd at Fantasia in 2016", "a year alone is no day"],
    ["May 10", "a date without its year"],
    ["Obituary: John Smith (March 3, 1940 – May 7, 2018)", "two dates"],
    ["The council met on May 7, 2018 to vote on the new budget for the harbour district", "a line of prose"],
  ])("%j is not a dateline: %s", (line) => {
    expect(datelineDate(line, english)).toBeUndefined();
  });

  it("is looked for near the top, among lines that are not sentences", () => {
    const [dated, prose, disputed, declared] = sourcesOf({
      dated: "Charlie Russell dies at 76\nBy Neil Genzlinger\nMay 10, 2018\nCharlie Russell died on May 7 in Calgary.\n",
      prose: "Charlie Russell died on May 7 in Calgary.\nThe obituary ran on May 10, 2018.\n",
      disputed: "PUBLISHED DATETIME: 2016-01-12\nMay 10, 2018\nCharlie Russell died on May 7 in Calgary.\n",
      declared: " date 2018-05-09 Charlie Russell dies at 76\nMay 10, 2017\nCharlie Russell died on May 7 in Calgary.\n",
    });
    expect(readingDate(dated!, english)).toBe("2018-05-10");
    expect(readingDate(prose!, english), "a date in a sentence is no dateline").toBeUndefined();
    expect(readingDate(disputed!, english), "datelines of different years leave the year unknown").toBeUndefined();
    expect(readingDate(declared!, english), "a declared date stands").toBe("2018-05-09");
  });
});

describe("reading an undated article against its dateline", () => {
  const claim = "Charlie Russell died on May 7, 2018.";

  it("gives a date without a year the dateline's year, so it can state a claim's full date", () => {
    const corpus = corpusOf({ obituary: "Charlie Russell dies at 76\nMay 10, 2018\nCharlie Russell, a Canadian naturalist, died on May 7 in Calgary, Alberta.\n" });
    const verdict = judgeClaim(claimOf(claim), corpus);
    expect(verdict.verdict).toBe("supported");
    expect(verdict.evidence[0]).toMatchObject({ sourceId: "obituary", line: 3 });
  });

  it("leaves the year unsettled without a dateline, or where two disagree", () => {
    for (const text of [
      "Charlie Russell dies at 76\nCharlie Russell, a Canadian naturalist, died on May 7 in Calgary, Alberta.\n",
      "PUBLISHED DATETIME: 2016-01-12\nMay 10, 2018\nCharlie Russell, a Canadian naturalist, died on May 7 in Calgary, Alberta.\n",
    ]) {
      const verdict = judgeClaim(claimOf(claim), corpusOf({ obituary: text }));
      expect(verdict.verdict).toBe("unsourced");
      expect(verdict.reason).toContain("does not settle May 7, 2018");
    }
  });

  it("does not make the dateline a date for ordering sources: the source still has none", () => {
    const [source] = sourcesOf({ obituary: "May 10, 2018\nCharlie Russell died on May 7 in Calgary.\n" });
    expect(source!.date).toBeUndefined();
  });
});
