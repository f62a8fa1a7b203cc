// Numbers written in words: "seven", "twenty-five", "two hundred and fifty", "a dozen",
// "three million", "four and a half". Built from the vocabulary's number words, groups and scales.
import type { Token } from "../types.js";
import { isJoiningHyphen } from "./phrase.js";
import type { FactVocabulary } from "./vocabulary.js";

export interface NumberWords {
  readonly value: number;
  /** Index after the last word. */
  readonly next: number;
  /** The scale word that multiplied the number last ("million"), or 1. */
  readonly scale: number;
  /** A single word the vocabulary calls weak ("one"), saying too little on its own. */
  readonly weak: boolean;
}

/** Reads number words starting at token i. */
export function readNumberWords(tokens: readonly Token[], i: number, vocabulary: FactVocabulary): NumberWords | undefined {
  const { numbers, groups, scales, articles, numberJoiners } = vocabulary;
  let at = i;
  let current = 0;
  let total = 0;
  let scale = 1;
  let words = 0;
  // "a dozen", "a million": the article stands for one; "half a million", for half.
  const share = vocabulary.fractions.get(tokens[at]?.norm ?? "");
  if (share !== undefined && articles.has(tokens[at + 1]?.norm ?? "") && isMultiplier(tokens[at + 2], vocabulary)) {
    current = share;
    at += 2;
  } else if (articles.has(tokens[at]?.norm ?? "") && isMultiplier(tokens[at + 1], vocabulary)) {
    current = 1;
    at++;
  }
  for (;;) {
    const token = tokens[at];
    if (token === undefined || token.kind !== "word") break;
    const number = numbers.get(token.norm) ?? joinedNumber(token.norm, vocabulary);
    const group = groups.get(token.norm);
    const scaleWord = scales.get(token.norm);
    if (number !== undefined) {
      if (!canAdd(current, number)) break;
      current += number;
    } else if (group !== undefined) {
      current = (current === 0 ? 1 : current) * group;
    } else if (scaleWord !== undefined && current > 0) {
      total += current * scaleWord;
      current = 0;
      scale = scaleWord;
    } else {
      break;
    }
    words++;
    at++;
    // "twenty-five", "two hundred and fifty"
    const joined = isJoiningHyphen(tokens, at) || (numberJoiners.has(tokens[at]?.norm ?? "") && current % 100 === 0 && current > 0);
    if (joined && numbers.has(tokens[at + 1]?.norm ?? "")) at++;
  }
  if (words === 0) return undefined;
  // "four and a half"
  const andShare = vocabulary.fractions.get(tokens[at + 2]?.norm ?? "");
  if (current > 0 && andShare !== undefined && numberJoiners.has(tokens[at]?.norm ?? "") && articles.has(tokens[at + 1]?.norm ?? "")) {
    current += andShare;
    at += 3;
  }
  const single = words === 1 && at === i + 1;
  return { value: total + current, next: at, scale, weak: single && vocabulary.weakNumbers.has(tokens[i]!.norm) };
}

/** A number written as one hyphened word ("twenty-three", which some tokenizers keep whole): its value. */
export function joinedNumber(word: string, vocabulary: FactVocabulary): number | undefined {
  const parts = word.split("-");
  if (parts.length !== 2) return undefined;
  const tens = vocabulary.numbers.get(parts[0]!);
  const ones = vocabulary.numbers.get(parts[1]!);
  return tens !== undefined && ones !== undefined && tens >= 20 && canAdd(tens, ones) ? tens + ones : undefined;
}

function isMultiplier(token: Token | undefined, vocabulary: FactVocabulary): boolean {
  return token !== undefined && (vocabulary.groups.has(token.norm) || vocabulary.scales.has(token.norm));
}

/** "twenty" takes "five"; "hundred" takes "fifty"; "five" takes nothing more. */
function canAdd(current: number, number: number): boolean {
  if (current === 0) return true;
  const below100 = current % 100;
  if (below100 === 0) return number < 100;
  return below100 >= 20 && below100 % 10 === 0 && number < 10;
}
