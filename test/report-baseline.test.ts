// What each output format shows of a baseline: a claims file with one known failure, one known
// claim edited, one new failure, one fixed claim and one removed, against the baseline before.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Log, Result } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

// The tiny project's claims, and two more.
const BEFORE = `${TINY_CLAIMS}${[
  "  - id: season",
  '    text: "The first season of Ballard has 12 episodes."',
  "  - id: gone",
  '    text: "Maggie Q was born in Boston."',
  "",
].join("\n")}`;

// episodes: known, unchanged; season: edited; born: fixed by the source below; gone: removed; finale: new.
const AFTER = BEFORE.replace("has 12 episodes", "has 14 episodes").replace(/  - id: gone\n.*\n/, "") + '  - id: finale\n    text: "Ballard premiered on July 19."\n';
const SOURCES_AFTER = { "sources/news.txt": `${TINY_SOURCES["sources/news.txt"]}\nMaggie Q was born in Honolulu.\n` };

const sarifSchema = new Ajv2020({ allErrors: true, strict: false });
ajvFormats.default(sarifSchema);
const validateSarif = sarifSchema.compile(JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0.json", import.meta.url), "utf8")) as object);
// The parts of the report schema a baseline adds, each checked on its own.
const reportSchemas = new Ajv({ allErrors: true, strict: true }).addSchema(JSON.parse(readFileSync(new URL("../schema/report.schema.json", import.meta.url), "utf8")) as object);
const REPORT_SCHEMA = "https://claimcheck.dev/schema/report.schema.json";
function validPart(pointer: string, value: unknown): boolean {
  const validate = reportSchemas.getSchema(`${REPORT_SCHEMA}#${pointer}`)!;
  expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  return true;
}

describe("a baseline in each output format", () => {
  // One project for every format, made once: the formats only read it.
  const cwd = mkdtempSync(join(tmpdir(), "claimcheck-baseline-"));
  const run = async (...argv: string[]) => runCli(["check", "claims/c.yaml", "--baseline", ".claimcheck-baseline.json", ...argv], { cwd });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  beforeAll(async () => {
    mkdirSync(join(cwd, "sources"));
    mkdirSync(join(cwd, "claims"));
    writeFileSync(join(cwd, "sources/news.txt"), TINY_SOURCES["sources/news.txt"]);
    writeFileSync(join(cwd, "claims/c.yaml"), BEFORE);
    expect((await runCli(["baseline", "claims/c.yaml"], { cwd })).stdout).toContain("Recorded 4 failing claims of 5");
    writeFileSync(join(cwd, "claims/c.yaml"), AFTER);
    writeFileSync(join(cwd, "sources/news.txt"), SOURCES_AFTER["sources/news.txt"]);
  });

  it("json: each failing claim's baselineState, the counts and the fixed entries, as the report schema has them", async () => {
    const { code, stdout } = await run("-f", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(validPart("/properties/baseline", report.baseline)).toBe(true);
    for (const claim of report.claims) if (claim.baselineState) expect(validPart("/definitions/claim/properties/baselineState", claim.baselineState)).toBe(true);
    expect(report.claims.map((c) => [c.id, c.baselineState ?? null, c.failing])).toEqual([
      ["premiere", null, false],
      ["episodes", "unchanged", false],
      ["born", null, false],
      ["season", "updated", true],
      ["finale", "new", true],
    ]);
    expect(report.summary.failing).toBe(2);
    expect(report.baseline).toEqual({
      file: ".claimcheck-baseline.json",
      new: 1,
      unchanged: 1,
      updated: 1,
      absent: [
        { file: "claims/c.yaml", id: "born", verdict: "unsourced", now: { verdict: "supported", location: { file: "claims/c.yaml", line: 7, column: 11, endLine: 7, endColumn: 43 } } },
        { file: "claims/c.yaml", id: "gone", verdict: "unsourced" },
      ],
    });
    const quiet = JSON.parse((await run("-f", "json", "--quiet")).stdout) as Report;
    expect(quiet.claims.map((c) => c.id)).toEqual(["season", "finale"]);
    expect(quiet.baseline).toEqual(report.baseline);
  });

  it("sarif: results marked new, unchanged, updated and absent, valid against the official schema", async () => {
    const log = JSON.parse((await run("-f", "sarif")).stdout) as Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0]!.results ?? [];
    const summary = (r: Result) => [r.properties?.["claimId"], r.baselineState, r.kind ?? "fail", r.level, r.locations?.[0]?.physicalLocation?.region?.startLine ?? null];
    expect(results.map(summary)).toEqual([
      ["episodes", "unchanged", "fail", "error", 5],
      ["season", "updated", "fail", "error", 9],
      ["finale", "new", "fail", "error", 11],
      ["born", "absent", "pass", "none", 7],
      ["gone", "absent", "pass", "none", null],
    ]);
    expect(results[3]!.message.text).toBe("Fixed since the baseline: was unsourced, now supported; --prune removes it from the baseline.");
    expect(results[3]!.partialFingerprints).toBeUndefined();
    expect(log.runs[0]!.properties).toEqual({ baseline: { file: ".claimcheck-baseline.json", new: 1, unchanged: 1, updated: 1, absent: 2 } });
  });

  it("text: known failures apart, the new and changed ones tagged, the fixed ones listed for --prune", async () => {
    const { stdout } = await run();
    const [main, rest] = stdout.split("Known failures, in the baseline .claimcheck-baseline.json: shown, not failing\n\n");
    expect(main).toContain("✗ conflicting  season  claims/c.yaml:9:11  changed since the baseline\n");
    expect(main).toContain("✗ conflicting  finale  claims/c.yaml:11:11  new\n");
    expect(main).not.toContain("  episodes  ");
    expect(rest).toMatch(/^✗ conflicting  episodes  claims\/c\.yaml:5:11  known\n/);
    expect(rest).toContain(
      [
        "Fixed since the baseline .claimcheck-baseline.json (--prune removes them from it):",
        "  fixed: born  claims/c.yaml:7:11  was unsourced, now supported",
        "  gone: gone  claims/c.yaml  was unsourced; no longer in the file",
      ].join("\n"),
    );
    expect(rest).toMatch(/; 2 failing\nbaseline \.claimcheck-baseline\.json: 1 known, 1 new, 1 changed, 2 fixed\n$/);
  });

  it("markdown: the counts in a sentence, new and changed failures tagged, known ones collapsed apart, fixed ones listed", async () => {
    const { stdout } = await run("-f", "markdown");
    expect(stdout).toContain("Baseline .claimcheck-baseline.json: 1 known failure shown but not failing; 1 new, 1 changed since; 2 fixed.");
    expect(stdout).toContain("#### ❌ season · conflicting · changed since the baseline");
    expect(stdout).toContain("#### ❌ finale · conflicting · new");
    expect(stdout).not.toContain("#### ❌ episodes");
    expect(stdout).toContain("<summary>1 known failure, in the baseline</summary>");
    expect(stdout).toContain("| episodes | ❌ conflicting | The first season of Ballard has 8 episodes. | claims/c.yaml:5 | ");
    expect(stdout).toContain("### Fixed since the baseline\n\n- born (claims/c.yaml:7): was unsourced, now supported\n- gone (claims/c.yaml): was unsourced; no longer in the file\n");
  });

  it("github: annotations for the new and changed failures only, and a notice with the counts", async () => {
    const lines = (await run("-f", "github")).stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "::notice title=claimcheck baseline::1 known failure in .claimcheck-baseline.json, not annotated; 1 new, 1 changed since; 2 claims fixed since (--prune removes them from it).",
    );
    expect(lines.slice(1).map((line) => /title=([^:]*)::/.exec(line)?.[1])).toEqual([
      "conflicting claim season%2C changed since the baseline",
      "conflicting claim finale%2C new",
    ]);
  });

  it("junit: a known failure is a skipped test, a fixed claim says so, a removed one is noted on its suite", async () => {
    const xml = (await run("-f", "junit")).stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testcase" }).parse(xml) as {
      testsuites: { failures: string; testsuite: { tests: string; failures: string; skipped: string; "system-out": string; testcase: Record<string, unknown>[] } };
    };
    const suite = parsed.testsuites.testsuite;
    expect([suite.tests, suite.failures, suite.skipped]).toEqual(["5", "2", "1"]);
    const cases = new Map(suite.testcase.map((t) => [String(t["name"]).split(":")[0], t]));
    expect((cases.get("episodes")?.["skipped"] as { message: string }).message).toMatch(/^known failure, in the baseline \.claimcheck-baseline\.json: conflicting: \S/);
    expect(cases.get("born")?.["system-out"]).toMatch(/\nfixed since the baseline \(was unsourced\): --prune removes it from \.claimcheck-baseline\.json$/);
    expect(suite["system-out"]).toBe("in the baseline but no longer in this file: gone (was unsourced); --prune removes them from .claimcheck-baseline.json");
  });
});
