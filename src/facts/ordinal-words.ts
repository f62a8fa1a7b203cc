// Ordinals as written: "third", "twenty-first", "3rd", and the adjectives that stand for one
// only before a noun ("debut album", "sophomore season").
import type { Token } from "../types.js";
import { foldDigits } from "./digits.js";
import { isJoiningHyphen } from "./phrase.js";
import type { FactVocabulary } from "./vocabulary.js";

export interface Ordinal {
  readonly value: number;
  readonly next: number;
  /** An adjective such as "debut": an ordinal only before a noun. */
  readonly adjective: boolean;
}

export function readOrdinal(tokens: readonly Token[], i: number, vocabulary: FactVocabulary): Ordinal | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const word = vocabulary.ordinals.get(token.norm);
  if (word !== undefined) return { value: word, next: i + 1, adjective: false };
  const adjective = vocabulary.ordinalAdjectives.get(token.norm);
  if (adjective !== undefined) return { value: adjective, next: i + 1, adjective: true };
  // twenty-first
  const tens = vocabulary.numbers.get(token.norm);
  if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0 && isJoiningHyphen(tokens, i + 1)) {
    const unit = vocabulary.ordinals.get(tokens[i + 2]?.norm ?? "");
    if (unit !== undefined && unit < 10) return { value: tens + unit, next: i + 3, adjective: false };
  }
  if (token.kind !== "number") return undefined;
  // 3rd, written as one token or as "3" "rd"
  const match = /^(\d+)(\p{L}+)$/u.exec(foldDigits(token.norm));
  if (match && vocabulary.ordinalSuffixes.all.has(match[2]!)) return { value: Number(match[1]), next: i + 1, adjective: false };
  const suffix = tokens[i + 1];
  if (/^\d+$/.test(foldDigits(token.norm)) && suffix && !suffix.spaced && vocabulary.ordinalSuffixes.all.has(suffix.norm)) {
    return { value: Number(foldDigits(token.norm)), next: i + 2, adjective: false };
  }
  return undefined;
}
