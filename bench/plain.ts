// The plain approach the index is measured against: one fuse.js search over every passage of
// the corpus for each claim, its best matches handed to the same judge.
import Fuse from "fuse.js";
import type { Corpus } from "../src/check.js";
import type { FindCandidates } from "../src/judge/judge-claim.js";
import { type Candidate } from "../src/match/retrieve.js";

/** A candidate finder that searches every passage with fuse.js (built once, searched per claim). */
export function plainFinder(corpus: Corpus): FindCandidates {
  const passages = corpus.index.passages;
  // The options retrieve.ts gives fuse.js for its shortlist, here over the whole corpus.
  const fuse = new Fuse(
    passages.map((p) => p.text),
    { includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.6, useExtendedSearch: true },
  );
  return (_index, query, allowed) => {
    const pattern = query.words.map((w) => w.replace(/[|'"!^$=]/g, " ").trim()).filter(Boolean).join(" | ");
    if (!pattern) return [];
    const found: Candidate[] = [];
    for (const result of fuse.search(pattern)) {
      const passage = passages[result.refIndex]!;
      if (allowed && !allowed.has(passage.sourceId)) continue;
      found.push({ passageId: result.refIndex, passage, score: 1 - (result.score ?? 1) });
    }
    found.sort((a, b) => b.score - a.score || a.passageId - b.passageId);
    return found;
  };
}
