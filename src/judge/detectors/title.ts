// Titles: what a claim says someone is ("Lena Varga is a former police chief") the passage must
// say of them, not of another name its words stand before ("Former police chief Tom Brandt is
// second, and Lena Varga trails") or after, set off by a comma ("Tom Brandt, a former police
// chief, and Lena Varga"). So too what the claim says someone does, where the passage says it
// only as another's title ("trains" by "Sorcha Maddenly, the head trainer"), and the body a post
// is of, where a name before the post's words says another ("Castellbrook sporting director").
import type { Analysis, Mention } from "../../types.js";
import type { PartMatch } from "../align.js";
import type { Detector } from "./detector.js";
import { namedInClaim } from "./roles.js";
import { appositionNameBefore } from "../sentence.js";

export const title: Detector = {
  name: "title",
  detect(alignment, { claim }) {
    const relation = alignment.atom.parts.find((p) => p.role === "relation");
    const sentence = alignment.view.analysis;
    const inPassage = (m: PartMatch) => m.found === "here" && m.sentence === alignment.view && m.tokens !== undefined;
    // The subject named here, or in a sentence around it ("Renkvist" before "her son, Octavian
    // Brasch, 28, a software engineer").
    const subject = alignment.parts.find((m) => m.part.role === "subject" && m.part.kind === "name" && (inPassage(m) || m.found === "nearby"));
    // A subject name that only says whose ("Quillfern's technical director") bears no title.
    const owns = subject && claim.analysis.tokens[subject.part.tokens[subject.part.tokens.length - 1]! + 1];
    if (!subject || (owns && claim.language.roles(owns).has("possessive"))) return [];
    const words = (first: number, last: number) => sentence.text.slice(sentence.tokens[first]!.start, sentence.tokens[last]!.end);
    const another = (mention: Mention) =>
      !(subject.sentence === alignment.view && subject.tokens!.some((t) => t >= mention.first && t <= mention.last)) && !namedInClaim(mention, claim, alignment.atom);
    // What the claim says someone does, said here as what another is: "trains" by "Sorcha
    // Maddenly, 41, the head trainer for Hollin Crest Farms".
    if (relation && claim.analysis.tokens[relation.tokens[0]!]!.pos === "VERB") {
      const done = alignment.parts.find((m) => m.part === relation && inPassage(m) && sentence.tokens[m.tokens![0]!]!.pos === "NOUN");
      const holder = done ? titledName(sentence, done.tokens![0]!, done.tokens![0]!) : undefined;
      if (holder === undefined || !another(sentence.names[holder]!)) return [];
      const mention = sentence.names[holder]!;
      return [{ detector: "title", effect: "lacks", why: `says "${done!.text}" of ${words(mention.first, mention.last)}, not of ${subject.part.text}`, match: subject }];
    }
    // "Kenya's Samuel Kirui": what a word says with a possessive before another name, it says of that one.
    for (const m of alignment.parts) {
      if (m.part.role === "subject" || !inPassage(m)) continue;
      const last = Math.max(...m.tokens!);
      const marker = sentence.tokens[last + 1];
      const owner = sentence.nameOf[last + 2] ?? -1;
      if (!marker || !claim.language.roles(marker).has("possessive") || owner < 0 || !another(sentence.names[owner]!)) continue;
      const mention = sentence.names[owner]!;
      return [{ detector: "title", effect: "lacks", why: `says "${words(m.tokens![0]!, last + 1)}" of ${words(mention.first, mention.last)}, not of ${subject.part.text}`, match: subject }];
    }
    const described = alignment.parts.filter((m) => m.part.role !== "subject" && m.part.kind === "word" && inPassage(m));
    if (described.length === 0) return [];
    const tokens = described.flatMap((m) => m.tokens!);
    // Whose post it is, said by a name before its words ("Castellbrook sporting director Bronagh
    // Tarrington"), where the claim gives the post another's ("sporting director of Saltmarne United").
    // A word of the claim's name will do: "Saltmarne manager" for "manager of Saltmarne United".
    const body = alignment.parts.find((m) => m.part.role === "argument" && m.part.kind === "name");
    const bodyWords = new Set(body ? claim.analysis.names[claim.analysis.nameOf[body.part.tokens[0]!]!]?.words : []);
    const owner = sentence.names[sentence.nameOf[Math.min(...tokens) - 1] ?? -1];
    if (body && owner && another(owner) && !owner.words.some((word) => bodyWords.has(word))) {
      return [{ detector: "title", effect: "lacks", why: `says "${words(owner.first, Math.max(...tokens))}", not ${body.part.text}'s`, match: body }];
    }
    const titled = titledName(sentence, Math.min(...tokens), Math.max(...tokens));
    if (titled === undefined) return [];
    const mention = sentence.names[titled]!;
    // A name the claim gives too may bear the title there as well ("stars as detective Maya Ross").
    if (!another(mention)) return [];
    return [{ detector: "title", effect: "lacks", why: `says "${words(Math.min(...tokens), Math.max(...tokens))}" of ${words(mention.first, mention.last)}, not of ${subject.part.text}`, match: subject }];
  },
};

/**
 * The name a noun phrase from `first` to `last` is the title of: the name right after its head
 * noun or after it and a comma, or the name and comma right before it (a value set between
 * commas after the name).
 */
function titledName(sentence: Analysis, first: number, last: number): number | undefined {
  const { tokens, nameOf } = sentence;
  // Right after it, or after a comma: "Quastel's chairwoman, Ignatia Marwood", not "Her cousin,
  // Niamh Dunleavy", which is the cousin of whoever "her" stands for; past a name that only says
  // whose ("the defending champion, Spain's Lucas Ferrand").
  const pronounOwned = tokens[first - 1]?.pos === "PRON";
  let after = tokens[last + 1]?.raw === "," ? (pronounOwned ? undefined : nameOf[last + 2]) : nameOf[last + 1];
  const whose = after !== undefined && after >= 0 ? sentence.names[after]!.last + 1 : -1;
  if (whose >= 0 && tokens[whose]?.pos === "PART" && (nameOf[whose + 1] ?? -1) >= 0) after = nameOf[whose + 1];
  if ((tokens[last]!.pos === "NOUN" || tokens[last]!.pos === "ADJ") && after !== undefined && after >= 0) return after;
  let i = first - 1;
  while (i >= 0 && (tokens[i]!.pos === "DET" || tokens[i]!.pos === "ADJ" || tokens[i]!.pos === "NOUN")) i--;
  // A value may stand between commas after the name: "Sorcha Maddenly, 41, the head trainer".
  const before = appositionNameBefore(sentence, i);
  return before === undefined ? undefined : nameOf[before.first];
}
