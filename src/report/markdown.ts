// Markdown for a pull-request comment or a GitHub step summary: the counts, then each failing
// claim with its reason, conflicts and evidence. Every piece of user text goes through
// escapeMarkdown, so a claim cannot break the layout, open HTML or make a link.
import type { ClaimResult, Evidence, Problem, Report, Verdict } from "../types.js";
import { describeDraft } from "../drafts/describe.js";
import { escapeMarkdown as md } from "./escape.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

const ICONS: Readonly<Record<Verdict, string>> = { supported: "✅", conflicting: "❌", unsourced: "❔" };
const QUOTE_LIMIT = 240;

export const markdown: Reporter = (report, { quiet, maxBytes }) => {
  const failing = report.claims.filter((claim) => claim.failing);
  const sections = [heading(report), summaryTable(report)];
  if (report.problems.length > 0) sections.push("### Skipped sources", report.problems.map(problemItem).join("\n"));
  if (report.drafts && report.drafts.length > 0) sections.push("### Drafts", report.drafts.map((d) => `- ${md(d.file)}: ${md(describeDraft(d))}`).join("\n"));
  if (failing.length > 0) sections.push("### Failing claims", ...failing.map(claimSection));
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
    `#### ${ICONS[claim.verdict]} ${md(claim.id)} · ${claim.verdict}`,
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
