// Which claims --changed-since checks, decided without git or disk: the changes come in as data.
import { describe, expect, it } from "vitest";
import { selectChangedClaims } from "../src/changes/select-claims.js";
import { parseClaims } from "../src/claims/parse.js";
import type { Changes } from "../src/types.js";
import { corpusOf } from "./helpers/corpus.js";

const NOW = [
  "claims:",
  "  - id: premiere",
  "    text: Ballard premiered on July 9.",
  "    note: edited only here",
  "  - id: episodes",
  "    text: The first season of Ballard has 9 episodes.",
  "  - id: born",
  "    text: Maggie Q was born in Honolulu.",
  "",
].join("\n");
const THEN = NOW.replace("has 9 episodes", "has 8 episodes").replace("    note: edited only here\n", "");

const corpus = corpusOf({
  premiere: "Ballard premiered on July 9 on Amazon Prime Video.",
  episodes: "The first season of Ballard has 10 episodes.",
});
const claims = parseClaims({ file: "claims/c.yaml", text: NOW });

function changes(more: Partial<Changes>): Changes {
  return { revision: "main", commit: "0".repeat(40), claimsBefore: new Map(), sourcesNow: new Set(), sourcesBefore: [], ...more };
}

function selected(more: Partial<Changes>): { checked: string[]; skipped: string[] } {
  const { checked, skipped } = selectChangedClaims(claims, corpus, changes(more));
  return { checked: checked.map((c) => c.id), skipped: skipped.map((c) => c.id) };
}

describe("selectChangedClaims", () => {
  it("skips every claim of a claims file that did not change", () => {
    expect(selected({})).toEqual({ checked: [], skipped: ["premiere", "episodes", "born"] });
  });

  it("checks a claim whose text changed, not one whose note alone did", () => {
    expect(selected({ claimsBefore: new Map([["claims/c.yaml", THEN]]) })).toEqual({ checked: ["episodes"], skipped: ["premiere", "born"] });
  });

  it("checks every claim of a file that did not exist then, or that did not parse", () => {
    expect(selected({ claimsBefore: new Map([["claims/c.yaml", undefined]]) }).checked).toEqual(["premiere", "episodes", "born"]);
    expect(selected({ claimsBefore: new Map([["claims/c.yaml", "claims: [oops"]]) }).checked).toEqual(["premiere", "episodes", "born"]);
  });

  it("checks the claims a changed source bears on as it is now", () => {
    expect(selected({ sourcesNow: new Set(["sources/episodes.txt"]) }).checked).toEqual(["episodes"]);
  });

  it("checks the claims a source bore on as it was then, though it no longer does", () => {
    const before = [{ file: "sources/bio.txt", text: "Maggie Q was born in Honolulu, Hawaii." }];
    expect(selected({ sourcesBefore: before }).checked).toEqual(["born"]);
  });

  it("checks a claim citing a changed source, and one citing a source that is gone", () => {
    const cited = parseClaims({
      file: "claims/d.yaml",
      text: "- id: cited\n  text: Ballard was renewed.\n  cites: [episodes]\n- id: lost\n  text: Ballard was renewed.\n  cites: [gone]\n- id: other\n  text: Ballard was renewed.\n  cites: [premiere]\n",
    });
    const { checked } = selectChangedClaims(cited, corpus, changes({ sourcesNow: new Set(["sources/episodes.txt"]) }));
    expect(checked.map((c) => c.id)).toEqual(["cited", "lost"]);
  });
});
