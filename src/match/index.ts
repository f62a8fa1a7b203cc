// An inverted index from terms to passages. A claim touches only the postings of its rarer
// terms, so cost per claim follows how specific the claim is, not how large the corpus is.
// Terms are numbered and both directions (passage → terms, term → passages) are packed into
// typed arrays: an archive of a few hundred thousand passages then costs a few megabytes and
// no per-passage objects beyond the passages themselves.
import type { Passage, Source } from "../types.js";
import { indexTerms, isContent, type Token } from "../text/tokenize.js";
import { withinEditDistance } from "./edit-distance.js";

/**
 * The terms of one source's passages: what the index cache stores per source file. Packed:
 * passage i holds `vocabulary[ids[k]]` for `offsets[i] <= k < offsets[i + 1]`. Sources read
 * together may share one vocabulary array, so the index looks each of its words up once.
 */
export interface SourceTerms {
  sourceId: string;
  vocabulary: readonly string[];
  offsets: Uint32Array;
  ids: Uint32Array;
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
  return packTerms(source.id, source.passages.map((p) => indexTerms(p.text)));
}

/** Packs each passage's list of distinct terms. */
export function packTerms(sourceId: string, perPassage: readonly (readonly string[])[]): SourceTerms {
  const vocabulary: string[] = [];
  const local = new Map<string, number>();
  const offsets = new Uint32Array(perPassage.length + 1);
  let ids = new Uint32Array(64);
  let count = 0;
  perPassage.forEach((terms, i) => {
    for (const term of terms) {
      let id = local.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        local.set(term, id);
        vocabulary.push(term);
      }
      if (count === ids.length) {
        const larger = new Uint32Array(ids.length * 2);
        larger.set(ids);
        ids = larger;
      }
      ids[count++] = id;
    }
    offsets[i + 1] = count;
  });
  return { sourceId, vocabulary, offsets, ids: ids.slice(0, count) };
}

/** The terms of one passage, unpacked. */
export function termsAt(terms: SourceTerms, passage: number): string[] {
  const list: string[] = [];
  for (let k = terms.offsets[passage]!; k < terms.offsets[passage + 1]!; k++) list.push(terms.vocabulary[terms.ids[k]!]!);
  return list;
}

/** Whether packed terms fit a source of `passages` passages: offsets in order, ids in range. */
export function fitsPassages(terms: SourceTerms, passages: number): boolean {
  const { offsets, ids, vocabulary } = terms;
  if (offsets.length !== passages + 1 || offsets[0] !== 0 || offsets[passages]! > ids.length) return false;
  for (let i = 1; i <= passages; i++) if (offsets[i]! < offsets[i - 1]!) return false;
  for (let k = 0; k < offsets[passages]!; k++) if (ids[k]! >= vocabulary.length) return false;
  return true;
}

export class PassageIndex {
  readonly passages: readonly Passage[];
  readonly sources: ReadonlyMap<string, Source>;
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  /** The term ids of passage p are `passageTermIds[passageStart[p] .. passageStart[p + 1])`. */
  private readonly passageStart: Int32Array;
  private readonly passageTermIds: Int32Array;
  /** The passages holding term t, ascending, are `postingIds[postingStart[t] .. postingStart[t + 1])`. */
  private readonly postingStart: Int32Array;
  private readonly postingIds: Int32Array;
  /** For each passage, the global id of its source's first passage. */
  private readonly sourceStart: Int32Array;
  private vocabularyByLength: { byFirst: Map<string, string[]>; bySecond: Map<string, string[]> } | undefined;
  private termMaskScratch: Int32Array | undefined;
  private passageMaskScratch: Int32Array | undefined;
  private marks: PassageMarks | undefined;

  constructor(sources: readonly Source[], terms?: readonly SourceTerms[]) {
    const byId = new Map(terms?.map((t) => [t.sourceId, t]));
    const perSource = sources.map((source) => {
      const supplied = byId.get(source.id);
      return supplied && fitsPassages(supplied, source.passages.length) ? supplied : termsOfSource(source);
    });
    const passages: Passage[] = [];
    let termCount = 0;
    for (const packed of perSource) termCount += packed.offsets[packed.offsets.length - 1]!;

    this.sourceStart = new Int32Array(sources.reduce((n, source) => n + source.passages.length, 0));
    this.passageStart = new Int32Array(this.sourceStart.length + 1);
    let passageTermIds = new Int32Array(termCount);
    let frequency = new Int32Array(1024);
    // The last passage each term was seen in: a passage counts a term once, however often listed.
    let lastSeen = new Int32Array(1024).fill(-1);
    // For each vocabulary array, its words' ids here: a shared vocabulary is looked up once.
    const idsByVocabulary = new Map<readonly string[], Int32Array>();
    let filled = 0;
    sources.forEach((source, s) => {
      const start = passages.length;
      const packed = perSource[s]!;
      let global = idsByVocabulary.get(packed.vocabulary);
      if (!global) {
        global = new Int32Array(packed.vocabulary.length).fill(-1);
        idsByVocabulary.set(packed.vocabulary, global);
      }
      source.passages.forEach((passage, i) => {
        const id = passages.length;
        passages.push(passage);
        this.sourceStart[id] = start;
        this.passageStart[id] = filled;
        for (let k = packed.offsets[i]!; k < packed.offsets[i + 1]!; k++) {
          const local = packed.ids[k]!;
          let termId = global[local]!;
          if (termId === -1) {
            const term = packed.vocabulary[local]!;
            termId = this.termIds.get(term) ?? -1;
            if (termId === -1) {
              termId = this.vocabulary.length;
              this.termIds.set(term, termId);
              this.vocabulary.push(term);
              if (termId >= frequency.length) {
                frequency = grow(frequency, 0);
                lastSeen = grow(lastSeen, -1);
              }
            }
            global[local] = termId;
          }
          if (lastSeen[termId] === id) continue;
          lastSeen[termId] = id;
          frequency[termId]!++;
          passageTermIds[filled++] = termId;
        }
      });
    });
    this.passageStart[passages.length] = filled;
    if (filled < passageTermIds.length) passageTermIds = passageTermIds.slice(0, filled);
    this.passageTermIds = passageTermIds;

    // Postings by counting sort: filled in passage order, so each list comes out ascending.
    const vocabularySize = this.vocabulary.length;
    this.postingStart = new Int32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) this.postingStart[t + 1] = this.postingStart[t]! + frequency[t]!;
    const next = this.postingStart.slice(0, vocabularySize);
    this.postingIds = new Int32Array(filled);
    for (let p = 0; p < passages.length; p++) {
      for (let k = this.passageStart[p]!; k < this.passageStart[p + 1]!; k++) this.postingIds[next[passageTermIds[k]!]!++] = p;
    }
    this.passages = passages;
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  get size(): number {
    return this.passages.length;
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postingStart[id + 1]! - this.postingStart[id]!;
  }

  /** Inverse document frequency, over passages: rare terms say more. */
  idf(term: string): number {
    return Math.log(1 + this.passages.length / (1 + this.documentFrequency(term)));
  }

  hasTerm(passageId: number, term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined || passageId < 0 || passageId >= this.passages.length) return false;
    for (let k = this.passageStart[passageId]!; k < this.passageStart[passageId + 1]!; k++) if (this.passageTermIds[k] === id) return true;
    return false;
  }

  termsOf(passageId: number): ReadonlySet<string> {
    const terms = new Set<string>();
    if (passageId < 0 || passageId >= this.passages.length) return terms;
    for (let k = this.passageStart[passageId]!; k < this.passageStart[passageId + 1]!; k++) terms.add(this.vocabulary[this.passageTermIds[k]!]!);
    return terms;
  }

  /**
   * The `count` best of the candidates by term score, highest first and then lowest id. A
   * passage's term score is the sum over `alternatives` (one list per claim term, in claim
   * order) of the idf of the first alternative it holds. The same list, to the last bit, as
   * scoring every candidate and sorting them all; but the commonest terms are looked up only for
   * the candidates that could still make the list.
   */
  topByTerms(candidates: PassageSet, alternatives: readonly (readonly string[])[], count: number): ScoredPassage[] {
    const ids = candidates.ids();
    // The (claim term, alternative) pairs the corpus holds, in claim order. Bit b of a passage's
    // mask says it holds pair b; adding the idf of each claim term's first set bit, in bit
    // order, adds the same numbers in the same order as asking term by term.
    const pairTerm: number[] = [];
    const pairIdf: number[] = [];
    const pairId: number[] = [];
    alternatives.forEach((list, q) =>
      list.forEach((term) => {
        const id = this.termIds.get(term);
        if (id === undefined) return;
        pairTerm.push(q);
        pairIdf.push(this.idf(term));
        pairId.push(id);
      }),
    );
    if (pairId.length > 31) return bestOf(ids, (p) => this.plainTermScore(p, alternatives), count);
    const sumOf = (mask: number): number => {
      let score = 0;
      let lastTerm = -1;
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        if (pairTerm[bit] === lastTerm) continue;
        lastTerm = pairTerm[bit]!;
        score += pairIdf[bit]!;
      }
      return score;
    };

    // Rarer terms are resolved by walking their postings; the commonest are left open.
    const masks = this.passageMasks();
    let resolved = 0;
    pairId.forEach((id, bit) => {
      const from = this.postingStart[id]!;
      const to = this.postingStart[id + 1]!;
      if (to - from > RESOLVE_FACTOR * ids.length) return;
      resolved |= 1 << bit;
      for (let k = from; k < to; k++) {
        const p = this.postingIds[k]!;
        if (candidates.has(p)) masks[p]! |= 1 << bit;
      }
    });
    // A claim term counts as known only when all of its alternatives are resolved.
    let known = 0;
    const openBest = new Map<number, number>();
    pairTerm.forEach((q, bit) => {
      if (!(resolved & (1 << bit))) openBest.set(q, Math.max(openBest.get(q) ?? 0, pairIdf[bit]!));
    });
    pairTerm.forEach((q, bit) => {
      if (!openBest.has(q)) known |= 1 << bit;
    });
    const open = ((1 << pairId.length) - 1) & ~known;

    let top: ScoredPassage[];
    if (open === 0) {
      top = bestOf(ids, (p) => sumOf(masks[p]!), count);
    } else {
      // Lower bound: the known terms alone. Upper bound: as if it held every open term too.
      let openMost = 0;
      for (const idf of openBest.values()) openMost += idf;
      const floor = countthLargest(ids, (p) => sumOf(masks[p]! & known), count);
      const margin = 1e-9 * (1 + floor);
      const maskOf = this.termMasks();
      pairId.forEach((id, bit) => {
        if (open & (1 << bit)) maskOf[id]! |= 1 << bit;
      });
      const survivors: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        const p = ids[i]!;
        if (sumOf(masks[p]! & known) + openMost < floor - margin) continue;
        let mask = masks[p]! & known;
        for (let k = this.passageStart[p]!, end = this.passageStart[p + 1]!; k < end; k++) mask |= maskOf[this.passageTermIds[k]!]!;
        masks[p] = mask;
        survivors.push(p);
      }
      for (const id of pairId) maskOf[id] = 0;
      top = bestOf(survivors, (p) => sumOf(masks[p]!), count);
    }
    for (let i = 0; i < ids.length; i++) masks[ids[i]!] = 0;
    return top;
  }

  /** The term score as defined: each claim term's first alternative the passage holds. */
  private plainTermScore(passageId: number, alternatives: readonly (readonly string[])[]): number {
    let score = 0;
    for (const list of alternatives) {
      const hit = list.find((term) => this.hasTerm(passageId, term));
      if (hit !== undefined) score += this.idf(hit);
    }
    return score;
  }

  /**
   * An empty set of passage ids, for gathering candidates: it adds in constant time without
   * hashing, and lists its ids in the order added. Valid until the next call.
   */
  passageSet(): PassageSet {
    this.marks ??= new PassageMarks(this.passages.length);
    return this.marks.fresh();
  }

  /** Scratch space for `topByTerms`, one entry a term, all zero between calls. */
  private termMasks(): Int32Array {
    this.termMaskScratch ??= new Int32Array(this.vocabulary.length);
    return this.termMaskScratch;
  }

  /** Scratch space for `topByTerms`, one entry a passage, all zero between calls. */
  private passageMasks(): Int32Array {
    this.passageMaskScratch ??= new Int32Array(this.passages.length);
    return this.passageMaskScratch;
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

  /** The passages holding a term, ascending. */
  postingsOf(term: string): Int32Array {
    const id = this.termIds.get(term);
    return id === undefined ? new Int32Array(0) : this.postingIds.subarray(this.postingStart[id]!, this.postingStart[id + 1]!);
  }

  /**
   * Corpus terms a misspelt claim term may stand for ("balard" → "ballard"): within one edit
   * for short words, two for long ones. Only consulted for terms the corpus lacks.
   */
  nearTerms(term: string): string[] {
    if (term.length < 4 || /\d/.test(term)) return [];
    const limit = term.length >= 8 ? 2 : 1;
    const near: string[] = [];
    const { byFirst, bySecond } = this.termsByLength();
    for (let length = term.length - limit; length <= term.length + limit; length++) {
      // A candidate shares the first letter or the second; each is listed once.
      for (const candidate of byFirst.get(`${length}:${term[0]}`) ?? []) {
        if (withinEditDistance(term, candidate, limit)) near.push(candidate);
      }
      for (const candidate of bySecond.get(`${length}:${term[1]}`) ?? []) {
        if (candidate[0] !== term[0] && withinEditDistance(term, candidate, limit)) near.push(candidate);
      }
    }
    return near.sort();
  }

  /** The vocabulary by length and first letter, and by length and second letter. */
  private termsByLength(): { byFirst: Map<string, string[]>; bySecond: Map<string, string[]> } {
    if (!this.vocabularyByLength) {
      const byFirst = new Map<string, string[]>();
      const bySecond = new Map<string, string[]>();
      const add = (map: Map<string, string[]>, key: string, term: string) => {
        const bucket = map.get(key);
        if (bucket) bucket.push(term);
        else map.set(key, [term]);
      };
      for (const term of this.vocabulary) {
        add(byFirst, `${term.length}:${term[0]}`, term);
        add(bySecond, `${term.length}:${term[1]}`, term);
      }
      this.vocabularyByLength = { byFirst, bySecond };
    }
    return this.vocabularyByLength;
  }
}

/**
 * A term is looked up through its postings when they are at most this many times as long as
 * the candidate list; a commoner one, through the passages that could still make the list.
 */
const RESOLVE_FACTOR = 4;

export interface ScoredPassage {
  id: number;
  score: number;
}

/** The `count` best ids by score, highest first and then lowest id. */
function bestOf(ids: ArrayLike<number>, scoreOf: (passageId: number) => number, count: number): ScoredPassage[] {
  const top: ScoredPassage[] = [];
  if (count <= 0) return top;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const score = scoreOf(id);
    if (top.length === count) {
      const last = top[count - 1]!;
      if (score < last.score || (score === last.score && id > last.id)) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && (score > top[at - 1]!.score || (score === top[at - 1]!.score && id < top[at - 1]!.id))) at--;
    top.splice(at, 0, { id, score });
  }
  return top;
}

/** The `count`-th largest score among the ids; minus infinity when there are fewer. */
function countthLargest(ids: ArrayLike<number>, scoreOf: (passageId: number) => number, count: number): number {
  if (ids.length < count || count <= 0) return -Infinity;
  const top = new Float64Array(count).fill(-Infinity);
  for (let i = 0; i < ids.length; i++) {
    const score = scoreOf(ids[i]!);
    if (score <= top[count - 1]!) continue;
    let at = count - 1;
    while (at > 0 && score > top[at - 1]!) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = score;
  }
  return top[count - 1]!;
}

export interface PassageSet {
  readonly size: number;
  add(passageId: number): void;
  has(passageId: number): boolean;
  /** The ids added, in the order first added. */
  ids(): Int32Array;
}

/** One generation stamp a passage: a passage is in the current set when its stamp is current. */
class PassageMarks implements PassageSet {
  private readonly stamps: Uint32Array;
  private generation = 0;
  private added: Int32Array<ArrayBuffer> = new Int32Array(256);
  size = 0;

  constructor(passages: number) {
    this.stamps = new Uint32Array(passages);
  }

  fresh(): this {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    this.size = 0;
    return this;
  }

  add(passageId: number): void {
    if (this.stamps[passageId] === this.generation) return;
    this.stamps[passageId] = this.generation;
    if (this.size === this.added.length) this.added = grow(this.added, 0);
    this.added[this.size++] = passageId;
  }

  has(passageId: number): boolean {
    return this.stamps[passageId] === this.generation;
  }

  ids(): Int32Array {
    return this.added.subarray(0, this.size);
  }
}

function grow(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2).fill(fill);
  larger.set(array);
  return larger;
}
