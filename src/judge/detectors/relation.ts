// The relation: the passage must say what the claim says happened (the same verb, a synonym,
// a more specific verb or a derived noun). An opposite rules the claim out; a word merely
// related in meaning in its place ("vetoed" for "signed") leaves the atom unstated. Where no
// word of the passage bears on the relation at all, the fitted score weighs that (coverage).
import type { Detector } from "./detector.js";
import type { Analysis } from "../../types.js";
import { describesNextNoun } from "../sentence.js";
import { isPassive } from "./voice.js";
import { WHEN } from "../align.js";

export const relation: Detector = {
  name: "relation",
  detect(alignment, { claim }) {
    const match = alignment.parts.find((m) => m.part.role === "relation");
    // Who said something must be said to have said it: "the court ruled that …" beside a
    // sentence naming the judge does not state "the judge said". "According to" the judge is
    // stated by any verb that reports speech.
    const reports = () =>
      claim.language.roles(claim.analysis.tokens[match!.part.tokens[0]!]!).has("attribution") &&
      alignment.view.analysis.tokens.some((t) => t.pos === "VERB" && claim.language.roles(t).has("reporting"));
    if (match && alignment.atom.reporting && match.found === "missing" && !reports()) {
      return [{ detector: "relation", effect: "lacks", why: `does not say "${match.part.text}" or a word like it`, match }];
    }
    // A light verb ("has", "were included") left unsaid: only the passage's own words tie the
    // atom's parts together, so none of them may come from a sentence around it.
    const apart = alignment.parts.find((m) => m.found === "nearby" && m.sentence !== alignment.view);
    if (match && alignment.atom.light && match.found === "missing" && apart) {
      return [{ detector: "relation", effect: "lacks", why: `does not say "${match.part.text}", and has "${apart.part.text}" only from another sentence`, match }];
    }
    // An atom with no verb of its own ("The audience score for Riverside is 90%") is tied
    // together by the passage's own words only: all of it from sentences around is none of it.
    if (!match && alignment.parts.length > 0 && alignment.parts.every((m) => m.found !== "here")) {
      return [{ detector: "relation", effect: "lacks", why: "holds none of it itself, only sentences around it" }];
    }
    if (!match || alignment.atom.light) return [];
    // A verb form that only says what kind of thing the noun after it is ("her climbing
    // partner") takes nothing: what the claim says the deed was done to it does not state.
    const thing = alignment.parts.find((m) => m !== match && (alignment.atom.passive ? m.part.role === "subject" : m.part.role === "argument" && m.part.link === undefined));
    const describing = (analysis: Analysis, tokens: readonly number[] | undefined) => tokens?.length === 1 && describesNextNoun(analysis, tokens[0]!, claim.language);
    const described = match.tokens && alignment.view.analysis.tokens[match.tokens[0]! + 1];
    if (thing && described && match.found === "here" && describing(alignment.view.analysis, match.tokens) && !describing(claim.analysis, match.part.tokens)) {
      return [{ detector: "relation", effect: "lacks", why: `has "${match.text}" only to say what kind of ${described.raw} is meant, not done to ${thing.part.text}`, match: thing }];
    }
    // What a passive claim says was done to its subject, a sentence around the passage naming
    // it, the passage must say was done to something: "The pair climbed without oxygen" says
    // who climbed, not that the peak named before was climbed.
    const sentence = alignment.view.analysis;
    const verb = match.tokens?.[0];
    if (alignment.atom.passive && thing?.found === "nearby" && match.found === "here" && verb !== undefined && sentence.tokens[verb]!.pos === "VERB") {
      if (!isPassive(sentence, verb, claim.language) && !takesObject(sentence, verb)) {
        return [{ detector: "relation", effect: "lacks", why: `says who "${match.text}", not that it was done to ${thing.part.text}`, match: thing }];
      }
    }
    if (match.found === "opposite" && match.relation === "opposite") {
      // "turned down a 3.5 percent offer" against "accepted the new offer": without the claim's
      // figure, the passage may speak of another offer.
      const figure = alignment.parts.find((m) => m.part.kind === "fact" && m.part.role === "argument" && m.found === "missing");
      if (figure) return [{ detector: "relation", effect: "lacks", why: `says "${match.text}" where the claim says "${match.part.text}", but gives nothing for ${figure.part.text}`, match: figure }];
      // Nor at another time: "began at 6.30 p.m." is no denial that it ended at 9.15 p.m.
      const when = alignment.parts.find((m) => m.part.kind === "fact" && m.found === "other" && WHEN.has(m.part.fact!.kind));
      if (when) return [{ detector: "relation", effect: "lacks", why: `says "${match.text}" where the claim says "${match.part.text}", but at ${when.text}, not ${when.part.text}`, match: when }];
      return [{ detector: "relation", effect: "contradicts", why: `says "${match.text}" where the claim says "${match.part.text}"`, match }];
    }
    if (match.found === "missing" && match.text !== undefined && (match.relation === "related" || match.relation === "sibling" || match.relation === "broader")) {
      const how = match.relation === "broader" ? "more general" : "only related";
      return [{ detector: "relation", effect: "lacks", why: `says "${match.text}", ${how} to "${match.part.text}"`, match }];
    }
    return [];
  },
};

/** Whether an active verb has something it is done to right after it, adverbs and particles between. */
function takesObject(sentence: Analysis, verb: number): boolean {
  let i = verb + 1;
  while (sentence.tokens[i]?.pos === "ADV" || sentence.tokens[i]?.pos === "PART") i++;
  const next = sentence.tokens[i];
  return next !== undefined && ["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"].includes(next.pos);
}
