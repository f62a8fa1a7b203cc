// The index cache: for each source file, what is slow to rebuild (its passages and their
// terms), stored under the SHA-256 of the file's text. Editing one article rebuilds that
// article's entry alone. An entry is trusted only when its format, the version of the code that
// wrote it, its content hash and its shape all check out; anything else is parsed afresh and
// rewritten. Entries are written to a temporary file and renamed, so a reader never sees half
// of one.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Passage, Source } from "../types.js";
import { termsOfSource, type SourceTerms } from "../match/index.js";
import { parseSource, type SourceText } from "../sources/parse.js";
import { CACHE_FORMAT, CACHE_VERSION } from "./fingerprint.js";

export interface CacheStats {
  /** Sources read from their entry. */
  hits: number;
  /** Sources parsed because they had no entry. */
  misses: number;
  /** Entries found but not trusted (corrupt, stale, of other content), parsed again and rewritten. */
  rejected: number;
  /** Entries written. */
  written: number;
  /** Entries that could not be written; the run goes on without them. */
  unwritable: number;
}

export interface SourceCacheOptions {
  /** The version entries are stamped with (default: the format, tool version and code). */
  version?: string;
  /** Told once when an entry cannot be written (a read-only folder, a full disk). */
  onUnwritable?: (path: string, error: unknown) => void;
}

/** The passage fields an entry stores column by column; a passage with others is stored whole. */
const PASSAGE_FIELDS: ReadonlySet<string> = new Set(["sourceId", "index", "text", "heading", "line", "column", "endLine", "endColumn"]);
const GEOMETRY = 5;

/** What an entry file holds (v8-serialised: it loads faster than JSON, see the README). */
interface Entry {
  format: number;
  version: string;
  /** SHA-256 of the source's text. */
  hash: string;
  /** The source's metadata: every field but id, file and passages. */
  meta: Record<string, unknown>;
  /** Per passage: line, column, endLine, endColumn, heading (1 or 0). */
  geometry: Int32Array;
  /** Per passage: its text, or null when it is its line's text from column to endColumn. */
  texts: (string | null)[];
  /** Whole passages, for passages with fields the columns do not hold. */
  passages?: Passage[];
  /** The source's distinct terms; passage i holds vocabulary[ids[k]] for offsets[i] <= k < offsets[i + 1]. */
  vocabulary: string[];
  offsets: Uint32Array;
  ids: Uint16Array | Uint32Array;
}

export class SourceCache {
  readonly folder: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, unwritable: 0 };
  private readonly version: string;
  private readonly onUnwritable: ((path: string, error: unknown) => void) | undefined;
  private readonly termsById = new Map<string, SourceTerms>();

  constructor(folder: string, options: SourceCacheOptions = {}) {
    this.folder = folder;
    this.version = options.version ?? CACHE_VERSION;
    this.onUnwritable = options.onUnwritable;
  }

  /** Parses a source through the cache: from its entry when one is good, else parsed and stored. */
  parse(input: SourceText): Source {
    const hash = createHash("sha256").update(input.text).digest("hex");
    const path = this.entryPath(hash);
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(path);
    } catch {
      // No entry yet.
    }
    if (bytes) {
      const cached = decodeEntry(bytes, input, hash, this.version);
      if (cached) {
        this.stats.hits++;
        this.termsById.set(cached.source.id, cached.terms);
        return cached.source;
      }
      this.stats.rejected++;
    } else {
      this.stats.misses++;
    }
    // Errors in the article (bad front matter) are thrown here, as without a cache, and never stored.
    const source = parseSource(input);
    const terms = termsOfSource(source);
    this.termsById.set(source.id, terms);
    this.write(path, encodeEntry(source, terms, input.text, hash, this.version));
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

  /** Where the entry for text with this hash lives: 256 folders, so none grows too large. */
  entryPath(hash: string): string {
    return join(this.folder, "sources", hash.slice(0, 2), `${hash.slice(2)}.v8`);
  }

  private write(path: string, bytes: Buffer): void {
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(temporary, bytes);
      renameSync(temporary, path);
      this.stats.written++;
    } catch (error) {
      rmSync(temporary, { force: true });
      if (this.stats.unwritable++ === 0) this.onUnwritable?.(path, error);
    }
  }
}

function encodeEntry(source: Source, terms: SourceTerms, text: string, hash: string, version: string): Buffer {
  const { id: _id, file: _file, passages, ...meta } = source;
  const lines = bodyLines(text);
  const whole = passages.some((p) => Object.keys(p).some((key) => !PASSAGE_FIELDS.has(key)));
  const geometry = new Int32Array(passages.length * GEOMETRY);
  const texts = passages.map((p, i) => {
    geometry.set([p.line, p.column, p.endLine, p.endColumn, p.heading ? 1 : 0], i * GEOMETRY);
    return lineSlice(lines, p.line, p.column, p.endColumn) === p.text ? null : p.text;
  });
  const vocabulary: string[] = [];
  const local = new Map<string, number>();
  const offsets = new Uint32Array(passages.length + 1);
  const list: number[] = [];
  terms.passageTerms.forEach((passageTerms, i) => {
    for (const term of passageTerms) {
      let id = local.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        local.set(term, id);
        vocabulary.push(term);
      }
      list.push(id);
    }
    offsets[i + 1] = list.length;
  });
  const entry: Entry = {
    format: CACHE_FORMAT,
    version,
    hash,
    meta,
    geometry,
    texts,
    ...(whole ? { passages } : {}),
    vocabulary,
    offsets,
    ids: vocabulary.length <= 0xffff ? Uint16Array.from(list) : Uint32Array.from(list),
  };
  return serialize(entry);
}

/** The source and terms an entry holds, or undefined when it is not to be trusted. */
function decodeEntry(bytes: Buffer, input: SourceText, hash: string, version: string): { source: Source; terms: SourceTerms } | undefined {
  let entry: unknown;
  try {
    entry = deserialize(bytes);
  } catch {
    return undefined;
  }
  if (!isEntry(entry) || entry.format !== CACHE_FORMAT || entry.version !== version || entry.hash !== hash) return undefined;
  const count = entry.texts.length;
  const lines = bodyLines(input.text);
  const passages: Passage[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * GEOMETRY;
    const [line, column, endLine, endColumn, heading] = [entry.geometry[at]!, entry.geometry[at + 1]!, entry.geometry[at + 2]!, entry.geometry[at + 3]!, entry.geometry[at + 4]!];
    const text = entry.texts[i] ?? lineSlice(lines, line, column, endColumn);
    if (text === undefined) return undefined;
    const whole = entry.passages?.[i];
    passages.push(whole ? { ...whole, sourceId: input.id } : { sourceId: input.id, index: i, text, heading: heading === 1, line, column, endLine, endColumn });
  }
  const passageTerms: string[][] = [];
  for (let i = 0; i < count; i++) {
    const terms: string[] = [];
    for (let k = entry.offsets[i]!; k < entry.offsets[i + 1]!; k++) {
      const term = entry.vocabulary[entry.ids[k]!];
      if (term === undefined) return undefined;
      terms.push(term);
    }
    passageTerms.push(terms);
  }
  const source = { id: input.id, file: input.file, ...entry.meta, passages } as Source;
  return { source, terms: { sourceId: input.id, passageTerms } };
}

/** Checks the shape of what was read back; the numbers in it are checked as they are used. */
function isEntry(value: unknown): value is Entry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Partial<Entry>;
  const count = Array.isArray(entry.texts) ? entry.texts.length : -1;
  return (
    typeof entry.format === "number" &&
    typeof entry.version === "string" &&
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
    Array.isArray(entry.vocabulary) &&
    entry.vocabulary.every((t) => typeof t === "string") &&
    entry.offsets instanceof Uint32Array &&
    entry.offsets.length === count + 1 &&
    (entry.ids instanceof Uint16Array || entry.ids instanceof Uint32Array) &&
    entry.offsets.every((o, i, all) => o <= entry.ids!.length && (i === 0 ? o === 0 : o >= all[i - 1]!))
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

/** The article's lines as the parser numbers them. */
function bodyLines(text: string): string[] {
  return (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r?\n/);
}

/** The text of a one-line span (1-based line and columns), or undefined when there is none such. */
function lineSlice(lines: readonly string[], line: number, column: number, endColumn: number): string | undefined {
  const text = lines[line - 1];
  if (text === undefined || column < 1 || endColumn < column || endColumn - 1 > text.length) return undefined;
  return text.slice(column - 1, endColumn - 1);
}
