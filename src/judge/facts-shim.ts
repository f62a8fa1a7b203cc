// Facts of a sentence read with the first build's extractor, mapped onto the language's tokens.
import type { Fact, Token } from "../types.js";
import { extractFacts } from "../facts/extract.js";
import { factsAgree } from "../facts/compare.js";
import { tokenize } from "../text/tokenize.js";

export interface FactContext {
  date?: string | undefined;
}

export interface FactReading {
  facts: Fact[];
  /** Words outside a fact's span that describe it ("ranked", "score"): token index → fact index. */
  absorbed: Map<number, number>;
}

export function readFactsShim(text: string, tokens: readonly Token[], context: FactContext): FactReading {
  const old = tokenize(text);
  const { facts, consumed } = extractFacts(old, context);
  const out: Fact[] = [];
  for (const fact of facts) {
    const first = tokens.findIndex((t) => t.end > fact.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < fact.end) last++;
    if (first < 0) continue;
    out.push({ ...fact, firstToken: first, lastToken: last });
  }
  const absorbed = new Map<number, number>();
  for (const index of consumed) {
    const word = old[index]!;
    if (out.some((f) => word.start >= f.start && word.end <= f.end)) continue;
    const t = tokens.findIndex((token) => token.start === word.start);
    if (t < 0 || out.length === 0) continue;
    let nearest = 0;
    out.forEach((f, i) => {
      const distance = (f2: Fact) => Math.min(Math.abs(f2.firstToken - t), Math.abs(f2.lastToken - t));
      if (distance(f) < distance(out[nearest]!)) nearest = i;
    });
    absorbed.set(t, nearest);
  }
  return { facts: out, absorbed };
}

/** How an evidence fact stands to a claim's; undefined when they are not about the same kind of thing. */
export function compareFacts(claim: Fact, evidence: Fact): "agree" | "conflict" | "unresolved" | undefined {
  const agrees = factsAgree(claim, evidence);
  if (agrees === undefined) return undefined;
  return agrees ? "agree" : "conflict";
}
