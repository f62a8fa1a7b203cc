// The one way facts are printed: canonical and readable ("$14.84 million", "No. 4", "46 years
// old", "July 9, 2025", "more than 40 people", "2 hours"). Reading the printed text back gives
// the same fact. Each kind words its own facts; this finds the kind.
import type { Fact } from "../types.js";
import { kindOf } from "./registry.js";
import type { FactVocabulary } from "./vocabulary.js";

export function describe(fact: Fact, vocabulary: FactVocabulary): string {
  const kind = kindOf(fact.kind);
  return kind ? kind.describe(fact, vocabulary) : fact.display;
}
