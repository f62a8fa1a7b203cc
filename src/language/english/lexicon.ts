// The English lexicon as the judge reads it: function words by role, news paraphrases and
// opposites. The words are data (lexicon/en/*.yaml); this file only gives them a shape.
import type { WordRole } from "../language.js";

export interface EnglishLexicon {
  stopwords: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** Word sequences that negate what follows, as folded words. */
  negationPhrases: readonly (readonly string[])[];
  /** Each function word with the roles it plays. */
  roles: ReadonlyMap<string, ReadonlySet<WordRole>>;
  /** Groups of lemmas or phrases (words joined by spaces) that state one another. */
  paraphrases: readonly (readonly string[])[];
  /** Pairs of lemmas or phrases that rule each other out. */
  opposites: readonly (readonly [string, string])[];
}

/** The lexicon's data as read from its files, merged: every list a user adds extends ours. */
export interface LexiconData {
  stopwords?: readonly string[];
  negations?: readonly string[];
  negationPhrases?: readonly (readonly string[])[];
  roles?: Readonly<Partial<Record<WordRole, readonly string[]>>>;
  paraphrases?: readonly (readonly string[])[];
  opposites?: readonly (readonly string[])[];
}

export function buildLexicon(parts: readonly LexiconData[]): EnglishLexicon {
  const roles = new Map<string, Set<WordRole>>();
  const opposites: [string, string][] = [];
  for (const part of parts) {
    for (const [role, words] of Object.entries(part.roles ?? {}) as [WordRole, readonly string[]][]) {
      for (const word of words) {
        const set = roles.get(word) ?? new Set<WordRole>();
        set.add(role);
        roles.set(word, set);
      }
    }
    for (const pair of part.opposites ?? []) opposites.push([pair[0]!, pair[1]!]);
  }
  return {
    stopwords: new Set(parts.flatMap((p) => p.stopwords ?? [])),
    negations: new Set(parts.flatMap((p) => p.negations ?? [])),
    negationPhrases: parts.flatMap((p) => p.negationPhrases ?? []),
    roles,
    paraphrases: parts.flatMap((p) => p.paraphrases ?? []),
    opposites,
  };
}
