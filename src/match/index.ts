// An inverted index from terms to passages. A claim touches only the postings of its rarer
// terms, so cost per claim follows how specific the claim is, not how large the corpus is.
import type { Passage, Source } from "../types.js";
import { isContent, tokenize, type Token } from "../text/tokenize.js";
import { withinEditDistance } from "./edit-distance.js";

/** The terms of one source's passages: what the index cache stores per source file. */
export interface SourceTerms {
  sourceId: string;
  /** For each passage, its distinct terms. */
  passageTerms: string[][];
}

/** The terms a passage is found by: content-word stems and numbers. */
export function passageTerms(tokens: readonly Token[]): string[] {
  const terms = new Set<string>();
  for (const token of tokens) {
    if (isContent(token)) terms.add(token.term);
    else if (token.kind === "number") terms.add(token.norm);
  }
  return [...terms];
}

export function termsOfSource(source: Source): SourceTerms {
  return { sourceId: source.id, passageTerms: source.passages.map((p) => passageTerms(tokenize(p.text))) };
}

export class PassageIndex {
  readonly passages: readonly Passage[];
  readonly sources: ReadonlyMap<string, Source>;
  private readonly postings = new Map<string, number[]>();
  private readonly termSets: ReadonlyArray<ReadonlySet<string>>;
  private readonly vocabularyByLength = new Map<number, string[]>();
  /** For each passage, the global id of its source's first passage. */
  private readonly sourceStart: readonly number[];

  constructor(sources: readonly Source[], terms: readonly SourceTerms[] = sources.map(termsOfSource)) {
    const byId = new Map(terms.map((t) => [t.sourceId, t]));
    const passages: Passage[] = [];
    const termSets: Set<string>[] = [];
    const sourceStart: number[] = [];
    for (const source of sources) {
      const start = passages.length;
      const sourceTerms = byId.get(source.id)?.passageTerms ?? termsOfSource(source).passageTerms;
      source.passages.forEach((passage, i) => {
        const id = passages.length;
        passages.push(passage);
        sourceStart.push(start);
        const set = new Set(sourceTerms[i] ?? []);
        termSets.push(set);
        for (const term of set) {
          const list = this.postings.get(term);
          if (list) list.push(id);
          else this.postings.set(term, [id]);
        }
      });
    }
    for (const term of this.postings.keys()) {
      const bucket = this.vocabularyByLength.get(term.length);
      if (bucket) bucket.push(term);
      else this.vocabularyByLength.set(term.length, [term]);
    }
    this.passages = passages;
    this.termSets = termSets;
    this.sourceStart = sourceStart;
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  get size(): number {
    return this.passages.length;
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse document frequency, over passages: rare terms say more. */
  idf(term: string): number {
    return Math.log(1 + this.passages.length / (1 + this.documentFrequency(term)));
  }

  hasTerm(passageId: number, term: string): boolean {
    return this.termSets[passageId]?.has(term) ?? false;
  }

  termsOf(passageId: number): ReadonlySet<string> {
    return this.termSets[passageId] ?? new Set();
  }

  /** Global ids of the passages within `radius` of this one in the same source, itself excluded. */
  neighbours(passageId: number, radius: number): number[] {
    const first = this.sourceStart[passageId] ?? passageId;
    const ids: number[] = [];
    for (let id = Math.max(first, passageId - radius); id <= passageId + radius && id < this.passages.length; id++) {
      if (id !== passageId && this.sourceStart[id] === first) ids.push(id);
    }
    return ids;
  }

  /** Global id of the first passage of this passage's source. */
  firstOfSource(passageId: number): number {
    return this.sourceStart[passageId] ?? passageId;
  }

  postingsOf(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /**
   * Corpus terms a misspelt claim term may stand for ("balard" → "ballard"): within one edit
   * for short words, two for long ones. Only consulted for terms the corpus lacks.
   */
  nearTerms(term: string): string[] {
    if (term.length < 4 || /\d/.test(term)) return [];
    const limit = term.length >= 8 ? 2 : 1;
    const near: string[] = [];
    for (let length = term.length - limit; length <= term.length + limit; length++) {
      for (const candidate of this.vocabularyByLength.get(length) ?? []) {
        if (candidate[0] !== term[0] && candidate[1] !== term[1]) continue;
        if (withinEditDistance(term, candidate, limit)) near.push(candidate);
      }
    }
    return near.sort();
  }
}
