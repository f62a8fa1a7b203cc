import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import type { Log, Result } from "sarif";
import { describe, expect, it } from "vitest";
import { sarif } from "../src/report/sarif.js";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { reportOf } from "./helpers/report.js";
import { runCli } from "./helpers/run-cli.js";

// The official schema is not written for Ajv's strict mode; formats (uri, date-time) are checked.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0.json", import.meta.url), "utf8")) as object);

const BUNDLED = ["check", "claims/ballard.yaml", "--sources", "sources"];

async function bundled(extra: string[] = []): Promise<{ log: Log; report: Report }> {
  const { stdout } = await runCli([...BUNDLED, "-f", "sarif", ...extra]);
  const json = await runCli([...BUNDLED, "-f", "json", ...extra]);
  return { log: JSON.parse(stdout) as Log, report: JSON.parse(json.stdout) as Report };
}

function results(log: Log): Result[] {
  return log.runs[0]?.results ?? [];
}

describe("the sarif format", () => {
  const project = useProjects();

  it("is valid against the official SARIF 2.1.0 JSON Schema", async () => {
    const { log } = await bundled();
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
  });

  it("names the tool and declares conflicting as an error rule and unsourced as a warning rule, each with descriptions and help", async () => {
    const { log } = await bundled();
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "claimcheck", version: expect.stringMatching(/^\d+\.\d+\.\d+$/), informationUri: expect.stringMatching(/^https:\/\//) });
    const rules = new Map(driver.rules?.map((rule) => [rule.id, rule]));
    expect(rules.get("claim/conflicting")?.defaultConfiguration?.level).toBe("error");
    expect(rules.get("claim/unsourced")?.defaultConfiguration?.level).toBe("warning");
    for (const rule of rules.values()) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
    }
  });

  it("has one result per failing claim, none for the others, each with the claim's reason as message", async () => {
    const { log, report } = await bundled();
    const failing = report.claims.filter((claim) => claim.failing);
    expect(failing.length).toBeGreaterThan(0);
    expect(results(log).map((r) => r.properties?.["claimId"])).toEqual(failing.map((claim) => claim.id));
    results(log).forEach((result, i) => {
      const claim = failing[i]!;
      expect(result.ruleId).toBe(`claim/${claim.verdict}`);
      expect(result.level).toBe(claim.verdict === "conflicting" ? "error" : "warning");
      expect(result.message.text).toBe(claim.reason);
      expect(log.runs[0]!.tool.driver.rules?.[result.ruleIndex!]?.id).toBe(result.ruleId);
    });
  });

  it("reports only what --fail-on makes fail: with --fail-on conflicting, unsourced claims give no result", async () => {
    const { log, report } = await bundled(["--fail-on", "conflicting"]);
    expect(report.summary.unsourced).toBeGreaterThan(0);
    expect(results(log).length).toBe(report.summary.conflicting);
    expect(results(log).every((r) => r.ruleId === "claim/conflicting")).toBe(true);
  });

  it("places each result at the claim's span in its claims file, with columns in UTF-16 code units", async () => {
    const { log, report } = await bundled();
    expect(log.runs[0]!.columnKind).toBe("utf16CodeUnits");
    const first = results(log)[0]!;
    const claim = report.claims.find((c) => c.id === first.properties?.["claimId"])!;
    expect(first.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "claims/ballard.yaml" },
      region: { startLine: claim.location.line, startColumn: claim.location.column, endLine: claim.location.endLine, endColumn: claim.location.endColumn },
    });
  });

  it("counts a column after astral characters in UTF-16 code units, as JavaScript strings do", async () => {
    const line = '  - { note: "😀😀 é", text: "The first season of Ballard has 8 episodes." }';
    const cwd = project({ ...TINY_SOURCES, "claims/emoji.yaml": `claims:\n${line}\n` });
    const { stdout } = await runCli(["check", "claims/emoji.yaml", "-f", "sarif"], { cwd });
    const region = results(JSON.parse(stdout) as Log)[0]?.locations?.[0]?.physicalLocation?.region;
    expect(region?.startLine).toBe(2);
    expect(region?.startColumn).toBe(line.indexOf('"The first') + 1);
    expect(region?.endColumn).toBe(line.indexOf(" }") + 1);
  });

  it("points related locations at each piece of evidence in the source files, with the quote as message", async () => {
    const { log, report } = await bundled();
    const result = results(log).find((r) => r.ruleId === "claim/conflicting")!;
    const claim = report.claims.find((c) => c.id === result.properties?.["claimId"])!;
    expect(result.relatedLocations).toHaveLength(claim.evidence.length);
    result.relatedLocations!.forEach((location, i) => {
      const evidence = claim.evidence[i]!;
      expect(location.id).toBe(i);
      expect(location.physicalLocation?.artifactLocation?.uri).toBe(evidence.file);
      expect(location.physicalLocation?.region).toEqual({ startLine: evidence.line, startColumn: evidence.column });
      expect(evidence.quote.startsWith(location.message!.text!.replace(/…$/, ""))).toBe(true);
    });
  });

  it("shortens a long quote at a word boundary and marks the cut with an ellipsis", () => {
    const quote = `${"word ".repeat(100)}end`;
    const log = JSON.parse(sarif(reportOf([{ evidence: [{ sourceId: "s", file: "sources/s.txt", line: 1, column: 1, quote, stance: "contradicts", highlights: [] }] }]), { color: false, quiet: false })) as Log;
    const text = results(log)[0]!.relatedLocations![0]!.message!.text!;
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/^word( word)+…$/);
  });

  it("percent-encodes file paths that are not valid in a URI, and the log stays valid", () => {
    const log = JSON.parse(sarif(reportOf([{ location: { file: "claims/my claims#1 100%.yaml", line: 1, column: 1, endLine: 1, endColumn: 5 } }]), { color: false, quiet: false })) as Log;
    expect(results(log)[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("claims/my%20claims%231%20100%25.yaml");
    expect(validateSarif(log)).toBe(true);
  });

  it("gives each result a fingerprint from its claim id and file, which stays the same when the claim moves", async () => {
    const before = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const moved = TINY_CLAIMS.replace("claims:\n", 'claims:\n  - id: added\n    text: "Ballard premiered on July 9."\n');
    const after = project({ ...TINY_SOURCES, "claims/c.yaml": moved });
    const fingerprints = async (cwd: string) => {
      const log = JSON.parse((await runCli(["check", "claims/c.yaml", "-f", "sarif"], { cwd })).stdout) as Log;
      return Object.fromEntries(results(log).map((r) => [r.properties?.["claimId"], { line: r.locations?.[0]?.physicalLocation?.region?.startLine, fingerprints: r.partialFingerprints }]));
    };
    const [was, now] = [await fingerprints(before), await fingerprints(after)];
    expect(Object.keys(was).sort()).toEqual(["born", "episodes"]);
    for (const id of ["born", "episodes"]) {
      expect(now[id]!.line).toBe(was[id]!.line! + 2);
      expect(now[id]!.fingerprints).toEqual(was[id]!.fingerprints);
    }
    expect(was["born"]!.fingerprints).not.toEqual(was["episodes"]!.fingerprints);
  });

  it("is written to the output file paired with it while the text report is printed", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { code, stdout } = await runCli(["check", "claims/c.yaml", "-f", "text", "-f", "sarif", "-o", "out/report.sarif"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^3 claims: 1 supported, 1 conflicting, 1 unsourced; 2 failing$/m);
    const log = JSON.parse(readFileSync(join(cwd, "out/report.sarif"), "utf8")) as Log;
    expect(validateSarif(log)).toBe(true);
    expect(results(log).map((r) => r.ruleId)).toEqual(["claim/conflicting", "claim/unsourced"]);
  });
});
