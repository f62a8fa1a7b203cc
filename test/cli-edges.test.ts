// The command line at its edges: how outputs pair with formats, closed pipes, aliases, missing
// values, standard input, the config found from a subfolder, init and --print-config.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/load.js";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const BIN = new URL("../dist/cli.js", import.meta.url).pathname;
const project = useProjects();
const TINY = { ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS };
const PASSING = "claims:\n  - id: premiere\n    text: Ballard premiered on July 9.\n";

describe("each output file pairs with the format named right before it", () => {
  it("-f sarif -o x.sarif -f text writes SARIF to x.sarif and prints the text report", async () => {
    const cwd = project(TINY);
    const run = await runCli(["check", "claims/c.yaml", "-f", "sarif", "-o", "x.sarif", "-f", "text"], { cwd });
    expect(JSON.parse(readFileSync(join(cwd, "x.sarif"), "utf8")).version).toBe("2.1.0");
    expect(run.stdout).toMatch(/^3 claims: /m);
  });

  it("-f sarif=x.sarif writes that format to that file", async () => {
    const cwd = project(TINY);
    await runCli(["check", "claims/c.yaml", "-f", "sarif=x.sarif", "-f", "json"], { cwd });
    expect(JSON.parse(readFileSync(join(cwd, "x.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it.each([
    [["-o", "x.sarif", "-f", "sarif"], "--output-file x.sarif needs a --format right before it"],
    [["-f", "sarif", "-o", "a.sarif", "-o", "b.sarif"], "one --output-file per --format; sarif already goes to a.sarif"],
    [["-f", "text", "-o", "report.sarif"], "expected report.sarif to get the sarif report its name promises, not text"],
  ])("refuses %j, saying why, and writes nothing", async (flags, message) => {
    const cwd = project(TINY);
    const run = await runCli(["check", "claims/c.yaml", ...flags], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(cwd, "report.sarif")) || existsSync(join(cwd, "x.sarif")) || existsSync(join(cwd, "a.sarif"))).toBe(false);
  });
});

describe("the command line's edges", () => {
  it("a reader that closes the pipe early ends the run quietly with the run's own exit code", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims.yaml": PASSING });
    const child = spawn(process.execPath, [BIN, "check", "claims.yaml", "--no-cache"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect([code, stderr]).toEqual([0, ""]);
  });

  it("-h and -v are --help and --version", async () => {
    expect((await runCli(["-h"])).stdout).toContain("claimcheck check CLAIMS... --sources DIR");
    expect((await runCli(["-v"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("a claims file where the command belongs says to put check first", async () => {
    const run = await runCli(["claims.yaml", "--sources", "sources"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"claims.yaml" is not a command; to check claims, name the command first: claimcheck check claims.yaml --sources sources');
  });

  it.each(["--max-unsourced", "--max-conflicting", "--max-claims"])("%s without a number is an error, not the default", async (flag) => {
    const run = await runCli(["check", "claims/c.yaml", flag], { cwd: project(TINY) });
    expect([run.code, run.stderr]).toEqual([2, `claimcheck: ${flag} needs a whole number\nRun 'claimcheck --help' for usage.\n`]);
  });

  it("- reads the claims from standard input", () => {
    const cwd = project(TINY_SOURCES);
    const run = spawnSync(process.execPath, [BIN, "check", "-", "-f", "json", "--no-cache"], { cwd, input: PASSING, encoding: "utf8" });
    const report = JSON.parse(run.stdout) as Report;
    expect([run.status, report.claims[0]!.verdict, report.claims[0]!.location.file]).toEqual([0, "supported", "<stdin>"]);
  });

  it("--max-conflicting N lets up to N conflicting claims pass, like --max-unsourced", async () => {
    const cwd = project(TINY);
    const tolerated = await runCli(["check", "claims/c.yaml", "--max-conflicting", "1", "--max-unsourced", "1"], { cwd });
    expect(tolerated.code).toBe(0);
    const strict = await runCli(["check", "claims/c.yaml", "--max-conflicting", "0", "--max-unsourced", "1"], { cwd });
    expect(strict.code).toBe(1);
  });

  it("finds the project's config from a subfolder, with paths relative to the config's folder", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [json]\nmaxConflicting: 1\nmaxUnsourced: 1\ncache: false\n", "docs/notes.txt": "" });
    const run = await runCli(["check"], { cwd: join(cwd, "docs") });
    expect(run.stderr).toBe("");
    expect([run.code, (JSON.parse(run.stdout) as Report).summary.total]).toEqual([0, 3]);
  });

  it("init writes a commented starter config that is valid, and never replaces one", async () => {
    const cwd = project({});
    const first = await runCli(["init"], { cwd });
    expect(first.code).toBe(0);
    const text = readFileSync(join(cwd, ".claimcheckrc.yaml"), "utf8");
    expect(text.match(/^#/gm)!.length).toBeGreaterThan(5);
    expect(parseConfig({ file: ".claimcheckrc.yaml", folder: cwd, text })).toMatchObject({ claims: ["claims/**/*.yaml"], sources: ["sources"] });
    const again = await runCli(["init"], { cwd });
    expect([again.code, readFileSync(join(cwd, ".claimcheckrc.yaml"), "utf8")]).toEqual([2, text]);
  });

  it("--print-config shows the settings in force, as a config the schema accepts", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nmaxUnsourced: 2\n" });
    const run = await runCli(["check", "--print-config", "--max-conflicting", "3", "-f", "sarif=out.sarif"], { cwd });
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ claims: ["claims/c.yaml"], maxUnsourced: 2, maxConflicting: 3, format: ["sarif=out.sarif"] });
    const schema = JSON.parse(readFileSync(new URL("../schema/config.schema.json", import.meta.url), "utf8")) as object;
    expect(new Ajv({ allowUnionTypes: true }).compile(schema)(printed)).toBe(true);
    expect(existsSync(join(cwd, "out.sarif"))).toBe(false);
  });

  it("cuts the GitHub step summary to GitHub's 1 MiB, whole sections only, with a note saying so", async () => {
    const claims = Array.from({ length: 3000 }, (_, i) => `  - id: c${i}\n    text: Claim ${i} says Ballard was filmed in Vancouver in the year ${"with many more words ".repeat(10)}.\n`);
    const cwd = project({ ...TINY_SOURCES, "claims.yaml": `claims:\n${claims.join("")}` });
    mkdirSync(join(cwd, "gh"));
    const summary = join(cwd, "gh", "summary.md");
    writeFileSync(summary, "# Earlier step output\n");
    await runCli(["check", "claims.yaml", "-f", "github", "--no-cache"], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(statSync(summary).size).toBeLessThanOrEqual(1024 * 1024);
    const text = readFileSync(summary, "utf8");
    expect(text).toMatch(/_The report was cut to fit: \d+ more sections are left out here\. The full report is in the run's log, or write it with -f markdown -o FILE\._\n$/);
    expect(text.startsWith("# Earlier step output\n## claimcheck: 3000 of 3000 claims failing")).toBe(true);
  }, 60_000);
});
