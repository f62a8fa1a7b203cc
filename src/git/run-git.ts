// Runs git for --changed-since: never through a shell (execFile with an argument list), paths
// read literally (a file named ":(glob)*" is that file), and nothing on the user's terminal.
import { execFileSync } from "node:child_process";
import { InputError } from "../types.js";

export interface GitRun {
  /** The folder git runs in. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Written to git's standard input. */
  input?: string;
  /** Most bytes git may write (default 64 MB). */
  maxBytes?: number;
}

/** git exited with an error; `message` is the first line of what git said. */
export class GitFailure extends Error {
  override readonly name = "GitFailure";
}

/** Runs `git ARGS…` and returns its output; throws GitFailure when git fails, InputError when there is no git. */
export function runGit(args: readonly string[], { cwd, env, input, maxBytes = 64 * 1024 * 1024 }: GitRun): Buffer {
  try {
    return execFileSync("git", ["--literal-pathspecs", "--no-pager", ...args], {
      cwd,
      // Reading only: no index refresh written behind the user's back, no prompt for a password.
      env: { ...env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" },
      ...(input !== undefined ? { input } : {}),
      maxBuffer: maxBytes,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: Buffer; status?: number | null };
    if (failed.code === "ENOENT") throw new InputError({}, "git on the PATH for --changed-since; it was not found");
    if (failed.code === "ENOBUFS") throw new GitFailure(`git wrote more than ${maxBytes} bytes`);
    const said = (failed.stderr?.toString("utf8") ?? "").trim().split("\n")[0] ?? "";
    throw new GitFailure(said || `git ${args[0] ?? ""} failed (exit code ${failed.status ?? "unknown"})`);
  }
}

/** Most characters of a revision; git's own names are far shorter. */
const MAX_REVISION_LENGTH = 256;

/** What cannot be a revision, refused before git sees it; whether one names a commit is git's to say. */
const NOT_A_REVISION: readonly (readonly [(revision: string) => boolean, string])[] = [
  [(r) => r === "", "it is empty"],
  [(r) => r.startsWith("-"), "it starts with -, so git would read it as an option"],
  [(r) => r.length > MAX_REVISION_LENGTH, `it is longer than ${MAX_REVISION_LENGTH} characters`],
  // eslint-disable-next-line no-control-regex
  [(r) => /[\s\u0000-\u001f\u007f]/.test(r), "it holds a space or a control character"],
];

export function checkRevisionSyntax(revision: string): void {
  const problem = NOT_A_REVISION.find(([refuses]) => refuses(revision))?.[1];
  if (problem !== undefined) {
    throw new InputError({}, `--changed-since to name a git revision (a branch, a tag, a commit, HEAD~1); ${JSON.stringify(revision)} cannot be one: ${problem}`);
  }
}
