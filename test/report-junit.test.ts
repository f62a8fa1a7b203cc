import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { junit } from "../src/report/junit.js";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { reportOf } from "./helpers/report.js";
import { runCli } from "./helpers/run-cli.js";

interface TestCase {
  name: string;
  classname: string;
  file: string;
  line: string;
  failure?: { type: string; message: string; "#text": string };
  "system-out"?: string;
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  testcase: TestCase[];
}
interface JUnit {
  testsuites: { name: string; tests: string; failures: string; testsuite: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === "testsuite" || name === "testcase",
});

function parse(xml: string): JUnit {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as JUnit;
}

describe("the junit format", () => {
  const project = useProjects();

  it("has a test suite for the claims file and a test case per claim, counting tests and failures as the report does", async () => {
    const { stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "junit"]);
    const report = JSON.parse((await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "json"])).stdout) as Report;
    const { testsuites } = parse(stdout);
    expect(testsuites).toMatchObject({ name: "claimcheck", tests: String(report.summary.total), failures: String(report.summary.failing) });
    expect(testsuites.testsuite).toHaveLength(1);
    const suite = testsuites.testsuite[0]!;
    expect(suite).toMatchObject({ name: "claims/ballard.yaml", tests: String(report.summary.total), failures: String(report.summary.failing) });
    expect(suite.testcase.map((t) => t.name)).toEqual(report.claims.map((c) => `${c.id}: ${c.text}`));
    expect(new Set(suite.testcase.map((t) => t.classname))).toEqual(new Set(["claimcheck.claims.ballard"]));
  });

  it("marks each failing claim with a failure of its verdict's type, the reason as message and the evidence in the body", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { stdout } = await runCli(["check", "claims/c.yaml", "-f", "junit"], { cwd });
    const cases = new Map(parse(stdout).testsuites.testsuite[0]!.testcase.map((t) => [t.name.split(":")[0], t]));
    const episodes = cases.get("episodes")!;
    expect(episodes.failure).toMatchObject({ type: "conflicting", message: "count: claim says 8 episodes — news:3 says 10 episodes" });
    expect(episodes.failure!["#text"]).toContain('sources/news.txt:3 (contradicts): "The first season of Ballard has 10 episodes."');
    expect(episodes.failure!["#text"]).toContain("claim (claims/c.yaml:5:11): The first season of Ballard has 8 episodes.");
    expect(cases.get("born")!.failure).toMatchObject({ type: "unsourced" });
    expect(cases.get("premiere")!.failure).toBeUndefined();
    expect(cases.get("premiere")!["system-out"]).toMatch(/^supported: stated by news:1/);
  });

  it("has one test suite per claims file, each with a stable dotted class name", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS, "claims/more/d-2.json": '{"claims": [{"id": "d1", "text": "Ballard premiered on July 9."}]}' });
    const { stdout } = await runCli(["check", "claims/c.yaml", "claims/more/d-2.json", "-f", "junit"], { cwd });
    const suites = parse(stdout).testsuites.testsuite;
    expect(suites.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ["claims/c.yaml", "3", "2"],
      ["claims/more/d-2.json", "1", "0"],
    ]);
    expect(suites.map((s) => s.testcase[0]!.classname)).toEqual(["claimcheck.claims.c", "claimcheck.claims.more.d-2"]);
  });

  it("lists only failing claims with --quiet, counting what it lists", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { stdout } = await runCli(["check", "claims/c.yaml", "-f", "junit", "--quiet"], { cwd });
    const suite = parse(stdout).testsuites.testsuite[0]!;
    expect(suite.testcase.map((t) => t.name.split(":")[0])).toEqual(["episodes", "born"]);
    expect([suite.tests, suite.failures]).toEqual(["2", "2"]);
  });

  it("escapes markup in names, attributes and bodies, keeps newlines in attributes, and drops characters XML 1.0 forbids", () => {
    const text = `<b>"Tom" & 'Jerry'</b> ]]> \u0001\u001b\uFFFE\uD800 done`;
    const reason = "line one\nline <two> & \"three\"";
    const xml = junit(
      reportOf([{ id: "x&y", text, reason, evidence: [{ sourceId: "s", file: "sources/s.txt", line: 4, column: 1, quote: "a </failure> b", stance: "contradicts", highlights: [] }] }]),
      { color: false, quiet: false },
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const testcase = parse(xml).testsuites.testsuite[0]!.testcase[0]!;
    expect(testcase.name).toBe(`x&y: <b>"Tom" & 'Jerry'</b> ]]>  done`);
    expect(testcase.failure!.message).toBe(reason);
    expect(testcase.failure!["#text"]).toContain('sources/s.txt:4 (contradicts): "a </failure> b"');
  });
});
