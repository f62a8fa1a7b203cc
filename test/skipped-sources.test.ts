// A run over a real archive meets a bad page now and then. It still produces its report, lists
// each source it skipped with its place and why, and fails (exit 2) unless told not to.
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const project = useProjects();
const CLAIMS = "claims:\n  - id: premiere\n    text: Ballard premiered on July 9.\n";
const GOOD = "Ballard premiered on July 9 on Amazon Prime Video.\n";

const BAD_SOURCES: [string, Record<string, string | Buffer>, string][] = [
  ["a stray zero byte", { "sources/nul.txt": Buffer.from("Fine line.\nA \u0000 byte.\n") }, "sources/nul.txt:2:3: expected a source article as text, but it holds binary data (a zero byte)"],
  ["a Latin-1 file", { "sources/old.txt": Buffer.from("Fine first line.\nRen\xe9e Ballard.\n", "latin1") }, "sources/old.txt:2:4: expected a source article encoded as UTF-8; byte 0xE9 here is not UTF-8 (save the file as UTF-8)"],
  ["a bad front matter date", { "sources/dated.md": "---\ndate: 2025-02-30\n---\nBallard premiered.\n" }, 'sources/dated.md:2:1: expected a date as YYYY-MM-DD, not "2025-02-30"'],
  ["broken front matter", { "sources/front.md": '---\ntitle: Ballard\ndate: "2025-07-09\n---\nBallard premiered.\n' }, 'sources/front.md:3:18: expected valid YAML front matter: Missing closing "quote'],
  ["no text at all", { "sources/blank.md": "\n  \n\n" }, "sources/blank.md:1:1: expected a source article with text; it has none"],
];

describe("a source that cannot be read does not stop the run", () => {
  it.each(BAD_SOURCES)("with %s, the report is still written, the source is named on stderr with its place, and the run exits 2", async (_, bad, message) => {
    const cwd = project({ "claims.yaml": CLAIMS, "sources/news.txt": GOOD, ...bad } as Record<string, string>);
    const result = await runCli(["check", "claims.yaml", "-f", "json"], { cwd });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.claims[0]).toMatchObject({ id: "premiere", verdict: "supported" });
    expect(result.stderr.split("\n")[0]).toBe(`claimcheck: skipped source ${message}`);
    expect(result.stderr).toContain("the run fails with exit code 2 (--allow-skipped-sources lets it pass)");
    expect(result.code).toBe(2);
  });

  it("lists each skipped source in the JSON report's problems, with file, line, column and what was expected", async () => {
    const cwd = project({ "claims.yaml": CLAIMS, "sources/news.txt": GOOD, ...BAD_SOURCES[2]![1] } as Record<string, string>);
    const report = JSON.parse((await runCli(["check", "claims.yaml", "-f", "json"], { cwd })).stdout) as Report;
    expect(report.problems).toEqual([{ kind: "skipped-source", file: "sources/dated.md", line: 2, column: 1, message: 'expected a date as YYYY-MM-DD, not "2025-02-30"' }]);
  });

  it.each([
    ["text", (out: string) => expect(out).toMatch(/^! skipped source sources\/dated\.md:2:1: expected a date as YYYY-MM-DD, not "2025-02-30"$/m)],
    ["sarif", (out: string) => expect(JSON.parse(out).runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: "error", locations: [{ physicalLocation: { artifactLocation: { uri: "sources/dated.md" }, region: { startLine: 2 } } }] }] })],
    ["github", (out: string) => expect(out).toMatch(/^::error file=sources\/dated\.md,line=2,col=1,title=skipped source::/m)],
    ["junit", (out: string) => {
      expect(XMLValidator.validate(out)).toBe(true);
      expect(out).toMatch(/<testsuites name="claimcheck" tests="2" failures="0" errors="1">/);
      expect(out).toContain('<error type="skipped-source" message="expected a date as YYYY-MM-DD, not &quot;2025-02-30&quot;">');
    }],
    ["markdown", (out: string) => expect(out).toContain("### Skipped sources\n\n- sources/dated.md:2:1: expected a date as YYYY-MM-DD, not \"2025-02-30\"")],
  ])("names the skipped source in the %s format", async (format, check) => {
    const cwd = project({ "claims.yaml": CLAIMS, "sources/news.txt": GOOD, ...BAD_SOURCES[2]![1] } as Record<string, string>);
    check((await runCli(["check", "claims.yaml", "-f", format], { cwd })).stdout);
  });

  it("--allow-skipped-sources (or allowSkippedSources in the config) lets the claims alone decide the exit code", async () => {
    const cwd = project({ "claims.yaml": CLAIMS, "sources/news.txt": GOOD, ...BAD_SOURCES[2]![1] } as Record<string, string>);
    const flag = await runCli(["check", "claims.yaml", "--allow-skipped-sources"], { cwd });
    expect([flag.code, flag.stderr]).toEqual([0, 'claimcheck: skipped source sources/dated.md:2:1: expected a date as YYYY-MM-DD, not "2025-02-30"\n']);
    const configured = project({ "claims.yaml": CLAIMS, "sources/news.txt": GOOD, ...BAD_SOURCES[2]![1], ".claimcheckrc.yaml": "allowSkippedSources: true\n" } as Record<string, string>);
    expect((await runCli(["check", "claims.yaml"], { cwd: configured })).code).toBe(0);
  });
});

describe("source ids are paths in the sources folder", () => {
  const LAYOUT = {
    "sources/2025-03/index.md": "# March\n\nBallard premiered on July 9.\n",
    "sources/2025-04/index.md": "# April\n\nBallard has 10 episodes.\n",
    "sources/weather.txt": "It rained on July 9.\n",
  };

  it("reads index.md in two folders as two sources, each named by its path without the extension", async () => {
    const cwd = project({ ...LAYOUT, "claims.yaml": CLAIMS });
    const result = await runCli(["check", "claims.yaml", "-f", "json"], { cwd });
    expect(result.stderr).toBe("");
    expect((JSON.parse(result.stdout) as Report).claims[0]!.evidence[0]).toMatchObject({ sourceId: "2025-03/index", file: "sources/2025-03/index.md" });
  });

  it("accepts a cite by the end of an id where only one source ends that way, and asks for the whole id where more do", async () => {
    const cites = (cite: string) => `claims:\n  - id: premiere\n    text: Ballard premiered on July 9.\n    cites: [${cite}]\n`;
    const whole = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ ...LAYOUT, "claims.yaml": cites("2025-03/index") }) });
    expect((JSON.parse(whole.stdout) as Report).claims[0]!.verdict).toBe("supported");
    // Only the weather report is consulted, and it does not say so.
    const short = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ ...LAYOUT, "claims.yaml": cites("weather") }) });
    expect([short.stderr, (JSON.parse(short.stdout) as Report).claims[0]!.verdict]).toEqual(["", "unsourced"]);
    const ambiguous = await runCli(["check", "claims.yaml"], { cwd: project({ ...LAYOUT, "claims.yaml": cites("index") }) });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toBe('claimcheck: claims.yaml:3:11: expected a cite that names one source; claim "premiere" cites "index", which could be "2025-03/index" or "2025-04/index" (write the whole id)\n');
  });
});
