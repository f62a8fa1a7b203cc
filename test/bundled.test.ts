// The bundled claims against the bundled sources: each verdict, and the sources its evidence
// comes from, as a careful reader finds them (claims/ballard.expected.yaml).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { check, Corpus } from "../src/check.js";
import { loadClaims } from "../src/claims/load.js";
import { loadSources } from "../src/sources/load.js";
import type { Verdict } from "../src/types.js";
import { english } from "./helpers/language.js";

const ROOT = join(import.meta.dirname, "..");
const expected = parse(readFileSync(join(ROOT, "claims", "ballard.expected.yaml"), "utf8")) as Record<string, { verdict: Verdict; sources?: string[] }>;
const report = check(loadClaims(["claims/ballard.yaml"], { cwd: ROOT }), new Corpus(loadSources(["sources"], { cwd: ROOT }), { language: english }));

/** Claims the judge does not get right yet, with what it lacks; each must still be wrong. */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  ["d13", "'fared well on Nikita' and 'roles, Nikita' say she starred in it only to a reader who knows what fares well on a show"],
  ["d23", "a cast list states who is in the cast; the judge reads 'stars' and 'part of the cast' as unrelated"],
]);

const STANCE: Partial<Record<Verdict, string>> = { supported: "supports", conflicting: "contradicts" };

describe("the bundled claims", () => {
  it("are all in the expected verdicts, and nothing else is", () => {
    expect(report.claims.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const claim of report.claims) {
    const want = expected[claim.id]!;
    const miss = KNOWN_MISSES.get(claim.id);
    (miss ? it.fails : it)(`${claim.id} "${claim.text}" is ${want.verdict}${miss ? ` (not yet: ${miss})` : ""}, from ${want.sources?.join(", ") ?? "no source"}`, () => {
      expect(claim.verdict).toBe(want.verdict);
      const stance = STANCE[want.verdict];
      if (stance) {
        const from = claim.evidence.filter((e) => e.stance === stance).map((e) => e.sourceId);
        expect(from.some((id) => want.sources!.some((prefix) => id === prefix || id.startsWith(`${prefix}_`)))).toBe(true);
      }
    });
  }

  it("has no claim reported supported that no source states", () => {
    const falseSupports = report.claims.filter((c) => c.verdict === "supported" && expected[c.id]!.verdict !== "supported");
    expect(falseSupports.map((c) => c.id)).toEqual([]);
  });
});
