// The HTML report's style and script, inline so the page is one file that needs no network. The
// page's Content-Security-Policy lets this script run and no other (by its SHA-256, which a test
// checks), so even text that slipped past escaping could not run script or load anything.

export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --bg: #fff;
  --supported: #0b6b22; --supported-bg: #dcf5e1; --conflicting: #9b1414; --conflicting-bg: #fde2e2;
  --unsourced: #6e4a00; --unsourced-bg: #fff0c7; --match: #dbe9ff; --conflict: #ffd0d0; --focus: #1d4ed8; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; z-index: 1; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0; padding: 0; list-style: none; }
.counts b { font-size: 1.25rem; }
.bar { display: flex; height: 1rem; border-radius: .5rem; overflow: hidden; background: #eee; margin: .5rem 0 1rem; }
.bar span { display: block; height: 100%; }
.bar .supported { background: #2f9e44; } .bar .conflicting { background: #d63333; } .bar .unsourced { background: #e0a100; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-weight: 600; font-size: .9rem; border: 1px solid currentColor; }
.badge.supported { color: var(--supported); background: var(--supported-bg); }
.badge.conflicting { color: var(--conflicting); background: var(--conflicting-bg); }
.badge.unsourced { color: var(--unsourced); background: var(--unsourced-bg); }
.filters { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: end; margin: 1rem 0; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: .5rem; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
.filters legend { font-weight: 600; padding: 0; margin-bottom: .25rem; }
.filters label { white-space: nowrap; }
.filters select { font: inherit; max-width: 24rem; }
.status { margin: 0 0 .5rem; color: var(--muted); }
.claims { list-style: none; margin: 0; padding: 0; }
.claim { border: 1px solid var(--line); border-left-width: .35rem; border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 .75rem; }
.more { font: inherit; padding: .4rem 1rem; margin: 0 0 1rem; border: 1px solid var(--focus); color: var(--focus); background: #fff; border-radius: .4rem; cursor: pointer; }
.claim[data-verdict="supported"] { border-left-color: #2f9e44; }
.claim[data-verdict="conflicting"] { border-left-color: #d63333; }
.claim[data-verdict="unsourced"] { border-left-color: #e0a100; }
.claim:target { box-shadow: 0 0 0 3px var(--focus); }
.claim-head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.claim-head h3 { font-size: 1rem; margin: 0; font-weight: 600; }
.where, .meta { color: var(--muted); font-size: .9rem; }
.claim-text { margin: .35rem 0; font-size: 1.05rem; }
.reason { margin: .25rem 0; }
.failing { color: var(--conflicting); font-weight: 600; font-size: .9rem; }
.conflicts { margin: .25rem 0; padding-left: 1.25rem; }
.evidence { list-style: none; padding: 0; margin: .5rem 0 0; }
.evidence li { margin: .5rem 0; }
.evidence blockquote { margin: 0; padding: .25rem .75rem; border-left: 3px solid var(--line); }
.evidence .superseded blockquote { border-left-style: dashed; color: var(--muted); }
.stance { font-weight: 600; }
.stance.contradicts { color: var(--conflicting); } .stance.supports { color: var(--supported); } .stance.superseded { color: var(--muted); }
mark { color: inherit; border-radius: .15rem; padding: 0 .05rem; }
mark.match { background: var(--match); }
mark.conflict { background: var(--conflict); font-weight: 700; text-decoration: underline wavy #b00000; text-underline-offset: .2em; }
details { margin-top: .5rem; }
summary { cursor: pointer; color: var(--focus); }
.trace ul { margin: .25rem 0 .5rem; font-size: .9rem; }
.legend { font-size: .9rem; color: var(--muted); margin: 0 0 .5rem; }
.draft { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; }
.draft p { margin: .5rem 0; }
.draft .heading { font-weight: 700; font-size: 1.1rem; }
.draft .quote { border-left: 3px solid var(--line); padding-left: .75rem; }
.draft .list::before { content: "• "; }
.draft a.s { color: inherit; text-decoration: none; border-bottom: 3px solid; padding: 0 .1rem; border-radius: .15rem; }
.draft a.s:hover { text-decoration: underline; }
.draft a.s.supported { background: var(--supported-bg); border-color: #2f9e44; }
.draft a.s.conflicting { background: var(--conflicting-bg); border-color: #d63333; }
.draft a.s.unsourced { background: var(--unsourced-bg); border-color: #e0a100; }
.draft .s.skipped { color: var(--muted); }
.draft .tag { font-size: .75rem; font-weight: 700; vertical-align: super; }
.problems li, .drafts-summary li { margin: .25rem 0; }
footer { color: var(--muted); font-size: .85rem; margin: 2rem auto 1rem; }
`;

/**
 * Shows the claims a batch at a time and filters them. Each claim's card arrives written and
 * escaped, as a string in the page's JSON with its verdict and the indices of its sources: a page
 * of 10,000 claims holds no DOM for the claims nobody scrolled to, and a filter is a pass over
 * two arrays, then one batch of cards.
 */
export const SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById("claims-data").textContent);
  const list = document.getElementById("claims");
  const more = document.getElementById("more");
  const status = document.getElementById("shown");
  const source = document.getElementById("source-filter");
  const boxes = Array.from(document.querySelectorAll("input[name=verdict]"));
  const BATCH = 100;
  let matching = [];
  let shown = 0;
  const count = (n) => n.toLocaleString("en");
  const renderUpTo = (n) => {
    const end = Math.min(n, matching.length);
    const cards = [];
    for (; shown < end; shown++) cards.push(data.cards[matching[shown]]);
    if (cards.length > 0) list.insertAdjacentHTML("beforeend", cards.join(""));
    const left = matching.length - shown;
    more.hidden = left === 0;
    more.textContent = "Show " + count(Math.min(BATCH, left)) + " more (" + count(left) + " not shown yet)";
  };
  const apply = () => {
    const verdicts = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    const wanted = source.value === "" ? -1 : Number(source.value);
    matching = [];
    for (let i = 0; i < data.cards.length; i++) {
      if (verdicts.has(data.verdicts[i]) && (wanted < 0 || data.sources[i].includes(wanted))) matching.push(i);
    }
    list.textContent = "";
    shown = 0;
    renderUpTo(BATCH);
    status.textContent = "Showing " + count(matching.length) + " of " + count(data.cards.length) + " claims";
  };
  /** Shows the claim with this anchor, clearing the filters if they hide it. */
  const reveal = (anchor) => {
    const index = data.anchors.indexOf(anchor);
    if (index < 0) return false;
    if (!matching.includes(index)) {
      for (const box of boxes) box.checked = true;
      source.value = "";
      apply();
    }
    renderUpTo(matching.indexOf(index) + 1);
    const target = document.getElementById(anchor);
    if (target) target.scrollIntoView();
    return true;
  };
  for (const box of boxes) box.addEventListener("change", apply);
  source.addEventListener("change", apply);
  more.addEventListener("click", () => renderUpTo(shown + BATCH));
  new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) renderUpTo(shown + BATCH);
  }, { rootMargin: "800px" }).observe(more);
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[href^='#claim-']") : null;
    if (link && !document.getElementById(link.getAttribute("href").slice(1))) {
      if (reveal(link.getAttribute("href").slice(1))) history.replaceState(null, "", link.getAttribute("href"));
      event.preventDefault();
    }
  });
  document.getElementById("filters").hidden = false;
  apply();
  if (location.hash.startsWith("#claim-")) reveal(location.hash.slice(1));
})();`;

/** SHA-256 of SCRIPT, base64: the one script the page's policy lets run (test/report-html.test.ts checks it). */
export const SCRIPT_HASH = "sha256-krAfZFKlxn6E/l0Cl59r0XnjIhouYA5WgSUBnBlYs/Q=";
