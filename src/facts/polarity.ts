// Which words a negation governs: "was not looking" negates "looking"; "has yet to be renewed"
// negates "renewed". A negation reaches a few words ahead and stops at punctuation.
import { NEGATION_PHRASES } from "../text/lexicon.js";
import { isNegation, type Token } from "../text/tokenize.js";

/** How many tokens ahead a negation reaches. */
const SCOPE = 4;
const SCOPE_BREAKERS: ReadonlySet<string> = new Set(["but", "and", "while", "although", "though", "yet", "however"]);

/** Indices of the tokens that stand under a negation. `ignore` holds tokens that belong to facts. */
export function negatedTokens(tokens: readonly Token[], ignore: ReadonlySet<number> = new Set()): Set<number> {
  const negated = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (ignore.has(i)) continue;
    const end = negationEndingAt(tokens, i);
    if (end === undefined) continue;
    for (let j = end + 1; j < tokens.length && j <= end + SCOPE; j++) {
      const token = tokens[j]!;
      if (token.kind === "symbol" && token.raw !== "-" && token.raw !== "'") break;
      if (SCOPE_BREAKERS.has(token.norm) && !(token.norm === "yet" && tokens[j + 1]?.norm === "to")) break;
      negated.add(j);
    }
  }
  return negated;
}

/** When a negation (a word, or the last word of a phrase) ends at token i, returns i. */
function negationEndingAt(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i]!;
  if (token.kind === "word" && isNegation(token.norm)) {
    // "No. 4" is a rank, not a negation; "no" before a number is handled by facts.
    if (token.norm === "no" && tokens[i + 1]?.raw === "." ) return undefined;
    return i;
  }
  for (const phrase of NEGATION_PHRASES) {
    const from = i - phrase.length + 1;
    if (from >= 0 && phrase.every((word, k) => tokens[from + k]!.norm === word)) return i;
  }
  return undefined;
}
