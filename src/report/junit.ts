// JUnit XML for CI test dashboards: a test suite per claims file, a test case per claim, and a
// failure for each failing claim with its reason and evidence.
import type { ClaimResult, FixedEntry, Problem, Report, SkippedClaim } from "../types.js";
import { escapeXmlAttribute, escapeXmlText, oneLine } from "./escape.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

const QUOTE_LIMIT = 300;

export const junit: Reporter = (report, { quiet }) => {
  const suites = groupByFile(report, quiet).map(([file, cases]) => testSuite(file, cases, report));
  const tests = suites.reduce((sum, s) => sum + s.tests, 0) + report.problems.length;
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  const errors = report.problems.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes({ name: report.tool.name, tests, failures, errors })}>`,
    ...suites.map((s) => s.xml),
    ...(errors > 0 ? [skippedSuite(report.problems)] : []),
    "</testsuites>",
    "",
  ].join("\n");
};

/** Sources the run went on without: one errored test case each, in a suite of their own. */
function skippedSuite(problems: readonly Problem[]): string {
  const cases = problems.map((problem) => {
    const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
    return [
      `    <testcase ${attributes({ name: `source ${problem.file}`, classname: "claimcheck.sources", file: problem.file, ...(problem.line !== undefined ? { line: problem.line } : {}) })}>`,
      `      <error ${attributes({ type: "skipped-source", message: problem.message })}>${escapeXmlText(oneLine(`skipped source ${place}: ${problem.message}`))}</error>`,
      "    </testcase>",
    ].join("\n");
  });
  return [`  <testsuite ${attributes({ name: "sources", tests: problems.length, failures: 0, errors: problems.length, skipped: 0 })}>`, ...cases, "  </testsuite>"].join("\n");
}

/** A claim checked, or one --changed-since skipped (a skipped test case). */
type Case = { checked: ClaimResult } | { skipped: SkippedClaim };

/** Cases grouped by their claims file, files in the order they first appear, skipped claims last. */
function groupByFile(report: Report, quiet: boolean): [string, Case[]][] {
  const groups = new Map<string, Case[]>();
  const add = (file: string, entry: Case) => {
    const group = groups.get(file);
    if (group) group.push(entry);
    else groups.set(file, [entry]);
  };
  for (const claim of report.claims) if (!quiet || claim.failing) add(claim.location.file, { checked: claim });
  if (!quiet) for (const claim of report.changedSince?.skippedClaims ?? []) add(claim.location.file, { skipped: claim });
  // A file whose fixed claims are all gone still gets its suite, to say so.
  for (const entry of report.baseline?.absent ?? []) if (!entry.now && !groups.has(entry.file)) groups.set(entry.file, []);
  return [...groups];
}

function testSuite(file: string, cases: readonly Case[], report: Report): { xml: string; tests: number; failures: number } {
  const failures = cases.filter((c) => "checked" in c && c.checked.failing).length;
  const skipped = cases.filter((c) => "skipped" in c || c.checked.baselineState === "unchanged").length;
  const head = `  <testsuite ${attributes({ name: file, tests: cases.length, failures, errors: 0, skipped })}>`;
  const className = suiteClassName(file);
  const baseline = report.baseline?.file ?? "";
  const fixed = new Map((report.baseline?.absent ?? []).filter((entry) => entry.file === file).map((entry) => [entry.id, entry]));
  const body = cases.map((c) => ("checked" in c ? testCase(c.checked, className, baseline, fixed.get(c.checked.id)) : skippedCase(c.skipped, className, report)));
  const gone = [...fixed.values()].filter((entry) => !entry.now);
  if (gone.length > 0) body.push(`    <system-out>${escapeXmlText(goneNote(gone, baseline))}</system-out>`);
  return { xml: [head, ...body, "  </testsuite>"].join("\n"), tests: cases.length, failures };
}

function testCase(claim: ClaimResult, className: string, baseline: string, fixed: FixedEntry | undefined): string {
  const head = `    <testcase ${attributes({ name: `${claim.id}: ${oneLine(claim.text)}`, classname: className, file: claim.location.file, line: claim.location.line })}>`;
  const fixedNote = fixed ? `\nfixed since the baseline (was ${fixed.verdict}): --prune removes it from ${oneLine(baseline)}` : "";
  const body = claim.failing
    ? `      <failure ${attributes({ type: claim.verdict, message: claim.reason })}>${escapeXmlText(details(claim))}</failure>`
    : claim.baselineState === "unchanged"
      ? `      <skipped ${attributes({ message: `known failure, in the baseline ${baseline}: ${claim.verdict}: ${claim.reason}` })}/>`
      : `      <system-out>${escapeXmlText(`${claim.verdict}: ${oneLine(claim.reason)}${fixedNote}`)}</system-out>`;
  return [head, body, "    </testcase>"].join("\n");
}

function skippedCase(claim: SkippedClaim, className: string, report: Report): string {
  const head = `    <testcase ${attributes({ name: `${claim.id}: ${oneLine(claim.text)}`, classname: className, file: claim.location.file, line: claim.location.line })}>`;
  const message = `not checked: unchanged since ${report.changedSince?.revision ?? ""}, and no source changed since bears on it`;
  return [head, `      <skipped ${attributes({ message })}/>`, "    </testcase>"].join("\n");
}

function goneNote(gone: readonly FixedEntry[], baseline: string): string {
  const ids = gone.map((entry) => `${entry.id} (was ${entry.verdict})`).join(", ");
  return oneLine(`in the baseline but no longer in this file: ${ids}; --prune removes them from ${baseline}`);
}

/**
 * The failure body: where the claim is, why it fails, what each source says. Each line starts
 * with the tool's own words and holds user text on that line only, so no claim or quote starts a
 * line of the XML (a CI log showing it would read "::error" there as a command).
 */
function details(claim: ClaimResult): string {
  const { file, line, column } = claim.location;
  const lines = [`${claim.verdict}: ${claim.reason}`, `claim (${file}:${line}:${column}): ${claim.text}`];
  for (const conflict of claim.conflicts) {
    const at = claim.evidence[conflict.evidence];
    if (at) lines.push(`${conflict.kind}: claim says ${conflict.claimValue} — ${at.sourceId}:${at.line} says ${conflict.sourceValue}`);
  }
  for (const evidence of claim.evidence) {
    const date = evidence.date ? `, ${evidence.date}` : "";
    lines.push(`evidence ${evidence.file}:${evidence.line} (${evidence.stance}${date}): "${shortQuote(evidence.quote, QUOTE_LIMIT)}"`);
  }
  return lines.map(oneLine).join("\n");
}

/** A dotted name that stays the same for a claims file: claims/ballard.yaml → claimcheck.claims.ballard. */
function suiteClassName(file: string): string {
  const parts = file.replace(/\.[^./]*$/, "").split("/").filter((part) => part !== "" && part !== ".");
  return ["claimcheck", ...parts.map((part) => part.replace(/[^A-Za-z0-9_-]+/g, "_"))].join(".");
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${escapeXmlAttribute(String(value))}"`)
    .join(" ");
}
