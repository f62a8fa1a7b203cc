// The benchmark: `npm run bench`. Generates news-like corpora of several sizes (corpus.ts),
// then measures, each in a fresh process so that memory peaks are its own: a cold run (empty
// cache), warm runs with nothing changed (every verdict kept in the cache) and with every claim
// judged (the sources from the cache, no verdict in it), the same claims over half as many, and
// the plain approach (plain.ts). Prints one table; nothing here is asserted.
//
//   node --expose-gc build/bench/run.js [--sizes 1000,10000,20000] [--claims 1000] [--seed 42] [--keep]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize } from "node:v8";
import { check, judgeClaim } from "../src/check.js";
import { loadClaims } from "../src/claims/load.js";
import { loadCorpus } from "../src/cache/load-corpus.js";
import { loadEnglish } from "../src/language/load.js";
import { readPack } from "../src/cache/pack.js";
import { REPORTERS } from "../src/report/index.js";
import { generateCorpus, readSeedText } from "./corpus.js";
import { plainFinder } from "./plain.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

interface RunTask {
  kind: "run";
  folder: string;
  claimsFile: string;
  claims: number;
  cache: string | false;
  /** Take verdicts judged before from the cache, and keep those judged. */
  verdicts: boolean;
}

interface PlainTask {
  kind: "plain";
  folder: string;
  claimsFile: string;
  cache: string;
  /** Claims searched the plain way. */
  claims: number;
  /** Also judge everything the plain search finds, and compare verdicts (small corpora only). */
  judgeAll: boolean;
}

/** Decodes every cache entry of a filled cache as v8 data and as the same data in JSON. */
interface FormatsTask {
  kind: "formats";
  cache: string;
}

interface FormatsResult {
  entries: number;
  v8: { ms: number; mb: number };
  json: { ms: number; mb: number };
}

interface RunResult {
  passages: number;
  read: number;
  index: number;
  judge: number;
  render: number;
  /** Milliseconds since the process started, module loading included. */
  total: number;
  rssMb: number;
  heapMb: number;
  hits: number;
  misses: number;
  /** Claims whose verdict was taken from the cache. */
  kept: number;
  reportHash: string;
  verdicts: Record<string, number>;
  /** Each claim's verdict, in order. */
  each: string[];
}

interface PlainResult {
  build: number;
  /** Per claim: milliseconds in fuse.js's search over every passage, and passages found. */
  search: number[];
  matches: number[];
  /** Per claim, when judged in full: milliseconds for search and judging everything found. */
  full: number[];
  /** Of the claims judged in full, how many got the same verdict as through the index. */
  same: number;
  /** The others: claim index, verdict through the index, verdict the plain way. */
  differ: [number, string, string][];
  rssMb: number;
}

// ---- child processes -------------------------------------------------------------------

function runChild(task: RunTask): RunResult {
  const claims = loadClaims([task.claimsFile], { cwd: REPO }).slice(0, task.claims);
  const loaded = loadCorpus({ folders: [task.folder], cwd: REPO, cache: task.cache, language: loadEnglish() });
  const started = performance.now();
  const memory = task.verdicts ? loaded.verdicts : undefined;
  const report = check(claims, loaded.corpus, {}, { memory });
  memory?.save();
  const judged = performance.now();
  const rendered = REPORTERS.json(report, { color: false, quiet: false });
  const render = performance.now() - judged;
  const total = performance.now();
  globalThis.gc?.();
  return {
    passages: loaded.corpus.index.size,
    read: loaded.timings.read,
    index: loaded.timings.index,
    judge: judged - started,
    render,
    total,
    rssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
    hits: loaded.cache?.hits ?? 0,
    misses: loaded.cache?.misses ?? 0,
    kept: memory?.stats.hits ?? 0,
    reportHash: createHash("sha256").update(rendered).digest("hex").slice(0, 12),
    verdicts: { supported: report.summary.supported, conflicting: report.summary.conflicting, unsourced: report.summary.unsourced },
    each: report.claims.map((c) => c.verdict),
  };
}

function plainChild(task: PlainTask): PlainResult {
  const claims = loadClaims([task.claimsFile], { cwd: REPO }).slice(0, task.claims);
  const { corpus } = loadCorpus({ folders: [task.folder], cwd: REPO, cache: task.cache, language: loadEnglish() });
  let started = performance.now();
  const find = plainFinder(corpus);
  const build = performance.now() - started;
  const search: number[] = [];
  const matches: number[] = [];
  for (const claim of claims) {
    // The search alone: what the plain approach costs before it judges anything.
    let found = 0;
    started = performance.now();
    judgeClaim(claim, corpus, (index, query, allowed) => {
      const candidates = find(index, query, allowed);
      search.push(performance.now() - started);
      found = candidates.length;
      return [];
    });
    matches.push(found);
  }
  const full: number[] = [];
  const differ: [number, string, string][] = [];
  if (task.judgeAll) {
    claims.forEach((claim, i) => {
      started = performance.now();
      const plain = judgeClaim(claim, corpus, find);
      full.push(performance.now() - started);
      const indexed = judgeClaim(claim, corpus).verdict;
      if (plain.verdict !== indexed) differ.push([i, indexed, plain.verdict]);
    });
  }
  return { build, search, matches, full, same: full.length - differ.length, differ, rssMb: process.resourceUsage().maxRSS / 1024 };
}

const TYPED: Record<string, { from(values: number[]): ArrayBufferView }> = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float64Array };
const isTyped = (value: unknown): value is { typed: string; values: number[] } =>
  typeof value === "object" && value !== null && "typed" in value && "values" in value && typeof value.typed === "string" && value.typed in TYPED;

function formatsChild(task: FormatsTask): FormatsResult {
  const folder = join(task.cache, "packs");
  const blobs = readdirSync(folder)
    .filter((name) => name.endsWith(".pack"))
    .flatMap((name) => {
      const pack = readPack(folder, name);
      return pack ? pack.header.entries.flatMap(({ hash }) => pack.entry(hash) ?? []) : [];
    });
  // The same entries as JSON: typed arrays written as arrays with their type, made typed again when read.
  const texts = blobs.map((blob) => JSON.stringify(deserialize(blob), (_key, value: unknown) => (ArrayBuffer.isView(value) ? { typed: value.constructor.name, values: Array.from(value as unknown as ArrayLike<number>) } : value)));
  let started = performance.now();
  for (const blob of blobs) deserialize(blob);
  const v8 = performance.now() - started;
  started = performance.now();
  for (const text of texts) {
    JSON.parse(text, (_key, value: unknown) => (isTyped(value) ? TYPED[value.typed]!.from(value.values) : value));
  }
  const json = performance.now() - started;
  const mb = (list: readonly { length: number }[]) => list.reduce((n, b) => n + b.length, 0) / 1e6;
  return { entries: blobs.length, v8: { ms: v8, mb: mb(blobs) }, json: { ms: json, mb: mb(texts) } };
}

function child<T>(task: RunTask | PlainTask | FormatsTask): T {
  const result = spawnSync(process.execPath, ["--expose-gc", SELF, "--child", JSON.stringify(task)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    cwd: REPO,
  });
  if (result.status !== 0) throw new Error(`benchmark child failed (${task.kind}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

// ---- the table -------------------------------------------------------------------------

/** The run whose total time is the median. */
function medianOf(runs: readonly RunResult[]): RunResult {
  return [...runs].sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)]!;
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
const num = (n: number) => n.toLocaleString("en-US");
const mean = (list: readonly number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}

function parent(args: readonly string[]): void {
  const sizes = option(args, "sizes", "1000,10000,20000").split(",").map(Number);
  const claimCount = Number(option(args, "claims", "1000"));
  const seed = Number(option(args, "seed", "42"));
  const main = sizes.includes(10_000) ? 10_000 : sizes[sizes.length - 1]!;
  const work = mkdtempSync(join(tmpdir(), "claimcheck-bench-"));
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const out: string[] = [];
  try {
    const seedText = readSeedText(join(REPO, "sources"), join(REPO, "claims", "ballard.yaml"));
    out.push(`claimcheck benchmark: ${claimCount} claims per run, generated corpora (seed ${seed}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
    out.push(`corpora: the bundled articles' sentences recast with other names, numbers and dates, ~4 KB an article; claims 40% true, 30% a number altered, 30% about no one in the corpus\n`);

    // The dev set: verdicts through the index and the plain way must agree.
    const devClaims = loadClaims([join(REPO, "claims", "ballard.yaml")], { cwd: REPO });
    const dev = loadCorpus({ folders: [join(REPO, "sources")], cwd: REPO, cache: false, language: loadEnglish() }).corpus;
    const find = plainFinder(dev);
    const devSame = devClaims.filter((c) => judgeClaim(c, dev).verdict === judgeClaim(c, dev, find).verdict).length;
    const top40 = (index: Parameters<typeof find>[0], query: Parameters<typeof find>[1], allowed?: ReadonlySet<string>) => find(index, query, allowed).slice(0, 40);
    const devSame40 = devClaims.filter((c) => judgeClaim(c, dev).verdict === judgeClaim(c, dev, top40).verdict).length;

    const rows: string[][] = [["articles", "text", "passages", "run", "read+split", "index", "judge", "per claim", "total", "peak RSS", "cache hits", "verdicts kept"]];
    const plainRows: string[][] = [["articles", "claims measured", "fuse build", "search / claim", "found / claim", "plain, 1000 claims", "ours, warm, judged", "ratio"]];
    const perClaim = new Map<number, number>();
    const notes: string[] = [];
    let linearity = "";
    let formatLine = "";
    let cli = "";
    for (const size of sizes) {
      const folder = join(work, `corpus-${size}`);
      log(`generating ${num(size)} articles…`);
      const corpus = generateCorpus(seedText, folder, { seed: seed + size, articles: size, claims: claimCount });
      const claimsFile = join(work, `claims-${size}.json`);
      writeFileSync(claimsFile, JSON.stringify({ claims: corpus.claims.map(({ id, text }) => ({ id, text })) }));
      const cache = join(work, `cache-${size}`);
      // Each run: its name, how many claims it judged, and what it measured.
      const runs: [string, number, RunResult][] = [];
      log(`${num(size)}: cold run`);
      const task = { kind: "run", folder, claimsFile, cache } as const;
      runs.push(["cold (no cache yet)", claimCount, child<RunResult>({ ...task, claims: claimCount, verdicts: true })]);
      log(`${num(size)}: warm runs`);
      // Nothing changed since the cold run: every verdict is in the cache.
      const kept = [0, 1, 2].map(() => child<RunResult>({ ...task, claims: claimCount, verdicts: true }));
      runs.push(["warm, nothing changed, median of 3", claimCount, medianOf(kept)]);
      notes.push(`${num(size)} articles: warm runs, nothing changed, took ${kept.map((r) => ms(r.total)).join(", ")} in all`);
      // Claims the cache holds no verdict for (as after a change to the code or to any source):
      // the sources from the index cache, every claim judged.
      const judging = [0, 1, 2].map(() => child<RunResult>({ ...task, claims: claimCount, verdicts: false }));
      const warm = medianOf(judging);
      runs.push(["warm, every claim judged, median of 3", claimCount, warm]);
      notes.push(`${num(size)} articles: warm runs judging every claim took ${judging.map((r) => ms(r.total)).join(", ")} in all`);
      if (size === main) {
        log(`${num(size)}: run without cache`);
        runs.push(["--no-cache", claimCount, child<RunResult>({ ...task, cache: false, claims: claimCount, verdicts: false })]);
        log(`${num(size)}: warm runs, half the claims`);
        const half = medianOf([0, 1, 2].map(() => child<RunResult>({ ...task, claims: claimCount / 2, verdicts: false })));
        runs.push([`warm, ${claimCount / 2} claims judged, median of 3`, claimCount / 2, half]);
        const full = warm;
        linearity = `linearity at ${num(size)} articles: judging ${claimCount} claims took ${ms(full.judge)}, ${claimCount / 2} took ${ms(half.judge)}: ×${(full.judge / half.judge).toFixed(2)} for ×2 claims`;
        log(`${num(size)}: the CLI, cold and warm`);
        cli = cliRuns(folder, claimsFile, join(work, `cli-cache-${size}`), size);
      }
      const hashes = new Set(runs.filter(([, claims]) => claims === claimCount).map(([, , r]) => r.reportHash));
      notes.push(`${num(size)} articles: reports ${hashes.size === 1 ? "identical" : "DIFFER"} across cold, warm${size === main ? " and --no-cache" : ""} runs; verdicts ${Object.entries(runs[0]![2].verdicts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
      runs.forEach(([name, claims, r], i) => {
        rows.push([
          i === 0 ? num(size) : "",
          i === 0 ? `${(corpus.bytes / 1e6).toFixed(1)} MB` : "",
          i === 0 ? num(r.passages) : "",
          name,
          ms(r.read),
          ms(r.index),
          ms(r.judge),
          `${(r.judge / claims).toFixed(2)} ms`,
          ms(r.total),
          `${r.rssMb.toFixed(0)} MB`,
          r.hits + r.misses > 0 ? `${num(r.hits)}/${num(r.hits + r.misses)}` : "-",
          r.kept > 0 ? `${num(r.kept)}/${num(claims)}` : "-",
        ]);
      });
      perClaim.set(size, warm.judge / claimCount);
      const expected = { true: "supported", altered: "conflicting", unrelated: "unsourced" } as const;
      const asMeant = (["true", "altered", "unrelated"] as const).map((kind) => {
        const of = corpus.claims.map((c, i) => [c, warm.each[i]] as const).filter(([c]) => c.kind === kind);
        return `${of.filter(([, v]) => v === expected[kind]).length}/${of.length} ${kind} claims ${expected[kind]}`;
      });
      notes.push(`${num(size)} articles: verdicts as the generator meant them: ${asMeant.join(", ")}`);
      if (size === main) {
        const formats = child<FormatsResult>({ kind: "formats", cache });
        formatLine = `cache entries (${num(formats.entries)}, ${num(size)} articles) decode in ${ms(formats.v8.ms)} as v8 data (${formats.v8.mb.toFixed(1)} MB), ${ms(formats.json.ms)} as JSON (${formats.json.mb.toFixed(1)} MB)`;
      }

      // The plain approach, on as few claims as its time allows; the rest extrapolated.
      const plainClaims = size <= 1000 ? 10 : size <= 10_000 ? 3 : 2;
      log(`${num(size)}: plain fuse.js over every passage, ${plainClaims} claims`);
      const plain = child<PlainResult>({ kind: "plain", folder, claimsFile, cache, claims: plainClaims, judgeAll: size <= 1000 });
      const search = mean(plain.search);
      const perPlain = plain.full.length > 0 ? mean(plain.full) : search;
      const plainTotal = plain.build + perPlain * claimCount;
      plainRows.push([
        num(size),
        String(plainClaims),
        ms(plain.build),
        ms(search),
        num(Math.round(mean(plain.matches))),
        `${ms(plainTotal)} (extrapolated${plain.full.length > 0 ? ", search and judging" : ", search only"})`,
        ms(warm.judge),
        `${Math.round(plainTotal / warm.judge)}×${plain.full.length > 0 ? "" : " or more"}`,
      ]);
      if (plain.full.length > 0) {
        const kinds = { true: "a true sentence", altered: "a number altered", unrelated: "about no one in the corpus" } as const;
        const differ = plain.differ.map(([i, indexed, other]) => `${corpus.claims[i]!.id}, ${kinds[corpus.claims[i]!.kind]}: ${indexed} through the index, ${other} the plain way`);
        notes.push(`${num(size)} articles: the plain approach judged everything it found for ${plain.full.length} claims: same verdict as the index for ${plain.same}/${plain.full.length}${differ.length ? ` (${differ.join("; ")})` : ""}`);
      }
      rmSync(folder, { recursive: true, force: true });
    }

    out.push(table(rows));
    out.push("");
    out.push("read+split: reading the sources, or their cache entries, and splitting them into passages; index: building the inverted index; judge: all claims (a verdict kept in the cache is read, not judged); total: the whole process, start-up included");
    out.push("");
    out.push("The plain approach: one fuse.js search over every passage for each claim, judging every passage it finds.");
    out.push(table(plainRows));
    out.push("");
    const sorted = [...perClaim.keys()].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      out.push(`scaling: per claim ${perClaim.get(b)!.toFixed(2)} ms at ${num(b)} articles against ${perClaim.get(a)!.toFixed(2)} ms at ${num(a)}: ×${(perClaim.get(b)! / perClaim.get(a)!).toFixed(2)} for ×${(b / a).toFixed(0)} articles`);
    }
    if (linearity) out.push(linearity);
    if (cli) out.push(cli);
    if (formatLine) out.push(formatLine);
    out.push(`dev set (claims/ballard.yaml against sources/): same verdict through the index as the plain way for ${devSame}/${devClaims.length} claims (judging only fuse.js's best 40: ${devSame40}/${devClaims.length})`);
    for (const note of notes) out.push(note);
    process.stdout.write(`${out.join("\n")}\n`);
  } finally {
    if (args.includes("--keep")) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The real binary, end to end: a first run with an empty cache, then a second. */
function cliRuns(folder: string, claimsFile: string, cache: string, size: number): string {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    // The third run finds the sources in the cache and no verdict: it judges every claim.
    if (i === 2) rmSync(join(cache, "verdicts"), { recursive: true, force: true });
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(REPO, "dist", "cli.js"), "check", claimsFile, "--sources", folder, "--cache", cache, "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    times.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`claimcheck failed:\n${result.stderr}`);
  }
  return `the CLI (node dist/cli.js check … --format json) at ${num(size)} articles, wall clock: ${ms(times[0]!)} with an empty cache, ${ms(times[1]!)} with it filled, ${ms(times[2]!)} with its verdicts removed`;
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  const task = JSON.parse(args[1]!) as RunTask | PlainTask | FormatsTask;
  process.stdout.write(JSON.stringify(task.kind === "run" ? runChild(task) : task.kind === "plain" ? plainChild(task) : formatsChild(task)));
} else {
  parent(args);
}
