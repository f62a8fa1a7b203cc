// Sentences as spans of tokens, for what must stay within one ("two days later" counts from a
// date in its own sentence). A very long run without a full stop is cut, to bound the work.

const LONGEST = 200;

/** [first, next) token spans, one a sentence. */
export function sentenceSpans(tokens: readonly { readonly norm: string; readonly kind: string }[], ends: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((token.kind === "symbol" && ends.has(token.norm)) || i + 1 - start >= LONGEST) {
      spans.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) spans.push([start, tokens.length]);
  return spans;
}
