// The index cache: for each source article, what is slow to rebuild (where its sentences end,
// and their terms), stored under the SHA-256 of the article's text, so editing one article
// rebuilds that article alone. What a reader sees is never taken from the cache: every quote,
// line, column, date and title is read from the article itself, each run, and the cached cuts
// must fit that text. An entry is used only when its checksum, the version of the code that
// wrote it and its article's hash all match; anything else is parsed afresh and written again.
// Entries live in packs (pack.ts), written whole and renamed into place, so a reader never sees
// half of one.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Source } from "../types.js";
import { fitsPassages, type SourceTerms } from "../match/index.js";
import { readProse, sourceFromCuts, type Cuts, type SourceText } from "../sources/parse.js";
import { parseFresh, type Parsed } from "../threads/parse-ahead.js";
import { CACHE_FORMAT, CACHE_VERSION } from "./fingerprint.js";
import { readPack, sweepTemporaries, writePack, type Pack } from "./pack.js";

export interface CacheStats {
  /** Sources read from their entry. */
  hits: number;
  /** Sources parsed because they had no entry to trust. */
  misses: number;
  /** Entries or packs found but not trusted (corrupt, stale, of other content); their sources are parsed again. */
  rejected: number;
  /** Entries written by `save`. */
  written: number;
  /** Packs removed by `save`: superseded, stale or unreadable. */
  removed: number;
  /** Saves that failed (a read-only folder, a full disk); the run goes on without them. */
  unwritable: number;
  /** Temporary packs of runs that were killed, removed when the cache was opened. */
  swept: number;
}

export interface SourceCacheOptions {
  /** The version entries are stamped with (default: the format, the tool's version and code). */
  version?: string;
  /** Told when the cache cannot be written. */
  onUnwritable?: (folder: string, error: unknown) => void;
}

/** More packs than this are merged into one when the cache is next saved. */
const MAX_PACKS = 8;

/** One source's entry, as held between reading and saving. */
interface EntryData {
  hash: string;
  version: string;
  cuts: Cuts;
  terms: SourceTerms;
}

/** An entry as stored in a pack: `ids` index into the pack's vocabulary. */
interface StoredEntry {
  hash: string;
  version: string;
  cuts: Cuts;
  offsets: Uint32Array;
  ids: SourceTerms["ids"];
}

export class SourceCache {
  readonly folder: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, removed: 0, unwritable: 0, swept: 0 };
  private readonly version: string;
  private readonly onUnwritable: ((folder: string, error: unknown) => void) | undefined;
  /** Packs of this version, newest first; read on first use. */
  private packs: Pack[] | undefined;
  /** Every pack file found, good or not: what a merge replaces. */
  private packNames: string[] = [];
  /** A pack or an entry was not to be trusted: the next save merges it away. */
  private untrusted = false;
  /** The entries this run used, by content hash, and those among them parsed afresh. */
  private readonly live = new Map<string, EntryData>();
  private readonly fresh = new Set<string>();
  private readonly termsById = new Map<string, SourceTerms>();
  private readonly hashById = new Map<string, string>();

  constructor(folder: string, options: SourceCacheOptions = {}) {
    this.folder = folder;
    this.version = options.version ?? CACHE_VERSION;
    this.onUnwritable = options.onUnwritable;
  }

  /**
   * Parses a source through the cache: its prose is always read from the text; where its
   * sentences end, and their terms, come from its entry when a good one fits.
   */
  parse(input: SourceText, parsedElsewhere?: () => Parsed | undefined): Source {
    const hash = createHash("sha256").update(input.text).digest("hex");
    this.hashById.set(input.id, hash);
    // Metadata and prose come from the article; errors in it (bad front matter) are thrown here.
    const prose = readProse(input);
    const data = this.live.get(hash) ?? this.read(hash);
    const cached = data && sourceFromCuts(input, prose, data.cuts);
    if (data && cached && fitsPassages(data.terms, cached.passages.length)) {
      this.stats.hits++;
      this.live.set(hash, data);
      this.termsById.set(cached.id, { ...data.terms, sourceId: cached.id });
      return cached;
    }
    if (data) {
      // The entry's cuts do not fit the text it was filed under.
      this.stats.rejected++;
      this.untrusted = true;
    }
    this.stats.misses++;
    const { source, cuts, terms } = parseFresh(input, prose, parsedElsewhere?.());
    this.termsById.set(source.id, terms);
    this.live.set(hash, { hash, version: this.version, cuts, terms });
    this.fresh.add(hash);
    return source;
  }

  /** The SHA-256 of the text of the source with this id, as parsed through this cache. */
  hashOf(id: string): string | undefined {
    return this.hashById.get(id);
  }

  /** Whether the cache holds any entry of this version: a first run's has none. */
  hasEntries(): boolean {
    return this.openPacks().length > 0;
  }

  /** The terms of each given source parsed through this cache, for the index. */
  terms(sources: readonly Source[]): SourceTerms[] {
    const terms: SourceTerms[] = [];
    for (const source of sources) {
      const found = this.termsById.get(source.id);
      if (found) terms.push(found);
    }
    return terms;
  }

  /**
   * Writes the entries parsed since the cache was opened as a new pack. When packs pile up, or
   * one was not to be trusted, writes instead one pack of every entry this run used and removes
   * the rest.
   */
  save(): void {
    const merge = this.untrusted || (this.packs?.length ?? 0) >= MAX_PACKS;
    if (this.fresh.size === 0 && !merge) return;
    const hashes = merge ? [...this.live.keys()] : [...this.fresh];
    const folder = join(this.folder, "packs");
    try {
      mkdirSync(folder, { recursive: true });
      const { vocabulary, entries } = storeEntries(hashes.map((h) => this.live.get(h)!));
      writePack(folder, CACHE_FORMAT, this.version, vocabulary, entries);
      this.stats.written += hashes.length;
      if (merge) {
        for (const name of this.packNames) {
          rmSync(join(folder, name), { force: true });
          this.stats.removed++;
        }
      }
    } catch (error) {
      this.stats.unwritable++;
      this.onUnwritable?.(this.folder, error);
    }
    this.fresh.clear();
    this.packs = undefined;
    this.packNames = [];
    this.untrusted = false;
  }

  /** The entry for text with this hash, from the newest pack holding a good one. */
  private read(hash: string): EntryData | undefined {
    for (const pack of this.openPacks()) {
      if (!pack.has(hash)) continue;
      const bytes = pack.entry(hash);
      const data = bytes && decodeEntry(bytes, pack.header.vocabulary, hash, this.version);
      if (data) return data;
      this.stats.rejected++;
      this.untrusted = true;
    }
    return undefined;
  }

  private openPacks(): Pack[] {
    if (this.packs) return this.packs;
    const folder = join(this.folder, "packs");
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith(".pack"));
    } catch {
      // No cache yet.
    }
    this.packNames = names;
    this.packs = [];
    this.stats.swept += sweepTemporaries(folder);
    for (const name of names.sort().reverse()) {
      const pack = readPack(folder, name);
      if (pack && pack.header.format === CACHE_FORMAT && pack.header.version === this.version) {
        this.packs.push(pack);
      } else {
        // Unreadable, or written by another version: of no use, so merged away on save.
        this.stats.rejected++;
        this.untrusted = true;
      }
    }
    return this.packs;
  }
}

/** Entries as stored, with one vocabulary for all of them. */
function storeEntries(entries: readonly EntryData[]): { vocabulary: string[]; entries: Map<string, Buffer> } {
  const vocabulary: string[] = [];
  const idOf = new Map<string, number>();
  const mapped = entries.map(({ terms, ...rest }) => {
    const ids = new Uint32Array(terms.ids.length);
    terms.ids.forEach((local, k) => {
      const term = terms.vocabulary[local]!;
      let id = idOf.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        idOf.set(term, id);
        vocabulary.push(term);
      }
      ids[k] = id;
    });
    return { ...rest, offsets: terms.offsets, ids };
  });
  const wide = vocabulary.length > 0xffff;
  const stored = new Map<string, Buffer>();
  for (const entry of mapped) stored.set(entry.hash, serialize({ ...entry, ids: wide ? entry.ids : Uint16Array.from(entry.ids) } satisfies StoredEntry));
  return { vocabulary, entries: stored };
}

/** An entry read back, or undefined when it is not to be trusted. */
function decodeEntry(bytes: Buffer, vocabulary: readonly string[], hash: string, version: string): EntryData | undefined {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    return undefined;
  }
  if (!isStoredEntry(value) || value.hash !== hash || value.version !== version) return undefined;
  const { offsets, ids, cuts } = value;
  const terms: SourceTerms = { sourceId: "", vocabulary, offsets, ids };
  // Whether the cuts fit the text, and the terms the passages, is checked as the source is cut (parse).
  return { hash, version, cuts, terms };
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Partial<StoredEntry>;
  return (
    typeof entry.hash === "string" &&
    typeof entry.version === "string" &&
    entry.cuts instanceof Int32Array &&
    entry.offsets instanceof Uint32Array &&
    (entry.ids instanceof Uint16Array || entry.ids instanceof Uint32Array)
  );
}
