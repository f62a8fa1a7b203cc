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
import { resolveCites } from "./claims/resolve-cites.js";
import { PassageIndex, type SourceTerms } from "./match/index.js";
import { buildQuery, retrieve, type Candidate, type ClaimQuery } from "./match/retrieve.js";
import { analyze, claimUnits } from "./judge/analyze.js";
import { judgePassage, type ClaimView, type PassageView } from "./judge/judge-passage.js";
import { aggregateVerdict, type ClaimVerdict } from "./judge/aggregate.js";
import { indexTerms } from "./text/tokenize.js";
import { TOOL } from "./version.js";

/** How many sentences either side of a passage count as its surroundings. */
const NEARBY_RADIUS = 2;

export const DEFAULT_FAIL_ON: readonly Verdict[] = ["conflicting", "unsourced"];

/** Sources with their index, built once and shared by every claim. */
export class Corpus {
  readonly sources: readonly Source[];
  readonly index: PassageIndex;
  /** Each passage's view, made when first judged and kept: passages recur across claims. */
  private readonly views = new Map<number, PassageView>();
  private readonly titleTerms = new Map<string, ReadonlySet<string>>();

  /** Sources the loader went on without: reported as problems, and still citable. */
  readonly skipped: readonly SkippedSource[];

  constructor(sources: readonly Source[], terms?: readonly SourceTerms[], skipped: readonly SkippedSource[] = []) {
    // Sorted by id, so the order sources are read in never changes a verdict.
    this.sources = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.index = new PassageIndex(this.sources, terms);
    this.skipped = skipped;
  }

  view(passageId: number): PassageView {
    let view = this.views.get(passageId);
    if (!view) {
      const passage = this.index.passages[passageId]!;
      const source = this.index.sources.get(passage.sourceId)!;
      view = {
        passage,
        source,
        analysis: analyze(passage.text, { date: source.date }),
        nearby: (term) => this.isNearby(passageId, term),
        title: this.title(passageId, source),
      };
      this.views.set(passageId, view);
    }
    return view;
  }

  /** Whether a sentence either side of a passage holds the term. */
  private isNearby(passageId: number, term: string): boolean {
    return this.index.neighbours(passageId, NEARBY_RADIUS).some((id) => this.index.hasTerm(id, term));
  }

  /** Terms of a source's title and headings: what the article is about. */
  private title(passageId: number, source: Source): ReadonlySet<string> {
    let terms = this.titleTerms.get(source.id);
    if (!terms) {
      const set = new Set<string>();
      const first = this.index.firstOfSource(passageId);
      source.passages.forEach((p, i) => {
        if (p.heading) this.index.addTermsOf(first + i, set);
      });
      if (source.title) for (const term of indexTerms(source.title)) set.add(term);
      terms = set;
      this.titleTerms.set(source.id, terms);
    }
    return terms;
  }
}

/** Finds the passages to judge for a claim, best first: `retrieve`, or another way to compare with it. */
export type FindCandidates = (index: PassageIndex, query: ClaimQuery, allowed?: ReadonlySet<string>) => Candidate[];

/** The index's shortlist, with fuse.js choosing it fuzzily for claims with misspelt words. */
const candidatesToJudge: FindCandidates = (index, query, allowed) => retrieve(index, query, allowed);

/** Judges one claim against the corpus. */
export function judgeClaim(claim: Claim, corpus: Corpus, find: FindCandidates = candidatesToJudge): ClaimVerdict {
  const analysis = analyze(claim.text);
  const query = buildQuery(analysis.tokens, corpus.index);
  const view: ClaimView = {
    text: claim.text,
    analysis,
    units: claimUnits(claim.text, analysis),
    aliases: query.terms,
    rarity: (term) => corpus.index.idf(term),
  };
  const allowed = claim.cites ? new Set(claim.cites) : undefined;
  const judgements = find(corpus.index, query, allowed).map((candidate) => judgePassage(view, corpus.view(candidate.passageId)));
  return aggregateVerdict(judgements);
}

/** Checks every claim and returns the report, claims in the order given; `onProgress` hears after each. */
export function check(
  claims: readonly Claim[],
  corpus: Corpus | readonly Source[],
  options: CheckOptions = {},
  onProgress?: (done: number, total: number) => void,
): Report {
  const built = corpus instanceof Corpus ? corpus : new Corpus(corpus);
  const resolved = resolveCites(claims, built.index.sources.keys(), built.skipped.map((s) => s.id));
  const verdicts = resolved.map((claim, i) => {
    const verdict = judgeClaim(claim, built);
    onProgress?.(i + 1, claims.length);
    return verdict;
  });
  return buildReport(claims, verdicts, options, built.skipped.map(problemOf));
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
