// Runs the judge's pieces on a claim and a passage written in the test, as RuleTester runs a
// rule on code: no corpus, no retrieval, just the alignment and the detectors.
import { splitAtoms } from "../../src/atoms/split.js";
import { alignAtom } from "../../src/judge/align.js";
import type { Detector, Finding, JudgeContext } from "../../src/judge/detectors/detector.js";
import { readSentence } from "../../src/judge/sentence.js";
import { judgeAtom, type AtomJudgement } from "../../src/judge/stance.js";
import type { ClaimView, PassageView, SentenceView } from "../../src/judge/view.js";
import calibration from "../../src/generated/calibration.js";
import { parseSource } from "../../src/sources/parse.js";
import type { Atom } from "../../src/types.js";
import { english } from "./language.js";
import { indexTerms } from "../../src/text/tokenize.js";

export function claimView(text: string): ClaimView {
  const analysis = readSentence(text, english);
  const { atoms, truncated } = splitAtoms(analysis, english, () => 1);
  // Every sentence a test gives around the passage is looked at: no index to narrow them down.
  return { text, analysis, atoms, truncated, termsOf: () => [], relationsOf: () => new Map(), language: english };
}

/** A passage as the judge sees it: the sentence, with `before` and `after` sentences around it. */
export function passageView(text: string, { before = [], after = [], date, title }: { before?: string[]; after?: string[]; date?: string; title?: string } = {}): PassageView {
  const all = [...before, text, ...after];
  const parsed = parseSource({ id: "s", file: "s.txt", text: `${date ? ` date ${date} ` : ""}${all.join("\n\n")}\n` });
  const source = title === undefined ? parsed : { ...parsed, title };
  const sentence = (i: number): SentenceView => ({ passage: source.passages[i]!, source, date: source.date, analysis: readSentence(all[i]!, english, { date: source.date }) });
  const at = before.length;
  const nearby: SentenceView[] = [];
  for (let d = 1; d <= Math.max(before.length, after.length); d++) {
    if (at - d >= 0) nearby.push(sentence(at - d));
    if (at + d < all.length) nearby.push(sentence(at + d));
  }
  const earlier = before.map((text) => new Set(indexTerms(text)));
  const every = all.map((text) => new Set(indexTerms(text)));
  return {
    ...sentence(at),
    around: () => nearby,
    namedBefore: (terms) => terms.length > 0 && earlier.some((held) => terms.every((t) => held.has(t))),
    // Each sentence a test gives is a paragraph of its own.
    namedInParagraph: () => false,
    previous: () => (at > 0 ? sentence(at - 1) : undefined),
    title: [],
    namedInSource: (terms) => terms.length > 0 && every.some((held) => terms.every((t) => held.has(t))),
    introducedBefore: (terms, head) => {
      const first = earlier.find((held) => held.has(head));
      return first !== undefined && terms.every((t) => first.has(t));
    },
  };
}

export function contextOf(claim: ClaimView): JudgeContext {
  return { claim, calibration };
}

/** What one detector finds for each atom of the claim against the passage. */
export function findingsOf(detector: Detector, claim: string, passage: string | PassageView): Finding[] {
  const view = claimView(claim);
  const target = typeof passage === "string" ? passageView(passage) : passage;
  return view.atoms.flatMap((atom: Atom) => detector.detect(alignAtom(view, atom, target), contextOf(view)));
}

/** Every atom of the claim judged against the passage. */
export function judgeAtoms(claim: string, passage: string | PassageView): AtomJudgement[] {
  const view = claimView(claim);
  const target = typeof passage === "string" ? passageView(passage) : passage;
  return view.atoms.map((atom) => judgeAtom(atom, target, contextOf(view)));
}
