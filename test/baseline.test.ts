// A baseline of known failures, as a team adopting claimcheck uses it: record today's failing
// claims, then fail only on new ones, or on known ones that changed; shrink it as claims are fixed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const BASELINE = ".claimcheck-baseline.json";
/** The tiny project's source, with the sentence that supports the "born" claim added. */
const SOURCE_WITH_BIRTHPLACE = `${TINY_SOURCES["sources/news.txt"]}\nMaggie Q was born in Honolulu.\n`;

interface BaselineFile {
  baselineVersion: string;
  failures: { file: string; id: string; verdict: string; textHash: string; evidence?: string }[];
}

function readBaseline(cwd: string, file = BASELINE): BaselineFile {
  return JSON.parse(readFileSync(join(cwd, file), "utf8")) as BaselineFile;
}

async function jsonReport(argv: string[], cwd: string): Promise<{ code: number; report: Report; stderr: string }> {
  const { code, stdout, stderr } = await runCli([...argv, "-f", "json"], { cwd });
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

/** The tiny project with today's failures (episodes conflicting, born unsourced) recorded. */
async function baselined(project: (files: Record<string, string>) => string): Promise<string> {
  const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
  const { code } = await runCli(["baseline", "claims/c.yaml"], { cwd });
  expect(code).toBe(0);
  return cwd;
}

describe("claimcheck baseline", () => {
  const project = useProjects();

  it("records today's failing claims by file, id, verdict and fingerprints, sorted, and exits 0", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { code, stdout, stderr } = await runCli(["baseline", "claims/c.yaml", "-o", BASELINE], { cwd });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe("Recorded 2 failing claims of 3 in .claimcheck-baseline.json (1 conflicting, 1 unsourced).\n");
    const baseline = readBaseline(cwd);
    expect(baseline.baselineVersion).toBe("1.0");
    expect(baseline.failures.map(({ file, id, verdict }) => ({ file, id, verdict }))).toEqual([
      { file: "claims/c.yaml", id: "born", verdict: "unsourced" },
      { file: "claims/c.yaml", id: "episodes", verdict: "conflicting" },
    ]);
    expect(baseline.failures[0]!.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(baseline.failures[0]!.evidence).toBeUndefined();
    expect(baseline.failures[1]!.evidence).toMatch(/^news#[0-9a-f]{16}$/);
  });

  it("writes the same bytes for the same claims, whatever order the claims files are named in", async () => {
    const other = "claims:\n  - id: streaming\n    text: Ballard streams on Netflix.\n";
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, "claims/b.yaml": other });
    await runCli(["baseline", "claims/c.yaml", "claims/b.yaml", "-o", "one.json"], { cwd });
    await runCli(["baseline", "claims/b.yaml", "claims/c.yaml", "-o", "two.json"], { cwd });
    const one = readFileSync(join(cwd, "one.json"), "utf8");
    expect(one).toBe(readFileSync(join(cwd, "two.json"), "utf8"));
    expect(readBaseline(cwd, "one.json").failures.map((f) => `${f.file}#${f.id}`)).toEqual(["claims/b.yaml#streaming", "claims/c.yaml#born", "claims/c.yaml#episodes"]);
    expect(one.endsWith("}\n")).toBe(true);
  });

  it("records nothing when a source could not be read, unless --allow-skipped-sources says to", async () => {
    const cwd = project({ ...TINY_SOURCES, "sources/dated.md": "---\ndate: 2025-02-30\n---\nMaggie Q was born in Honolulu.\n", "claims/c.yaml": TINY_CLAIMS });
    const refused = await runCli(["baseline", "claims/c.yaml"], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("no baseline is written (--allow-skipped-sources records one anyway)");
    expect(existsSync(join(cwd, BASELINE))).toBe(false);
    const allowed = await runCli(["baseline", "claims/c.yaml", "--allow-skipped-sources"], { cwd });
    expect(allowed.code).toBe(0);
    expect(readBaseline(cwd).failures.map((f) => f.id)).toEqual(["born", "episodes"]);
  });

  it("writes where the config's baseline key says, by default", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nbaseline: ci/known.json\n" });
    const { code, stdout } = await runCli(["baseline"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain("in ci/known.json");
    expect(readBaseline(cwd, "ci/known.json").failures).toHaveLength(2);
  });
});

describe("check --baseline", () => {
  const project = useProjects();

  it("passes when every failure is known, showing the known ones apart in the text report", async () => {
    const cwd = await baselined(project);
    const { code, stdout } = await runCli(["check", "claims/c.yaml", "--baseline", BASELINE], { cwd });
    expect(code).toBe(0);
    const [before, known] = stdout.split("Known failures, in the baseline .claimcheck-baseline.json: shown, not failing");
    expect(before).toContain("✓ supported  premiere");
    expect(before).not.toContain("episodes");
    expect(known).toContain("✗ conflicting  episodes  claims/c.yaml:5:11  known");
    expect(known).toContain("? unsourced  born  claims/c.yaml:7:11  known");
    expect(stdout).toMatch(/^3 claims: 1 supported, 1 conflicting, 1 unsourced; 0 failing\nbaseline \.claimcheck-baseline\.json: 2 known, 0 new, 0 changed, 0 fixed\n$/m);
  });

  it("fails on a new failure, marking it new, while the known ones still do not fail", async () => {
    const cwd = await baselined(project);
    writeFileSync(join(cwd, "claims/c.yaml"), `${TINY_CLAIMS}  - id: finale\n    text: "Ballard premiered on July 19."\n`);
    const { code, report } = await jsonReport(["check", "claims/c.yaml", "--baseline", BASELINE], cwd);
    expect(code).toBe(1);
    const states = Object.fromEntries(report.claims.map((c) => [c.id, [c.verdict, c.baselineState, c.failing]]));
    expect(states).toEqual({
      premiere: ["supported", undefined, false],
      episodes: ["conflicting", "unchanged", false],
      born: ["unsourced", "unchanged", false],
      finale: ["conflicting", "new", true],
    });
    expect(report.summary.failing).toBe(1);
    expect(report.baseline).toEqual({ file: BASELINE, new: 1, unchanged: 2, updated: 0, absent: [] });
  });

  it("fails again on a known claim whose text was edited", async () => {
    const cwd = await baselined(project);
    writeFileSync(join(cwd, "claims/c.yaml"), TINY_CLAIMS.replace("has 8 episodes", "has 9 episodes"));
    const { code, stdout } = await runCli(["check", "claims/c.yaml", "--baseline", BASELINE], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("✗ conflicting  episodes  claims/c.yaml:5:11  changed since the baseline\n  claim: The first season of Ballard has 9 episodes.");
    expect(stdout).toContain("1 failing\nbaseline .claimcheck-baseline.json: 1 known, 0 new, 1 changed, 0 fixed");
  });

  it("fails again on a known claim whose evidence changed, or whose verdict did, though its text did not", async () => {
    const cwd = await baselined(project);
    // The source now gives another figure: still conflicting, on other evidence.
    writeFileSync(join(cwd, "sources/news.txt"), TINY_SOURCES["sources/news.txt"].replace("10 episodes", "12 episodes"));
    const evidence = await jsonReport(["check", "claims/c.yaml", "--baseline", BASELINE], cwd);
    expect(evidence.code).toBe(1);
    expect(evidence.report.claims.find((c) => c.id === "episodes")).toMatchObject({ verdict: "conflicting", baselineState: "updated", failing: true });
    // The sentence is gone: the claim is unsourced now, not conflicting.
    writeFileSync(join(cwd, "sources/news.txt"), "Ballard premiered on July 9 on Amazon Prime Video.\n");
    const verdict = await jsonReport(["check", "claims/c.yaml", "--baseline", BASELINE], cwd);
    expect(verdict.code).toBe(1);
    expect(verdict.report.claims.find((c) => c.id === "episodes")).toMatchObject({ verdict: "unsourced", baselineState: "updated", failing: true });
    expect(verdict.report.claims.find((c) => c.id === "born")).toMatchObject({ baselineState: "unchanged", failing: false });
  });

  it("reports a fixed claim for pruning, and --prune removes it from the file and nothing else", async () => {
    const cwd = await baselined(project);
    writeFileSync(join(cwd, "sources/news.txt"), SOURCE_WITH_BIRTHPLACE);
    const before = readFileSync(join(cwd, BASELINE), "utf8");
    const { code, stdout } = await runCli(["check", "claims/c.yaml", "--baseline", BASELINE], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Fixed since the baseline .claimcheck-baseline.json (--prune removes them from it):\n  fixed: born  claims/c.yaml:7:11  was unsourced, now supported\n",
    );
    expect(readFileSync(join(cwd, BASELINE), "utf8")).toBe(before);

    const pruned = await runCli(["check", "claims/c.yaml", "--baseline", BASELINE, "--prune"], { cwd });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe("claimcheck: removed 1 fixed claim from .claimcheck-baseline.json\n");
    expect(readBaseline(cwd).failures.map((f) => f.id)).toEqual(["episodes"]);
    const again = await runCli(["check", "claims/c.yaml", "--baseline", BASELINE, "--prune"], { cwd });
    expect(again.stderr).toBe("claimcheck: no fixed claims to remove from .claimcheck-baseline.json\n");
    expect(again.stdout).not.toContain("Fixed since");
  });

  it("counts a claim removed from a file it read as fixed, but not one in a claims file it did not read", async () => {
    const other = "claims:\n  - id: streaming\n    text: Ballard streams on Netflix.\n";
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, "claims/b.yaml": other });
    await runCli(["baseline", "claims/c.yaml", "claims/b.yaml"], { cwd });
    writeFileSync(join(cwd, "claims/c.yaml"), TINY_CLAIMS.replace(/  - id: born\n.*\n/, ""));
    const { code, report } = await jsonReport(["check", "claims/c.yaml", "--baseline", BASELINE], cwd);
    expect(code).toBe(0);
    expect(report.baseline?.absent).toEqual([{ file: "claims/c.yaml", id: "born", verdict: "unsourced" }]);
    await runCli(["check", "claims/c.yaml", "--baseline", BASELINE, "--prune"], { cwd });
    expect(readBaseline(cwd).failures.map((f) => `${f.file}#${f.id}`)).toEqual(["claims/b.yaml#streaming", "claims/c.yaml#episodes"]);
  });

  it("names claims files relative to the baseline, so a run from a subfolder knows the same claims", async () => {
    const cwd = await baselined(project);
    mkdirSync(join(cwd, "sub"));
    const { code, stdout } = await runCli(["check", "../claims/c.yaml", "--sources", "../sources", "--baseline", `../${BASELINE}`], { cwd: join(cwd, "sub") });
    expect(stdout).toContain("baseline ../.claimcheck-baseline.json: 2 known, 0 new, 0 changed, 0 fixed");
    expect(code).toBe(0);
  });

  it("reads the baseline the config names, and --no-baseline leaves it out", async () => {
    const cwd = await baselined(project);
    writeFileSync(join(cwd, ".claimcheckrc.yaml"), `claims: [claims/c.yaml]\nbaseline: ${BASELINE}\n`);
    expect((await runCli(["check"], { cwd })).code).toBe(0);
    const without = await runCli(["check", "--no-baseline"], { cwd });
    expect(without.code).toBe(1);
    expect(without.stdout).not.toContain("baseline");
    expect(JSON.parse((await runCli(["check", "--print-config"], { cwd })).stdout)).toMatchObject({ baseline: BASELINE });
  });

  it("reads a config's baseline relative to the config's folder, from a subfolder too", async () => {
    const cwd = await baselined(project);
    writeFileSync(join(cwd, ".claimcheckrc.yaml"), `claims: [claims/c.yaml]\nbaseline: ${BASELINE}\n`);
    mkdirSync(join(cwd, "deeper"));
    const { code, stdout } = await runCli(["check"], { cwd: join(cwd, "deeper") });
    expect(stdout).toContain("baseline ../.claimcheck-baseline.json: 2 known, 0 new, 0 changed, 0 fixed");
    expect(code).toBe(0);
  });

  it("refuses a config's baseline path that leads outside the project", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nbaseline: ../known.json\n" });
    const { code, stderr } = await runCli(["check"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('claimcheck: .claimcheckrc.yaml:2:11: expected a path inside the project folder in baseline; "../known.json" leads outside it\n');
  });

  it("refuses --prune without a baseline to prune", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { code, stderr } = await runCli(["check", "claims/c.yaml", "--prune"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("claimcheck: expected --prune to go with --baseline FILE (or a baseline in the config): it rewrites that file\n");
  });

  it("says when the baseline file does not exist, and how to make one", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { code, stderr } = await runCli(["check", "claims/c.yaml", "--baseline", "known.json"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("claimcheck: known.json: expected a baseline file (JSON, as claimcheck baseline writes it); it does not exist\n");
  });
});
