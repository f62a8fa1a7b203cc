// A large run: 10,000 claims against the bundled sources plus 1,000 generated articles, in a
// child process, so its memory is measured alone. Memory is a limit the README states; time is not.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const CLAIMS = 10_000;
const ARTICLES = 1_000;
/** The README's figure: a run this size stays under it, heap and resident set alike. */
const MEMORY_LIMIT = 768 * 1024 * 1024;

/** A small deterministic generator (mulberry32), so every run checks the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20250709);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const NAMES = ["Maggie Q", "Titus Welliver", "Renée Ballard", "Harry Bosch", "Michael Connelly", "Kendall Sherwood", "Amy Hill", "Courtney Taylor"];
const SHOWS = ["Ballard", "Bosch", "Bosch: Legacy", "The Lincoln Lawyer", "Nikita", "Designated Survivor"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SENTENCES: readonly (() => string)[] = [
  () => `${pick(NAMES)} stars in ${pick(SHOWS)} as a detective in the cold case unit.`,
  () => `${pick(SHOWS)} ${pick(["premiered on", "was renewed on", "ended on", "began filming on"])} ${pick(MONTHS)} ${between(1, 28)}, ${between(2015, 2025)}.`,
  () => `The ${pick(["first", "second", "third"])} season of ${pick(SHOWS)} has ${between(2, 22)} episodes.`,
  () => `${pick(NAMES)} is ${between(20, 80)} years old.`,
  () => `${pick(SHOWS)} drew ${(1 + rand() * 9).toFixed(1)} billion minutes of viewing in its first ${between(2, 12)} weeks.`,
  () => `${pick(SHOWS)} received a $${(5 + rand() * 20).toFixed(2)} million tax credit from the California Film Commission.`,
  () => `Critics gave ${pick(SHOWS)} a ${between(50, 100)}% score on Rotten Tomatoes.`,
  () => `${pick(NAMES)} did not return for the ${pick(["second", "third"])} season of ${pick(SHOWS)}.`,
  () => `${pick(SHOWS)} ranked No. ${between(1, 10)} on the streaming charts.`,
];
const sentence = () => pick(SENTENCES)();

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimcheck-load-"));
  cpSync(join(ROOT, "sources"), join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "articles"));
  for (let a = 0; a < ARTICLES; a++) {
    const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: between(3, 6) }, sentence).join(" "));
    const date = `${between(2015, 2025)}-${String(between(1, 12)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`;
    writeFileSync(join(dir, "articles", `a${String(a).padStart(4, "0")}.txt`), ` date ${date} ${pick(SHOWS)} news\n\n${paragraphs.join("\n\n")}\n`);
  }
  // Every fifth claim is one of the bundled Ballard claims, the rest generated sentences.
  const ballard = (readFileSync(join(ROOT, "claims", "ballard.yaml"), "utf8").match(/^ {4}text: .*$/gm) ?? []).map((line) => {
    const text = line.replace(/^ {4}text: /, "");
    return text.startsWith('"') ? (JSON.parse(text) as string) : text;
  });
  const claims = Array.from({ length: CLAIMS }, (_, i) => ({ id: `c${i}`, text: i % 5 === 0 ? ballard[i % ballard.length]! : sentence() }));
  writeFileSync(join(dir, "claims.json"), JSON.stringify({ claims }));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs main() in a child process and reports its exit code and memory after the run. */
function runMeasured(argv: readonly string[], cwd: string): { code: number; stderr: string; heapUsed: number; rss: number; maxRss: number } {
  const mainUrl = pathToFileURL(join(ROOT, "dist", "cli", "main.js")).href;
  const script = `
    import { main } from ${JSON.stringify(mainUrl)};
    let stderr = "";
    const code = await main({
      argv: ${JSON.stringify(argv)},
      cwd: process.cwd(),
      env: {},
      io: { stdout: (t) => process.stdout.write(t), stderr: (t) => { stderr += t; }, isTTY: false },
    });
    const { heapUsed, rss } = process.memoryUsage();
    process.stdout.write(JSON.stringify({ code, stderr, heapUsed, rss, maxRss: process.resourceUsage().maxRSS * 1024 }));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8", maxBuffer: 1024 * 1024 });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { code: number; stderr: string; heapUsed: number; rss: number; maxRss: number };
}

describe("a large run", () => {
  it(`checks ${CLAIMS} claims against the bundled sources and ${ARTICLES} generated articles, within the memory the README states`, () => {
    const run = runMeasured(["check", "claims.json", "--sources", "sources", "--sources", "articles", "--format", "json", "--output-file", "report.json"], dir);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(run.heapUsed).toBeLessThan(MEMORY_LIMIT);
    expect(run.rss).toBeLessThan(MEMORY_LIMIT);
    expect(run.maxRss).toBeLessThan(MEMORY_LIMIT);

    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { summary: { total: number; supported: number; conflicting: number; unsourced: number }; claims: { id: string; evidence: { sourceId: string }[] }[] };
    expect(report.claims).toHaveLength(CLAIMS);
    expect(report.summary.total).toBe(CLAIMS);
    expect(report.summary.supported + report.summary.conflicting + report.summary.unsourced).toBe(CLAIMS);
    expect(report.claims.map((c) => c.id)).toEqual(Array.from({ length: CLAIMS }, (_, i) => `c${i}`));
    // The generated articles are read and used as evidence, not only the bundled ones.
    expect(report.claims.some((c) => c.evidence.some((e) => e.sourceId.startsWith("a")))).toBe(true);
  }, 120_000);
});
