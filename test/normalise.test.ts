// Digits and case are normalised before anything reads them: a claim written in capitals, with
// a lower-case month or with full-width or Arabic-Indic digits says what it says in ASCII.
import { describe, expect, it } from "vitest";
import { judgeClaim } from "../src/check.js";
import { claimOf, corpusOf } from "./helpers/corpus.js";

const corpus = corpusOf({ "a.txt": " date 2025-07-17 Ballard premiered on July 9 on Amazon Prime Video.\n" });
const verdictOf = (text: string) => judgeClaim(claimOf(text), corpus).verdict;

describe("digits and case", () => {
  it.each([
    ["a lower-case month", "Ballard premiered on july 9."],
    ["a claim in capitals", "BALLARD PREMIERED ON JULY 9."],
    ["a full-width digit", "Ballard premiered on July \uff19."],
    ["an Arabic-Indic digit", "Ballard premiered on July \u0669."],
  ])("read as written in ASCII: %s is supported", (_, claim) => {
    expect(verdictOf(claim)).toBe("supported");
  });

  it("a wrong figure in full-width digits is a conflict, not dropped", () => {
    const verdict = judgeClaim(claimOf("Ballard premiered on July \uff11\uff19."), corpus);
    expect(verdict.verdict).toBe("conflicting");
    expect(verdict.reason).toContain("claim says July 19");
  });
});
