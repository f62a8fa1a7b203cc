// A pack: one file holding many cache entries, so that a run reads and writes a few large
// files rather than one small file per article (creating ten thousand files costs seconds).
//
//   "CCPACK1\n"  u32 (little-endian) header length  header  entry  entry ...
//
// The header (v8-serialised) holds the format and version the pack was written by, a vocabulary
// the entries' term ids index into, and each entry's content hash, offset and length. Every part
// is checked when read; a pack or an entry that fails a check is not used.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

const MAGIC = Buffer.from("CCPACK1\n", "latin1");
const PREFIX = MAGIC.length + 4;

export interface PackHeader {
  format: number;
  version: string;
  vocabulary: string[];
  entries: { hash: string; offset: number; length: number }[];
}

export interface Pack {
  /** The file name, within the packs folder. */
  name: string;
  header: PackHeader;
  /** The entries' bytes, by content hash. */
  entries: Map<string, Buffer>;
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
  const entries = new Map<string, Buffer>();
  for (const { hash, offset, length } of header.entries) {
    if (offset + length > data.length) return undefined;
    entries.set(hash, data.subarray(offset, offset + length));
  }
  return { name, header, entries };
}

/** Writes a pack under a fresh name (a temporary file renamed into place) and returns the name. */
export function writePack(folder: string, format: number, version: string, vocabulary: string[], entries: ReadonlyMap<string, Buffer>): string {
  const table: PackHeader["entries"] = [];
  let offset = 0;
  for (const [hash, bytes] of entries) {
    table.push({ hash, offset, length: bytes.length });
    offset += bytes.length;
  }
  const header = serialize({ format, version, vocabulary, entries: table } satisfies PackHeader);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  // Names sort by the time they were written: a later pack's entries win.
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
        Number.isSafeInteger((e as { offset?: unknown }).offset) &&
        Number.isSafeInteger((e as { length?: unknown }).length) &&
        (e as { offset: number }).offset >= 0 &&
        (e as { length: number }).length >= 0,
    )
  );
}
