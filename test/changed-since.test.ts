// --changed-since REV on a real git repository, with commits made here: a pull request is judged
// on the claims it adds or edits, and on those a source it adds, edits or deletes bears on.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { commitAll, git, GIT_ENV, initRepository } from "./helpers/git.js";
import { TINY_CLAIMS, useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const FILES = {
  "sources/premiere.txt": "Ballard premiered on July 9 on Amazon Prime Video.\n",
  "sources/episodes.txt": "The first season of Ballard has 10 episodes.\n",
  // premiere, platform: supported; episodes: conflicting; born: unsourced.
  "claims/c.yaml": TINY_CLAIMS,
  "claims/d.yaml": "claims:\n  - id: platform\n    text: Ballard premiered on Amazon Prime Video.\n",
};
const CLAIMS = ["claims/c.yaml", "claims/d.yaml"];

async function check(cwd: string, ...argv: string[]) {
  return runCli(["check", ...CLAIMS, ...argv], { cwd, env: GIT_ENV });
}

async function checkedIds(cwd: string, revision = "HEAD"): Promise<{ code: number; ids: string[]; report: Report }> {
  const { code, stdout, stderr } = await check(cwd, "--changed-since", revision, "-f", "json");
  expect(stderr).toBe("");
  const report = JSON.parse(stdout) as Report;
  return { code, ids: report.claims.map((c) => c.id), report };
}

describe("check --changed-since", () => {
  const project = useProjects();
  const repository = () => {
    const cwd = project(FILES);
    initRepository(cwd);
    return cwd;
  };
  const edit = (cwd: string, file: string, change: (text: string) => string) =>
    writeFileSync(join(cwd, file), change(readFileSync(join(cwd, file), "utf8")));

  it("checks no claim when nothing changed, says all were skipped, and passes though a claim conflicts", async () => {
    const cwd = repository();
    const { code, stdout } = await check(cwd, "--changed-since", "HEAD");
    const commit = git(cwd, "rev-parse", "HEAD").trim();
    expect(code).toBe(0);
    expect(stdout).toBe(`0 claims: 0 supported, 0 conflicting, 0 unsourced; 0 failing\nchanged since HEAD (${commit.slice(0, 12)}): 0 checked, 4 skipped\n`);
  });

  it("checks the claims added or edited since, uncommitted ones included, and skips the rest", async () => {
    const cwd = repository();
    edit(cwd, "claims/c.yaml", (text) =>
      text.replace("has 8 episodes", "has 9 episodes").replace('"Ballard premiered on July 9."', '"Ballard premiered on July 9."\n    note: a note is not a claim') +
      '  - id: finale\n    text: "Ballard premiered on July 19."\n',
    );
    const { code, ids, report } = await checkedIds(cwd);
    expect(code).toBe(1);
    expect(ids).toEqual(["episodes", "finale"]);
    expect(report.changedSince).toMatchObject({ revision: "HEAD", skipped: 3 });
    expect(report.changedSince?.skippedClaims.map((c) => c.id)).toEqual(["premiere", "born", "platform"]);
  });

  it("sees what was committed after the revision: HEAD~1 catches the claim edited in the last commit", async () => {
    const cwd = repository();
    edit(cwd, "claims/d.yaml", (text) => text.replace("Amazon Prime Video", "Netflix"));
    commitAll(cwd, "streaming moved");
    expect((await checkedIds(cwd, "HEAD")).ids).toEqual([]);
    const since = await checkedIds(cwd, "HEAD~1");
    expect(since.ids).toEqual(["platform"]);
    expect(since.report.claims[0]!.failing).toBe(true);
    expect(since.code).toBe(1);
  });

  it("counts every claim of a claims file git has not seen as new", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "claims/e.yaml"), "claims:\n  - id: e1\n    text: Ballard has 10 episodes.\n  - id: e2\n    text: Ballard premiered in July.\n");
    const { code, stdout } = await runCli(["check", ...CLAIMS, "claims/e.yaml", "--changed-since", "HEAD", "-f", "json"], { cwd, env: GIT_ENV });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report).claims.map((c) => c.id)).toEqual(["e1", "e2"]);
  });

  it("re-checks the claims a source edited since bears on, and no others", async () => {
    const cwd = repository();
    edit(cwd, "sources/episodes.txt", (text) => text.replace("10 episodes", "8 episodes"));
    const { code, ids, report } = await checkedIds(cwd);
    expect(ids).toEqual(["episodes"]);
    expect(report.claims[0]!.verdict).toBe("supported");
    expect(code).toBe(0);
  });

  it("re-checks the claims a source deleted since bore on: without it they are unsourced", async () => {
    const cwd = repository();
    git(cwd, "rm", "-q", "sources/premiere.txt");
    const { code, report } = await checkedIds(cwd);
    expect(report.claims.map((c) => [c.id, c.verdict])).toEqual([
      ["premiere", "unsourced"],
      ["platform", "unsourced"],
    ]);
    expect(code).toBe(1);
  });

  it("re-checks the claims a source added since bears on, even one not yet known to git", async () => {
    const cwd = repository();
    writeFileSync(join(cwd, "sources/bio.txt"), "Maggie Q was born in Honolulu.\n");
    const { code, report } = await checkedIds(cwd);
    expect(report.claims.map((c) => [c.id, c.verdict])).toEqual([["born", "supported"]]);
    expect(code).toBe(0);
  });

  it("re-checks a claim citing a changed source, and one citing a source that is gone", async () => {
    // "cited" is checked for what it cites, though no passage bears on it.
    const cites = "claims:\n  - id: cited\n    text: Ballard was renewed for a second season.\n    cites: [episodes]\n  - id: other\n    text: Ballard premiered on July 9.\n    cites: [premiere]\n";
    const cwd = project({ ...FILES, "claims/d.yaml": cites });
    initRepository(cwd);
    writeFileSync(join(cwd, "sources/episodes.txt"), "The first season of Ballard has 10 episodes.\n\nIt was filmed in Los Angeles.\n");
    expect((await checkedIds(cwd)).ids).toEqual(["episodes", "cited"]);
    rmSync(join(cwd, "sources/premiere.txt"));
    const gone = await check(cwd, "--changed-since", "HEAD");
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('claim "other" cites "premiere", which is none of them');
  });

  it("works from a subfolder of the repository", async () => {
    const cwd = repository();
    mkdirSync(join(cwd, "sub"));
    edit(cwd, "claims/d.yaml", (text) => text.replace("Amazon Prime Video", "Netflix"));
    const { code, stdout } = await runCli(["check", "../claims/c.yaml", "../claims/d.yaml", "--sources", "../sources", "--changed-since", "HEAD", "-f", "json"], {
      cwd: join(cwd, "sub"),
      env: GIT_ENV,
    });
    const report = JSON.parse(stdout) as Report;
    expect(report.claims.map((c) => [c.id, c.location.file])).toEqual([["platform", "../claims/d.yaml"]]);
    expect(report.changedSince?.skipped).toBe(3);
    expect(code).toBe(1);
  });

  it("shows how many claims it skipped in every format", async () => {
    const cwd = repository();
    edit(cwd, "claims/d.yaml", (text) => text.replace("Amazon Prime Video", "Netflix"));
    const run = async (format: string) => (await check(cwd, "--changed-since", "main", "-f", format)).stdout;
    expect(await run("text")).toMatch(/\nchanged since main \([0-9a-f]{12}\): 1 checked, 3 skipped\n$/);
    expect(await run("markdown")).toMatch(/Changed since main \([0-9a-f]{12}\): 1 claim checked; 3 skipped, neither edited since nor touched by a changed source\./);
    expect(await run("github")).toContain("::notice title=claimcheck changed since::Checked 1 claim added or edited since main, or touched by a source changed since; 3 skipped.\n");
    const sarif = JSON.parse(await run("sarif")) as Log;
    expect(sarif.runs[0]!.properties).toMatchObject({ changedSince: { revision: "main", checked: 1, skipped: 3 } });
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(await run("junit")) as {
      testsuites: { testsuite: { name: string; tests: string; skipped: string; testcase: { name: string; skipped?: { message: string }; failure?: unknown }[] }[] };
    };
    const suites = junit.testsuites.testsuite;
    expect(suites.map((s) => [s.name, s.tests, s.skipped])).toEqual([
      ["claims/d.yaml", "1", "0"],
      ["claims/c.yaml", "3", "3"],
    ]);
    expect(suites[1]!.testcase[0]!.skipped?.message).toBe("not checked: unchanged since main, and no source changed since bears on it");
    const json = JSON.parse(await run("json")) as Report;
    expect(json.changedSince).toMatchObject({ revision: "main", commit: git(cwd, "rev-parse", "main").trim(), skipped: 3 });
  });

  it("leaves a baseline's entries for the claims it skipped alone: not fixed, not pruned", async () => {
    const cwd = repository();
    await runCli(["baseline", ...CLAIMS], { cwd, env: GIT_ENV });
    commitAll(cwd, "baseline");
    edit(cwd, "claims/d.yaml", (text) => `${text}  - id: finale\n    text: "Ballard premiered on July 19."\n`);
    const { code, stdout, stderr } = await check(cwd, "--changed-since", "HEAD", "--baseline", ".claimcheck-baseline.json", "--prune", "-f", "json");
    const report = JSON.parse(stdout) as Report;
    expect(report.claims.map((c) => [c.id, c.baselineState])).toEqual([["finale", "new"]]);
    expect(report.baseline).toMatchObject({ new: 1, unchanged: 0, absent: [] });
    expect(stderr).toBe("claimcheck: no fixed claims to remove from .claimcheck-baseline.json\n");
    expect(git(cwd, "status", "--porcelain", ".claimcheck-baseline.json")).toBe("");
    expect(code).toBe(1);
  });

  it("refuses a revision git does not know, saying how to fetch one a shallow clone lacks", async () => {
    const cwd = repository();
    const { code, stdout, stderr } = await check(cwd, "--changed-since", "origin/main");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(
      'claimcheck: expected --changed-since to name a commit of this repository; git knows none called "origin/main" (in a shallow clone, fetch it first, e.g. git fetch origin origin/main)\n',
    );
  });

  it("refuses a revision git would read as an option, before git runs", async () => {
    const cwd = repository();
    const { code, stderr } = await check(cwd, "--changed-since=--output=pwned");
    expect(code).toBe(2);
    expect(stderr).toBe(
      'claimcheck: expected --changed-since to name a git revision (a branch, a tag, a commit, HEAD~1); "--output=pwned" cannot be one: it starts with -, so git would read it as an option\n',
    );
    expect(existsSync(join(cwd, "pwned"))).toBe(false);
  });

  it("runs git without a shell: shell syntax in a revision is a name git does not know, and runs nothing", async () => {
    const cwd = repository();
    for (const revision of ["HEAD$(touch${IFS}pwned)", "HEAD;touch${IFS}pwned", "`touch${IFS}pwned`"]) {
      const { code, stderr } = await check(cwd, "--changed-since", revision);
      expect(code).toBe(2);
      expect(stderr).toContain(`git knows none called ${JSON.stringify(revision)}`);
    }
    expect(existsSync(join(cwd, "pwned"))).toBe(false);
  });

  it("refuses a revision with a space or a control character in it", async () => {
    const cwd = repository();
    const { code, stderr } = await check(cwd, "--changed-since", "HEAD \u001b[2J");
    expect(code).toBe(2);
    expect(stderr).toBe(
      'claimcheck: expected --changed-since to name a git revision (a branch, a tag, a commit, HEAD~1); "HEAD \\u001b[2J" cannot be one: it holds a space or a control character\n',
    );
  });

  it("refuses a claims file outside the repository, which git cannot compare", async () => {
    const cwd = repository();
    const outside = project({ "elsewhere.yaml": "claims:\n  - text: Ballard premiered on July 9.\n" });
    const file = join(outside, "elsewhere.yaml");
    const { code, stderr } = await runCli(["check", file, "--changed-since", "HEAD"], { cwd, env: GIT_ENV });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^claimcheck: \.\.\/[^:]+\/elsewhere\.yaml: expected a path inside the git repository \(.+\) to compare with --changed-since\n$/);
  });

  it("says so when the working folder is not in a git repository", async () => {
    const cwd = project(FILES);
    const { code, stderr } = await runCli(["check", ...CLAIMS, "--changed-since", "HEAD"], { cwd, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: join(cwd, "..") } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^claimcheck: expected a git repository around the working folder for --changed-since; git says: fatal: not a git repository/);
  });
});
