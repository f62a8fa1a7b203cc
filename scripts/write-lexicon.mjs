// Writes the shipped lexicon (lexicon/en/*.yaml) as a module, src/generated/lexicon-en.ts, so a
// run parses no YAML for it: parsing the files cost more than the rest of start-up. A user's own
// lexicon files are still read as YAML, with their lines in any error. Runs before every build;
// a test checks the module matches the files and that they read as a user's file would.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const read = (name) => parse(readFileSync(new URL(`../lexicon/en/${name}`, import.meta.url), "utf8"));

export function lexiconModule() {
  const data = { words: read("words.yaml"), relations: read("relations.yaml"), facts: read("facts.yaml") };
  return `// Written by scripts/write-lexicon.mjs from lexicon/en/*.yaml before each build: do not edit by hand.
import type { LexiconData } from "../language/english/lexicon.js";

const lexicon: { words: LexiconData; relations: LexiconData; facts: unknown } = ${JSON.stringify(data)};
export default lexicon;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL("../src/generated/lexicon-en.ts", import.meta.url);
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Not written yet.
  }
  const text = lexiconModule();
  if (current !== text) writeFileSync(target, text);
}
