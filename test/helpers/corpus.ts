// Builds a corpus from article texts, as the loaders would from files.
import { Corpus } from "../../src/check.js";
import { parseSource } from "../../src/sources/parse.js";
import type { Claim, Source } from "../../src/types.js";
import { english } from "./language.js";

export function sourcesOf(articles: Record<string, string>): Source[] {
  return Object.entries(articles).map(([id, text]) => parseSource({ id, file: `sources/${id}.txt`, text }));
}

export function corpusOf(articles: Record<string, string>): Corpus {
  return new Corpus(sourcesOf(articles), { language: english });
}

/** A corpus of sources as given, read in English. */
export function corpusFrom(sources: readonly Source[]): Corpus {
  return new Corpus(sources, { language: english });
}

export function claimOf(text: string, id = "c1", extra: Partial<Claim> = {}): Claim {
  return { id, text, location: { file: "claims.yaml", line: 1, column: 1, endLine: 1, endColumn: text.length + 1 }, ...extra };
}
