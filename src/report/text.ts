// The terminal report people read: one block per claim, verdict first, then a summary line.
import type { BaselineOutcome, ClaimResult, Evidence, Problem, Report, Verdict } from "../types.js";
import { describeDraft } from "../drafts/describe.js";
import { escapeLine } from "./escape.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

const MARKS: Readonly<Record<Verdict, string>> = { supported: "✓", conflicting: "✗", unsourced: "?" };
const COLOURS: Readonly<Record<Verdict, number>> = { supported: 32, conflicting: 31, unsourced: 33 };
const QUOTE_LIMIT = 240;

/** What a baseline makes of a failing claim, after its place. */
const BASELINE_TAGS: Readonly<Record<NonNullable<ClaimResult["baselineState"]>, string>> = {
  new: "new",
  updated: "changed since the baseline",
  unchanged: "known",
};

export const text: Reporter = (report, { color, quiet, explain = false }) => {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const dim = (s: string) => paint(2, s);
  const block = (claim: ClaimResult) => claimBlock(claim, paint, dim) + (explain ? `\n${traceBlock(claim, dim)}` : "");
  const blocks = report.claims.filter((c) => c.baselineState !== "unchanged" && (!quiet || c.failing)).map(block);
  // Known failures stand apart, after the claims that count.
  const known = quiet ? [] : report.claims.filter((c) => c.baselineState === "unchanged");
  if (report.baseline && known.length > 0) {
    blocks.push(dim(`Known failures, in the baseline ${safe(report.baseline.file)}: shown, not failing`), ...known.map(block));
  }
  if (report.baseline && report.baseline.absent.length > 0) blocks.push(fixedBlock(report.baseline));
  const problems = report.problems.length > 0 ? [report.problems.map(problemLine).join("\n")] : [];
  const drafts = report.drafts && report.drafts.length > 0 ? [report.drafts.map((d) => `draft ${safe(d.file)}: ${describeDraft(d)}`).join("\n")] : [];
  return [...blocks, ...problems, ...drafts, summaryLines(report, paint)].join("\n\n") + "\n";
};

/** Baseline entries the run found fixed, or whose claim is gone. */
function fixedBlock(baseline: BaselineOutcome): string {
  const lines = baseline.absent.map((entry) =>
    entry.now
      ? `  fixed: ${safe(entry.id)}  ${safe(`${entry.now.location.file}:${entry.now.location.line}:${entry.now.location.column}`)}  was ${entry.verdict}, now ${entry.now.verdict}`
      : `  gone: ${safe(entry.id)}  ${safe(entry.file)}  was ${entry.verdict}; no longer in the file`,
  );
  return [`Fixed since the baseline ${safe(baseline.file)} (--prune removes them from it):`, ...lines].join("\n");
}

function problemLine(problem: Problem): string {
  return `! skipped source ${safe(placeOf(problem))}: ${safe(problem.message)}`;
}

/** file:line:column, or as much of it as is known. */
export function placeOf(problem: Problem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

function claimBlock(claim: ClaimResult, paint: (code: number, s: string) => string, dim: (s: string) => string): string {
  const where = `${claim.location.file}:${claim.location.line}:${claim.location.column}`;
  const tag = claim.baselineState ? `  ${BASELINE_TAGS[claim.baselineState]}` : "";
  const head = `${paint(COLOURS[claim.verdict], `${MARKS[claim.verdict]} ${claim.verdict}`)}  ${safe(claim.id)}  ${dim(safe(where))}${tag}`;
  // Every line opens with the tool's words: claim text never starts one (see escapeLine).
  const lines = [head, `  ${dim("claim:")} ${safe(claim.text)}`, `  ${dim("reason:")} ${safe(claim.reason)}`];
  // The reason names the first conflict; further ones follow it.
  for (const conflict of claim.conflicts.slice(1)) {
    const at = claim.evidence[conflict.evidence];
    if (!at) continue;
    lines.push(`  also ${conflict.kind}: claim says ${safe(conflict.claimValue)} — ${safe(at.sourceId)}:${at.line} says ${safe(conflict.sourceValue)}`);
  }
  const best = claim.evidence[0];
  if (best) lines.push(`  ${quoteLine(best)}`);
  return lines.join("\n");
}

/** The claim's atoms, each with the passage it aligned to, its parts and what decided it. */
function traceBlock(claim: ClaimResult, dim: (s: string) => string): string {
  const lines = [`  ${dim("how:")} ${safe(claim.trace.decision)}`];
  for (const atom of claim.trace.atoms) {
    const where = atom.passage ? ` at ${safe(atom.passage.sourceId)}:${atom.passage.line}` : "";
    lines.push(`    atom "${safe(atom.atom)}": ${atom.outcome}${where} (${safe(atom.decidedBy)}: ${safe(atom.why)})`);
    for (const part of atom.parts) {
      const found = part.evidence === undefined ? part.found : `${part.found} "${safe(part.evidence)}"${part.relation && part.relation !== "same" ? ` (${part.relation})` : ""}`;
      lines.push(`      ${dim(`${part.role}:`)} ${safe(part.part)} → ${found}`);
    }
  }
  return lines.join("\n");
}

function quoteLine(evidence: Evidence): string {
  const quote = shortQuote(evidence.quote, QUOTE_LIMIT);
  const date = evidence.date ? `, ${evidence.date}` : "";
  return `> "${safe(quote)}" (${safe(evidence.sourceId)}:${evidence.line}${date}, ${evidence.stance})`;
}

function summaryLines(report: Report, paint: (code: number, s: string) => string): string {
  const { total, supported, conflicting, unsourced, failing } = report.summary;
  const counts = [
    paint(COLOURS.supported, `${supported} supported`),
    paint(COLOURS.conflicting, `${conflicting} conflicting`),
    paint(COLOURS.unsourced, `${unsourced} unsourced`),
  ].join(", ");
  const skipped = report.problems.length;
  const problems = skipped > 0 ? `; ${skipped} source${skipped === 1 ? "" : "s"} skipped` : "";
  const lines = [`${total} claim${total === 1 ? "" : "s"}: ${counts}; ${failing} failing${problems}`];
  if (report.baseline) {
    const { file, unchanged, updated, absent } = report.baseline;
    lines.push(`baseline ${safe(file)}: ${unchanged} known, ${report.baseline.new} new, ${updated} changed, ${absent.length} fixed`);
  }
  if (report.changedSince) {
    const { revision, commit, skipped } = report.changedSince;
    lines.push(`changed since ${safe(revision)} (${commit.slice(0, 12)}): ${total} checked, ${skipped} skipped`);
  }
  return lines.join("\n");
}

const safe = escapeLine;
