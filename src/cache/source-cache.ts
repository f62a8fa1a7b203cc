// The index cache: for each source article, what is slow to rebuild (its passages and their
// terms), stored under the SHA-256 of the article's text, so editing one article rebuilds that
// article alone. An entry is trusted only when the format and the version of the code that
// wrote it match, its content hash matches, and its shape checks out; anything else is parsed
// afresh and written again. Entries live in packs (pack.ts), written whole and renamed into
// place, so a reader never sees half of one.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Passage, Source } from "../types.js";
import { fitsPassages, termsOfSource, type SourceTerms } from "../match/index.js";
import { parseSource, type SourceText } from "../sources/parse.js";
import { CACHE_FORMAT, CACHE_VERSION } from "./fingerprint.js";
import { readPack, writePack, type Pack } from "./pack.js";

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
}

export interface SourceCacheOptions {
  /** The version entries are stamped with (default: the format, the tool's version and code). */
  version?: string;
  /** Told when the cache cannot be written. */
  onUnwritable?: (folder: string, error: unknown) => void;
}

/** More packs than this are merged into one when the cache is next saved. */
const MAX_PACKS = 8;

/** The passage fields an entry stores column by column; a passage with others is stored whole. */
const PASSAGE_FIELDS: ReadonlySet<string> = new Set(["sourceId", "index", "text", "heading", "line", "column", "endLine", "endColumn"]);
/** Numbers stored per passage: line, column, endLine, endColumn, heading (1 or 0). */
const GEOMETRY = 5;

/** One source's entry, as held between reading and saving. */
interface EntryData {
  hash: string;
  /** The source's metadata: its fields but id, file and passages. */
  meta: Record<string, string>;
  geometry: Int32Array;
  /** Per passage: its text, or null when it is its line's text from column to endColumn. */
  texts: (string | null)[];
  /** Whole passages, when they hold fields the columns above do not. */
  passages?: Passage[];
  terms: SourceTerms;
}

/** An entry as stored in a pack: `ids` index into the pack's vocabulary. */
interface StoredEntry extends Omit<EntryData, "terms"> {
  offsets: Uint32Array;
  ids: SourceTerms["ids"];
}

export class SourceCache {
  readonly folder: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, removed: 0, unwritable: 0 };
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

  constructor(folder: string, options: SourceCacheOptions = {}) {
    this.folder = folder;
    this.version = options.version ?? CACHE_VERSION;
    this.onUnwritable = options.onUnwritable;
  }

  /** Parses a source through the cache: from its entry when one is good, else parsed and kept for `save`. */
  parse(input: SourceText): Source {
    const hash = createHash("sha256").update(input.text).digest("hex");
    const data = this.live.get(hash) ?? this.read(hash);
    const cached = data && sourceFrom(data, input);
    if (data && cached) {
      this.stats.hits++;
      this.live.set(hash, data);
      this.termsById.set(cached.id, { ...data.terms, sourceId: cached.id });
      return cached;
    }
    if (data) {
      // The entry's passages do not fit the text it was filed under.
      this.stats.rejected++;
      this.untrusted = true;
    }
    this.stats.misses++;
    // Errors in the article (bad front matter) are thrown here, as without a cache, and never stored.
    const source = parseSource(input);
    const terms = termsOfSource(source);
    this.termsById.set(source.id, terms);
    this.live.set(hash, entryOf(source, terms, input.text, hash));
    this.fresh.add(hash);
    return source;
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
      const bytes = pack.entries.get(hash);
      if (!bytes) continue;
      const data = decodeEntry(bytes, pack.header.vocabulary, hash);
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

/** The entry for a freshly parsed source. */
function entryOf(source: Source, terms: SourceTerms, text: string, hash: string): EntryData {
  const { id: _id, file: _file, passages, ...meta } = source;
  const lines = new Lines(text);
  const whole = passages.some((p) => Object.keys(p).some((key) => !PASSAGE_FIELDS.has(key)));
  const geometry = new Int32Array(passages.length * GEOMETRY);
  const texts = passages.map((p, i) => {
    geometry.set([p.line, p.column, p.endLine, p.endColumn, p.heading ? 1 : 0], i * GEOMETRY);
    return lines.slice(p.line, p.column, p.endColumn) === p.text ? null : p.text;
  });
  return { hash, meta: meta as Record<string, string>, geometry, texts, ...(whole ? { passages } : {}), terms };
}

/** The source an entry describes, for this file; undefined when the entry does not fit its text. */
function sourceFrom(data: EntryData, input: SourceText): Source | undefined {
  const lines = new Lines(input.text);
  const passages: Passage[] = [];
  for (let i = 0; i < data.texts.length; i++) {
    const at = i * GEOMETRY;
    const line = data.geometry[at]!;
    const column = data.geometry[at + 1]!;
    const endColumn = data.geometry[at + 3]!;
    const text = data.texts[i] ?? lines.slice(line, column, endColumn);
    if (text === undefined) return undefined;
    const whole = data.passages?.[i];
    passages.push(
      whole
        ? { ...whole, sourceId: input.id }
        : { sourceId: input.id, index: i, text, heading: data.geometry[at + 4] === 1, line, column, endLine: data.geometry[at + 2]!, endColumn },
    );
  }
  return { id: input.id, file: input.file, ...data.meta, passages };
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
function decodeEntry(bytes: Buffer, vocabulary: readonly string[], hash: string): EntryData | undefined {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    return undefined;
  }
  if (!isStoredEntry(value) || value.hash !== hash) return undefined;
  const { offsets, ids, ...rest } = value;
  const terms: SourceTerms = { sourceId: "", vocabulary, offsets, ids };
  if (!fitsPassages(terms, value.texts.length)) return undefined;
  // Whether the passages fit the text they are cut from is checked as they are cut (sourceFrom).
  return { ...rest, terms };
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Partial<StoredEntry>;
  const count = Array.isArray(entry.texts) ? entry.texts.length : -1;
  return (
    typeof entry.hash === "string" &&
    typeof entry.meta === "object" &&
    entry.meta !== null &&
    !Array.isArray(entry.meta) &&
    Object.values(entry.meta).every((v) => typeof v === "string") &&
    count >= 0 &&
    entry.texts!.every((t) => t === null || typeof t === "string") &&
    entry.geometry instanceof Int32Array &&
    entry.geometry.length === count * GEOMETRY &&
    (entry.passages === undefined || (Array.isArray(entry.passages) && entry.passages.length === count && entry.passages.every(isPassage))) &&
    entry.offsets instanceof Uint32Array &&
    (entry.ids instanceof Uint16Array || entry.ids instanceof Uint32Array)
  );
}

function isPassage(value: unknown): value is Passage {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Partial<Passage>;
  return (
    typeof p.text === "string" &&
    typeof p.heading === "boolean" &&
    [p.index, p.line, p.column, p.endLine, p.endColumn].every((n) => typeof n === "number" && Number.isInteger(n))
  );
}

/** The article's lines as the parser numbers them (its text split at \n or \r\n, after a byte order mark). */
class Lines {
  private readonly body: string;
  /** Where each line found so far starts; a line ends where the next starts, or at the end of the text. */
  private readonly starts: number[] = [0];
  /** Every line has been found. */
  private complete = false;

  constructor(text: string) {
    this.body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  }

  /** The text of a one-line span (1-based line and columns), or undefined when there is none such. */
  slice(line: number, column: number, endColumn: number): string | undefined {
    const { body, starts } = this;
    if (line < 1) return undefined;
    // Lines are found once each, up to the start of the one after this: passages on the same
    // line do not scan it again.
    while (starts.length <= line && !this.complete) {
      const newline = body.indexOf("\n", starts[starts.length - 1]!);
      if (newline < 0) this.complete = true;
      else starts.push(newline + 1);
    }
    if (starts.length < line) return undefined;
    const start = starts[line - 1]!;
    let end = line < starts.length ? starts[line]! - 1 : body.length;
    if (end > start && body[end - 1] === "\r") end--;
    if (column < 1 || endColumn < column || start + endColumn - 1 > end) return undefined;
    return body.slice(start + column - 1, start + endColumn - 1);
  }
}
