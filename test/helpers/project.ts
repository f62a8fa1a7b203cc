// Builds a throwaway project folder from a map of relative paths to file contents.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

/** A small source article and claims about it: one supported, one conflicting, one unsourced. */
export const TINY_SOURCES = {
  "sources/news.txt": "Ballard premiered on July 9 on Amazon Prime Video.\n\nThe first season of Ballard has 10 episodes.\n",
};

export const TINY_CLAIMS = [
  "claims:",
  "  - id: premiere",
  '    text: "Ballard premiered on July 9."',
  "  - id: episodes",
  '    text: "The first season of Ballard has 8 episodes."',
  "  - id: born",
  '    text: "Maggie Q was born in Honolulu."',
  "",
].join("\n");

/** Returns a function that makes project folders, each removed after its test. */
export function useProjects(): (files: Readonly<Record<string, string>>) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-"));
    made.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}
