import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { runCli } from "./helpers/run-cli.js";

const validateReport = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(new URL("../schema/report.schema.json", import.meta.url), "utf8")) as object,
);

describe("the json format", () => {
  it("is valid against schema/report.schema.json, with and without --quiet", async () => {
    for (const extra of [[], ["--quiet"]]) {
      const { stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "json", ...extra]);
      const report = JSON.parse(stdout) as Report;
      validateReport(report);
      expect(validateReport.errors ?? []).toEqual([]);
      expect(report.claims.length).toBeGreaterThan(0);
    }
  });

  it("keeps the summary of every claim with --quiet while listing only the failing ones", async () => {
    const { stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "json", "--quiet"]);
    const report = JSON.parse(stdout) as Report;
    expect(report.claims.every((claim) => claim.failing)).toBe(true);
    expect(report.claims).toHaveLength(report.summary.failing);
    expect(report.summary.total).toBeGreaterThan(report.summary.failing);
  });
});
