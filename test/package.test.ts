// What npm ships: a tarball packed from a fresh checkout (no dist/ in it) must hold the built
// bin and API, and work once installed with its dependencies.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const REPO = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "claimcheck-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the published package", () => {
  it("packed from a checkout without dist/, installs with a working bin and importable API", () => {
    // A checkout: the files git knows of, without dist/ or node_modules (those are linked for the build).
    const checkout = join(work, "checkout");
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: REPO, encoding: "utf8" }).split("\0").filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(checkout, file)), { recursive: true });
      cpSync(join(REPO, file), join(checkout, file));
    }
    symlinkSync(join(REPO, "node_modules"), join(checkout, "node_modules"));
    execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: checkout, stdio: ["ignore", "pipe", "pipe"] });
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"))!;

    // Installed into a project of its own, its dependencies from the lockfile (offline when cached).
    const installed = join(work, "project", "node_modules", "claimcheck");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", join(work, tarball), "-C", installed, "--strip-components=1"]);
    cpSync(join(REPO, "package-lock.json"), join(installed, "package-lock.json"));
    execFileSync("npm", ["ci", "--omit=dev", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund", "--silent"], { cwd: installed, stdio: ["ignore", "pipe", "pipe"] });

    const project = join(work, "project");
    writeFileSync(join(project, "claims.yaml"), "claims:\n  - text: Ballard premiered on July 9.\n");
    mkdirSync(join(project, "sources"));
    writeFileSync(join(project, "sources", "news.txt"), "Ballard premiered on July 9 on Amazon Prime Video.\n");
    const bin = spawnSync(process.execPath, [join(installed, "dist", "cli.js"), "check", "claims.yaml", "--no-cache"], { cwd: project, encoding: "utf8" });
    expect([bin.status, bin.stderr]).toEqual([0, ""]);
    expect(bin.stdout).toContain("1 claim: 1 supported");
    // The README's example of the library, as written there.
    const example = [
      'import { check, Corpus, loadClaims, loadEnglish, loadSources } from "claimcheck";',
      'const claims = loadClaims(["claims.yaml"], { cwd: process.cwd() });',
      'const corpus = new Corpus(loadSources(["sources"], { cwd: process.cwd() }), { language: loadEnglish() });',
      'const report = check(claims, corpus, { failOn: ["conflicting"] });',
      "console.log(JSON.stringify(report.summary));",
    ].join("\n");
    const api = spawnSync(process.execPath, ["--input-type=module", "-e", example], { cwd: project, encoding: "utf8" });
    expect(api.stderr).toBe("");
    expect(JSON.parse(api.stdout)).toEqual({ total: 1, supported: 1, conflicting: 0, unsourced: 0, failing: 0 });
  }, 180_000);
});
