// Properties that hold for any input, checked on generated ones: folding and tokenising are
// stable, facts survive printing and reading back, and reports are valid, complete and
// repeatable whatever the claims and whatever order the sources come in.
import { corpusFrom } from "./helpers/corpus.js";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { parseClaims } from "../src/claims/parse.js";
import { loadSources } from "../src/sources/load.js";
import { fold, foldFully } from "../src/text/fold.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Fact } from "../src/types.js";
import { english } from "./helpers/language.js";
import { runCli } from "./helpers/run-cli.js";

const ROOT = join(import.meta.dirname, "..");
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-properties-"));
  folders.push(dir);
  return dir;
}

const char = (ranges: readonly [number, number][]) =>
  fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((code) => String.fromCodePoint(code));
// Punctuation, spaces, accents and compatibility forms: where folding has work to do.
const foldable = fc.string({
  unit: char([
    [0x20, 0x7e],
    [0xa0, 0x2ff],
    [0x300, 0x36f],
    [0x2000, 0x206f],
    [0x2100, 0x214f],
    [0xfe10, 0xfe6f],
    [0xff00, 0xffef],
  ]),
  maxLength: 30,
});

describe("folding and tokenising", () => {
  it("folding is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.oneof(foldable, fc.string({ unit: "binary", maxLength: 30 })), (text) => fold(fold(text)) === fold(text)),
      { numRuns: 3000 },
    );
  });

  it("folding is idempotent on every single character of the Basic Multilingual Plane", () => {
    const unstable: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (fold(fold(c)) !== fold(c)) unstable.push(`U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
    }
    expect(unstable).toEqual([]);
  });

  it("folding plain ASCII by lower case alone gives what the full fold gives", () => {
    fc.assert(
      fc.property(fc.string({ unit: char([[0, 0x7f]]), maxLength: 30 }), (text) => fold(text) === foldFully(text)),
      { numRuns: 3000 },
    );
    for (let code = 0; code <= 0x7f; code++) expect(fold(String.fromCharCode(code))).toBe(foldFully(String.fromCharCode(code)));
  });

  it("tokenising gives the same tokens every time, each one the slice of the text it claims", () => {
    fc.assert(
      fc.property(fc.oneof(foldable, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: fc.constantFrom(..."Ab1 .,-'$%/é\u0301"), maxLength: 40 })), (text) => {
        const tokens = tokenize(text);
        expect(tokenize(text)).toEqual(tokens);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(text.slice(token.start, token.end)).toBe(token.raw);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a token read on its own is the same token: what a word means does not depend on its neighbours", () => {
    fc.assert(
      fc.property(fc.oneof(foldable, fc.string({ unit: fc.constantFrom(..."Ab1 .,-'$%/é\u0301U.S"), maxLength: 40 })), (text) => {
        for (const token of tokenize(text)) {
          const alone = tokenize(token.raw);
          expect(alone).toHaveLength(1);
          expect(alone[0]).toMatchObject({ raw: token.raw, kind: token.kind, norm: token.norm, stem: token.stem, term: token.term });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- facts ----------------------------------------------------------------------------------

const HEDGES = ["", "nearly ", "about ", "more than ", "at least ", "at most "];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const trimmed = (n: number) => String(Number(n.toFixed(6)));
/** An amount as news writes it: digits, or a figure with its scale word above a million. */
const formatAmount = (n: number) => {
  for (const [scale, name] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]] as const) if (n >= scale) return `${trimmed(n / scale)} ${name}`;
  return trimmed(n);
};
const formatDate = ({ year, month, day }: { year: number; month?: number; day?: number }) =>
  month === undefined ? String(year) : day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
const readFacts = (text: string) => english.readFacts(english.tokenize(text), {});
/** An amount as the formatter prints it: digits with up to two decimals, or a scaled figure. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 999_999 }).map((n) => formatAmount(n)),
  fc.integer({ min: 1, max: 99_999 }).map((n) => formatAmount(n / 100)),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(1e6, 1e9, 1e12)).map(([n, scale]) => formatAmount((n / 100) * scale)),
);
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));

interface Written {
  kind: Fact["kind"];
  text: string;
  value: number;
}

/** Facts written the way formatFact writes them, with the value the words state. */
const written: fc.Arbitrary<Written> = fc.oneof(
  fc.tuple(fc.constantFrom(...HEDGES), fc.constantFrom("$", "€", "£"), amount).map(([hedge, symbol, a]) => ({ kind: "money" as const, text: `${hedge}${symbol}${a}`, value: valueOf(a) })),
  fc.tuple(fc.constantFrom(...HEDGES), amount).map(([hedge, a]) => ({ kind: "percent" as const, text: `${hedge}${a}%`, value: valueOf(a) })),
  // Counts from 1800 to 2199 read as years, so counts stay clear of them.
  fc.tuple(fc.constantFrom(...HEDGES), fc.integer({ min: 2, max: 1799 }), fc.constantFrom("episodes", "awards", "viewers")).map(([hedge, n, noun]) => ({
    kind: "count" as const,
    text: `${hedge}${n} ${noun}`,
    value: n,
  })),
  fc.integer({ min: 1, max: 9999 }).map((n) => ({ kind: "rank" as const, text: `No. ${n}`, value: n })),
  fc.integer({ min: 1, max: 129 }).map((n) => ({ kind: "age" as const, text: `${n} years old`, value: n })),
  fc.tuple(fc.constantFrom("season", "episode", "chapter"), fc.integer({ min: 1, max: 999 })).map(([noun, n]) => ({ kind: "ordinal" as const, text: `${noun} ${n}`, value: n })),
  fc.integer({ min: 1, max: 999 }).map((n) => ({ kind: "ordinal" as const, text: `${n}${ordinalSuffix(n)} film`, value: n })),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1800, max: 2199 })).map(([month, day, year]) => ({
    kind: "date" as const,
    text: formatDate({ year, month, day }),
    value: year * 10000 + month * 100 + day,
  })),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1800, max: 2199 })).map(([month, year]) => ({ kind: "date" as const, text: formatDate({ year, month }), value: year * 10000 + month * 100 })),
  fc.integer({ min: 1800, max: 2199 }).map((year) => ({ kind: "year" as const, text: formatDate({ year }), value: year })),
);

function valueOf(amountText: string): number {
  const [digits, scale] = amountText.split(" ");
  return Number(digits) * ({ million: 1e6, billion: 1e9, trillion: 1e12 }[scale ?? ""] ?? 1);
}

function onlyFact(text: string): Fact {
  const { facts } = readFacts(text);
  expect(facts, `facts in "${text}"`).toHaveLength(1);
  return facts[0]!;
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe("facts survive being printed and read back", () => {
  it("a fact written as the formatter writes it is read as that kind, its interval holding the value", () => {
    fc.assert(
      fc.property(written, ({ kind, text, value }) => {
        const fact = onlyFact(text);
        expect(fact.kind).toBe(kind);
        // A date's interval is the days it covers; its parts are checked by reading it back, below.
        if (kind === "date" || kind === "year") return;
        if (text.startsWith("more than ")) {
          // "more than 5" leaves out 5 itself.
          // Compared with a tolerance: "261.1 million" is 261100000, while 261.1 * 1e6 is a hair above it.
          expect(fact.low > value * (1 + 1e-12) || (close(fact.low, value) && fact.lowOpen === true)).toBe(true);
        } else {
          expect(fact.low).toBeLessThanOrEqual(value * (1 + 1e-12));
        }
        expect(fact.high).toBeGreaterThanOrEqual(value * (1 - 1e-12));
      }),
      { numRuns: 1500 },
    );
  });

  it("reading a fact's display gives back the same kind, unit, interval and display", () => {
    fc.assert(
      fc.property(written, ({ text }) => {
        const fact = onlyFact(text);
        const again = onlyFact(fact.display);
        expect(again.kind).toBe(fact.kind);
        expect(again.unit).toBe(fact.unit);
        expect(again.display).toBe(fact.display);
        expect(again.date).toEqual(fact.date);
        expect(close(again.low, fact.low) && close(again.high, fact.high), `[${again.low}, ${again.high}] vs [${fact.low}, ${fact.high}]`).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it("a fact inside a sentence is read the same as on its own", () => {
    fc.assert(
      fc.property(written, fc.constantFrom("The report says", "Critics noted"), ({ text }, lead) => {
        const alone = onlyFact(text);
        const sentence = `${lead} ${text} in total.`;
        const inSentence = readFacts(sentence).facts.find((f) => f.kind === alone.kind);
        expect(inSentence, sentence).toBeDefined();
        expect(inSentence!.display).toBe(alone.display);
      }),
      { numRuns: 500 },
    );
  });
});

// ---- reports --------------------------------------------------------------------------------

const validateReport = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, "schema", "report.schema.json"), "utf8")) as object);

interface GeneratedClaim {
  id?: string | undefined;
  text: string;
}

const claimText = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
    fc.constantFrom("Ballard premiered on July 9.", "Maggie Q is 46.", "The first season of Ballard has 10 episodes.", "Titus Welliver plays Harry Bosch."),
    fc.array(fc.constantFrom("Ballard", "Bosch", "season", "10", "episodes", "July", "9,", "2025", "not", "nearly", "$14.84", "million", "No.", "4"), { minLength: 1, maxLength: 12 }).map((w) => w.join(" ")),
  )
  // A text must have something besides white space, and lone surrogates cannot be written as UTF-8.
  .filter((text) => /\S/.test(text) && !/[\uD800-\uDFFF]/u.test(text));

const claimsList = fc.uniqueArray(
  fc.record({ id: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,15}$/), { nil: undefined }), text: claimText }, { requiredKeys: ["text"] }),
  { minLength: 1, maxLength: 8, selector: (c) => c.id ?? Symbol() },
);

function writeClaims(dir: string, claims: readonly GeneratedClaim[], format: "yaml" | "json"): string {
  const data = { claims: claims.map((c) => (c.id === undefined ? { text: c.text } : { id: c.id, text: c.text })) };
  const file = `claims.${format}`;
  writeFileSync(join(dir, file), format === "json" ? JSON.stringify(data, null, 2) : stringify(data));
  return file;
}

describe("reports for any claims file", () => {
  const sources = join(ROOT, "sources");

  it("the JSON report is valid against its schema, has one entry per claim, and is the same byte for byte on a second run", async () => {
    await fc.assert(
      fc.asyncProperty(claimsList, fc.constantFrom("yaml" as const, "json" as const), async (claims, format) => {
        const dir = tempFolder();
        const file = writeClaims(dir, claims, format);
        const argv = ["check", file, "--sources", sources, "--format", "json"];
        const first = await runCli(argv, { cwd: dir });
        const second = await runCli(argv, { cwd: dir });
        expect(first.stderr).toBe("");
        expect([0, 1]).toContain(first.code);
        const report = JSON.parse(first.stdout) as { claims: { id: string; text: string }[] };
        expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
        expect(report.claims.map((c) => c.text)).toEqual(claims.map((c) => c.text.trim()));
        claims.forEach((claim, i) => {
          if (claim.id !== undefined) expect(report.claims[i]!.id).toBe(claim.id);
        });
        expect(new Set(report.claims.map((c) => c.id)).size).toBe(claims.length);
        expect(second.stdout).toBe(first.stdout);
      }),
      { numRuns: 25 },
    );
  });

  it("a YAML file and a JSON file holding the same claims give the same verdicts", async () => {
    await fc.assert(
      fc.asyncProperty(claimsList, async (claims) => {
        const dir = tempFolder();
        const verdicts = async (format: "yaml" | "json") => {
          const { stdout } = await runCli(["check", writeClaims(dir, claims, format), "--sources", sources, "--format", "json"], { cwd: dir });
          return (JSON.parse(stdout) as { claims: { id: string; verdict: string; reason: string }[] }).claims.map(({ id, verdict, reason }) => ({ id, verdict, reason }));
        };
        expect(await verdicts("json")).toEqual(await verdicts("yaml"));
      }),
      { numRuns: 10 },
    );
  });
});

describe("the order sources come in never changes a verdict", () => {
  const claims = parseClaims({ file: "claims/ballard.yaml", text: readFileSync(join(ROOT, "claims", "ballard.yaml"), "utf8") });
  const sources = loadSources(["sources"], { cwd: ROOT });
  const expected = JSON.stringify(check(claims, corpusFrom(sources)));

  it("check() gives the same report for any order of the sources", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sources, { minLength: sources.length }), (shuffled) => {
        expect(JSON.stringify(check(claims, corpusFrom(shuffled)))).toBe(expected);
      }),
      { numRuns: 8 },
    );
  });

  it("the CLI gives the same report for any order of source folders", async () => {
    // Each bundled article in a folder of its own, the folders named in a shuffled order.
    const dir = tempFolder();
    const names = sources.map((s) => s.id);
    for (const name of names) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, `${name}.txt`), readFileSync(join(ROOT, "sources", `${name}.txt`)));
    }
    writeFileSync(join(dir, "claims.yaml"), readFileSync(join(ROOT, "claims", "ballard.yaml")));
    const reportFor = async (order: readonly string[]) => {
      const { stdout } = await runCli(["check", "claims.yaml", "--format", "json", ...order.flatMap((n) => ["--sources", n])], { cwd: dir });
      const report = JSON.parse(stdout) as { claims: { id: string; verdict: string; reason: string; evidence: { sourceId: string; line: number }[] }[] };
      return report.claims.map(({ id, verdict, reason, evidence }) => ({ id, verdict, reason, evidence: evidence.map((e) => `${e.sourceId}:${e.line}`) }));
    };
    const sorted = await reportFor(names);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(names, { minLength: names.length }), async (order) => {
        expect(await reportFor(order)).toEqual(sorted);
      }),
      { numRuns: 5 },
    );
  });
});
