// Measures the HTML report in a real browser: how long a page of many claims takes to open, and
// how long a filter takes to show its result. The claims are the bundled ones (claims/ballard.yaml
// checked against sources/), repeated under new ids. Prints a table; nothing here is asserted.
//
//   npm run bench:html [-- --sizes 1000,10000]
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { check } from "../src/check.js";
import { loadClaims } from "../src/claims/load.js";
import { loadCorpus } from "../src/cache/load-corpus.js";
import { loadEnglish } from "../src/language/load.js";
import { REPORTERS } from "../src/report/index.js";
import { VERDICTS, type Report } from "../src/types.js";
import { launchBrowser } from "../test/helpers/browser.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

function bundledReport(): Report {
  const language = loadEnglish();
  const claims = loadClaims(["claims/ballard.yaml"], { cwd: REPO });
  const { corpus } = loadCorpus({ folders: ["sources"], cwd: REPO, cache: false, language }, { save: false });
  return check(claims, corpus);
}

/** The bundled claims repeated to `size`, each copy under its own id and line. */
function scaled(report: Report, size: number): Report {
  const claims = Array.from({ length: size }, (_, i) => {
    const claim = report.claims[i % report.claims.length]!;
    return { ...claim, id: `${claim.id}-${Math.floor(i / report.claims.length) + 1}`, location: { ...claim.location, line: i + 1, endLine: i + 1 } };
  });
  const count = (v: (typeof VERDICTS)[number]) => claims.filter((c) => c.verdict === v).length;
  return {
    ...report,
    summary: { total: size, supported: count("supported"), conflicting: count("conflicting"), unsourced: count("unsourced"), failing: claims.filter((c) => c.failing).length },
    claims,
  };
}

/** Resolves once the browser has rendered a frame after now. */
const NEXT_FRAME = "new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(file: string): Promise<Record<string, number>> {
  const browser = await launchBrowser();
  try {
    const opens: number[] = [];
    const paints: number[] = [];
    const longest: number[] = [];
    const filters: Record<string, number[]> = { "uncheck supported": [], "check supported": [], "one source": [], "any source": [] };
    for (let run = 0; run < 3; run++) {
      const page = await browser.context.newPage();
      // In-page code is written as text: these files are type-checked without the DOM's types.
      await page.addInitScript(`
        window.longTasks = [];
        new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); })
          .observe({ type: "longtask", buffered: true });
      `);
      const start = Date.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      // The page is usable once it has painted the first screen after loading.
      await page.evaluate(NEXT_FRAME);
      opens.push(Date.now() - start);
      paints.push(await page.evaluate<number>(`performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN`));
      longest.push(await page.evaluate<number>(`Math.max(0, ...window.longTasks)`));
      // A filter's time: its change event, and the frame that shows the result.
      const timed = (action: string) =>
        page.evaluate<number>(`(() => {
          const t0 = performance.now();
          const box = document.querySelector("input[value=supported]");
          const select = document.querySelector("#source-filter");
          const action = ${JSON.stringify(action)};
          if (action === "uncheck supported" || action === "check supported") box.click();
          else {
            select.value = action === "one source" ? "0" : "";
            select.dispatchEvent(new Event("change"));
          }
          return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)));
        })()`);
      for (const action of Object.keys(filters)) filters[action]!.push(await timed(action));
      await page.close();
    }
    return {
      "open (load and first frame)": median(opens),
      "first contentful paint": median(paints),
      "longest task while opening": median(longest),
      ...Object.fromEntries(Object.entries(filters).map(([action, times]) => [`filter: ${action}`, median(times)])),
    };
  } finally {
    await browser.close();
  }
}

const sizesArg = process.argv.indexOf("--sizes");
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(",").map(Number) : [1000, 10000];
const base = bundledReport();
const folder = mkdtempSync(join(tmpdir(), "claimcheck-html-"));
try {
  const rows: string[] = [];
  for (const size of sizes) {
    const file = join(folder, `report-${size}.html`);
    const renderStart = Date.now();
    writeFileSync(file, REPORTERS.html(scaled(base, size), { color: false, quiet: false }));
    const rendered = Date.now() - renderStart;
    const figures = await measure(file);
    rows.push(`| ${size.toLocaleString("en")} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ${rendered} ms | ${Object.values(figures).map((ms) => `${Math.round(ms)} ms`).join(" | ")} |`);
    if (rows.length === 1) {
      console.log(`| claims | page | written in | ${Object.keys(figures).join(" | ")} |`);
      console.log(`| --- | --- | --- | ${Object.keys(figures).map(() => "---").join(" | ")} |`);
    }
    console.log(rows[rows.length - 1]);
  }
  console.log(`\nmedians of 3 page loads each; headless Chromium (${process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"}), viewport 1100×900`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
