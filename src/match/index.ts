// An inverted index from terms to passages. A claim touches only the postings of its rarer
// terms, so cost per claim follows how specific the claim is, not how large the corpus is.
// Terms are numbered and both directions (passage → terms, term → passages) are packed into
// typed arrays: an archive of a few hundred thousand passages then costs a few megabytes and
// no per-passage objects beyond the passages themselves.
import type { Passage, Source } from "../types.js";
import { indexTerms, isContent, NUMBER_TERM, type Token } from "../text/tokenize.js";
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
  /** 16 bits a term where the vocabulary is small enough (as the cache stores them). */
  ids: Uint16Array | Uint32Array;
}

/** The terms a passage is found by: content-word stems and numbers. */
export function passageTerms(tokens: readonly Token[]): string[] {
  const terms = new Set<string>();
  for (const token of tokens) {
    if (isContent(token)) terms.add(token.term);
    else if (token.kind === "number") {
      terms.add(token.norm);
      terms.add(NUMBER_TERM);
    }
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
  private vocabularyByLength: { byFirst: Map<number, Bucket>; bySecond: Map<number, Bucket> } | undefined;
  /** Bitsets over passages, for the terms in more than one passage in DENSE_FRACTION. */
  private readonly dense = new Map<number, Uint32Array>();
  private marks: PassageMarks | undefined;
  /** Scratch space for `topByTerms`: its tables of every mask. */
  private readonly tables = { tags: new Int32Array(1 << TABLE_BITS), sums: new Float64Array(1 << TABLE_BITS) };

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
    // Plain loops over locals: this runs once for every term of every passage.
    const { sourceStart, passageStart, termIds, vocabulary } = this;
    for (let s = 0; s < sources.length; s++) {
      const source = sources[s]!;
      const { offsets, ids, vocabulary: words } = perSource[s]!;
      let global = idsByVocabulary.get(words);
      if (!global) {
        global = new Int32Array(words.length).fill(-1);
        idsByVocabulary.set(words, global);
      }
      const start = passages.length;
      for (let i = 0; i < source.passages.length; i++) {
        const id = passages.length;
        passages.push(source.passages[i]!);
        sourceStart[id] = start;
        passageStart[id] = filled;
        const end = offsets[i + 1]!;
        for (let k = offsets[i]!; k < end; k++) {
          const local = ids[k]!;
          let termId = global[local]!;
          if (termId === -1) {
            const term = words[local]!;
            termId = termIds.get(term) ?? -1;
            if (termId === -1) {
              termId = vocabulary.length;
              termIds.set(term, termId);
              vocabulary.push(term);
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
      }
    }
    passageStart[passages.length] = filled;
    if (filled < passageTermIds.length) passageTermIds = passageTermIds.slice(0, filled);
    this.passageTermIds = passageTermIds;

    // Postings by counting sort: filled in passage order, so each list comes out ascending.
    const vocabularySize = vocabulary.length;
    const postingStart = new Int32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) postingStart[t + 1] = postingStart[t]! + frequency[t]!;
    const next = postingStart.slice(0, vocabularySize);
    const postingIds = new Int32Array(filled);
    for (let p = 0; p < passages.length; p++) {
      const end = passageStart[p + 1]!;
      for (let k = passageStart[p]!; k < end; k++) postingIds[next[passageTermIds[k]!]!++] = p;
    }
    this.postingStart = postingStart;
    this.postingIds = postingIds;
    // The commonest terms also get a bitset over passages: asking whether a passage holds one
    // then costs a bit, not a walk through tens of thousands of postings.
    const denseFrom = passages.length < DENSE_MIN_PASSAGES ? Infinity : passages.length / DENSE_FRACTION;
    for (let t = 0; t < vocabularySize; t++) {
      if (frequency[t]! < denseFrom) continue;
      const bits = new Uint32Array((passages.length + 31) >>> 5);
      for (let k = this.postingStart[t]!; k < this.postingStart[t + 1]!; k++) {
        const p = this.postingIds[k]!;
        bits[p >>> 5]! |= 1 << (p & 31);
      }
      this.dense.set(t, bits);
    }
    this.passages = passages;
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  get size(): number {
    return this.passages.length;
  }

  /** The number a term goes by in the index, or -1 when no passage holds it. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
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
    return this.addTermsOf(passageId, new Set<string>());
  }

  /** Adds a passage's terms to a set (in the order `termsOf` lists them) and returns the set. */
  addTermsOf(passageId: number, terms: Set<string>): Set<string> {
    if (passageId < 0 || passageId >= this.passages.length) return terms;
    for (let k = this.passageStart[passageId]!; k < this.passageStart[passageId + 1]!; k++) terms.add(this.vocabulary[this.passageTermIds[k]!]!);
    return terms;
  }

  /**
   * The `count` best of the candidates by term score, highest first and then lowest id. A
   * passage's term score is the sum over `alternatives` (one list per claim term, in claim
   * order) of the idf of the first alternative it holds, times that claim term's weight (1
   * unless `weights` says otherwise). The same list, to the last bit, as
   * scoring each candidate term by term and sorting them all; but which terms a candidate holds
   * is mostly known already from gathering it (`PassageSet.addPostings`), the commonest terms
   * are read from their bitsets, and only the rest walk their postings.
   */
  topByTerms(candidates: PassageSet, alternatives: readonly (readonly string[])[], count: number, weights: readonly number[] = []): ScoredPassage[] {
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
        pairIdf.push(this.idf(term) * (weights[q] ?? 1));
        pairId.push(id);
      }),
    );
    if (pairId.length > 31 || !(candidates instanceof PassageMarks)) {
      return bestOf(ids, (p) => this.plainTermScore(p, alternatives, weights), count);
    }
    const sumBits = (mask: number): number => {
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

    // Each pair is found through a tag (its term's postings were walked: when gathering, or
    // here) or through its term's bitset.
    const pairsOfTag: number[] = [];
    const denseFlags: number[] = [];
    const denseBits: Uint32Array[] = [];
    for (let bit = 0; bit < pairId.length; bit++) {
      const id = pairId[bit]!;
      let tag = candidates.tagOf(id);
      if (tag < 0) {
        const bits = this.dense.get(id);
        const df = this.postingStart[id + 1]! - this.postingStart[id]!;
        if (bits && ids.length < 2 * df) {
          denseFlags.push(1 << bit);
          denseBits.push(bits);
          continue;
        }
        tag = candidates.tagPostings(id, this.postingIds.subarray(this.postingStart[id]!, this.postingStart[id + 1]!));
        if (tag < 0) return bestOf(ids, (p) => this.plainTermScore(p, alternatives, weights), count);
      }
      pairsOfTag[tag] = (pairsOfTag[tag] ?? 0) | (1 << bit);
    }
    // With few tags or pairs, masks translate and sum through tables, worked out the same way.
    const tags = candidates.tagCount;
    const translate = (tagMask: number): number => {
      let mask = 0;
      for (let rest = tagMask; rest !== 0; rest &= rest - 1) mask |= pairsOfTag[31 - Math.clz32(rest & -rest)] ?? 0;
      return mask;
    };
    // The tables are scratch space kept between calls: every entry read is written first.
    let tagTable: Int32Array | undefined;
    if (tags <= TABLE_BITS) {
      tagTable = this.tables.tags;
      for (let m = 0; m < 1 << tags; m++) tagTable[m] = translate(m);
    }
    let sumTable: Float64Array | undefined;
    if (pairId.length <= TABLE_BITS) {
      sumTable = this.tables.sums;
      for (let m = 0; m < 1 << pairId.length; m++) sumTable[m] = sumBits(m);
    }

    const best = new Best(count);
    const tagsOf = candidates.tags();
    for (let i = 0; i < ids.length; i++) {
      const p = ids[i]!;
      const tagged = tagsOf[i]!;
      let mask = tagTable ? tagTable[tagged]! : translate(tagged);
      for (let d = 0; d < denseBits.length; d++) if ((denseBits[d]![p >>> 5]! >>> (p & 31)) & 1) mask |= denseFlags[d]!;
      best.offer(p, sumTable ? sumTable[mask]! : sumBits(mask));
    }
    return best.top;
  }

  /** The term score as defined: each claim term's first alternative the passage holds. */
  private plainTermScore(passageId: number, alternatives: readonly (readonly string[])[], weights: readonly number[]): number {
    let score = 0;
    for (let q = 0; q < alternatives.length; q++) {
      const hit = alternatives[q]!.find((term) => this.hasTerm(passageId, term));
      if (hit !== undefined) score += this.idf(hit) * (weights[q] ?? 1);
    }
    return score;
  }

  /**
   * An empty set of passage ids, for gathering candidates: it adds in constant time without
   * hashing, and lists its ids in the order added. Valid until the next call.
   */
  passageSet(): PassageSet {
    this.marks ??= new PassageMarks(this);
    return this.marks.fresh();
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
    const mask = letterMask(term);
    // An edit changes at most two bits of the letter mask: a cheap test before the real one.
    const close = (bucket: Bucket, i: number) => popcount(mask ^ bucket.masks[i]!) <= 2 * limit && withinEditDistance(term, bucket.terms[i]!, limit);
    for (let length = term.length - limit; length <= term.length + limit; length++) {
      // A candidate shares the first letter or the second; each is listed once.
      const first = byFirst.get(bucketKey(length, term.charCodeAt(0)));
      for (let i = 0; first && i < first.terms.length; i++) if (close(first, i)) near.push(first.terms[i]!);
      const second = bySecond.get(bucketKey(length, term.charCodeAt(1)));
      for (let i = 0; second && i < second.terms.length; i++) if (second.terms[i]![0] !== term[0] && close(second, i)) near.push(second.terms[i]!);
    }
    return near.sort();
  }

  /** The vocabulary by length and first letter, and by length and second letter. */
  private termsByLength(): { byFirst: Map<number, Bucket>; bySecond: Map<number, Bucket> } {
    if (!this.vocabularyByLength) {
      const byFirst = new Map<number, Bucket>();
      const bySecond = new Map<number, Bucket>();
      const add = (map: Map<number, Bucket>, key: number, term: string, mask: number) => {
        let bucket = map.get(key);
        if (!bucket) map.set(key, (bucket = { terms: [], masks: [] }));
        bucket.terms.push(term);
        bucket.masks.push(mask);
      };
      for (const term of this.vocabulary) {
        const mask = letterMask(term);
        add(byFirst, bucketKey(term.length, term.charCodeAt(0)), term, mask);
        add(bySecond, bucketKey(term.length, term.charCodeAt(1)), term, mask);
      }
      this.vocabularyByLength = { byFirst, bySecond };
    }
    return this.vocabularyByLength;
  }
}

/** The bucket of terms of one length with this code unit in a given place (NaN past the end: a bucket of its own). */
function bucketKey(length: number, codeUnit: number): number {
  return length * 0x10000 + codeUnit;
}

/** Vocabulary terms of one length sharing a letter, with their letter masks. */
interface Bucket {
  terms: string[];
  masks: number[];
}

/** Which of 32 classes of code unit a word holds (a code unit's class: its value mod 32). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Terms in more than one passage in this many get a bitset (it is then no larger than their postings). */
const DENSE_FRACTION = 32;
/** Nor in corpora of fewer passages than this, where walking postings costs next to nothing. */
const DENSE_MIN_PASSAGES = 4096;

/** Masks of at most this many bits translate and sum through tables of every value. */
const TABLE_BITS = 12;

export interface ScoredPassage {
  id: number;
  score: number;
}

/** The `count` best ids by score, highest first and then lowest id. */
function bestOf(ids: ArrayLike<number>, scoreOf: (passageId: number) => number, count: number): ScoredPassage[] {
  const best = new Best(count);
  for (let i = 0; i < ids.length; i++) best.offer(ids[i]!, scoreOf(ids[i]!));
  return best.top;
}

/** The best passages offered so far, at most `count`, highest score first and then lowest id. */
class Best {
  readonly top: ScoredPassage[] = [];

  constructor(private readonly count: number) {}

  offer(id: number, score: number): void {
    const { top, count } = this;
    if (top.length === count) {
      if (count === 0) return;
      const last = top[count - 1]!;
      if (score < last.score || (score === last.score && id > last.id)) return;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && (score > top[at - 1]!.score || (score === top[at - 1]!.score && id < top[at - 1]!.id))) at--;
    top.splice(at, 0, { id, score });
  }
}

export interface PassageSet {
  readonly size: number;
  add(passageId: number): void;
  /** Adds every passage holding the term, or those of them `keep` accepts. */
  addPostings(term: string, keep?: (passageId: number) => boolean): void;
  has(passageId: number): boolean;
  /** The ids added, in the order first added. */
  ids(): Int32Array;
}

/**
 * Two numbers a passage, side by side so that both are read together: a generation stamp (the
 * passage is in the set when its stamp is the current generation) and its place in the list of
 * ids. Each term whose postings were walked into the set gets a tag (a bit, up to 31 of them);
 * beside each id in the list, the tags of the terms it holds, so that `topByTerms` need not look
 * those terms up, and reads the tags in list order.
 */
class PassageMarks implements PassageSet {
  private readonly slots: Int32Array;
  private generation = 0;
  private added: Int32Array<ArrayBuffer> = new Int32Array(256);
  private addedTags: Int32Array<ArrayBuffer> = new Int32Array(256);
  /** Term ids by tag. */
  private readonly tagged: number[] = [];
  size = 0;

  constructor(private readonly index: PassageIndex) {
    this.slots = new Int32Array(2 * index.size);
  }

  fresh(): this {
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.slots.fill(0);
      this.generation = 1;
    }
    this.size = 0;
    this.tagged.length = 0;
    return this;
  }

  add(passageId: number): void {
    this.addTagged(passageId, 0);
  }

  addPostings(term: string, keep?: (passageId: number) => boolean): void {
    const postings = this.index.postingsOf(term);
    const termId = this.index.termId(term);
    // Tagged only when every passage holding the term is in the set.
    const flag = termId >= 0 && !keep && this.tagged.length < 31 && this.tagOf(termId) < 0 ? 1 << this.tagged.length : 0;
    if (flag) this.tagged.push(termId);
    for (let k = 0; k < postings.length; k++) {
      const p = postings[k]!;
      if (!keep || keep(p)) this.addTagged(p, flag);
    }
  }

  has(passageId: number): boolean {
    return this.slots[2 * passageId] === this.generation;
  }

  ids(): Int32Array {
    return this.added.subarray(0, this.size);
  }

  /** The tags of each id, in the order of `ids`. */
  tags(): Int32Array {
    return this.addedTags.subarray(0, this.size);
  }

  get tagCount(): number {
    return this.tagged.length;
  }

  /** The tag of a term whose postings were all walked, or -1. */
  tagOf(termId: number): number {
    return this.tagged.indexOf(termId);
  }

  /** Tags the passages of the set among these postings (all of a term's) and returns the tag, or -1 when none is left. */
  tagPostings(termId: number, postings: Int32Array): number {
    if (this.tagged.length >= 31) return -1;
    const flag = 1 << this.tagged.length;
    this.tagged.push(termId);
    for (let k = 0; k < postings.length; k++) {
      const p = postings[k]!;
      if (this.slots[2 * p] === this.generation) this.addedTags[this.slots[2 * p + 1]!]! |= flag;
    }
    return this.tagged.length - 1;
  }

  private addTagged(passageId: number, flag: number): void {
    const at = 2 * passageId;
    if (this.slots[at] === this.generation) {
      this.addedTags[this.slots[at + 1]!]! |= flag;
      return;
    }
    this.slots[at] = this.generation;
    this.slots[at + 1] = this.size;
    if (this.size === this.added.length) {
      this.added = grow(this.added, 0);
      this.addedTags = grow(this.addedTags, 0);
    }
    this.added[this.size] = passageId;
    this.addedTags[this.size++] = flag;
  }
}

function grow(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2).fill(fill);
  larger.set(array);
  return larger;
}
