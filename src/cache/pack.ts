// A pack: one file holding many cache entries, so that a run reads and writes a few large
// files rather than one small file per article (creating ten thousand files costs seconds).
//
//   "CCPACK2\n"  u32 (little-endian) header length  header  entry  entry ...
//
// The header (v8-serialised) holds the format and version the pack was written by, a vocabulary
// the entries' term ids index into, and for each entry the SHA-256 of its article's text, its
// offset, length and checksum: the SHA-256 of the version, that hash and the entry's bytes. A
// pack or an entry that fails a check is not used.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

const MAGIC = Buffer.from("CCPACK2\n", "latin1");
const PREFIX = MAGIC.length + 4;
const TEMPORARY = ".pack.tmp";
/** A temporary pack this old was left by a run that died: a write takes seconds, not hours. */
const STALE_AFTER_MS = 60 * 60 * 1000;

export interface PackEntry {
  hash: string;
  offset: number;
  length: number;
  checksum: string;
}

export interface PackHeader {
  format: number;
  version: string;
  vocabulary: string[];
  entries: PackEntry[];
}

export interface Pack {
  /** The file name, within the packs folder. */
  name: string;
  header: PackHeader;
  /** Whether the pack holds an entry for text with this hash. */
  has(hash: string): boolean;
  /** An entry's bytes, by its text's hash; undefined when they do not match their checksum. */
  entry(hash: string): Buffer | undefined;
}

/** The checksum of an entry: over the version that wrote it, its article's hash and its bytes. */
export function entryChecksum(version: string, hash: string, bytes: Uint8Array): string {
  return createHash("sha256").update(version).update("\0").update(hash).update("\0").update(bytes).digest("hex");
}

/** Reads a pack, or returns undefined when the file is not a whole, well-formed pack. */
export function readPack(folder: string, name: string): Pack | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(folder, name));
  } catch {
    return undefined;
  }
  if (bytes.length < PREFIX || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  if (PREFIX + headerLength > bytes.length) return undefined;
  let header: unknown;
  try {
    header = deserialize(bytes.subarray(PREFIX, PREFIX + headerLength));
  } catch {
    return undefined;
  }
  if (!isHeader(header)) return undefined;
  const data = bytes.subarray(PREFIX + headerLength);
  const table = new Map<string, PackEntry>();
  for (const entry of header.entries) {
    if (entry.offset + entry.length > data.length) return undefined;
    table.set(entry.hash, entry);
  }
  const { version } = header;
  return {
    name,
    header,
    has: (hash) => table.has(hash),
    entry(hash) {
      const found = table.get(hash);
      if (!found) return undefined;
      const entryBytes = data.subarray(found.offset, found.offset + found.length);
      return entryChecksum(version, hash, entryBytes) === found.checksum ? entryBytes : undefined;
    },
  };
}

/** Writes a pack under a fresh name (a temporary file renamed into place) and returns the name. */
export function writePack(folder: string, format: number, version: string, vocabulary: string[], entries: ReadonlyMap<string, Buffer>): string {
  const table: PackEntry[] = [];
  let offset = 0;
  for (const [hash, bytes] of entries) {
    table.push({ hash, offset, length: bytes.length, checksum: entryChecksum(version, hash, bytes) });
    offset += bytes.length;
  }
  const header = serialize({ format, version, vocabulary, entries: table } satisfies PackHeader);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Names sort by the time they were written: a later pack's entries win. The writer's process
  // id is in the name, so a temporary file of a run that died can be told from a live one's.
  const name = `${Date.now().toString(36).padStart(10, "0")}-${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 10)}.pack`;
  const temporary = join(folder, `${name}.tmp`);
  try {
    writeFileSync(temporary, Buffer.concat([MAGIC, length, header, ...entries.values()]));
    renameSync(temporary, join(folder, name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return name;
}

/**
 * Removes temporary packs left by runs that were killed before they could clean up: those whose
 * writer is no longer running, and any older than an hour. Returns how many were removed.
 */
export function sweepTemporaries(folder: string, isRunning: (pid: number) => boolean = processIsRunning, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(TEMPORARY));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number.parseInt(/^[0-9a-z]+-([0-9a-z]+)-/.exec(name)?.[1] ?? "", 36);
    const path = join(folder, name);
    try {
      const stale = !Number.isSafeInteger(pid) || !isRunning(pid) || now - statSync(path).mtimeMs > STALE_AFTER_MS;
      if (!stale) continue;
      rmSync(path, { force: true });
      removed++;
    } catch {
      // Renamed or removed by its writer meanwhile.
    }
  }
  return removed;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isHeader(value: unknown): value is PackHeader {
  if (typeof value !== "object" || value === null) return false;
  const header = value as Partial<PackHeader>;
  return (
    typeof header.format === "number" &&
    typeof header.version === "string" &&
    Array.isArray(header.vocabulary) &&
    header.vocabulary.every((term) => typeof term === "string") &&
    Array.isArray(header.entries) &&
    header.entries.every(
      (e: unknown) =>
        typeof e === "object" &&
        e !== null &&
        typeof (e as { hash?: unknown }).hash === "string" &&
        typeof (e as { checksum?: unknown }).checksum === "string" &&
        Number.isSafeInteger((e as { offset?: unknown }).offset) &&
        Number.isSafeInteger((e as { length?: unknown }).length) &&
        (e as { offset: number }).offset >= 0 &&
        (e as { length: number }).length >= 0,
    )
  );
}
