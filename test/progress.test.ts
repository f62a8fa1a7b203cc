import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressOn } from "../src/cli/progress.js";
import { runCli } from "./helpers/run-cli.js";

/** A progress line with a clock the test moves. */
function progressAt(isTTY: boolean) {
  let time = 0;
  const written: string[] = [];
  const progress = progressOn((text) => written.push(text), isTTY, () => time);
  return { progress, written, advance: (ms: number) => (time += ms) };
}

describe("the progress line", () => {
  it("shows nothing when stderr is not a terminal", () => {
    const { progress, written, advance } = progressAt(false);
    advance(5_000);
    progress.reading(10);
    progress.judging(1, 2);
    progress.end();
    expect(written).toEqual([]);
  });

  it("shows nothing for a run that ends within half a second", () => {
    const { progress, written, advance } = progressAt(true);
    advance(400);
    progress.judging(2, 2);
    progress.end();
    expect(written).toEqual([]);
  });

  it("draws a bar of claims judged on a long run, a few times a second, and wipes it at the end", () => {
    const { progress, written, advance } = progressAt(true);
    advance(600);
    progress.reading(1200);
    progress.judging(1, 4);
    advance(150);
    progress.judging(2, 4);
    progress.judging(3, 4);
    progress.judging(4, 4);
    progress.end();
    expect(written).toEqual([
      "\r\x1b[Kclaimcheck: reading sources… 1200",
      `\r\x1b[Kclaimcheck: [${"#".repeat(12)}${".".repeat(12)}] 2/4 claims`,
      `\r\x1b[Kclaimcheck: [${"#".repeat(24)}] 4/4 claims`,
      "\r\x1b[K",
    ]);
  });

  it("leaves stderr empty on a quick run, terminal or not", async () => {
    // A few claims on a few lines: quick even on a busy machine, where the 50 bundled ones are not.
    const cwd = mkdtempSync(join(tmpdir(), "claimcheck-quick-"));
    mkdirSync(join(cwd, "sources"));
    writeFileSync(join(cwd, "sources", "news.txt"), "Ballard premiered on July 9 on Amazon Prime Video.\n");
    writeFileSync(join(cwd, "claims.yaml"), "- text: Ballard premiered on July 9.\n");
    const run = await runCli(["check", "claims.yaml", "--no-cache"], { cwd, stderrIsTTY: true });
    rmSync(cwd, { recursive: true, force: true });
    expect(run.stderr).toBe("");
  });
});
