// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one result per failing claim,
// at the claim in its claims file, with the evidence as related locations in the sources.
import type { Location, Log, Notification, ReportingDescriptor, Result } from "sarif";
import type { ClaimResult, Evidence, FixedEntry, Problem, Report, Verdict } from "../types.js";
import { shortQuote } from "./quote.js";
import type { Reporter } from "./reporter.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://claimcheck.dev";
const QUOTE_LIMIT = 200;
/** The key under which results carry their own fingerprint, versioned in case its recipe changes. */
const FINGERPRINT_KEY = "claimcheck/claim/v1";

type Level = "error" | "warning" | "note";

interface Rule {
  id: string;
  level: Level;
  name: string;
  short: string;
  full: string;
  help: string;
}

/** One rule per verdict; `supported` only ever fails when --fail-on names it. */
const RULES: Readonly<Record<Verdict, Rule>> = {
  conflicting: {
    id: "claim/conflicting",
    level: "error",
    name: "ConflictingClaim",
    short: "A source contradicts the claim",
    full: "A source passage about the same thing gives a different value (an age, a date, a figure, a rank, a season, a name) or the opposite polarity.",
    help: "Correct the claim to what the newest source says, or cite a source that supports it. The related locations show the passages that disagree.",
  },
  unsourced: {
    id: "claim/unsourced",
    level: "warning",
    name: "UnsourcedClaim",
    short: "No source states the claim",
    full: "No passage in the source articles states the claim, even if it happens to be true.",
    help: "Add a source article that states the claim, reword the claim to what the sources say, or remove it.",
  },
  supported: {
    id: "claim/supported",
    level: "note",
    name: "SupportedClaim",
    short: "A source states the claim",
    full: "A source passage states the claim, every checkable fact agreeing. Reported only when --fail-on names supported.",
    help: "Nothing to fix: the claim is reported because the run was asked to fail on supported claims.",
  },
};

const RULE_LIST = Object.values(RULES);

export const sarif: Reporter = (report) => {
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: RULE_LIST.map(ruleDescriptor),
          },
        },
        columnKind: "utf16CodeUnits",
        // Sources the run went on without are tool notifications: about the run, not a claim.
        invocations: [{ executionSuccessful: report.problems.length === 0, toolExecutionNotifications: report.problems.map(notification) }],
        // Known failures stay results, marked unchanged, so a viewer can tell them from new ones.
        results: [
          ...report.claims.filter((claim) => claim.failing || claim.baselineState === "unchanged").map(result),
          ...(report.baseline?.absent ?? []).map(absentResult),
        ],
        ...runProperties(report),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    help: { text: rule.help, markdown: `**${rule.short}.** ${rule.help}` },
    defaultConfiguration: { level: rule.level },
  };
}

function result(claim: ClaimResult): Result {
  const rule = RULES[claim.verdict];
  const { file, line, column, endLine, endColumn } = claim.location;
  return {
    ruleId: rule.id,
    ruleIndex: RULE_LIST.indexOf(rule),
    level: rule.level,
    message: { text: claim.reason },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(file) },
          region: { startLine: line, startColumn: column, endLine, endColumn },
        },
      },
    ],
    relatedLocations: claim.evidence.map(relatedLocation),
    partialFingerprints: { [FINGERPRINT_KEY]: `${file}#${claim.id}` },
    ...(claim.baselineState ? { baselineState: claim.baselineState } : {}),
    properties: { claimId: claim.id, verdict: claim.verdict },
  };
}

/**
 * A baseline entry that no longer fails: `baselineState` absent, of kind "pass" (so level
 * none), at the claim where it still is. It has no fingerprint of its own, so it never keeps
 * the claim's earlier result alive in a viewer that tracks results by fingerprint.
 */
function absentResult(entry: FixedEntry): Result {
  const rule = RULES[entry.verdict];
  const now = entry.now;
  return {
    ruleId: rule.id,
    ruleIndex: RULE_LIST.indexOf(rule),
    kind: "pass",
    level: "none",
    message: {
      text: now
        ? `Fixed since the baseline: was ${entry.verdict}, now ${now.verdict}; --prune removes it from the baseline.`
        : `Fixed since the baseline: the claim (was ${entry.verdict}) is no longer in this file; --prune removes it from the baseline.`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(entry.file) },
          ...(now ? { region: { startLine: now.location.line, startColumn: now.location.column, endLine: now.location.endLine, endColumn: now.location.endColumn } } : {}),
        },
      },
    ],
    baselineState: "absent",
    properties: { claimId: entry.id, verdict: entry.verdict },
  };
}

/** The baseline's counts and what --changed-since skipped, in the run's property bag. */
function runProperties(report: Report): { properties?: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  if (report.baseline) {
    const { file, unchanged, updated, absent } = report.baseline;
    properties["baseline"] = { file, new: report.baseline.new, unchanged, updated, absent: absent.length };
  }
  if (report.changedSince) {
    const { revision, commit, skipped } = report.changedSince;
    properties["changedSince"] = { revision, commit, checked: report.summary.total, skipped };
  }
  return Object.keys(properties).length > 0 ? { properties } : {};
}

function relatedLocation(evidence: Evidence, index: number): Location {
  return {
    id: index,
    physicalLocation: {
      artifactLocation: { uri: toUri(evidence.file) },
      region: { startLine: evidence.line, startColumn: evidence.column },
    },
    message: { text: shortQuote(evidence.quote, QUOTE_LIMIT) },
    properties: { sourceId: evidence.sourceId, stance: evidence.stance, ...(evidence.date ? { date: evidence.date } : {}) },
  };
}

/** A report path (relative, forward slashes) as a relative URI reference: each segment encoded. */
function toUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function notification(problem: Problem): Notification {
  return {
    level: "error",
    descriptor: { id: "source/skipped" },
    message: { text: `Skipped source ${problem.file}: ${problem.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(problem.file) },
          ...(problem.line !== undefined ? { region: { startLine: problem.line, startColumn: problem.column ?? 1 } } : {}),
        },
      },
    ],
  };
}
