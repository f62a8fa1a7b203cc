// Where the index cache lives. A cache is trusted to say where an article's sentences end, so it
// must not be somewhere a pull request can put files: by default it is in node_modules/.cache
// (which a checkout never holds) or the user's cache folder, and a folder that git tracks is
// refused wherever it is.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { InputError } from "../types.js";

/**
 * node_modules/.cache/claimcheck in the nearest folder at or above `cwd` holding a package.json,
 * as tools using the find-cache-dir convention do; else claimcheck in the user's cache folder.
 */
export function defaultCacheFolder(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return join(folder, "node_modules", ".cache", "claimcheck");
    if (dirname(folder) === folder) break;
  }
  const xdg = env["XDG_CACHE_HOME"];
  return join(xdg && xdg.startsWith("/") ? xdg : join(env["HOME"] ?? homedir(), ".cache"), "claimcheck");
}

/**
 * Refuses a cache folder that holds files git tracks: those came with the checkout, so anyone who
 * can open a pull request could have written them. Where git is missing, or the folder is not in
 * a repository, there is nothing to check.
 */
export function assertCacheUntracked(folder: string, shown: string): void {
  if (!existsSync(folder)) return;
  const result = spawnSync("git", ["ls-files", "--cached", "-z", "--", "."], { cwd: folder, encoding: "utf8", timeout: 10_000 });
  if (result.status !== 0 || !result.stdout) return;
  const tracked = result.stdout.split("\0").filter(Boolean);
  if (tracked.length === 0) return;
  throw new InputError(
    { file: shown },
    `a cache folder that git does not track; ${tracked.length} of its files ${tracked.length === 1 ? "is" : "are"} committed (such as "${tracked[0]}"), so anyone able to open a pull request could write it. Remove them from git (git rm -r --cached ${shown}), or use another --cache folder`,
  );
}
