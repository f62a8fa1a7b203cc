import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

describe("claimcheck check on the bundled claims and sources", () => {
  it("reports every claim of claims/ballard.yaml with a verdict, and fails because some claims conflict", async () => {
    const { code, stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "--format", "json"]);
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report.summary.total).toBe(report.claims.length);
    expect(report.claims.length).toBeGreaterThanOrEqual(50);
  });

  it("flags a wrong age as conflicting, naming both values and the source line", async () => {
    const { stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "--format", "json"]);
    const claim = JSON.parse(stdout).claims.find((c: { id: string }) => c.id === "d25");
    expect(claim.verdict).toBe("conflicting");
    expect(claim.conflicts[0]).toMatchObject({ kind: "age", claimValue: "45 years old", sourceValue: "46 years old" });
    expect(claim.evidence[claim.conflicts[0].evidence]).toMatchObject({ sourceId: "001_a24ee8b9f4cf05f3", line: 3, stance: "contradicts", date: "2025-07-17" });
    expect(claim.reason).toBe("age: claim says 45 years old — 001_a24ee8b9f4cf05f3:3 says 46 years old");
  });

  it("runs as the built binary and exits 1 when a claim fails", () => {
    const result = spawnSync("node", ["dist/cli.js", "check", "claims/ballard.yaml", "--sources", "sources"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^50 claims: \d+ supported, \d+ conflicting, \d+ unsourced; \d+ failing$/m);
    expect(result.stderr).toBe("");
  });

  it("prints its version", () => {
    expect(execFileSync("node", ["dist/cli.js", "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("colours the text report on a terminal, and not when NO_COLOR is set, --no-color is given, or output is piped", async () => {
    const args = ["check", "claims/ballard.yaml", "--sources", "sources"];
    const ESC = "\u001b[";
    expect((await runCli(args, { isTTY: true })).stdout).toContain(`${ESC}31m✗ conflicting`);
    expect((await runCli(args, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    expect((await runCli([...args, "--no-color"], { isTTY: true })).stdout).not.toContain(ESC);
    expect((await runCli(args, { isTTY: false })).stdout).not.toContain(ESC);
  });

  it("exits 0 when no claim fails under --fail-on, and lists failing claims only with --quiet", async () => {
    const passing = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "--fail-on", "supported", "--fail-on", "unsourced", "--max-unsourced", "50", "--format", "json"]);
    const report = JSON.parse(passing.stdout);
    expect(report.summary.failing).toBe(report.summary.supported);
    const none = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "--fail-on", "unsourced", "--max-unsourced", "50", "--quiet"]);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toMatch(/^50 claims: \d+ supported, \d+ conflicting, \d+ unsourced; 0 failing$/);
  });

  it("exits 2 with a usage message, and no stack trace, for an unknown flag", async () => {
    const { code, stderr } = await runCli(["check", "claims/ballard.yaml", "--no-such-flag"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^claimcheck: unknown option --no-such-flag\n/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("lets a list flag take one value a time, so the claims file after it stays a claims file", async () => {
    const { code, stdout } = await runCli(["check", "-f", "json", "claims/ballard.yaml", "--sources", "sources"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.total).toBe(50);
  });

  it("says which flag lacks its value", async () => {
    const { code, stderr } = await runCli(["check", "claims/ballard.yaml", "--format"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("claimcheck: --format needs a value");
  });
});

