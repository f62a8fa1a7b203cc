// Reads from git what changed since a revision, for --changed-since: which claims files and
// source files differ from it now (committed or not, tracked or not), and what they held then.
// The edge of the run: which claims that makes worth checking is decided in changes/.
import { realpathSync } from "node:fs";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { STDIN_NAME } from "../claims/load.js";
import { displayPath } from "../io/read-text.js";
import { SOURCE_EXTENSIONS } from "../sources/load.js";
import { InputError, type Changes } from "../types.js";
import { checkRevisionSyntax, GitFailure, runGit } from "./run-git.js";

export interface ChangesSinceOptions {
  /** The working folder: git looks for the repository from here. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The run's claims files, as named, and the folder they are named relative to (and shown). */
  claims: { files: readonly string[]; base: string };
  /** The run's source folders, as named, and the folder they are named relative to (and shown). */
  sources: { folders: readonly string[]; base: string };
  /** Largest file read back from the revision; a larger one counts as all new. */
  maxFileBytes: number;
}

/** What differs between `revision` and the working folder, for the claims and sources of a run. */
export function changesSince(revision: string, options: ChangesSinceOptions): Changes {
  checkRevisionSyntax(revision);
  const { cwd, env } = options;
  const root = repositoryRoot(cwd, env);
  const commit = commitOf(revision, root, env);
  // git names files from the repository's real folder: paths are compared through real folders.
  const claimsBase = realpathSync(options.claims.base);
  const sourcesBase = realpathSync(options.sources.base);
  const inRepository = (base: string, path: string): string => {
    const rel = relative(root, resolve(base, path));
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new InputError({ file: displayPath(cwd, resolve(base, path)) }, `a path inside the git repository (${root}) to compare with --changed-since`);
    }
    return rel.split(sep).join("/");
  };
  const shownSource = (gitPath: string) => relative(sourcesBase, join(root, gitPath)).split(sep).join("/");
  // Claims read from standard input have no history: every one of them is new.
  const fromStdin = options.claims.files.includes("-");
  const claims = options.claims.files
    .filter((file) => file !== "-")
    .map((file) => ({ file: displayPath(options.claims.base, file), gitPath: inRepository(claimsBase, file) }));
  const pathspecs = [...claims.map((c) => c.gitPath), ...options.sources.folders.map((folder) => inRepository(sourcesBase, folder))].map((p) => (p === "" ? "." : p));

  const git: Git = (args, more = {}) => {
    try {
      return runGit(args, { cwd: root, env, ...more });
    } catch (error) {
      if (error instanceof GitFailure) {
        throw new InputError({}, `git to compare the working folder with ${JSON.stringify(revision)} for --changed-since; it failed: ${error.message}`);
      }
      throw error;
    }
  };
  const edited = new Set(nulSeparated(git(["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", commit, "--", ...pathspecs])));
  const added = new Set(nulSeparated(git(["ls-files", "-z", "--others", "--", ...pathspecs])));
  const isSource = (gitPath: string) => SOURCE_EXTENSIONS.has(extname(gitPath).toLowerCase());

  const changedClaims = claims.filter((c) => edited.has(c.gitPath) || added.has(c.gitPath));
  const sourcesEdited = [...edited].filter(isSource);
  const then = readAt(commit, [...changedClaims.filter((c) => !added.has(c.gitPath)).map((c) => c.gitPath), ...sourcesEdited], options.maxFileBytes, git);

  return {
    revision,
    commit,
    claimsBefore: new Map([...changedClaims.map((c) => [c.file, then.get(c.gitPath)] as const), ...(fromStdin ? [[STDIN_NAME, undefined] as const] : [])]),
    sourcesNow: new Set([...sourcesEdited, ...[...added].filter(isSource)].map(shownSource)),
    sourcesBefore: sourcesEdited.flatMap((gitPath) => {
      const text = then.get(gitPath);
      return text === undefined ? [] : [{ file: shownSource(gitPath), text }];
    }),
  };
}

function repositoryRoot(cwd: string, env: ChangesSinceOptions["env"]): string {
  try {
    return runGit(["rev-parse", "--show-toplevel"], { cwd, env }).toString("utf8").replace(/\n$/, "");
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    throw new InputError({}, `a git repository around the working folder for --changed-since; git says: ${error.message}`);
  }
}

function commitOf(revision: string, root: string, env: ChangesSinceOptions["env"]): string {
  try {
    return runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`], { cwd: root, env }).toString("utf8").trim();
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    throw new InputError(
      {},
      `--changed-since to name a commit of this repository; git knows none called ${JSON.stringify(revision)} (in a shallow clone, fetch it first, e.g. git fetch origin ${revision})`,
    );
  }
}

type Git = (args: readonly string[], more?: { input?: string; maxBytes?: number }) => Buffer;

/**
 * The UTF-8 text of each file at the commit, read in two calls whatever their number: sizes
 * first, then the files within the limit. A file that did not exist then, is too large, is not
 * text or has a name git's batch mode cannot take (a line break) is left out.
 */
function readAt(commit: string, gitPaths: readonly string[], maxFileBytes: number, git: Git): Map<string, string> {
  const texts = new Map<string, string>();
  const askable = gitPaths.filter((path) => !/[\r\n]/.test(path));
  if (askable.length === 0) return texts;
  const request = (paths: readonly string[]) => paths.map((path) => `${commit}:${path}\n`).join("");
  const sizes = git(["cat-file", "--batch-check=%(objecttype) %(objectsize)"], { input: request(askable) }).toString("utf8").split("\n");
  let bytes = 0;
  const wanted = askable.filter((_, i) => {
    const [type, size] = (sizes[i] ?? "").split(" ");
    if (type !== "blob" || !(Number(size) <= maxFileBytes)) return false;
    bytes += Number(size) + 32;
    return true;
  });
  if (wanted.length === 0) return texts;
  const output = git(["cat-file", "--batch=%(objectsize)"], { input: request(wanted), maxBytes: bytes });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  for (const path of wanted) {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.toString("utf8", offset, headerEnd));
    const body = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    try {
      texts.set(path, decoder.decode(body));
    } catch {
      // Not UTF-8 then: it could not have been read as claims or as a source.
    }
  }
  return texts;
}

function nulSeparated(output: Buffer): string[] {
  return output.toString("utf8").split("\0").filter((name) => name !== "");
}
