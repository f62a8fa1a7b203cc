// Lists inside a clause: "Nikita and Designated Survivor", "Taylor, Mosley, and Bean". Each
// item gives the clause once, the words around the list shared ("starred in" each of them).
import type { Analysis, Token } from "../types.js";
import type { Language } from "../language/language.js";

/**
 * The token lists a range stands for: itself when it holds no list, else one list per item
 * with the words before and after the list kept in each.
 */
export function conjuncts(claim: Analysis, range: readonly number[], language: Language): number[][] {
  if (range.length === 0) return [[]];
  const { tokens } = claim;
  const inRange = new Set(range);
  const coordinator = range.find((t) => isListJoint(claim, t, language) && nominalBefore(claim, t - 1, inRange) && nominalAfter(claim, t + 1, inRange));
  if (coordinator === undefined) return [[...range]];

  // The last item runs from after the coordinator over the words of a noun phrase.
  let lastEnd = coordinator + 1;
  while (inRange.has(lastEnd + 1) && inNounPhrase(claim, lastEnd + 1, language)) lastEnd++;
  // Earlier items: noun phrases separated by commas, walking back from the coordinator.
  const items: [number, number][] = [[coordinator + 1, lastEnd]];
  let cursor = coordinator - 1;
  if (tokens[cursor]?.raw === ",") cursor--;
  for (;;) {
    let start = cursor;
    while (inRange.has(start - 1) && inNounPhrase(claim, start - 1, language)) start--;
    if (!inRange.has(start) || start > cursor) break;
    items.unshift([start, cursor]);
    const before = start - 1;
    if (tokens[before]?.raw !== "," || !inRange.has(before - 1) || !nominalBefore(claim, before - 1, inRange)) break;
    cursor = before - 1;
  }
  if (items.length < 2) return [[...range]];
  const listStart = items[0]![0];
  const listEnd = items[items.length - 1]![1];
  const prefix = range.filter((t) => t < listStart);
  const suffix = range.filter((t) => t > listEnd);
  return items.map(([a, b]) => [...prefix, ...range.filter((t) => t >= a && t <= b), ...suffix]);
}

function isListJoint(claim: Analysis, t: number, language: Language): boolean {
  const token = claim.tokens[t];
  return token !== undefined && claim.nameOf[t]! < 0 && claim.factOf[t]! < 0 && language.roles(token).has("coordinator");
}

function isNominal(claim: Analysis, t: number): boolean {
  const token = claim.tokens[t];
  if (!token) return false;
  return claim.nameOf[t]! >= 0 || claim.factOf[t]! >= 0 || token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "NUM";
}

function nominalBefore(claim: Analysis, t: number, range: ReadonlySet<number>): boolean {
  let i = t;
  while (range.has(i) && (claim.tokens[i]!.raw === "," || claim.tokens[i]!.raw === ")" || isQuoteMark(claim.tokens[i]!))) i--;
  return range.has(i) && isNominal(claim, i);
}

function nominalAfter(claim: Analysis, t: number, range: ReadonlySet<number>): boolean {
  for (let i = t; range.has(i); i++) {
    const token = claim.tokens[i]!;
    if (isNominal(claim, i)) return true;
    if (token.pos === "DET" || token.pos === "ADJ" || token.pos === "PRON" || isQuoteMark(token)) continue;
    return false;
  }
  return false;
}

/** Words a noun phrase is made of: determiners, modifiers, nouns, names, facts, possessives. */
function inNounPhrase(claim: Analysis, t: number, language: Language): boolean {
  const token = claim.tokens[t];
  if (!token || token.raw === ",") return false;
  if (claim.nameOf[t]! >= 0 || claim.factOf[t]! >= 0) return true;
  if (language.roles(token).has("coordinator")) return false;
  if (language.roles(token).has("possessive") || isQuoteMark(token) || token.raw === "-") return true;
  return ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(token.pos) || (token.pos === "PRON" && language.roles(token).has("anaphor"));
}

/** An opening or closing quotation mark. */
export function isQuoteMark(token: Token): boolean {
  return token.raw === "'" || token.raw === '"' || token.raw === "\u2018" || token.raw === "\u2019" || token.raw === "\u201C" || token.raw === "\u201D";
}
