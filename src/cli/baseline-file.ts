// Reading and writing the baseline file. In the file, claims files are named relative to the
// baseline's own folder, so it holds wherever the run starts; in the run, as the run shows them.
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { parseBaseline, serializeBaseline } from "../baseline/file-format.js";
import type { PathIn } from "../config/settings.js";
import { displayPath, readText, resolveInside } from "../io/read-text.js";
import { InputError, type Baseline } from "../types.js";
import { resolveOutputFile } from "./output-file.js";

/** Where `claimcheck baseline` writes, unless -o or the config names another file. */
export const DEFAULT_BASELINE = ".claimcheck-baseline.json";

export interface BaselineFileOptions {
  /** The working folder: the file is shown relative to it. */
  cwd: string;
  /** The folder the run's claims files are named relative to. */
  claimsBase: string;
}

export interface LoadedBaseline {
  /** The file, as shown to users. */
  file: string;
  baseline: Baseline;
}

/** Reads and validates a baseline file; a missing, huge or malformed one is an InputError. */
export function readBaselineFile(where: PathIn, { cwd, claimsBase, maxFileBytes }: BaselineFileOptions & { maxFileBytes: number }): LoadedBaseline {
  const absolute = resolve(where.base, where.path);
  const file = displayPath(cwd, absolute);
  const real = where.root === undefined ? absolute : resolveInside(where.root, absolute, file);
  const what = "a baseline file (JSON, as claimcheck baseline writes it)";
  const { entries } = parseBaseline({ file, text: readText(real, file, what, maxFileBytes) });
  const folder = dirname(absolute);
  return { file, baseline: { entries: entries.map((entry) => ({ ...entry, file: displayPath(claimsBase, resolve(folder, entry.file)) })) } };
}

/** Writes a baseline through a temporary file, so a reader never sees half of one; returns the file as shown. */
export function writeBaselineFile(where: PathIn, baseline: Baseline, { cwd, claimsBase }: BaselineFileOptions): string {
  const target = resolveOutputFile(where.base, where.path, where.root);
  const file = displayPath(cwd, target);
  const folder = dirname(target);
  const entries = baseline.entries.map((entry) => ({ ...entry, file: relative(folder, resolve(claimsBase, entry.file)).split(sep).join("/") }));
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, serializeBaseline({ entries }));
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError({ file }, `a writable baseline file; ${(error as Error).message}`);
  }
  return file;
}
