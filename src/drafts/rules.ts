// The words that decide which sentences of a draft are claims, read from a YAML file
// (lexicon/en/drafts.yaml). The selection itself names no word of any language.
import { isMap, LineCounter, parseDocument, type Node } from "yaml";
import { InputError, InputErrors, type PartOfSpeech } from "../types.js";

export interface DraftRules {
  questionMarks: readonly string[];
  /** Opening and closing quotation marks. */
  quotes: readonly (readonly [string, string])[];
  /** The share of a sentence's letters inside quotation marks that makes it a quotation. */
  quotedShare: number;
  minWords: number;
  /** Marks that end a stated sentence. */
  sentenceEnds: readonly string[];
  /** Parts of speech, one of which a claim must hold (its verb). */
  predicate: ReadonlySet<PartOfSpeech>;
  boilerplate: readonly RegExp[];
}

const TAGS: ReadonlySet<string> = new Set([
  "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
]);

const KEYS = ["questionMarks", "quotes", "quotedShare", "minWords", "sentenceEnds", "predicate", "boilerplate"] as const;

/** Reads a rules file, naming the line of anything that is not what the key asks for. */
export function parseDraftRules({ file, text }: { file: string; text: string }): DraftRules {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: unknown) => {
    const { line, col } = lineCounter.linePos((node as Node | null | undefined)?.range?.[0] ?? 0);
    return { file, line, column: col };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new InputError({ file, line, column: col }, `valid YAML: ${syntax.message.split("\n")[0]}`);
  }
  if (!isMap(doc.contents)) throw new InputError(at(doc.contents), `a mapping with the keys ${KEYS.join(", ")}`);
  const errors: InputError[] = [];
  const node = (key: (typeof KEYS)[number]) => {
    const value = doc.get(key, true) as Node | undefined;
    if (value === undefined) errors.push(new InputError(at(doc.contents), `a "${key}" key`));
    return value;
  };
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown }).value);
    if (!(KEYS as readonly string[]).includes(key)) errors.push(new InputError(at(pair.key), `only the keys ${KEYS.join(", ")}; found "${key}"`));
  }
  const strings = (key: (typeof KEYS)[number]): string[] => {
    const value = node(key);
    const list = value?.toJSON() as unknown;
    if (value === undefined) return [];
    if (!Array.isArray(list) || !list.every((item) => typeof item === "string" && item !== "")) {
      errors.push(new InputError(at(value), `a list of strings in ${key}`));
      return [];
    }
    return list as string[];
  };
  const number = (key: (typeof KEYS)[number], ok: (n: number) => boolean, expected: string): number => {
    const value = node(key);
    const n = value?.toJSON() as unknown;
    if (value !== undefined && (typeof n !== "number" || !ok(n))) errors.push(new InputError(at(value), `${expected} in ${key}`));
    return typeof n === "number" ? n : 0;
  };

  const questionMarks = strings("questionMarks");
  const quotesNode = node("quotes");
  const pairs = quotesNode?.toJSON() as unknown;
  const quotes: [string, string][] = [];
  if (quotesNode !== undefined) {
    if (Array.isArray(pairs) && pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((m) => typeof m === "string" && m.length > 0))) {
      quotes.push(...(pairs as [string, string][]));
    } else errors.push(new InputError(at(quotesNode), "a list of [opening, closing] pairs of quotation marks in quotes"));
  }
  const quotedShare = number("quotedShare", (n) => n > 0 && n <= 1, "a share above 0 and at most 1");
  const minWords = number("minWords", (n) => Number.isInteger(n) && n >= 1, "a whole number of 1 or more");
  const sentenceEnds = strings("sentenceEnds");
  const predicate = strings("predicate");
  for (const tag of predicate) if (!TAGS.has(tag)) errors.push(new InputError(at(node("predicate")), `parts of speech from ${[...TAGS].join(", ")} in predicate; found "${tag}"`));
  const boilerplate: RegExp[] = [];
  const patterns = node("boilerplate");
  strings("boilerplate").forEach((pattern, i) => {
    try {
      boilerplate.push(new RegExp(pattern, "iu"));
    } catch (error) {
      const item = isMap(patterns) ? undefined : (patterns as { items?: unknown[] } | undefined)?.items?.[i];
      errors.push(new InputError(at(item ?? patterns), `a regular expression in boilerplate (${(error as Error).message})`));
    }
  });
  if (errors.length > 0) throw new InputErrors(errors);
  return { questionMarks, quotes, quotedShare, minWords, sentenceEnds, predicate: new Set(predicate as PartOfSpeech[]), boilerplate };
}
