// What the judge needs to know of a sentence: its tokens, facts, negations and the units of
// meaning a claim is made of (names, content words, facts).
import type { Fact } from "../types.js";
import { extractFacts, type ExtractContext } from "../facts/extract.js";
import { negatedTokens } from "../facts/polarity.js";
import { isContent, tokenize, type Token } from "../text/tokenize.js";

export interface Analysis {
  tokens: Token[];
  facts: Fact[];
  /** Tokens inside facts. */
  consumed: ReadonlySet<number>;
  negated: ReadonlySet<number>;
  /** Each term (content words and numbers) with the tokens that carry it. */
  terms: ReadonlyMap<string, number[]>;
}

export function analyze(text: string, context: ExtractContext = {}): Analysis {
  const tokens = tokenize(text);
  const { facts, consumed } = extractFacts(tokens, context);
  const negated = negatedTokens(tokens, consumed);
  const terms = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    if (!isContent(token) && token.kind !== "number") return;
    const key = token.kind === "number" ? token.norm : token.term;
    const list = terms.get(key);
    if (list) list.push(i);
    else terms.set(key, [i]);
  });
  return { tokens, facts, consumed, negated, terms };
}

export type UnitKind = "name" | "word" | "fact";

/** One thing a claim asserts that a passage must also say. */
export interface Unit {
  kind: UnitKind;
  /** Token indices in the claim. */
  tokens: number[];
  /** The matching keys of those tokens (for names and words). */
  terms: string[];
  text: string;
  fact?: Fact;
  /** The claim's first name: what the claim is about. */
  subject?: boolean;
}

/** Splits a claim into names (capitalised runs), content words and facts. */
export function claimUnits(text: string, analysis: Analysis): Unit[] {
  const { tokens, consumed, facts } = analysis;
  const units: Unit[] = [];
  let run: number[] = [];
  const closeRun = () => {
    if (run.length > 0) {
      units.push({
        kind: "name",
        tokens: run,
        terms: run.map((t) => tokens[t]!.term),
        text: text.slice(tokens[run[0]!]!.start, tokens[run[run.length - 1]!]!.end),
      });
    }
    run = [];
  };
  tokens.forEach((token, i) => {
    if (consumed.has(i) || !isContent(token)) {
      // A hyphen inside a name ("Bosch-verse") does not end it.
      if (!(token.raw === "-" && run.length > 0 && tokens[i + 1]?.capitalized)) closeRun();
      return;
    }
    if (token.capitalized) {
      run.push(i);
      return;
    }
    closeRun();
    units.push({ kind: "word", tokens: [i], terms: [token.term], text: token.raw });
  });
  closeRun();
  const subject = units.find((u) => u.kind === "name");
  if (subject) subject.subject = true;
  for (const fact of facts) {
    const span: number[] = [];
    for (let t = fact.firstToken; t <= fact.lastToken; t++) span.push(t);
    units.push({ kind: "fact", tokens: span, terms: [], text: text.slice(fact.start, fact.end), fact });
  }
  return units;
}
