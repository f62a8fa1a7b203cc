// The library's entry: claims and sources in, a report out. Pure: no files, no environment.
import {
  InputError,
  InputErrors,
  REPORT_VERSION,
  type CheckOptions,
  type Claim,
  type ClaimResult,
  type Report,
  type Source,
  type Verdict,
} from "./types.js";
import type { Language } from "./language/language.js";
import { PassageIndex, type SourceTerms } from "./match/index.js";
import type { Calibration } from "./judge/calibration.js";
import { judgeClaim as judgeWith, type FindCandidates, type JudgeCorpus } from "./judge/judge-claim.js";
import type { ClaimVerdict } from "./judge/verdict.js";
import { readSentence } from "./judge/sentence.js";
import type { PassageView, SentenceView } from "./judge/view.js";
import { retrieve } from "./match/retrieve.js";
import fittedCalibration from "./generated/calibration.js";
import { TOOL } from "./generated/version.js";

export const DEFAULT_FAIL_ON: readonly Verdict[] = ["conflicting", "unsourced"];

export interface CorpusOptions {
  /** The language the sources and claims are written in (see `loadEnglish`). */
  language: Language;
  /** Each source's index terms, as the cache kept them. */
  terms?: readonly SourceTerms[] | undefined;
  /** The judge's fitted numbers; the shipped calibration by default. */
  calibration?: Calibration | undefined;
}

/** Sources with their index, built once and shared by every claim. */
export class Corpus implements JudgeCorpus {
  readonly sources: readonly Source[];
  readonly index: PassageIndex;
  readonly language: Language;
  readonly calibration: Calibration;
  /** Each sentence read when first judged, and kept: passages recur across claims and atoms. */
  private readonly sentences = new Map<number, SentenceView>();
  private readonly views = new Map<number, PassageView>();

  constructor(sources: readonly Source[], options: CorpusOptions) {
    // Sorted by id, so the order sources are read in never changes a verdict.
    this.sources = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.index = new PassageIndex(this.sources, options.terms);
    this.language = options.language;
    this.calibration = options.calibration ?? fittedCalibration;
  }

  /** A passage in its article: itself, the sentences around it, and the article's title. */
  view(passageId: number): PassageView {
    let view = this.views.get(passageId);
    if (!view) {
      const sentence = this.sentence(passageId);
      const first = this.index.firstOfSource(passageId);
      const end = first + sentence.source.passages.length;
      const nearby: SentenceView[] = [];
      for (let distance = 1; distance <= this.calibration.reach; distance++) {
        if (passageId - distance >= first) nearby.push(this.sentence(passageId - distance));
        if (passageId + distance < end) nearby.push(this.sentence(passageId + distance));
      }
      const title = sentence.source.passages[0]?.heading && first !== passageId && passageId - first > this.calibration.reach ? [this.sentence(first)] : [];
      view = { ...sentence, nearby, title };
      this.views.set(passageId, view);
    }
    return view;
  }

  private sentence(passageId: number): SentenceView {
    let sentence = this.sentences.get(passageId);
    if (!sentence) {
      const passage = this.index.passages[passageId]!;
      const source = this.index.sources.get(passage.sourceId)!;
      sentence = { passage, source, analysis: readSentence(passage.text, this.language, { date: source.date }) };
      this.sentences.set(passageId, sentence);
    }
    return sentence;
  }
}

/** Judges one claim against the corpus; `find` may replace the index's shortlist (the benchmark compares). */
export function judgeClaim(claim: Claim, corpus: Corpus, find: FindCandidates = retrieve): ClaimVerdict {
  return judgeWith(claim, corpus, find);
}

/** Checks every claim and returns the report, claims in the order given; `onProgress` hears after each. */
export function check(claims: readonly Claim[], corpus: Corpus, options: CheckOptions = {}, onProgress?: (done: number, total: number) => void): Report {
  assertCitesExist(claims, corpus);
  const verdicts = claims.map((claim, i) => {
    const verdict = judgeClaim(claim, corpus);
    onProgress?.(i + 1, claims.length);
    return verdict;
  });
  return buildReport(claims, verdicts, options);
}

/** Assembles the report: decides which claims fail and counts them, once, for every format. */
export function buildReport(claims: readonly Claim[], verdicts: readonly ClaimVerdict[], options: CheckOptions = {}): Report {
  const failOn = new Set(options.failOn ?? DEFAULT_FAIL_ON);
  const unsourcedCount = verdicts.filter((v) => v.verdict === "unsourced").length;
  const unsourcedFails = unsourcedCount > (options.maxUnsourced ?? 0);
  const results: ClaimResult[] = claims.map((claim, i) => {
    const verdict = verdicts[i]!;
    const failing = failOn.has(verdict.verdict) && (verdict.verdict !== "unsourced" || unsourcedFails);
    return {
      id: claim.id,
      text: claim.text,
      verdict: verdict.verdict,
      reason: verdict.reason,
      failing,
      location: claim.location,
      evidence: verdict.evidence,
      conflicts: verdict.conflicts,
      trace: verdict.trace,
    };
  });
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    summary: {
      total: results.length,
      supported: count("supported"),
      conflicting: count("conflicting"),
      unsourced: count("unsourced"),
      failing: results.filter((r) => r.failing).length,
    },
    claims: results,
  };
}

function assertCitesExist(claims: readonly Claim[], corpus: Corpus): void {
  const errors: InputError[] = [];
  for (const claim of claims) {
    for (const cite of claim.cites ?? []) {
      if (!corpus.index.sources.has(cite)) {
        errors.push(
          new InputError(claim.location, `cites that name sources (a source's id is its file name without extension); claim "${claim.id}" cites "${cite}", which is none of them`),
        );
      }
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
}
