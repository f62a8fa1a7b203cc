// One self-contained page for people who would rather look than read: the counts with a bar,
// filters by verdict and by source, each draft with its sentences marked by verdict, and each
// claim with its badge, reason and evidence, the matched words and the conflicting value marked
// from the evidence's highlights. Every piece of claim and source text goes through escapeHtml.
import type { AtomTrace, ClaimResult, Draft, DraftSentence, Evidence, Highlight, Report, SkipReason, Verdict } from "../types.js";
import { VERDICTS } from "../types.js";
import { describeDraft } from "../drafts/describe.js";
import { escapeScriptJson, escapeHtml as h } from "./escape.js";
import { SCRIPT, SCRIPT_HASH, STYLE } from "./html-assets.js";
import type { Reporter } from "./reporter.js";

const MARKS: Readonly<Record<Verdict, string>> = { supported: "✓", conflicting: "✗", unsourced: "?" };

const STANCE_WORDS: Readonly<Record<Evidence["stance"], string>> = {
  supports: "supports",
  contradicts: "contradicts",
  superseded: "superseded by a newer source",
  related: "closest passage, does not state it",
};

const SKIP_WORDS: Readonly<Record<SkipReason, string>> = {
  question: "a question",
  quotation: "a quotation",
  boilerplate: "boilerplate",
  heading: "a heading without a fact",
  fragment: "a fragment",
  table: "a table cell",
};

/** No network, no other script: the page works from file:// and loads nothing. */
const POLICY = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

export const html: Reporter = (report, { quiet, explain = false }) => {
  const shown = quiet ? report.claims.filter((c) => c.failing) : report.claims;
  // Each claim's place in the page, so sentences of a draft and filters can point at it.
  const anchors = new Map(shown.map((claim, i) => [claim.id, { anchor: `claim-${i + 1}`, verdict: claim.verdict }]));
  const sources = sourceList(shown);
  const sourceIndex = new Map(sources.map((id, i) => [id, i]));
  const title = `${report.tool.name} report`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<a class="skip" href="#claims-heading">Skip to the claims</a>',
    "<header>",
    `<h1>${h(title)}</h1>`,
    summary(report),
    "</header>",
    "<main>",
    problems(report),
    ...(report.drafts ?? []).map((draft, i) => draftSection(draft, i, anchors)),
    `<h2 id="claims-heading">Claims${quiet ? " (failing only)" : ""}</h2>`,
    filters(report, sources),
    '<p class="legend">In the evidence, <mark class="match">words that match the claim</mark> and <mark class="conflict">the value in conflict with it</mark> are marked.</p>',
    `<p class="status" id="shown" role="status"></p>`,
    '<noscript><p>The list of claims is drawn by the page\'s script, which is turned off; the same report is in the json format (-f json).</p></noscript>',
    '<ol class="claims" id="claims"></ol>',
    '<button type="button" class="more" id="more" hidden></button>',
    // The claims' cards, written and escaped here; the script shows them a batch at a time.
    `<script type="application/json" id="claims-data">${claimsData(shown, anchors, sourceIndex, explain)}</script>`,
    "</main>",
    `<footer><p>${h(`${report.tool.name} ${report.tool.version}`)} · report format ${h(report.reportVersion)}</p></footer>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
};

function summary(report: Report): string {
  const { total, failing } = report.summary;
  const counts = VERDICTS.map(
    (v) => `<li><span class="badge ${v}">${MARKS[v]} ${v}</span> <b>${report.summary[v]}</b></li>`,
  ).join("");
  const bar = VERDICTS.filter((v) => report.summary[v] > 0)
    .map((v) => `<span class="${v}" style="width:${((100 * report.summary[v]) / total).toFixed(3)}%"></span>`)
    .join("");
  const words = VERDICTS.map((v) => `${report.summary[v]} ${v}`).join(", ");
  return [
    `<p><b>${total}</b> claim${total === 1 ? "" : "s"} checked, <b>${failing}</b> failing.</p>`,
    `<ul class="counts" aria-label="Claims by verdict">${counts}</ul>`,
    `<div class="bar" role="img" aria-label="${h(words)}">${bar}</div>`,
  ].join("\n");
}

function problems(report: Report): string {
  if (report.problems.length === 0) return "";
  const items = report.problems.map((p) => {
    const place = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
    return `<li><code>${h(place)}</code>: ${h(p.message)}</li>`;
  });
  return `<h2>Skipped sources</h2>\n<ul class="problems">${items.join("")}</ul>`;
}

/** Every source that gives evidence, in the order of their ids. */
function sourceList(claims: readonly ClaimResult[]): string[] {
  const ids = new Set<string>();
  for (const claim of claims) for (const e of claim.evidence) ids.add(e.sourceId);
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function filters(report: Report, sources: readonly string[]): string {
  const boxes = VERDICTS.map(
    (v) => `<label><input type="checkbox" name="verdict" value="${v}" checked> ${v} (${report.summary[v]})</label>`,
  ).join("\n");
  const options = sources.map((id, i) => `<option value="${i}">${h(id)}</option>`).join("");
  // Shown by the script: without it the filters could do nothing.
  return [
    '<div class="filters" id="filters" hidden>',
    `<fieldset><legend>Show verdicts</legend>\n${boxes}\n</fieldset>`,
    `<div><label for="source-filter"><b>Evidence from</b></label><br><select id="source-filter"><option value="">any source</option>${options}</select></div>`,
    "</div>",
  ].join("\n");
}

function draftSection(draft: Draft, index: number, anchors: ReadonlyMap<string, { anchor: string; verdict: Verdict }>): string {
  const blocks = draft.blocks.map((block) => {
    const sentences = block.sentences.map((s) => draftSentence(s, anchors)).join(" ");
    return `<p class="${block.kind}">${sentences}</p>`;
  });
  return [
    `<section aria-labelledby="draft-${index + 1}">`,
    `<h2 id="draft-${index + 1}">Draft <code>${h(draft.file)}</code></h2>`,
    `<p>${h(describeDraft(draft))}. Each checked sentence is marked with its verdict and links to its claim; grey sentences were not checked.</p>`,
    `<div class="draft">${blocks.join("\n")}</div>`,
    "</section>",
  ].join("\n");
}

function draftSentence(sentence: DraftSentence, anchors: ReadonlyMap<string, { anchor: string; verdict: Verdict }>): string {
  const at = sentence.claim === undefined ? undefined : anchors.get(sentence.claim);
  if (at) {
    return `<a class="s ${at.verdict}" href="#${at.anchor}">${h(sentence.text)}<span class="tag" aria-hidden="true">${MARKS[at.verdict]}</span><span class="sr-only"> (${at.verdict})</span></a>`;
  }
  const why = sentence.skipped ? `not checked: ${SKIP_WORDS[sentence.skipped]}` : "checked; not shown here";
  return `<span class="s skipped" title="${h(why)}">${h(sentence.text)}<span class="sr-only"> (${h(why)})</span></span>`;
}

function claimsData(
  claims: readonly ClaimResult[],
  anchors: ReadonlyMap<string, { anchor: string }>,
  sourceIndex: ReadonlyMap<string, number>,
  explain: boolean,
): string {
  const anchorOf = (claim: ClaimResult) => anchors.get(claim.id)!.anchor;
  return escapeScriptJson({
    anchors: claims.map(anchorOf),
    verdicts: claims.map((claim) => claim.verdict),
    sources: claims.map((claim) => [...new Set(claim.evidence.map((e) => sourceIndex.get(e.sourceId)!))]),
    cards: claims.map((claim) => claimItem(claim, anchorOf(claim), explain)),
  });
}

function claimItem(claim: ClaimResult, anchor: string, explain: boolean): string {
  const { file, line, column } = claim.location;
  const conflicts = claim.conflicts.flatMap((c) => {
    const at = claim.evidence[c.evidence];
    return at ? [`<li><b>${h(c.kind)}</b>: claim says ${h(c.claimValue)}; ${h(`${at.sourceId}:${at.line}`)} says <mark class="conflict">${h(c.sourceValue)}</mark></li>`] : [];
  });
  return [
    `<li class="claim" id="${anchor}" data-verdict="${claim.verdict}">`,
    `<div class="claim-head"><span class="badge ${claim.verdict}">${MARKS[claim.verdict]} ${claim.verdict}</span>`,
    `<h3>${h(claim.id)}</h3><span class="where">${h(`${file}:${line}:${column}`)}</span>${claim.failing ? '<span class="failing">fails the run</span>' : ""}</div>`,
    `<p class="claim-text">${h(claim.text)}</p>`,
    `<p class="reason"><b>Why:</b> ${h(claim.reason)}</p>`,
    conflicts.length > 1 ? `<ul class="conflicts">${conflicts.join("")}</ul>` : "",
    claim.evidence.length > 0 ? `<ul class="evidence" aria-label="Evidence">${claim.evidence.map(evidenceItem).join("")}</ul>` : "",
    explain ? traceDetails(claim) : "",
    "</li>",
  ].join("");
}

function evidenceItem(evidence: Evidence): string {
  const date = evidence.date ? ` · ${h(evidence.date)}` : "";
  return [
    `<li class="${evidence.stance}">`,
    `<blockquote>${highlighted(evidence.quote, evidence.highlights)}</blockquote>`,
    `<p class="meta"><span class="stance ${evidence.stance}">${STANCE_WORDS[evidence.stance]}</span> · <b>${h(evidence.sourceId)}</b>${date} · <code>${h(`${evidence.file}:${evidence.line}`)}</code></p>`,
    "</li>",
  ].join("");
}

/**
 * The quote with its highlights marked: spans from the report, sorted, overlaps and spans out of
 * the quote's bounds dropped. The text is never searched again.
 */
export function highlighted(quote: string, highlights: readonly Highlight[]): string {
  const spans = [...highlights]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= quote.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += h(quote.slice(at, span.start));
    out += `<mark class="${span.kind}">${h(quote.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return out + h(quote.slice(at));
}

function traceDetails(claim: ClaimResult): string {
  const { trace } = claim;
  if (!trace || (trace.atoms.length === 0 && !trace.decision)) return "";
  return [
    '<details class="trace"><summary>How the verdict was reached</summary>',
    `<p>${h(trace.decision)}</p>`,
    trace.atoms.map(atomTrace).join(""),
    "</details>",
  ].join("");
}

function atomTrace(atom: AtomTrace): string {
  const where = atom.passage ? ` at ${h(`${atom.passage.sourceId}:${atom.passage.line}`)}` : "";
  const parts = atom.parts.map((part) => {
    const found = part.evidence === undefined ? "" : `: ${h(part.evidence)}`;
    const relation = part.relation && part.relation !== "same" ? ` (${h(part.relation)})` : "";
    return `<li>${h(part.role)} <b>${h(part.part)}</b> → ${h(part.found)}${found}${relation}</li>`;
  });
  return `<p><b>${h(atom.atom)}</b>: ${h(atom.outcome)}${where}; decided by ${h(atom.decidedBy)}: ${h(atom.why)}</p>${parts.length > 0 ? `<ul>${parts.join("")}</ul>` : ""}`;
}
