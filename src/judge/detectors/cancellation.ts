// Cancellation: a passage that names the atom's relation as a thing called off ("have called
// off next week's strike", "the launch was scrapped") says it does not take place, which
// contradicts a claim that it does ("will strike next week"); one that names it as put off
// ("postponed the vote") does not state that it takes place as the claim says; one that names
// it as ended ("ending a three-month search") contradicts a claim that it goes on now ("the
// board is searching"); one that says it has not begun ("with construction yet to begin",
// "work on the bridge has not started") contradicts a claim that it is going on or took place, though
// not one that it will; one that says a post was left ("stepped down as headteacher")
// contradicts a claim that its holder holds it now.
import type { Analysis } from "../../types.js";
import type { Language, WordRole } from "../../language/language.js";
import type { Detector } from "./detector.js";
import { isNegatedAt } from "../align.js";
import type { ClaimView } from "../view.js";

export const cancellation: Detector = {
  name: "cancellation",
  detect(alignment, { claim }) {
    const relation = alignment.parts.find((m) => m.part.role === "relation" && m.found === "here" && m.sentence === alignment.view && m.tokens);
    if (!relation || alignment.atom.light) return [];
    const sentence = alignment.view.analysis;
    const event = relation.tokens![0]!;
    // What is called off or ended is a noun; a post may open with a describing word ("chief executive").
    const noun = sentence.tokens[event]!.pos === "NOUN";
    const post = noun || (sentence.tokens[event]!.pos === "ADJ" && sentence.tokens[event + 1]?.pos === "NOUN");
    if (!post) return [];
    // A claim that speaks of the calling off itself is not contradicted by it.
    if (claim.analysis.tokens.some((t) => KINDS.some(([role]) => claim.language.roles(t).has(role)))) return [];
    for (const [role, effect, said] of KINDS) {
      if (!noun && role !== "departure") continue;
      if ((role === "completion" || role === "departure") && !goesOnNow(claim, alignment.atom.parts.find((p) => p.role === "relation")!.tokens[0]!)) continue;
      if (role === "onset" && speaksOfWhatIsToCome(claim)) continue;
      const verb = governingVerb(sentence, event, role, claim.language);
      if (verb === undefined) continue;
      // A post is quoted whole: "resigned as chief executive".
      let end = event;
      while (!noun && sentence.tokens[end + 1]?.pos === "NOUN") end++;
      const [first, last] = verb < event ? [verb, end] : [event, verb];
      const words = sentence.text.slice(sentence.tokens[first]!.start, sentence.tokens[last]!.end);
      const finding = { detector: "cancellation", effect, why: `says "${words}": ${said}`, match: relation };
      return [effect === "contradicts" ? { ...finding, values: { kind: "polarity", claim: relation.part.text, source: words } } : finding];
    }
    return [];
  },
};

const KINDS: readonly [WordRole, "contradicts" | "lacks", string][] = [
  ["cancellation", "contradicts", "it does not take place"],
  ["postponement", "lacks", "it is put off"],
  ["completion", "contradicts", "it is over"],
  ["departure", "contradicts", "the post is left"],
  ["onset", "contradicts", "it has not begun"],
];

/** Whether the claim speaks of what will or may be, which a passage saying it has not begun leaves open. */
function speaksOfWhatIsToCome(claim: ClaimView): boolean {
  return claim.analysis.tokens.some((t) => {
    const roles = claim.language.roles(t);
    return roles.has("future") || roles.has("modal") || roles.has("intention");
  });
}

/**
 * Whether the claim says its relation goes on now: "is searching", or a state it is in, "are
 * still under an evacuation order".
 */
export function goesOnNow(claim: ClaimView, verb: number): boolean {
  const { tokens } = claim.analysis;
  // A state named by a noun or a describing word ("is the chief executive").
  const noun = tokens[verb]!.pos === "NOUN" || tokens[verb]!.pos === "ADJ";
  if (!noun && tokens[verb]!.pos !== "VERB") return false;
  const between = (pos: string) => pos === "ADV" || (noun && (pos === "ADP" || pos === "DET" || pos === "ADJ"));
  let i = verb - 1;
  while (i >= 0 && between(tokens[i]!.pos)) i--;
  return i >= 0 && tokens[i]!.pos === "AUX" && claim.language.roles(tokens[i]!).has("present") && claim.language.roles(tokens[i]!).has("copula");
}

/** Words between a verb and the noun it takes: "called off next week's strike", "ending a three-month search". */
const BETWEEN: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
/** How far apart a verb and the noun it takes may stand. */
const REACH = 5;

/**
 * A verb with the role that takes the noun at `event`: before it as its object ("called off
 * the strike"), or after it in the passive ("the strike was called off", "the launch of the
 * probe has been postponed").
 * A verb negated, or only meant ("threatened to cancel", "could cancel"), does not count; a
 * verb of beginning counts only negated ("has not begun", "is yet to start").
 */
function governingVerb(sentence: Analysis, event: number, role: WordRole, language: Language): number | undefined {
  const { tokens } = sentence;
  const done = (v: number) => {
    const token = tokens[v]!;
    if (token.pos !== "VERB" || !language.roles(token).has(role)) return false;
    if (role === "onset") return isNegatedAt(sentence, v, language);
    if (token.negated) return false;
    const modal = (i: number) => tokens[i]!.pos === "AUX" && language.roles(tokens[i]!).has("modal");
    let i = v - 1;
    while (i >= 0 && (tokens[i]!.pos === "ADV" || (tokens[i]!.pos === "AUX" && !modal(i)))) i--;
    return i < 0 || (tokens[i]!.pos !== "PART" && !modal(i));
  };
  for (let v = event - 1; v >= 0 && v >= event - REACH; v--) {
    if (done(v)) return v;
    // A post left is named after "as" ("stepped down as headteacher"), a particle before it.
    const as = role === "departure" && language.roles(tokens[v]!).has("equative");
    if (!BETWEEN.has(tokens[v]!.pos) && tokens[v]!.raw !== "-" && !as) break;
  }
  // After it, past what it is of ("the launch of the probe in May"), an auxiliary, then the verb.
  let v = event + 1;
  while (v < tokens.length && v <= event + REACH && (BETWEEN.has(tokens[v]!.pos) || tokens[v]!.pos === "ADP")) v++;
  const auxiliary = v;
  // A beginning denied may stand without an auxiliary: "with construction yet to begin".
  const between = (i: number) => tokens[i]!.pos === "AUX" || tokens[i]!.pos === "ADV" || (role === "onset" && tokens[i]!.pos === "PART");
  while (v < tokens.length && v <= auxiliary + REACH && between(v)) v++;
  return v > auxiliary && (tokens[auxiliary]!.pos === "AUX" || role === "onset") && v < tokens.length && done(v) ? v : undefined;
}
