// The index cache comes from disk, and a pull request can put files on disk. It must never be
// able to change what a source says, nor be taken from a place a pull request can write.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const BIN = new URL("../dist/cli.js", import.meta.url).pathname;
const project = useProjects();

const FILES = {
  "package.json": '{"name": "news"}',
  "claims.yaml": "claims:\n  - id: age\n    text: Maggie Q is 46.\n",
  "sources/interview.txt": " date 2025-07-17 Maggie Q, 46, stars in Ballard.\n",
};
const CACHE = join("node_modules", ".cache", "claimcheck", "packs");

/**
 * Rewrites every pack in a cache folder as an attacker who knows the format would: each entry's
 * text made to say "45" and dated 2030, and every checksum computed afresh so that it matches.
 */
function craftPacks(packs: string): number {
  let crafted = 0;
  for (const name of readdirSync(packs).filter((n) => n.endsWith(".pack"))) {
    const bytes = readFileSync(join(packs, name));
    const magic = bytes.subarray(0, 8);
    const headerLength = bytes.readUInt32LE(8);
    const header = deserialize(bytes.subarray(12, 12 + headerLength)) as { version: string; entries: { hash: string; offset: number; length: number; checksum?: string }[] };
    const data = bytes.subarray(12 + headerLength);
    const bodies: Buffer[] = [];
    let offset = 0;
    for (const entry of header.entries) {
      const value = deserialize(data.subarray(entry.offset, entry.offset + entry.length)) as Record<string, unknown>;
      if (Array.isArray(value["texts"])) value["texts"] = (value["texts"] as unknown[]).map(() => "Maggie Q, 45, stars in Ballard.");
      if (typeof value["meta"] === "object" && value["meta"] !== null) (value["meta"] as Record<string, string>)["date"] = "2030-01-01";
      const body = serialize(value);
      entry.offset = offset;
      entry.length = body.length;
      if (entry.checksum !== undefined) {
        entry.checksum = createHash("sha256").update(header.version).update("\0").update(entry.hash).update("\0").update(body).digest("hex");
      }
      offset += body.length;
      bodies.push(body);
      crafted++;
    }
    const head = serialize(header);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length);
    writeFileSync(join(packs, name), Buffer.concat([magic, length, head, ...bodies]));
  }
  return crafted;
}

describe("the index cache cannot change a verdict", () => {
  it("a crafted pack cannot make a source say something else or carry another date: quotes, lines and dates come from the article", async () => {
    const dir = project(FILES);
    const honest = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: dir });
    expect(craftPacks(join(dir, CACHE))).toBeGreaterThan(0);
    const after = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: dir });
    const report = JSON.parse(after.stdout) as Report;
    expect(report.claims[0]).toMatchObject({ verdict: "supported", evidence: [{ quote: "Maggie Q, 46, stars in Ballard.", date: "2025-07-17", line: 1 }] });
    expect(after.stdout).toBe(honest.stdout);
  });

  it("refuses a cache folder that git tracks, since a pull request could have written it", async () => {
    const dir = project({ ...FILES, "cache/packs/readme.txt": "committed by someone\n" });
    const git = (...args: string[]) => spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("add", "cache");
    git("commit", "-qm", "cache");
    const run = await runCli(["check", "claims.yaml", "--cache", "cache"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^claimcheck: cache: expected a cache folder that git does not track; 1 of its files is committed \(such as "packs\/readme.txt"\)/);
  });

  it("a temporary pack left by a run that was killed is removed by the next run; a live run's is left alone", async () => {
    const dir = project(FILES);
    const packs = join(dir, CACHE);
    mkdirSync(packs, { recursive: true });
    // A writer that no longer runs (no process has this id), one of this process that is two
    // hours old, and one of this process written just now.
    const dead = `${Date.now().toString(36)}-${(4_194_303).toString(36)}-aaaa.pack.tmp`;
    const old = `${Date.now().toString(36)}-${process.pid.toString(36)}-bbbb.pack.tmp`;
    const live = `${Date.now().toString(36)}-${process.pid.toString(36)}-cccc.pack.tmp`;
    for (const name of [dead, old, live]) writeFileSync(join(packs, name), Buffer.alloc(1024));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(packs, old), twoHoursAgo, twoHoursAgo);
    await runCli(["check", "claims.yaml"], { cwd: dir });
    expect(readdirSync(packs).filter((n) => n.endsWith(".tmp"))).toEqual([live]);
  });

  it("a run stopped by SIGTERM or SIGINT while it writes the cache leaves no temporary pack behind", async () => {
    // Enough articles that writing their pack takes a while.
    const articles: Record<string, string> = {};
    const sentence = (i: number) => `Ballard episode ${i} drew ${i * 7} million minutes on Prime Video in week ${i % 52}. `;
    for (let a = 0; a < 400; a++) articles[`sources/a${a}.txt`] = ` date 2025-07-17 ${Array.from({ length: 60 }, (_, i) => sentence(a * 60 + i)).join("\n")}\n`;
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      let packs = "";
      let sent = false;
      let result: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      // The pack is written in a few milliseconds: on a busy machine a run may finish before it is
      // seen, and is then run again in a fresh folder, a few times at most.
      for (let attempt = 0; attempt < 5 && !sent; attempt++) {
        const dir = project({ ...FILES, ...articles });
        packs = join(dir, CACHE);
        mkdirSync(packs, { recursive: true });
        const child = spawn(process.execPath, [BIN, "check", "claims.yaml"], { cwd: dir, stdio: "ignore" });
        const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
        // Signal as soon as the temporary pack appears.
        const deadline = Date.now() + 60_000;
        while (!sent && Date.now() < deadline && child.exitCode === null) {
          if (readdirSync(packs).some((n) => n.endsWith(".tmp"))) {
            child.kill(signal);
            sent = true;
          } else {
            // Looked at again as soon as the event loop allows, not after a timer's millisecond.
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        result = await ended;
      }
      expect(sent).toBe(true);
      expect(result?.signal).toBe(signal);
      expect(readdirSync(packs).filter((n) => n.endsWith(".tmp"))).toEqual([]);
      expect(existsSync(packs)).toBe(true);
    }
  }, 120_000);
});
