import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { loadCorpus, type CorpusRecipe } from "../src/cache/load-corpus.js";
import { judgingKey, VerdictCache } from "../src/cache/verdict-cache.js";
import { loadClaims } from "../src/claims/load.js";
import { loadEnglish } from "../src/language/load.js";
import { english } from "./helpers/language.js";
import { runCli } from "./helpers/run-cli.js";
import { TINY_CLAIMS, useProjects } from "./helpers/project.js";

const ARTICLES = {
  "sources/premiere.txt": " date 2025-07-17 Ballard premiered on July 9 on Amazon Prime Video.\n\nThe first season of Ballard has 10 episodes.\n",
  "sources/renewal.txt": " date 2025-10-06 Prime Video renewed Ballard for a second season.\n",
};

const project = useProjects();

/** Loads the project's sources through its cache, checks its claims, and saves the verdicts. */
function run(dir: string, language = english) {
  const recipe: CorpusRecipe = { folders: ["sources"], cwd: dir, cache: join(dir, "cache"), language };
  const loaded = loadCorpus(recipe);
  const report = check(loadClaims(["claims.yaml"], { cwd: dir }), loaded.corpus, {}, { memory: loaded.verdicts });
  loaded.verdicts!.save();
  return { report, stats: loaded.verdicts!.stats };
}

function verdictPacks(dir: string): string[] {
  return readdirSync(join(dir, "cache", "verdicts")).filter((name) => name.endsWith(".pack"));
}

describe("the verdict cache", () => {
  it("takes every verdict from the cache when nothing changed, and judges none", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const cold = run(dir);
    expect(cold.stats).toMatchObject({ hits: 0, misses: 3 });
    const warm = run(dir);
    expect(warm.stats).toMatchObject({ hits: 3, misses: 0, rejected: 0 });
    expect(warm.report).toEqual(cold.report);
  });

  it("judges only the claim that was edited", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    run(dir);
    writeFileSync(join(dir, "claims.yaml"), TINY_CLAIMS.replace("has 8 episodes", "has 10 episodes"));
    const edited = run(dir);
    expect(edited.stats).toMatchObject({ hits: 2, misses: 1 });
    expect(edited.report.claims.find((c) => c.id === "episodes")!.verdict).toBe("supported");
  });

  it("judges every claim again when a source changed, and keeps no verdict of the old sources", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    expect(run(dir).report.claims.find((c) => c.id === "episodes")!.verdict).toBe("conflicting");
    writeFileSync(join(dir, "sources/premiere.txt"), ARTICLES["sources/premiere.txt"].replace("10 episodes", "8 episodes"));
    const after = run(dir);
    expect(after.stats).toMatchObject({ hits: 0, misses: 3 });
    expect(after.report.claims.find((c) => c.id === "episodes")!.verdict).toBe("supported");
    expect(verdictPacks(dir)).toHaveLength(1);
  });

  it("keys verdicts on the sources' paths and texts, and on the language's own lexicon", () => {
    const sources = [{ id: "a", file: "sources/a.txt", hash: "1" }];
    const key = judgingKey(sources, english.identity);
    expect(judgingKey([...sources], loadEnglish().identity)).toBe(key);
    expect(judgingKey([{ ...sources[0]!, hash: "2" }], english.identity)).not.toBe(key);
    expect(judgingKey([{ ...sources[0]!, file: "news/a.txt" }], english.identity)).not.toBe(key);
    expect(judgingKey([...sources, { id: "b", file: "sources/b.txt", hash: "3" }], english.identity)).not.toBe(key);
    const ours = loadEnglish({ lexicon: [{ file: "words.yaml", text: "paraphrases:\n  - [greenlight, renew]\n" }] });
    expect(judgingKey(sources, ours.identity)).not.toBe(key);
  });

  it("does not take a verdict from another claim's cites", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    run(dir);
    writeFileSync(join(dir, "claims.yaml"), TINY_CLAIMS.replace('text: "Ballard premiered on July 9."', 'text: "Ballard premiered on July 9."\n    cites: [renewal]'));
    const cited = run(dir);
    expect(cited.stats).toMatchObject({ hits: 2, misses: 1 });
    expect(cited.report.claims.find((c) => c.id === "premiere")!.verdict).toBe("unsourced");
  });

  it("judges again a claim whose stored verdict was damaged, and writes it afresh", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const cold = run(dir);
    const [name] = verdictPacks(dir);
    const path = join(dir, "cache", "verdicts", name!);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(path, bytes);
    const damaged = run(dir);
    expect(damaged.stats).toMatchObject({ hits: 2, misses: 1, rejected: 1 });
    expect(damaged.report).toEqual(cold.report);
    expect(run(dir).stats).toMatchObject({ hits: 3, misses: 0, rejected: 0 });
  });

  it("is not read with a pack stamped for other sources, even one of the same name", () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    run(dir);
    const other = new VerdictCache(join(dir, "cache"), judgingKey([], english.identity));
    expect(loadClaims(["claims.yaml"], { cwd: dir }).map((claim) => other.recall(claim))).toEqual([undefined, undefined, undefined]);
  });

  it("neither reads nor writes verdicts in a folder anyone can write to, and says so", async () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const honest = await runCli(["check", "claims.yaml", "-f", "json", "--no-cache"], { cwd: dir });
    // A verdict planted by someone else: the claim of 8 episodes "supported".
    const recipe: CorpusRecipe = { folders: ["sources"], cwd: dir, cache: join(dir, "cache"), language: english };
    const loaded = loadCorpus(recipe);
    const claims = loadClaims(["claims.yaml"], { cwd: dir });
    const report = check(claims, loaded.corpus, {}, { memory: loaded.verdicts });
    const episodes = claims.findIndex((c) => c.id === "episodes");
    const judged = report.claims[episodes]!;
    expect(judged.verdict).toBe("conflicting");
    loaded.verdicts!.keep(claims[episodes]!, { verdict: "supported", reason: "planted", evidence: [], conflicts: [], trace: judged.trace! });
    loaded.verdicts!.save();
    expect((await runCli(["check", "claims.yaml", "-f", "json", "--cache", "cache"], { cwd: dir })).stdout).not.toBe(honest.stdout);

    chmodSync(join(dir, "cache", "verdicts"), 0o777);
    const shared = await runCli(["check", "claims.yaml", "-f", "json", "--cache", "cache"], { cwd: dir });
    expect(shared.stdout).toBe(honest.stdout);
    expect(shared.stderr).toBe(`claimcheck: not using the verdicts kept in ${join(dir, "cache", "verdicts")}: anyone can write to it; judging every claim\n`);
  });

  it("gives the same report through the command line whether verdicts were kept or judged, and follows a user's lexicon", async () => {
    const files = {
      "claims.yaml": "claims:\n  - id: g\n    text: Ballard was greenlit for a second season.\n",
      "sources/news.txt": " date 2025-10-04 After its solid first season run, Ballard was renewed for a second season by Prime Video.\n",
      "words.yaml": "paraphrases:\n  - [greenlight, greenlit, renew]\n",
    };
    const dir = project(files);
    const none = await runCli(["check", "claims.yaml", "-f", "json", "--no-cache", "--lexicon", "words.yaml"], { cwd: dir });
    const cold = await runCli(["check", "claims.yaml", "-f", "json", "--lexicon", "words.yaml"], { cwd: dir });
    const warm = await runCli(["check", "claims.yaml", "-f", "json", "--lexicon", "words.yaml"], { cwd: dir });
    expect(JSON.parse(none.stdout).summary.supported).toBe(1);
    expect([cold.stdout, warm.stdout]).toEqual([none.stdout, none.stdout]);
    // The same claims and sources without the words that made the claim stated: judged again.
    const without = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: dir });
    expect(JSON.parse(without.stdout).summary).toMatchObject({ supported: 0, unsourced: 1 });
    writeFileSync(join(dir, "words.yaml"), "paraphrases:\n  - [greenlight, greenlit]\n");
    const edited = await runCli(["check", "claims.yaml", "-f", "json", "--lexicon", "words.yaml"], { cwd: dir });
    expect(JSON.parse(edited.stdout).summary).toMatchObject({ supported: 0, unsourced: 1 });
  });
});
