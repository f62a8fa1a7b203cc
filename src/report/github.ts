// GitHub Actions workflow commands: one annotation per failing claim, on the claim in its file.
// All user text passes through the escaping in escape.ts, so none of it can start a command.
import type { ClaimResult, Verdict } from "../types.js";
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

function annotation(claim: ClaimResult): string {
  const { file, line, column, endLine, endColumn } = claim.location;
  const message = [claim.reason, `claim: ${claim.text}`];
  const best = claim.evidence[claim.conflicts[0]?.evidence ?? 0];
  if (best) message.push(`${best.file}:${best.line}: "${shortQuote(best.quote, QUOTE_LIMIT)}"`);
  return workflowCommand(
    COMMANDS[claim.verdict],
    { file, line, col: column, endLine, endColumn, title: `${claim.verdict} claim ${claim.id}` },
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
