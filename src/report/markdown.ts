// Markdown for a pull-request comment or a GitHub step summary: the counts, then each failing
// claim with its reason, conflicts and evidence. Every piece of user text goes through
// escapeMarkdown, so a claim cannot break the layout, open HTML or make a link.
import type { BaselineOutcome, ClaimResult, Evidence, Problem, Report, Verdict } from "../types.js";
import { describeDraft } from "../drafts/describe.js";
import { escapeMarkdown as md } from "./escape.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

const ICONS: Readonly<Record<Verdict, string>> = { supported: "✅", conflicting: "❌", unsourced: "❔" };
const QUOTE_LIMIT = 240;
/** What a baseline makes of a failing claim, in its heading. */
const BASELINE_TAGS: Readonly<Record<NonNullable<ClaimResult["baselineState"]>, string>> = {
  new: " · new",
  updated: " · changed since the baseline",
  unchanged: " · known",
};

export const markdown: Reporter = (report, { quiet, maxBytes }) => {
  const failing = report.claims.filter((claim) => claim.failing);
  const known = report.claims.filter((claim) => claim.baselineState === "unchanged");
  const sections = [heading(report), summaryTable(report), ...scopeNotes(report)];
  if (report.problems.length > 0) sections.push("### Skipped sources", report.problems.map(problemItem).join("\n"));
  if (report.drafts && report.drafts.length > 0) sections.push("### Drafts", report.drafts.map((d) => `- ${md(d.file)}: ${md(describeDraft(d))}`).join("\n"));
  if (failing.length > 0) sections.push("### Failing claims", ...failing.map(claimSection));
  if (report.baseline && report.baseline.absent.length > 0) sections.push(fixedSection(report.baseline));
  if (!quiet && known.length > 0) sections.push(knownClaims(known));
  if (!quiet && report.claims.length > 0) sections.push(allClaims(report));
  return fitted(sections, maxBytes);
};

/**
 * The sections joined, whole ones only, within `maxBytes` (GitHub cuts a step summary past
 * 1 MiB): those that do not fit are left out, and a closing note says how many.
 */
function fitted(sections: readonly string[], maxBytes: number | undefined): string {
  const whole = `${sections.join("\n\n")}\n`;
  if (maxBytes === undefined || utf8Length(whole) <= maxBytes) return whole;
  const note = (left: number) => `\n_The report was cut to fit: ${left} more section${left === 1 ? " is" : "s are"} left out here. The full report is in the run's log, or write it with -f markdown -o FILE._\n`;
  const budget = maxBytes - utf8Length(note(sections.length));
  const kept: string[] = [];
  let used = 0;
  for (const section of sections) {
    const size = utf8Length(section) + 2;
    if (used + size > budget) break;
    kept.push(section);
    used += size;
  }
  return `${kept.join("\n\n")}\n${note(sections.length - kept.length)}`;
}

const encoder = new TextEncoder();
function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

function problemItem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `- ${md(place)}: ${md(problem.message)}`;
}

/** What the baseline and --changed-since made of the run, one sentence each. */
function scopeNotes(report: Report): string[] {
  const notes: string[] = [];
  if (report.baseline) {
    const { file, unchanged, updated, absent } = report.baseline;
    notes.push(
      `Baseline ${md(file)}: ${plural(unchanged, "known failure")} shown but not failing; ${report.baseline.new} new, ${updated} changed since; ${absent.length} fixed.`,
    );
  }
  if (report.changedSince) {
    const { revision, commit, skipped } = report.changedSince;
    notes.push(
      `Changed since ${md(revision)} (${commit.slice(0, 12)}): ${plural(report.summary.total, "claim")} checked; ${skipped} skipped, neither edited since nor touched by a changed source.`,
    );
  }
  return notes;
}

function fixedSection(baseline: BaselineOutcome): string {
  const items = baseline.absent.map((entry) =>
    entry.now
      ? `- ${md(entry.id)} (${md(`${entry.now.location.file}:${entry.now.location.line}`)}): was ${entry.verdict}, now ${entry.now.verdict}`
      : `- ${md(entry.id)} (${md(entry.file)}): was ${entry.verdict}; no longer in the file`,
  );
  return ["### Fixed since the baseline", "", ...items, "", "`claimcheck check --baseline FILE --prune` removes them from the baseline."].join("\n");
}

/** Failing claims the baseline knows, collapsed: they are shown, not counted as failing. */
function knownClaims(known: readonly ClaimResult[]): string {
  const rows = known.map(
    (claim) => `| ${md(claim.id)} | ${ICONS[claim.verdict]} ${claim.verdict} | ${md(claim.text)} | ${md(`${claim.location.file}:${claim.location.line}`)} | ${md(claim.reason)} |`,
  );
  return [
    "<details>",
    `<summary>${plural(known.length, "known failure")}, in the baseline</summary>`,
    "",
    "| Id | Verdict | Claim | Where | Reason |",
    "| :-- | :-- | :-- | :-- | :-- |",
    ...rows,
    "",
    "</details>",
  ].join("\n");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function heading(report: Report): string {
  const { total, failing } = report.summary;
  const verdict = failing === 0 ? `all ${total} claim${total === 1 ? "" : "s"} pass` : `${failing} of ${total} claim${total === 1 ? "" : "s"} failing`;
  return `## ${md(report.tool.name)}: ${verdict}`;
}

function summaryTable(report: Report): string {
  const { supported, conflicting, unsourced, failing } = report.summary;
  return [
    "| Verdict | Claims |",
    "| :-- | --: |",
    `| ${ICONS.supported} supported | ${supported} |`,
    `| ${ICONS.conflicting} conflicting | ${conflicting} |`,
    `| ${ICONS.unsourced} unsourced | ${unsourced} |`,
    `| **failing** | **${failing}** |`,
  ].join("\n");
}

function claimSection(claim: ClaimResult): string {
  const { file, line, column } = claim.location;
  const lines = [
    `#### ${ICONS[claim.verdict]} ${md(claim.id)} · ${claim.verdict}${claim.baselineState ? BASELINE_TAGS[claim.baselineState] : ""}`,
    "",
    `> ${md(claim.text)}`,
    "",
    `${md(`${file}:${line}:${column}`)} · ${md(claim.reason)}`,
  ];
  const conflicts = claim.conflicts.flatMap((conflict) => {
    const at = claim.evidence[conflict.evidence];
    return at ? [`- **${conflict.kind}:** claim says ${md(conflict.claimValue)} — ${md(`${at.sourceId}:${at.line}`)} says ${md(conflict.sourceValue)}`] : [];
  });
  if (conflicts.length > 0) lines.push("", ...conflicts);
  if (claim.evidence.length > 0) lines.push("", "Evidence:", "", ...claim.evidence.map((e) => `- ${quoteItem(e)}`));
  return lines.join("\n");
}

function quoteItem(evidence: Evidence): string {
  const date = evidence.date ? `, ${md(evidence.date)}` : "";
  return `${md(`${evidence.file}:${evidence.line}`)} (${evidence.stance}${date}): “${md(shortQuote(evidence.quote, QUOTE_LIMIT))}”`;
}

/** Every claim in a collapsed table, so the comment stays short. */
function allClaims(report: Report): string {
  const rows = report.claims.map(
    (claim) => `| ${md(claim.id)} | ${ICONS[claim.verdict]} ${claim.verdict} | ${md(claim.text)} | ${md(`${claim.location.file}:${claim.location.line}`)} |`,
  );
  return [
    "<details>",
    `<summary>All ${report.claims.length} claims</summary>`,
    "",
    "| Id | Verdict | Claim | Where |",
    "| :-- | :-- | :-- | :-- |",
    ...rows,
    "",
    "</details>",
  ].join("\n");
}
