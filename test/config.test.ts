import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { CONFIG_FILES, parseConfig } from "../src/config/load.js";
import { FORMAT_NAMES } from "../src/report/index.js";
import { VERDICTS, type Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const schema = JSON.parse(readFileSync(new URL("../schema/config.schema.json", import.meta.url), "utf8")) as {
  properties: Record<string, { items?: { enum?: string[]; pattern?: string } }>;
};

const TINY = { ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS };

/** Ten claims no source speaks to, and one the source contradicts. */
const UNSOURCED_TEN = [
  "claims:",
  ...[
    "Maggie Q was born in Honolulu.",
    "Ballard was filmed in Vancouver.",
    "Ballard won an Emmy award.",
    "Titus Welliver directed an episode.",
    "The production budget was $50 million.",
    "Michael Connelly has written thirty novels.",
    "The Hollywood Reporter named it the best show of the year.",
    "The showrunners plan a crossover with Stalker.",
    "Courtney Taylor received an award.",
    "The cast toured Europe in the spring.",
  ].map((text, i) => `  - { id: u${i + 1}, text: ${JSON.stringify(text)} }`),
  '  - { id: c1, text: "The first season of Ballard has 8 episodes." }',
  "",
].join("\n");

async function jsonReport(argv: string[], cwd: string): Promise<{ code: number; report: Report }> {
  const { code, stdout, stderr } = await runCli(argv, { cwd });
  expect(stderr).toBe("");
  return { code, report: JSON.parse(stdout) as Report };
}

describe("finding the config file", () => {
  const project = useProjects();

  it.each([
    [".claimcheckrc.yaml", "claims:\n  - claims/*.yaml\nformat: [json]\n"],
    [".claimcheckrc.yml", "claims: [claims/c.yaml]\nformat: [json]\n"],
    [".claimcheckrc.json", '{"claims": ["claims/c.yaml"], "format": ["json"]}'],
    ["claimcheck.config.json", '{"claims": ["claims/c.yaml"], "format": ["json"]}'],
    ["package.json", '{"name": "demo", "claimcheck": {"claims": ["claims/c.yaml"], "format": ["json"]}}'],
  ])("reads settings from %s in the working folder", async (name, text) => {
    const cwd = project({ ...TINY, [name]: text });
    const { code, report } = await jsonReport(["check"], cwd);
    expect(code).toBe(1);
    expect(report.claims.map((c) => c.id)).toEqual(["premiere", "episodes", "born"]);
  });

  it("looks for the files in a fixed order and the first found wins", async () => {
    expect(CONFIG_FILES).toEqual([".claimcheckrc.yaml", ".claimcheckrc.yml", ".claimcheckrc.json", "claimcheck.config.json", "package.json"]);
    const cwd = project({
      ...TINY,
      ".claimcheckrc.yml": "claims: [claims/c.yaml]\nformat: [json]\n",
      "claimcheck.config.json": '{"claims": ["claims/c.yaml"], "format": ["markdown"]}',
      "package.json": '{"claimcheck": {"claims": ["claims/c.yaml"], "format": ["junit"]}}',
    });
    const { report } = await jsonReport(["check"], cwd);
    expect(report.summary.total).toBe(3);
  });

  it("ignores a package.json without a claimcheck key", async () => {
    const cwd = project({ ...TINY, "package.json": '{"name": "demo"}', "claimcheck.config.json": '{"claims": ["claims/c.yaml"], "format": ["json"]}' });
    const { report } = await jsonReport(["check"], cwd);
    expect(report.summary.total).toBe(3);
    const bare = project({ ...TINY, "package.json": '{"name": "demo"}' });
    const { code, stderr } = await runCli(["check"], { cwd: bare });
    expect(code).toBe(2);
    expect(stderr).toContain("expected at least one claims file");
  });

  it("reads the file named by --config instead of looking for one", async () => {
    const cwd = project({
      ...TINY,
      ".claimcheckrc.yaml": "format: [markdown]\n",
      "ci/claimcheck.yaml": "claims: [claims/c.yaml]\nformat: [json]\n",
    });
    const { report } = await jsonReport(["check", "--config", "ci/claimcheck.yaml"], cwd);
    expect(report.summary.total).toBe(3);
  });

  it("refuses --config naming a package.json without a claimcheck key, or a file that does not exist", async () => {
    const cwd = project({ ...TINY, "package.json": '{"name": "demo"}' });
    const missingKey = await runCli(["check", "claims/c.yaml", "--config", "package.json"], { cwd });
    expect(missingKey.code).toBe(2);
    expect(missingKey.stderr).toBe('claimcheck: package.json: expected a "claimcheck" key holding the settings\n');
    const missing = await runCli(["check", "claims/c.yaml", "--config", "nope.yaml"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("claimcheck: nope.yaml: expected a config file (YAML or JSON); it does not exist\n");
  });

  it("treats an empty config file as no settings", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "# nothing yet\n" });
    const { code, stdout } = await runCli(["check", "claims/c.yaml"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^3 claims: 1 supported, 1 conflicting, 1 unsourced; 2 failing$/m);
  });
});

describe("flags and the config", () => {
  const project = useProjects();

  it("lets claims files named on the command line replace the config's", async () => {
    const cwd = project({ ...TINY, "claims/other.yaml": 'claims:\n  - { id: o1, text: "Ballard premiered on July 9." }\n', ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [json]\n" });
    const { code, report } = await jsonReport(["check", "claims/other.yaml"], cwd);
    expect(code).toBe(0);
    expect(report.claims.map((c) => c.id)).toEqual(["o1"]);
  });

  it("lets --sources replace the config's sources, which may be a single folder", async () => {
    const cwd = project({ ...TINY, "empty/readme.md": "Nothing about Ballard here.\n", ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nsources: empty\nformat: [json]\n" });
    expect((await jsonReport(["check"], cwd)).report.summary.supported).toBe(0);
    expect((await jsonReport(["check", "--sources", "sources"], cwd)).report.summary.supported).toBe(1);
  });

  it("lets --format replace the config's formats and output files together", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [text, json=out/report.json]\n" });
    const fromConfig = await runCli(["check"], { cwd });
    expect(fromConfig.stdout).toMatch(/^3 claims: .*; 2 failing$/m);
    expect((JSON.parse(readFileSync(join(cwd, "out/report.json"), "utf8")) as Report).summary.total).toBe(3);

    const other = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [text, json=out/report.json]\n" });
    const fromFlag = await runCli(["check", "-f", "markdown"], { cwd: other });
    expect(fromFlag.stdout.startsWith("## claimcheck: 2 of 3 claims failing")).toBe(true);
    expect(existsSync(join(other, "out/report.json"))).toBe(false);
  });

  it("lets --no-quiet undo the config's quiet: true", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nquiet: true\n" });
    expect((await runCli(["check"], { cwd })).stdout).not.toContain("premiere");
    expect((await runCli(["check", "--no-quiet"], { cwd })).stdout).toContain("premiere");
  });

  it("lets --fail-on and --max-unsourced replace the config's failOn and maxUnsourced", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nfailOn: [unsourced]\nmaxUnsourced: 1\nformat: [json]\n" });
    const fromConfig = await jsonReport(["check"], cwd);
    expect([fromConfig.code, fromConfig.report.summary.failing]).toEqual([0, 0]);
    const failOn = await jsonReport(["check", "--fail-on", "conflicting"], cwd);
    expect(failOn.code).toBe(1);
    expect(failOn.report.claims.filter((c) => c.failing).map((c) => c.id)).toEqual(["episodes"]);
    const maxUnsourced = await jsonReport(["check", "--max-unsourced", "0"], cwd);
    expect(maxUnsourced.code).toBe(1);
    expect(maxUnsourced.report.claims.filter((c) => c.failing).map((c) => c.id)).toEqual(["born"]);
  });
});

describe("--max-unsourced, --fail-on and --quiet, from flags or the config", () => {
  const project = useProjects();

  it("with --max-unsourced 10 and 10 unsourced claims, passes the unsourced ones but still fails on the conflicting one", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/many.yaml": UNSOURCED_TEN });
    const { code, report } = await jsonReport(["check", "claims/many.yaml", "-f", "json", "--max-unsourced", "10"], cwd);
    expect(report.summary).toMatchObject({ unsourced: 10, conflicting: 1, failing: 1 });
    expect(report.claims.filter((c) => c.failing).map((c) => c.id)).toEqual(["c1"]);
    expect(code).toBe(1);
  });

  it("fails every unsourced claim once there are more than --max-unsourced of them", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/many.yaml": UNSOURCED_TEN });
    const { code, report } = await jsonReport(["check", "claims/many.yaml", "-f", "json", "--max-unsourced", "9", "--fail-on", "unsourced"], cwd);
    expect(code).toBe(1);
    expect(report.summary.failing).toBe(10);
  });

  it("exits 0 when the only failures left are unsourced claims within maxUnsourced from the config and failOn leaves out conflicting", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/many.yaml": UNSOURCED_TEN, ".claimcheckrc.json": '{"claims": ["claims/many.yaml"], "maxUnsourced": 10, "failOn": ["unsourced"], "format": ["json"]}' });
    const { code, report } = await jsonReport(["check"], cwd);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ unsourced: 10, conflicting: 1, failing: 0 });
  });

  it("reports only failing claims when the config says quiet: true", async () => {
    const cwd = project({ ...TINY, "claimcheck.config.json": '{"claims": ["claims/c.yaml"], "quiet": true, "format": ["json"]}' });
    const { report } = await jsonReport(["check"], cwd);
    expect(report.claims.map((c) => c.id)).toEqual(["episodes", "born"]);
  });
});

describe("an invalid config", () => {
  const project = useProjects();

  async function problems(files: Record<string, string>, argv = ["check"]): Promise<string> {
    const { code, stdout, stderr } = await runCli(argv, { cwd: project({ ...TINY, ...files }) });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    return stderr;
  }

  it("is refused with exit 2, naming the file, line and column of each problem and what was expected there", async () => {
    const stderr = await problems({ ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nfromat: [json]\nmaxUnsourced: ten\nfailOn: [conflicting, wrong]\nquiet: yes please\n" });
    expect(stderr).toBe(
      [
        'claimcheck: .claimcheckrc.yaml:2:1: expected only the settings sources, claims, failOn, maxUnsourced, maxConflicting, format, quiet, allowSkippedSources, cache, maxFileSize, maxClaimLength, maxClaims, baseline, lexicon; found "fromat"',
        "claimcheck: .claimcheckrc.yaml:3:15: expected a whole number in maxUnsourced",
        'claimcheck: .claimcheckrc.yaml:4:23: expected one of supported, conflicting, unsourced in failOn[1]; found "wrong"',
        "claimcheck: .claimcheckrc.yaml:5:8: expected true or false in quiet",
        "",
      ].join("\n"),
    );
  });

  it("that is not YAML or JSON is refused at the place the syntax breaks", async () => {
    expect(await problems({ ".claimcheckrc.json": '{\n  "claims": ["claims/c.yaml"],\n  "format": ["json"\n}\n' })).toMatch(/^claimcheck: \.claimcheckrc\.json:4:1: expected valid YAML or JSON: /);
  });

  it("in package.json is located in package.json and named under the claimcheck key", async () => {
    const stderr = await problems({ "package.json": '{\n  "name": "demo",\n  "claimcheck": {\n    "maxUnsourced": -1,\n    "format": []\n  }\n}\n' });
    expect(stderr).toBe(
      [
        "claimcheck: package.json:4:21: expected a whole number of 0 or more in claimcheck.maxUnsourced",
        "claimcheck: package.json:5:15: expected at least one entry in claimcheck.format",
        "",
      ].join("\n"),
    );
  });

  it("that is not a mapping of settings is refused", async () => {
    expect(await problems({ ".claimcheckrc.yaml": "- claims/c.yaml\n" })).toBe(
      "claimcheck: .claimcheckrc.yaml:1:1: expected a mapping of settings (sources, claims, failOn, maxUnsourced, maxConflicting, format, quiet, allowSkippedSources, cache, maxFileSize, maxClaimLength, maxClaims, baseline, lexicon)\n",
    );
  });

  it("that lists output files apart from their formats is refused, showing how to pair them", async () => {
    expect(await problems({ ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [json]\noutputFile: [a.json, b.json]\n" })).toBe(
      'claimcheck: .claimcheckrc.yaml:3:1: expected output files written in format, as "sarif=claimcheck.sarif"; found "outputFile"\n',
    );
  });

  it("is not looked at when the settings come from --config and that file is valid", async () => {
    const { code } = await runCli(["check", "--config", "good.yaml"], { cwd: project({ ...TINY, ".claimcheckrc.yaml": "bogus: 1\n", "good.yaml": "claims: [claims/c.yaml]\n" }) });
    expect(code).toBe(1);
  });
});

describe("paths in the config", () => {
  const project = useProjects();

  it("may not climb out of the project folder or be absolute: each is refused where it is written", async () => {
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims:\n  - ../../etc/passwd\n  - /etc/*.conf\nsources: sub/../..\nformat: ['sarif=..\\report.sarif']\n" });
    const { code, stderr } = await runCli(["check"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'claimcheck: .claimcheckrc.yaml:2:5: expected a path inside the project folder in claims[0]; "../../etc/passwd" leads outside it',
        'claimcheck: .claimcheckrc.yaml:3:5: expected a path inside the project folder in claims[1]; "/etc/*.conf" leads outside it',
        'claimcheck: .claimcheckrc.yaml:4:10: expected a path inside the project folder in sources; "sub/../.." leads outside it',
        'claimcheck: .claimcheckrc.yaml:5:10: expected a path inside the project folder in format[0]; "..\\report.sarif" leads outside it',
        "",
      ].join("\n"),
    );
  });

  it("may not lead out through a symbolic link to claims outside", async () => {
    const outside = project({ "claims.yaml": TINY_CLAIMS });
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [linked/*.yaml]\n" });
    symlinkSync(outside, join(cwd, "linked"));
    const { code, stderr } = await runCli(["check"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain("leads outside it");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("may not lead out through a symbolic link to sources outside", async () => {
    const outside = project(TINY_SOURCES);
    const cwd = project({ "claims/c.yaml": TINY_CLAIMS, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nsources: [linked]\n" });
    symlinkSync(join(outside, "sources"), join(cwd, "linked"));
    const { code, stderr } = await runCli(["check"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^claimcheck: linked: expected a path inside .*; it leads outside it, so it is not read\n$/);
  });

  it("may not write an output file through a symbolic link to a folder outside, even one that does not exist yet", async () => {
    const outside = project({ "keep.txt": "" });
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "claims: [claims/c.yaml]\nformat: [sarif=out/new/report.sarif]\n" });
    symlinkSync(outside, join(cwd, "out"));
    const { code, stderr } = await runCli(["check"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("claimcheck: out/new/report.sarif: expected an output file inside the project folder; it leads outside it, so it is not written\n");
    expect(existsSync(join(outside, "new"))).toBe(false);
  });

  it("may lead anywhere when typed on the command line, since the user chose it", async () => {
    const outside = project({ "claims.yaml": TINY_CLAIMS });
    const cwd = project({ ...TINY, ".claimcheckrc.yaml": "format: [json]\n" });
    const { code, stderr } = await runCli(["check", join(outside, "claims.yaml"), "-f", "json", "-o", join(outside, "report.json")], { cwd });
    expect([code, stderr]).toEqual([1, ""]);
    expect((JSON.parse(readFileSync(join(outside, "report.json"), "utf8")) as Report).summary.total).toBe(3);
  });
});

describe("the config schema", () => {
  it("lists exactly the output formats and verdicts the tool knows", () => {
    expect(schema.properties["format"]?.items?.pattern).toBe(`^(${FORMAT_NAMES.join("|")})(=.+)?$`);
    expect(schema.properties["failOn"]?.items?.enum).toEqual([...VERDICTS]);
  });

  it("is a valid JSON Schema that accepts every example config in the README", () => {
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const examples = [...readme.matchAll(/```(?:yaml|json) (\.claimcheckrc\.yaml|\.claimcheckrc\.json|claimcheck\.config\.json|package\.json)\n([\s\S]*?)```/g)];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, name, text] of examples) {
      const config = parseConfig({ file: name!, folder: "/project", text: text!, ...(name === "package.json" ? { key: "claimcheck" } : {}) });
      expect(config, name).toBeDefined();
    }
    expect(validate({ sources: "sources", claims: ["claims/**/*.yaml"], failOn: ["conflicting"], maxUnsourced: 3, format: ["github", "sarif=claimcheck.sarif"], quiet: true })).toBe(true);
  });
});

describe("a lexicon of one's own", () => {
  const project = useProjects();
  const files = {
    "claims.yaml": "claims:\n  - id: g\n    text: Ballard was greenlit for a second season.\n",
    "sources/news.txt": " date 2025-10-04 After its solid first season run, Ballard was renewed for a second season by Prime Video.\n",
    "words.yaml": "# our newsroom's words\nparaphrases:\n  - [greenlight, greenlit, renew]\n",
  };

  it("adds words the shipped lexicon lacks, from --lexicon or the config's lexicon", async () => {
    const dir = project(files);
    const without = await runCli(["check", "claims.yaml", "--no-cache"], { cwd: dir });
    expect(without.stdout).toContain("1 claim: 0 supported, 0 conflicting, 1 unsourced");
    const flagged = await runCli(["check", "claims.yaml", "--no-cache", "--lexicon", "words.yaml"], { cwd: dir });
    expect(flagged.stdout).toContain("1 claim: 1 supported");
    const configured = await runCli(["check", "claims.yaml", "--no-cache"], { cwd: project({ ...files, ".claimcheckrc.yaml": "lexicon: [words.yaml]\n" }) });
    expect(configured.stdout).toContain("1 claim: 1 supported");
  });

  it("names the file and line of a lexicon entry that is not a list of words, and exits 2", async () => {
    const dir = project({ ...files, "words.yaml": "paraphrases:\n  - greenlight\n" });
    const result = await runCli(["check", "claims.yaml", "--no-cache", "--lexicon", "words.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("words.yaml:2:5: expected a list of words in paraphrases[0]");
    expect(result.stdout).toBe("");
  });

  it("is not read from outside the project when a config names it", async () => {
    const dir = project({ ...files, ".claimcheckrc.yaml": "lexicon: [../words.yaml]\n" });
    const result = await runCli(["check", "claims.yaml", "--no-cache"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("leads outside it");
  });
});
