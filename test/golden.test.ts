// Golden end-to-end cases: each folder under test/fixtures/cases holds a claims file, a
// sources folder and the expected reports. Regenerate with UPDATE_GOLDEN=1 npm test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const CASES = join(import.meta.dirname, "fixtures", "cases");
const update = process.env["UPDATE_GOLDEN"] === "1";

/** Blanks what may differ between machines and releases. */
function stable(json: string): string {
  const report = JSON.parse(json);
  report.tool.version = "<version>";
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe("golden cases", () => {
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name);
    const claims = readdirSync(dir).find((f) => f.startsWith("claims."))!;
    it(`${name}: the reports match the expected ones`, async () => {
      const json = await runCli(["check", claims, "--sources", "sources", "--format", "json", "--explain"], { cwd: dir });
      const text = await runCli(["check", claims, "--sources", "sources"], { cwd: dir });
      expect(json.stderr).toBe("");
      const actual = { "expected.json": stable(json.stdout), "expected.txt": text.stdout };
      for (const [file, content] of Object.entries(actual)) {
        const path = join(dir, file);
        if (update) writeFileSync(path, content);
        expect(existsSync(path), `${path} is missing: UPDATE_GOLDEN=1 npm test writes it`).toBe(true);
        expect(content).toBe(readFileSync(path, "utf8"));
      }
      expect(json.code).toBe(JSON.parse(json.stdout).summary.failing > 0 ? 1 : 0);
    });
  }
});
