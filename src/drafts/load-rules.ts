// Reads the shipped rules for drafts from the package's lexicon folder: the edge that touches disk.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDraftRules, type DraftRules } from "./rules.js";

/** lexicon/en/drafts.yaml, found beside dist/ when installed or beside src/ when run from it. */
export function loadDraftRules(language = "en"): DraftRules {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const file = join(folder, "lexicon", language, "drafts.yaml");
    if (existsSync(file)) return parseDraftRules({ file, text: readFileSync(file, "utf8") });
    folder = dirname(folder);
  }
  throw new Error(`claimcheck's lexicon/${language}/drafts.yaml is missing from its package`);
}
