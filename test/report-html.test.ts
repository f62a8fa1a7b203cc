// The HTML report, opened from file:// in headless Chromium: what a reader sees and can do.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html } from "../src/report/html.js";
import { SCRIPT, SCRIPT_HASH } from "../src/report/html-assets.js";
import type { ClaimResult, Report } from "../src/types.js";
import { chromiumMissing, launchBrowser, type Browser } from "./helpers/browser.js";
import { runCli } from "./helpers/run-cli.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/drafts/", import.meta.url));
const SCREENSHOT = fileURLToPath(new URL("../docs/report.png", import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const HOSTILE = "<img src=x onerror=alert(1)> The Harbor premiered on Channel Nine.";
const BROWSER_TEST = { timeout: 120_000 };

/** The draft, a claims file with a hostile claim, and the Harbor sources: the page and the JSON of the same run. */
async function harborReport(cwd: string): Promise<{ file: string; report: Report }> {
  const args = ["check", "harbor.md", "claims.yaml", "--sources", "sources", "--no-cache", "--explain"];
  const written = await runCli([...args, "-f", "html", "-o", "report.html"], { cwd });
  expect(written.stderr).toBe("");
  const json = await runCli([...args, "-f", "json"], { cwd });
  return { file: join(cwd, "report.html"), report: JSON.parse(json.stdout) as Report };
}

/** Opens a page, failing on any request other than the page itself, any script error or dialog. */
async function open(browser: Browser, file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const url = pathToFileURL(file).href;
  await page.route("**/*", (route) => {
    if (route.request().url() !== url) problems.push(`request ${route.request().url()}`);
    return route.request().url() === url ? route.continue() : route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`error ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

const cardsShown = (page: Page) => page.locator("#claims > li.claim");

describe("the html format", () => {
  let browser: Browser;
  let cwd: string;
  let file: string;
  let report: Report;

  // One page for the tests that read it, written once; each test opens it afresh.
  beforeAll(async () => {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    cwd = mkdtempSync(join(tmpdir(), "claimcheck-html-"));
    const files = {
      "harbor.md": readFileSync(join(FIXTURE, "harbor.md"), "utf8"),
      "sources/harbor-premiere.md": readFileSync(join(FIXTURE, "sources/harbor-premiere.md"), "utf8"),
      "sources/harbor-review.md": readFileSync(join(FIXTURE, "sources/harbor-review.md"), "utf8"),
      "claims.yaml": `claims:\n  - id: hostile\n    text: ${JSON.stringify(HOSTILE)}\n  - id: lisbon\n    text: The Harbor was filmed in Lisbon.\n`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
    ({ file, report } = await harborReport(cwd));
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("shows the counts, a bar, and each claim with its verdict badge, from file:// with nothing loaded from elsewhere", BROWSER_TEST, async () => {
    const { page, problems } = await open(browser, file);
    const { total, supported, conflicting, unsourced } = report.summary;
    expect(await page.locator(".counts li").allInnerTexts()).toEqual([`✓ supported ${supported}`, `✗ conflicting ${conflicting}`, `? unsourced ${unsourced}`]);
    expect(await page.locator(".bar").getAttribute("aria-label")).toBe(`${supported} supported, ${conflicting} conflicting, ${unsourced} unsourced`);
    expect(await page.locator(".bar span").count()).toBe([supported, conflicting, unsourced].filter((n) => n > 0).length);
    await expect.poll(() => page.locator("#shown").innerText()).toBe(`Showing ${total} of ${total} claims`);
    // In-page code is written as text: the tests are type-checked without the DOM's types.
    const badges = await page.evaluate<{ id: string; badge: string; background: string }[]>(`
      Array.from(document.querySelectorAll("#claims > li.claim"), (card) => {
        const badge = card.querySelector(".badge");
        return { id: card.querySelector("h3").textContent, badge: badge.textContent, background: getComputedStyle(badge).backgroundColor };
      })
    `);
    expect(badges.map((b) => `${b.id} ${b.badge}`)).toEqual(report.claims.map((c) => `${c.id} ${{ supported: "✓", conflicting: "✗", unsourced: "?" }[c.verdict]} ${c.verdict}`));
    // Each verdict has a colour of its own.
    const colours = new Map(badges.map((b, i) => [report.claims[i]!.verdict, b.background]));
    expect(new Set(colours.values()).size).toBe(colours.size);
    expect(colours.size).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("writes a hostile claim as text: no element, no script, no dialog", BROWSER_TEST, async () => {
    const { page, problems } = await open(browser, file);
    const card = cardsShown(page).filter({ has: page.locator("h3", { hasText: /^hostile$/ }) });
    await expect.poll(() => card.locator(".claim-text").innerText()).toBe(HOSTILE);
    expect(await page.locator("img").count()).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain("<img");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("marks the conflicting value and the matched words in a quote where the report's highlights say", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    const claim = report.claims.find((c) => c.verdict === "conflicting")!;
    const evidence = claim.evidence.find((e) => e.highlights.some((h) => h.kind === "conflict"))!;
    const spans = (kind: string) => evidence.highlights.filter((h) => h.kind === kind).map((h) => evidence.quote.slice(h.start, h.end));
    const quote = cardsShown(page).filter({ has: page.locator("h3", { hasText: claim.id }) }).locator("blockquote", { hasText: evidence.quote });
    expect(await quote.innerText()).toBe(evidence.quote);
    expect(await quote.locator("mark.conflict").allInnerTexts()).toEqual(spans("conflict"));
    expect(await quote.locator("mark.match").allInnerTexts()).toEqual(spans("match"));
    expect(spans("conflict").length).toBeGreaterThan(0);
    await page.close();
  });

  it("filters by verdict and by source, and says how many claims it shows", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    const { total, supported } = report.summary;
    await page.getByLabel(/supported \(/).uncheck();
    await expect.poll(() => page.locator("#shown").innerText()).toBe(`Showing ${total - supported} of ${total} claims`);
    expect(await cardsShown(page).locator(".badge").allInnerTexts()).not.toContain("✓ supported");
    expect(await cardsShown(page).count()).toBe(total - supported);
    await page.getByLabel(/supported \(/).check();
    await page.getByLabel("Evidence from").selectOption({ label: "harbor-review" });
    const fromReview = report.claims.filter((c) => c.evidence.some((e) => e.sourceId === "harbor-review"));
    await expect.poll(() => page.locator("#shown").innerText()).toBe(`Showing ${fromReview.length} of ${total} claims`);
    expect(await cardsShown(page).locator("h3").allInnerTexts()).toEqual(fromReview.map((c) => c.id));
    await page.close();
  });

  it("shows the draft with each sentence marked by its verdict, linked to its claim, and the skipped ones as such", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    const draft = page.locator("section", { has: page.getByRole("heading", { name: "Draft harbor.md" }) });
    expect(await draft.locator("p").first().innerText()).toMatch(/^16 sentences, 5 claims, 11 skipped \(1 question, 2 quotations, 2 boilerplate, 1 heading without a fact, 1 fragment, 4 table cells\)/);
    const marked = await draft.locator("a.s").evaluateAll((links) => links.map((a) => `${a.className.replace("s ", "")}: ${a.childNodes[0]!.textContent}`));
    const fromDraft = report.claims.filter((c) => c.location.file === "harbor.md");
    expect(marked).toEqual(fromDraft.map((c) => `${c.verdict}: ${c.text}`));
    expect(await draft.locator(".s.skipped").count()).toBe(11);
    expect(await draft.locator(".s.skipped", { hasText: "Is it worth watching?" }).getAttribute("title")).toBe("not checked: a question");
    // Following a sentence to its claim, even when a filter hid it.
    await page.getByLabel(/conflicting \(/).uncheck();
    await draft.locator("a.s.conflicting").click();
    const target = page.locator("li.claim", { hasText: "ten episodes" });
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await page.getByLabel(/conflicting \(/).isChecked()).toBe(true);
    await page.close();
  });

  it("shows how a verdict was reached on demand", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    const card = cardsShown(page).filter({ hasText: "ten episodes" }).first();
    const trace = card.locator("details.trace");
    const decision = report.claims.find((c) => c.text.includes("ten episodes"))!.trace.decision;
    expect(await trace.locator("p").first().isVisible()).toBe(false);
    await trace.locator("summary").click();
    expect(await trace.locator("p").first().innerText()).toBe(decision);
    await page.close();
  });

  it("works with the keyboard: a skip link, then the filters, toggled with the space bar", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    await expect.poll(() => page.locator("#shown").innerText()).toMatch(/^Showing/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Skip to the claims");
    let focused = "";
    for (let press = 0; press < 60 && focused !== "verdict:supported"; press++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate<string>(`document.activeElement.name ? document.activeElement.name + ":" + document.activeElement.value : ""`);
    }
    expect(focused).toBe("verdict:supported");
    await page.keyboard.press("Space");
    const { total, supported } = report.summary;
    await expect.poll(() => page.locator("#shown").innerText()).toBe(`Showing ${total - supported} of ${total} claims`);
    await page.close();
  });

  it("passes axe-core's accessibility rules with no serious or critical violation", BROWSER_TEST, async () => {
    const { page } = await open(browser, file);
    await expect.poll(() => page.locator("#shown").innerText()).toMatch(/^Showing/);
    await page.locator("details.trace summary").first().click();
    await page.evaluate(AXE);
    const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(`
      axe.run(document).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))
    `);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    // The screenshot the README shows.
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.evaluate("window.scrollTo(0, 0)");
    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    writeFileSync(SCREENSHOT, png);
    await page.close();
  });

  it("shows a long report a batch at a time, with a button for the next batch", BROWSER_TEST, async () => {
    const base = report.claims[0]!;
    const claims: ClaimResult[] = Array.from({ length: 250 }, (_, i) => ({ ...base, id: `c${i}`, verdict: i % 5 === 0 ? "unsourced" : "supported", evidence: [] }));
    const big: Report = { ...report, drafts: [], claims, summary: { total: 250, supported: 200, conflicting: 0, unsourced: 50, failing: 50 } };
    const page250 = join(cwd, "big.html");
    writeFileSync(page250, html(big, { color: false, quiet: false }));
    const { page, problems } = await open(browser, page250);
    await expect.poll(() => page.locator("#shown").innerText()).toBe("Showing 250 of 250 claims");
    expect(await cardsShown(page).count()).toBe(100);
    const more = page.getByRole("button", { name: /^Show 100 more/ });
    expect(await more.innerText()).toBe("Show 100 more (150 not shown yet)");
    await more.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cardsShown(page).count()).toBeGreaterThanOrEqual(200);
    await page.getByLabel(/supported \(/).uncheck();
    await expect.poll(() => page.locator("#shown").innerText()).toBe("Showing 50 of 250 claims");
    expect(await cardsShown(page).count()).toBe(50);
    expect(await page.locator("#more").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the html page's policy", () => {
  it("lets exactly its own script run: the hash it names is the script's", () => {
    expect(`sha256-${createHash("sha256").update(SCRIPT, "utf8").digest("base64")}`).toBe(SCRIPT_HASH);
  });
});

describe("the html page's trace", () => {
  it("is there with --explain only, as in the json report", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "claimcheck-html-trace-"));
    writeFileSync(join(cwd, "claims.yaml"), "claims:\n  - id: ten\n    text: The first season of The Harbor has ten episodes.\n");
    mkdirSync(join(cwd, "sources"));
    writeFileSync(join(cwd, "sources", "harbor.md"), readFileSync(join(FIXTURE, "sources", "harbor-premiere.md"), "utf8"));
    const plain = await runCli(["check", "claims.yaml", "--sources", "sources", "--no-cache", "-f", "html"], { cwd });
    const explained = await runCli(["check", "claims.yaml", "--sources", "sources", "--no-cache", "-f", "html", "--explain"], { cwd });
    rmSync(cwd, { recursive: true, force: true });
    expect(plain.stdout).not.toContain("How the verdict was reached");
    expect(explained.stdout).toContain("How the verdict was reached");
  });
});
