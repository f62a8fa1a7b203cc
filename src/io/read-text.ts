// Reads a user's file as UTF-8 text, refusing what is not: a folder, binary data, bad bytes,
// a file too large, or a path that leads outside the project.
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../types.js";

export const READ_LIMITS = Object.freeze({
  /** Largest claims file read, in bytes. */
  claimsFileBytes: 20 * 1024 * 1024,
  /** Largest source article read, in bytes. */
  sourceFileBytes: 20 * 1024 * 1024,
});

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The path as users should see it: relative to the working folder, with forward slashes. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/**
 * Resolves a path the user gave and checks that it stays inside the project root, following
 * symbolic links, so that a claims file or config from a pull request cannot read elsewhere.
 */
export function resolveInside(root: string, path: string, shown: string, folder = "the project folder"): string {
  const absolute = resolve(root, path);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // A path that does not exist is reported by whoever reads it.
  }
  const realRoot = safeRealpath(root);
  const rel = relative(realRoot, real);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError({ file: shown }, `a path inside ${folder}; it leads outside it, so it is not read`);
  }
  return real;
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Reads a text file; `what` names the kind of file expected, for the error message. */
export function readText(path: string, shown: string, what: string, limit: number): string {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Opened once and asked about through the handle: one lookup of the path, not two. Without
    // blocking, so that a named pipe is refused below rather than waited on.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputError({ file: shown }, `${what}, but this is a folder`);
    if (!stats.isFile()) throw new InputError({ file: shown }, `${what}, but this is not a regular file`);
    if (stats.size > limit) throw tooLarge(shown, what, limit, stats.size);
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file: shown }, `${what}; ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeText(bytes, shown, what, limit);
}

/** Bytes as UTF-8 text, refusing binary data, bad bytes and more than `limit` bytes. */
export function decodeText(bytes: Buffer, shown: string, what: string, limit: number): string {
  // A file may have grown since it was measured.
  if (bytes.length > limit) throw tooLarge(shown, what, limit, bytes.length);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError({ file: shown, ...lineOf(bytes, nul) }, `${what} as text, but it holds binary data (a zero byte)`);
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, "0")}`;
    throw new InputError({ file: shown, ...lineOf(bytes, bad) }, `${what} encoded as UTF-8; byte ${hex} here is not UTF-8 (save the file as UTF-8)`);
  }
}

function tooLarge(shown: string, what: string, limit: number, size: number): InputError {
  return new InputError({ file: shown }, `${what} of at most ${formatBytes(limit)}; it is ${formatBytes(size)} (raise the limit with --max-file-size)`);
}

/** The line and column of a byte, the column counted in characters as elsewhere. */
function lineOf(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length - 1;
  }
  return 0;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "it does not exist";
    case "EACCES":
    case "EPERM":
      return "it cannot be read (permission denied)";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ELOOP":
      return "it is a loop of symbolic links";
    default:
      return `it cannot be read (${code ?? String(error)})`;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
