// Reads source folders from disk. The parsing itself is pure (parse.ts); this is the edge.
import { readdirSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, sep } from "node:path";
import { InputError, InputErrors, type SkippedSource, type Source } from "../types.js";
import { describeFsError, displayPath, READ_LIMITS, readText, resolveInside } from "../io/read-text.js";
import { emptySource, parseSource, type SourceText } from "./parse.js";

export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".text", ".md", ".markdown"]);

export interface LoadSourcesOptions {
  cwd: string;
  /** When set (folders from a config file), folders may not lead outside this folder. */
  root?: string | undefined;
  maxFileBytes?: number;
  /** Told of each file in a sources folder that is not read (not a text source). */
  onSkip?: (file: string, why: string) => void;
  /**
   * Told of each source that cannot be read or parsed (binary, not UTF-8, bad front matter…);
   * the others are read on. Without it, such a source stops the load with an InputErrors.
   */
  onProblem?: (skipped: SkippedSource) => void;
  /** Turns a file's text into a Source (default parseSource); the index cache stands in here. */
  parse?: (input: SourceText) => Source;
  /** Told of every article read, in order, before any is parsed (to share out the parsing). */
  prepare?: (inputs: readonly SourceText[]) => void;
}

/**
 * A source's id: its path in its sources folder, without the extension, with forward slashes
 * ("2025-03/index" for sources/2025-03/index.md).
 */
export function sourceIdOf(folder: string, file: string): string {
  const path = relative(folder, file);
  return path.slice(0, path.length - extname(path).length).split(sep).join("/");
}

/** Reads every source article in the given folders, in a stable order. */
export function loadSources(folders: readonly string[], options: LoadSourcesOptions): Source[] {
  const { cwd, root } = options;
  const errors: InputError[] = [];
  const report = (error: unknown, id: string, file: string) => {
    if (!(error instanceof InputError)) throw error;
    if (options.onProblem) options.onProblem({ id, file: displayPath(cwd, file), error });
    else errors.push(error);
  };
  // Every article is read before any is parsed, so `prepare` sees them all; each one's errors are
  // still reported in the order of the files, as if it were read and parsed in turn.
  const found: ({ id: string; file: string; read: SourceText | InputError } | { folder: readonly InputError[] })[] = [];
  for (const folder of folders) {
    const shown = displayPath(cwd, folder);
    try {
      const absolute = resolveFrom(cwd, folder);
      const real = root === undefined ? absolute : resolveInside(root, absolute, shown);
      const files = listSourceFiles(real, shown, options);
      if (files.length === 0) {
        throw new InputError({ file: shown }, `a folder holding source articles (${[...SOURCE_EXTENSIONS].join(", ")}); it has none`);
      }
      for (const { path: file, link } of files) {
        const id = sourceIdOf(real, file);
        try {
          // A file in the folder may be a link, but it may not lead out of the folder. A plain
          // file found by walking the folder's own subfolders is inside it already.
          const path = link ? resolveInside(real, file, displayPath(cwd, file), `the sources folder "${shown}"`) : file;
          found.push({ id, file, read: readSourceText(path, file, id, options) });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          found.push({ id, file, read: error });
        }
      }
    } catch (error) {
      if (error instanceof InputErrors) found.push({ folder: error.errors });
      else if (error instanceof InputError) found.push({ folder: [error] });
      else throw error;
    }
  }
  options.prepare?.(found.flatMap((entry) => ("read" in entry && !(entry.read instanceof InputError) ? [entry.read] : [])));
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  for (const entry of found) {
    if ("folder" in entry) {
      errors.push(...entry.folder);
      continue;
    }
    const { id, file, read } = entry;
    try {
      const earlier = seen.get(id);
      if (earlier) throw new InputError({ file: displayPath(cwd, file) }, `a source id not used before; "${id}" is also ${earlier}`);
      if (read instanceof InputError) throw read;
      const source = (options.parse ?? parseSource)(read);
      if (source.passages.length === 0) throw emptySource(read.file);
      seen.set(id, source.file);
      sources.push(source);
    } catch (error) {
      report(error, id, file);
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return sources;
}

function resolveFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

function readSourceText(real: string, file: string, id: string, options: LoadSourcesOptions): SourceText {
  const shown = displayPath(options.cwd, file);
  return { id, file: shown, text: readText(real, shown, "a source article", options.maxFileBytes ?? READ_LIMITS.sourceFileBytes) };
}

interface SourceFile {
  path: string;
  /** A symbolic link: where it leads is checked before it is read. */
  link: boolean;
}

/**
 * Source files below a folder, sorted by path so every run reads them in the same order. The
 * walk enters real subfolders only, never links to folders.
 */
function listSourceFiles(folder: string, shown: string, options: LoadSourcesOptions): SourceFile[] {
  let stats;
  try {
    stats = statSync(folder);
  } catch (error) {
    throw new InputError({ file: shown }, `a folder of source articles; ${describeFsError(error)}`);
  }
  if (!stats.isDirectory()) throw new InputError({ file: shown }, "a folder of source articles, but this is a file");
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError({ file: displayPath(options.cwd, dir) }, `a readable folder; ${describeFsError(error)}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push({ path, link: entry.isSymbolicLink() });
      else options.onSkip?.(displayPath(options.cwd, path), `not a text source (${[...SOURCE_EXTENSIONS].join(", ")})`);
    }
  };
  walk(folder);
  return files;
}
