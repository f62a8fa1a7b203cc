// The library's entry: claims and sources in, a report out. Pure: no files, no environment.
import {
  REPORT_VERSION,
  type CheckOptions,
  type Claim,
  type ClaimResult,
  type Problem,
  type Report,
  type SkippedSource,
  type Source,
  type Verdict,
} from "./types.js";
import type { Language } from "./language/language.js";
import { resolveCites } from "./claims/resolve-cites.js";
import { PassageIndex, type SourceTerms } from "./match/index.js";
import type { Calibration } from "./judge/calibration.js";
import { judgeClaim as judgeWith, type FindCandidates, type JudgeCorpus } from "./judge/judge-claim.js";
import type { ClaimVerdict } from "./judge/verdict.js";
import { readSentence } from "./judge/sentence.js";
import { readingDate } from "./judge/dateline.js";
import type { PassageView, SentenceView } from "./judge/view.js";
import { retrieve } from "./match/retrieve.js";
import { Recent } from "./text/recent.js";
import fittedCalibration from "./generated/calibration.js";
import { TOOL } from "./generated/version.js";

/** How many read sentences a run keeps: a few thousand claims' shortlists and their neighbours. */
const SENTENCES_KEPT = 16384;

export const DEFAULT_FAIL_ON: readonly Verdict[] = ["conflicting", "unsourced"];

export interface CorpusOptions {
  /** The language the sources and claims are written in (see `loadEnglish`). */
  language: Language;
  /** Each source's index terms, as the cache kept them. */
  terms?: readonly SourceTerms[] | undefined;
  /** The judge's fitted numbers; the shipped calibration by default. */
  calibration?: Calibration | undefined;
  /** Sources the loader went on without, so cites of them resolve and the report lists them. */
  skipped?: readonly SkippedSource[] | undefined;
}

/** Sources with their index, built once and shared by every claim. */
export class Corpus implements JudgeCorpus {
  readonly sources: readonly Source[];
  readonly index: PassageIndex;
  readonly language: Language;
  readonly calibration: Calibration;
  /**
   * Sentences read when first judged, the recent ones kept: passages recur across the atoms of a
   * claim and across claims on one subject, and an archive's worth would not fit in memory.
   */
  private readonly sentences = new Recent<number, SentenceView>(SENTENCES_KEPT);
  private readonly views = new Recent<number, PassageView>(SENTENCES_KEPT);

  /** Sources the loader went on without: reported as problems, and still citable. */
  readonly skipped: readonly SkippedSource[];

  constructor(sources: readonly Source[], options: CorpusOptions) {
    // Sorted by id, so the order sources are read in never changes a verdict.
    this.sources = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.index = new PassageIndex(this.sources, options.terms);
    this.language = options.language;
    this.calibration = options.calibration ?? fittedCalibration;
    this.skipped = options.skipped ?? [];
  }

  /** A passage in its article: itself, the sentences around it, and the article's title. */
  view(passageId: number): PassageView {
    return this.views.get(passageId, () => {
      const sentence = this.sentence(passageId);
      const first = this.index.firstOfSource(passageId);
      const end = first + sentence.source.passages.length;
      const around = (terms: readonly string[]) => {
        const found: SentenceView[] = [];
        for (let distance = 1; distance <= this.calibration.reach; distance++) {
          for (const id of [passageId - distance, passageId + distance]) {
            if (id >= first && id < end && terms.some((term) => this.index.hasTerm(id, term))) found.push(this.sentence(id));
          }
        }
        return found;
      };
      const title = sentence.source.passages[0]?.heading && first !== passageId && passageId - first > this.calibration.reach ? [this.sentence(first)] : [];
      // "she" or a quote's "I" stands for someone said of lately, not for anyone the article named
      // once: a name within twice the reach before, or earlier in the same paragraph.
      const line = sentence.passage.line;
      // No terms name no one: a name the index has never seen was said nowhere.
      const namedBefore = (terms: readonly string[]) => {
        if (terms.length === 0) return false;
        for (let id = first; id < passageId; id++) {
          const lately = id >= passageId - 2 * this.calibration.reach || this.index.passages[id]!.line === line;
          if (lately && terms.every((term) => this.index.hasTerm(id, term))) return true;
        }
        return false;
      };
      const namedInSource = (terms: readonly string[]) => {
        if (terms.length === 0) return false;
        for (let id = first; id < end; id++) if (terms.every((term) => this.index.hasTerm(id, term))) return true;
        return false;
      };
      const namedInParagraph = (terms: readonly string[]) => {
        if (terms.length === 0) return false;
        for (let id = passageId - 1; id >= first && this.index.passages[id]!.line === line; id--) {
          if (terms.every((term) => this.index.hasTerm(id, term))) return true;
        }
        return false;
      };
      // A headline shortens names ("Castlemere orchestra strike ends"): the first body sentence to say the word introduces it.
      const introducedBefore = (terms: readonly string[], head: string) => {
        for (let id = first; id < passageId; id++) {
          if (this.index.passages[id]!.heading || !this.index.hasTerm(id, head)) continue;
          return terms.every((term) => this.index.hasTerm(id, term));
        }
        return false;
      };
      const previous = () => (passageId > first ? this.sentence(passageId - 1) : undefined);
      return { ...sentence, around, namedBefore, namedInParagraph, previous, title, namedInSource, introducedBefore };
    });
  }

  /** The date each source is read against: its own, or its dateline's. */
  private readonly readingDates = new Map<string, string | undefined>();

  private readingDate(source: Source): string | undefined {
    if (!this.readingDates.has(source.id)) this.readingDates.set(source.id, readingDate(source, this.language));
    return this.readingDates.get(source.id);
  }

  private sentence(passageId: number): SentenceView {
    return this.sentences.get(passageId, () => {
      const passage = this.index.passages[passageId]!;
      const source = this.index.sources.get(passage.sourceId)!;
      const date = this.readingDate(source);
      return { passage, source, date, analysis: readSentence(passage.text, this.language, { date }) };
    });
  }
}

/** Judges one claim against the corpus; `find` may replace the index's shortlist (the benchmark compares). */
export function judgeClaim(claim: Claim, corpus: Corpus, find: FindCandidates = retrieve): ClaimVerdict {
  return judgeWith(claim, corpus, find);
}

/**
 * Verdicts judged before against the same corpus, by the same code (the verdict cache): a claim
 * it recalls is not judged again, and one judged is kept.
 */
export interface VerdictMemory {
  recall(claim: Claim): ClaimVerdict | undefined;
  keep(claim: Claim, verdict: ClaimVerdict): void;
}

export interface JudgingOptions {
  /** Hears after each claim. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  memory?: VerdictMemory | undefined;
}

/** Checks every claim and returns the report, claims in the order given. */
export function check(claims: readonly Claim[], corpus: Corpus, options: CheckOptions = {}, { onProgress, memory }: JudgingOptions = {}): Report {
  const resolved = resolveCites(claims, corpus.index.sources.keys(), corpus.skipped.map((s) => s.id));
  const verdicts = resolved.map((claim, i) => {
    let verdict = memory?.recall(claim);
    if (!verdict) {
      verdict = judgeClaim(claim, corpus);
      memory?.keep(claim, verdict);
    }
    onProgress?.(i + 1, claims.length);
    return verdict;
  });
  return buildReport(claims, verdicts, options, corpus.skipped.map(problemOf));
}

/** A skipped source as the report lists it. */
export function problemOf({ file, error }: SkippedSource): Problem {
  return {
    kind: "skipped-source",
    file,
    ...(error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : {}),
    message: `expected ${error.expected}`,
  };
}

/** Assembles the report: decides which claims fail and counts them, once, for every format. */
export function buildReport(
  claims: readonly Claim[],
  verdicts: readonly ClaimVerdict[],
  options: CheckOptions = {},
  problems: readonly Problem[] = [],
): Report {
  const failOn = new Set(options.failOn ?? DEFAULT_FAIL_ON);
  // Unsourced and conflicting claims fail only past their allowance (--max-unsourced, --max-conflicting).
  const allowance: Readonly<Record<Verdict, number>> = { supported: 0, conflicting: options.maxConflicting ?? 0, unsourced: options.maxUnsourced ?? 0 };
  const overAllowance = (v: Verdict) => verdicts.filter((verdict) => verdict.verdict === v).length > allowance[v];
  const fails: Readonly<Record<Verdict, boolean>> = { supported: true, conflicting: overAllowance("conflicting"), unsourced: overAllowance("unsourced") };
  const results: ClaimResult[] = claims.map((claim, i) => {
    const verdict = verdicts[i]!;
    const failing = failOn.has(verdict.verdict) && fails[verdict.verdict];
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
    problems: [...problems],
  };
}
