// Which sentences of a draft are claims. Every test here is a table lookup in the rules (see
// lexicon/en/drafts.yaml) or a part of speech the language tags; no word is named in code.
import type { Language } from "../language/language.js";
import type { DraftBlock, SkipReason } from "../types.js";
import type { DraftRules } from "./rules.js";

/** Closing quotes and brackets that may follow a sentence's last mark. */
const TRAILING = /[\s"'”’»)\]]+$/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Why a sentence is not a claim, or undefined when it is one. The first rule that applies says. */
export function skipReason(text: string, block: DraftBlock["kind"], rules: DraftRules, language: Language): SkipReason | undefined {
  if (rules.boilerplate.some((pattern) => pattern.test(text))) return "boilerplate";
  if (isQuestion(text, rules)) return "question";
  if (block === "quote" || quotedShare(text, rules) >= rules.quotedShare) return "quotation";
  if (block === "table") return "table";
  const tokens = language.tokenize(text);
  if (block === "heading") return language.readFacts(tokens, {}).facts.length > 0 ? undefined : "heading";
  const words = tokens.filter((token) => token.kind !== "symbol").length;
  if (words < rules.minWords) return "fragment";
  const end = text.replace(TRAILING, "");
  if (!rules.sentenceEnds.some((mark) => end.endsWith(mark)) && !tokens.some((token) => rules.predicate.has(token.pos))) return "fragment";
  return undefined;
}

function isQuestion(text: string, rules: DraftRules): boolean {
  const end = text.replace(TRAILING, "");
  return rules.questionMarks.some((mark) => end.endsWith(mark) || (mark !== "?" && text.startsWith(mark)));
}

/**
 * The share of a sentence's letters and digits that stand inside quotation marks. A quote that
 * opened in an earlier sentence (a closing mark with no opening one before it) counts from the
 * start; one that goes on past the sentence counts to its end.
 */
export function quotedShare(text: string, rules: DraftRules): number {
  let letters = 0;
  let quoted = 0;
  let closing: string | undefined;
  // An unmatched closing mark means the sentence began inside a quotation.
  const firstClose = firstUnopenedClose(text, rules);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (closing !== undefined && char === closing) {
      closing = undefined;
      continue;
    }
    if (closing === undefined) {
      const pair = rules.quotes.find(([open]) => open === char);
      if (pair) {
        closing = pair[1];
        continue;
      }
    }
    if (!LETTER.test(char)) continue;
    letters++;
    if (closing !== undefined || i < firstClose) quoted++;
  }
  return letters === 0 ? 0 : quoted / letters;
}

/** Where a closing mark stands with no opening one before it; -1 when none does. */
function firstUnopenedClose(text: string, rules: DraftRules): number {
  const openers = new Set(rules.quotes.map(([open]) => open));
  for (const [open, close] of rules.quotes) {
    // A mark that also opens a quotation ("“" in „…“ and “…”) says nothing alone.
    if (openers.has(close)) continue;
    const at = text.indexOf(close);
    if (at >= 0 && !text.slice(0, at).includes(open)) return at;
  }
  return -1;
}
