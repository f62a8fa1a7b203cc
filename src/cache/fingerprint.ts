// What a cache entry was built by: the cache format, the tool's version, and the code that
// turns an article into passages and terms. An entry built by anything else is rebuilt, so a
// change to the splitter or the tokenizer never meets passages split the old way.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { TOOL } from "../generated/version.js";

/** Bumped whenever the layout of an entry changes. */
export const CACHE_FORMAT = 2;

/** The modules whose code decides what an entry holds, relative to this folder. */
const ENTRY_MAKERS = [
  "../sources/parse",
  "../sources/prose",
  "../sources/plain",
  "../sources/markdown",
  "../sources/align",
  "../sources/segment",
  "../text/tokenize",
  "../text/fold",
  "../text/lexicon",
  "../match/index",
  "./source-cache",
  "./pack",
];

/** The built code (.js), or the sources when run from them (.ts); neither: the version alone. */
function codeFingerprint(): string {
  const hash = createHash("sha256");
  for (const module of ENTRY_MAKERS) {
    for (const extension of [".js", ".ts"]) {
      try {
        hash.update(readFileSync(new URL(module + extension, import.meta.url)));
        hash.update("\0");
        break;
      } catch {
        // Not this extension.
      }
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The version every entry is stamped with and checked against. */
export const CACHE_VERSION = `${CACHE_FORMAT}:${TOOL.name}@${TOOL.version}:${codeFingerprint()}`;
