import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeWorkflowData, escapeWorkflowProperty } from "../src/report/escape.js";
import { github } from "../src/report/github.js";
import type { ClaimResult } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { reportOf } from "./helpers/report.js";
import { runCli } from "./helpers/run-cli.js";

interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

/** Reads a line back the way the Actions runner does: `::name k=v,k=v::data`, then unescapes. */
function parseCommand(line: string): WorkflowCommand {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { name: match[1]!, properties, message: unescapeData(match[3]!) };
}

function commands(output: string): WorkflowCommand[] {
  return output.split("\n").filter(Boolean).map(parseCommand);
}

describe("the github format", () => {
  const project = useProjects();

  it("writes an error annotation for each failing conflicting claim and a warning for each failing unsourced claim, at the claim's span", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const json = JSON.parse((await runCli(["check", "claims/c.yaml", "-f", "json"], { cwd })).stdout) as { claims: ClaimResult[] };
    const { code, stdout } = await runCli(["check", "claims/c.yaml", "-f", "github"], { cwd });
    expect(code).toBe(1);
    const byTitle = new Map(commands(stdout).map((c) => [c.properties["title"], c]));
    expect([...byTitle.keys()]).toEqual(["conflicting claim episodes", "unsourced claim born"]);
    const episodes = json.claims.find((c) => c.id === "episodes")!;
    expect(byTitle.get("conflicting claim episodes")).toEqual({
      name: "error",
      properties: {
        file: "claims/c.yaml",
        line: String(episodes.location.line),
        col: String(episodes.location.column),
        endLine: String(episodes.location.endLine),
        endColumn: String(episodes.location.endColumn),
        title: "conflicting claim episodes",
      },
      message: `${episodes.reason}\nclaim: The first season of Ballard has 8 episodes.\nsources/news.txt:3: "The first season of Ballard has 10 episodes."`,
    });
    expect(byTitle.get("unsourced claim born")?.name).toBe("warning");
  });

  it("escapes %, CR and LF in messages, and also : and , in properties, so no claim text or file name can start a workflow command", async () => {
    const text = "100% of 5,000 viewers said: ::warning file=x::pwned,\r\n::error::also\nend";
    const claims = `claims:\n  - id: "odd:one"\n    text: ${JSON.stringify(text)}\n`;
    const cwd = project({ ...TINY_SOURCES, "claims/a,b:c.yaml": claims });
    const { stdout } = await runCli(["check", "claims/a,b:c.yaml", "-f", "github"], { cwd });
    const lines = stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::warning file=claims\/a%2Cb%3Ac\.yaml,line=3,col=11,endLine=3,endColumn=\d+,title=unsourced claim odd%3Aone::/);
    expect(lines[0]).toContain("100%25 of 5,000 viewers said: ::warning file=x::pwned,%0D%0A::error::also%0Aend");
    const annotation = parseCommand(lines[0]!);
    expect(annotation.properties["file"]).toBe("claims/a,b:c.yaml");
    expect(annotation.properties["title"]).toBe("unsourced claim odd:one");
    expect(annotation.message).toContain(`claim: ${text}`);
  });

  it("escapes message data as %25, %0D, %0A and properties additionally as %3A, %2C", () => {
    expect(escapeWorkflowData("50% a\r\nb::c,d:e")).toBe("50%25 a%0D%0Ab::c,d:e");
    expect(escapeWorkflowProperty("50% a\r\nb::c,d:e")).toBe("50%25 a%0D%0Ab%3A%3Ac%2Cd%3Ae");
    expect(escapeWorkflowProperty("%3A")).toBe("%253A");
  });

  it("makes other control characters visible, so the log viewer does not act on them", () => {
    expect(escapeWorkflowData("a\u001b[31mred\u0007\tb")).toBe("a\\u001b[31mred\\u0007\tb");
    expect(escapeWorkflowProperty("x\u009by")).toBe("x\\u009by");
  });

  it("annotates nothing for claims that pass", () => {
    expect(github(reportOf([{ verdict: "supported", failing: false }, { verdict: "unsourced", failing: false }]), { color: false, quiet: false })).toBe("");
  });

  it("prints a notice first when more than 10 errors or warnings were found, saying how many and that GitHub shows only the first 10 of each, and still prints them all", () => {
    const claims = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, verdict: "conflicting" as const })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `u${i}`, verdict: "unsourced" as const })),
    ];
    const found = commands(github(reportOf(claims), { color: false, quiet: false }));
    expect(found).toHaveLength(16);
    expect(found[0]!.name).toBe("notice");
    expect(found[0]!.message).toMatch(/12 errors and 3 warnings.*only the first 10 of each/);
    expect(found.filter((c) => c.name === "error")).toHaveLength(12);
    expect(found.filter((c) => c.name === "warning")).toHaveLength(3);
  });

  it("prints no notice when there are at most 10 errors and 10 warnings", () => {
    const claims = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, verdict: "conflicting" as const })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: `u${i}`, verdict: "unsourced" as const })),
    ];
    const found = commands(github(reportOf(claims), { color: false, quiet: false }));
    expect(found.map((c) => c.name)).not.toContain("notice");
    expect(found).toHaveLength(20);
  });

  it("appends the markdown report to the file named by GITHUB_STEP_SUMMARY, keeping what is there", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, "summary.md": "earlier step\n" });
    const env = { GITHUB_STEP_SUMMARY: join(cwd, "summary.md") };
    await runCli(["check", "claims/c.yaml", "-f", "github"], { cwd, env });
    const { stdout: markdown } = await runCli(["check", "claims/c.yaml", "-f", "markdown"], { cwd });
    expect(readFileSync(join(cwd, "summary.md"), "utf8")).toBe(`earlier step\n${markdown}`);
  });

  it("leaves GITHUB_STEP_SUMMARY alone when the github format is not chosen", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, "summary.md": "" });
    await runCli(["check", "claims/c.yaml", "-f", "json"], { cwd, env: { GITHUB_STEP_SUMMARY: join(cwd, "summary.md") } });
    expect(readFileSync(join(cwd, "summary.md"), "utf8")).toBe("");
  });

  it("exits 2 naming the step summary file when it cannot be written", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    mkdirSync(join(cwd, "summary-folder"));
    const { code, stderr } = await runCli(["check", "claims/c.yaml", "-f", "github"], { cwd, env: { GITHUB_STEP_SUMMARY: join(cwd, "summary-folder") } });
    expect(code).toBe(2);
    expect(stderr).toContain("summary-folder: expected a writable step summary file (GITHUB_STEP_SUMMARY)");
  });
});
