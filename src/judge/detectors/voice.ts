// The voice of a passage's verb, which says where its doer stands: before an active verb, after
// "by" in the passive ("was renewed by", "the wing, designed by Feld"). Shared by the detectors
// that ask who did what (roles) and what a verb is done to (attachment).
import type { Analysis } from "../../types.js";
import type { Language } from "../../language/language.js";
import { infinitive } from "./assertion.js";

/** How far past a participle its "by" may stand: "founded in 1952 by". */
const AGENT_REACH = 5;

/** A form of "be" right before a verb, adverbs between ("was beaten", "is now led"). */
export function copulaBefore(sentence: Analysis, verb: number, language: Language): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - 3; i--) {
    const before = sentence.tokens[i]!;
    if (before.pos === "AUX" && language.roles(before).has("copula")) return true;
    if (before.pos !== "ADV" && before.pos !== "PART") return false;
  }
  return false;
}

/**
 * A verb after a form of "be" (adverbs between), not in -ing nor after "to": "was renewed", "is being sold";
 * or a participle followed by the word for its doer, "be" left out: "the wing, designed by Feld".
 */
export function isPassive(sentence: Analysis, verb: number, language: Language): boolean {
  const token = sentence.tokens[verb]!;
  if (language.ingForm(token)) return false;
  // "is to open" says what is due, in the active voice; "was to blame" is said of what is blamed.
  if (infinitive(sentence, verb, language)) return language.roles(token).has("passiveInfinitive") && copulaBefore(sentence, verb, language);
  // A participle spelled as its verb ("set", "cut", "hit") is one right after the noun it describes: "the record set by Kirui".
  const participle = token.norm !== token.lemma || sentence.tokens[verb - 1]?.pos === "NOUN";
  if (participle && agentFollows(sentence, verb, language)) return true;
  return copulaBefore(sentence, verb, language);
}

/** The word for a passive's doer at `i` ("by"), with a doer after it, not an amount ("reduced infections by 62 percent"). */
export function agentWordAt(sentence: Analysis, i: number, language: Language): boolean {
  const token = sentence.tokens[i];
  return token !== undefined && token.pos === "ADP" && language.roles(token).has("agent") && (sentence.factOf[i + 1] ?? -1) < 0;
}

/** "founded in 1952 by Anders Holm": the word for the doer within a few words after a participle, no verb or clause break between. */
export function agentFollows(sentence: Analysis, verb: number, language: Language): boolean {
  for (let i = verb + 1; i < sentence.tokens.length && i <= verb + AGENT_REACH; i++) {
    const token = sentence.tokens[i]!;
    if (token.pos === "ADP" && language.roles(token).has("agent")) return agentWordAt(sentence, i, language);
    if (token.pos === "VERB" || token.pos === "AUX" || token.raw === "," || token.raw === ";" || language.roles(token).has("relative")) return false;
  }
  return false;
}
