// The edge that reads the fact vocabulary from its YAML file; the core takes the result as an
// argument. A problem in the file is reported at its line and column.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument, type Node } from "yaml";
import { InputError } from "../types.js";
import { readVocabulary, VocabularyError, type FactVocabulary } from "./vocabulary.js";

/** The English vocabulary shipped with claimcheck. */
export const ENGLISH_FACTS_FILE = fileURLToPath(new URL("../../lexicon/en/facts.yaml", import.meta.url));

/** Reads and validates a vocabulary file; `shown` is the path printed in errors. */
export function loadFactVocabulary(file: string = ENGLISH_FACTS_FILE, shown = "lexicon/en/facts.yaml"): FactVocabulary {
  return parseFactVocabulary({ file: shown, text: readFileSync(file, "utf8") });
}

/** Parses and validates a vocabulary's YAML text. Throws InputError with the place of the problem. */
export function parseFactVocabulary({ file, text }: { file: string; text: string }): FactVocabulary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const error = doc.errors[0];
  if (error) throw new InputError(at(error.pos[0]), `valid YAML: ${error.message.split("\n")[0]}`);
  try {
    return readVocabulary(doc.toJS());
  } catch (problem) {
    if (!(problem instanceof VocabularyError)) throw problem;
    const node = (problem.path.length > 0 ? doc.getIn(problem.path, true) : doc.contents) as Node | undefined;
    throw new InputError(at(node?.range?.[0] ?? 0), problem.message.replace(/^expected /, ""));
  }
}
