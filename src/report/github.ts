// GitHub Actions workflow commands: one annotation per failing claim, on the claim in its file.
// All user text passes through the escaping in escape.ts, so none of it can start a command.
import type { ClaimResult, Report, Verdict } from "../types.js";
import { escapeWorkflowData, escapeWorkflowProperty } from "./escape.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

type Command = "error" | "warning" | "notice";

const COMMANDS: Readonly<Record<Verdict, Command>> = { conflicting: "error", unsourced: "warning", supported: "notice" };
/** GitHub shows at most this many error and this many warning annotations per step. */
const ANNOTATION_LIMIT = 10;
const QUOTE_LIMIT = 300;

export const github: Reporter = (report) => {
  const failing = report.claims.filter((claim) => claim.failing);
  const errors = failing.filter((claim) => COMMANDS[claim.verdict] === "error").length;
  const warnings = failing.filter((claim) => COMMANDS[claim.verdict] === "warning").length;
  const lines = failing.map(annotation);
  lines.unshift(...scopeNotices(report));
  if (errors > ANNOTATION_LIMIT || warnings > ANNOTATION_LIMIT) {
    lines.unshift(
      workflowCommand(
        "notice",
        { title: "claimcheck" },
        `claimcheck found ${plural(errors, "error")} and ${plural(warnings, "warning")}; GitHub shows only the first ${ANNOTATION_LIMIT} of each as annotations, and all of them in this log.`,
      ),
    );
  }
  for (const problem of report.problems) {
    const place = problem.line === undefined ? { file: problem.file } : { file: problem.file, line: problem.line, col: problem.column ?? 1 };
    lines.push(workflowCommand("error", { ...place, title: "skipped source" }, `claimcheck could not read this source and went on without it: ${problem.message}`));
  }
  return lines.map((line) => `${line}\n`).join("");
};

/** What the baseline and --changed-since left out of the annotations, said once each. */
function scopeNotices(report: Report): string[] {
  const notices: string[] = [];
  if (report.baseline) {
    const { file, unchanged, updated, absent } = report.baseline;
    const fixed = absent.length > 0 ? `; ${plural(absent.length, "claim")} fixed since (--prune removes them from it)` : "";
    notices.push(
      workflowCommand(
        "notice",
        { title: "claimcheck baseline" },
        `${plural(unchanged, "known failure")} in ${file}, not annotated; ${report.baseline.new} new, ${updated} changed since${fixed}.`,
      ),
    );
  }
  if (report.changedSince) {
    const { revision, skipped } = report.changedSince;
    notices.push(
      workflowCommand(
        "notice",
        { title: "claimcheck changed since" },
        `Checked ${plural(report.summary.total, "claim")} added or edited since ${revision}, or touched by a source changed since; ${skipped} skipped.`,
      ),
    );
  }
  return notices;
}

/** What a baseline makes of a failing claim, after its title. */
const TITLE_TAGS: Readonly<Record<NonNullable<ClaimResult["baselineState"]>, string>> = {
  new: ", new",
  updated: ", changed since the baseline",
  unchanged: ", known",
};

function annotation(claim: ClaimResult): string {
  const { file, line, column, endLine, endColumn } = claim.location;
  const message = [claim.reason, `claim: ${claim.text}`];
  const best = claim.evidence[claim.conflicts[0]?.evidence ?? 0];
  if (best) message.push(`${best.file}:${best.line}: "${shortQuote(best.quote, QUOTE_LIMIT)}"`);
  return workflowCommand(
    COMMANDS[claim.verdict],
    { file, line, col: column, endLine, endColumn, title: `${claim.verdict} claim ${claim.id}${claim.baselineState ? TITLE_TAGS[claim.baselineState] : ""}` },
    message.join("\n"),
  );
}

/** `::name key=value,…::message`, every part escaped as GitHub reads it back. */
function workflowCommand(name: Command, properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeWorkflowProperty(String(value))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeWorkflowData(message)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
