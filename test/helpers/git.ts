// A throwaway git repository for tests: commits made here, with no user or system git config.
import { execFileSync } from "node:child_process";

/** The environment git runs in, in these tests and in the CLI under test: no one's own config. */
export const GIT_ENV: Readonly<Record<string, string | undefined>> = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "claimcheck tests",
  GIT_AUTHOR_EMAIL: "tests@claimcheck.dev",
  GIT_COMMITTER_NAME: "claimcheck tests",
  GIT_COMMITTER_EMAIL: "tests@claimcheck.dev",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8" });
}

/** Makes `cwd` a repository whose first commit holds everything in it. */
export function initRepository(cwd: string): void {
  git(cwd, "init", "-q", "-b", "main");
  commitAll(cwd, "first");
}

export function commitAll(cwd: string, message: string): void {
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--no-gpg-sign", "-m", message);
}
