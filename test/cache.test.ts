import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { loadCorpus, type CorpusRecipe } from "../src/cache/load-corpus.js";
import { english } from "./helpers/language.js";
import { CACHE_FORMAT, CACHE_VERSION } from "../src/cache/fingerprint.js";
import { readPack, writePack } from "../src/cache/pack.js";
import { SourceCache } from "../src/cache/source-cache.js";
import { loadSources } from "../src/sources/load.js";
import { runCli } from "./helpers/run-cli.js";
import { TINY_CLAIMS, useProjects } from "./helpers/project.js";

const ARTICLES = {
  "sources/premiere.txt": " date 2025-07-17 Ballard premiered on July 9 on Amazon Prime Video.\n\nThe first season of Ballard has 10 episodes.\n",
  "sources/cast.md": "---\ntitle: The cast of Ballard\ndate: 2025-07-20\n---\n# The cast\n\nMaggie Q plays LAPD detective Renée Ballard. Titus Welliver plays Harry Bosch.\n",
  "sources/renewal.txt": " date 2025-10-06 Prime Video renewed Ballard for a second season.\r\nThe show ranked No. 4 in Nielsen's Top 10.\r\n",
};

const project = useProjects();

function recipe(dir: string, cache: string | false = join(dir, "cache")): CorpusRecipe {
  return { folders: ["sources"], cwd: dir, cache, language: english };
}

/** The passages of a corpus as plain data, to compare loads with each other. */
function passagesOf(dir: string, cache: string | false) {
  const { corpus } = loadCorpus(recipe(dir, cache));
  return corpus.sources.map((s) => ({ ...s, passages: s.passages.map((p) => ({ ...p, terms: [...corpus.index.termsOf(corpus.index.passages.indexOf(p))] })) }));
}

function packsIn(dir: string): string[] {
  const folder = join(dir, "cache", "packs");
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".pack")) : [];
}

describe("the index cache", () => {
  it("reads every source from the cache on the second run, and parses none", () => {
    const dir = project(ARTICLES);
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 0, misses: 3, written: 3 });
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 3, misses: 0, rejected: 0, written: 0 });
  });

  it("gives the same sources, passages and terms from the cache as from parsing", () => {
    const dir = project(ARTICLES);
    const parsed = passagesOf(dir, false);
    loadCorpus(recipe(dir));
    expect(passagesOf(dir, join(dir, "cache"))).toEqual(parsed);
  });

  it("parses again only the article that changed", () => {
    const dir = project(ARTICLES);
    loadCorpus(recipe(dir));
    writeFileSync(join(dir, "sources/renewal.txt"), " date 2025-10-06 Prime Video renewed Ballard for a third season.\n");
    const { corpus, cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 2, misses: 1, written: 1 });
    expect(corpus.index.sources.get("renewal")!.passages.map((p) => p.text)).toEqual(["Prime Video renewed Ballard for a third season."]);
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 3, misses: 0 });
  });

  it("keys entries by content: a renamed article is read from its entry under its new name", () => {
    const dir = project(ARTICLES);
    loadCorpus(recipe(dir));
    writeFileSync(join(dir, "sources/premiere-copy.txt"), ARTICLES["sources/premiere.txt"]);
    const { corpus, cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 4, misses: 0 });
    expect(corpus.index.sources.get("premiere-copy")!.passages.every((p) => p.sourceId === "premiere-copy")).toBe(true);
  });

  it("detects a pack overwritten with garbage, parses its sources again and replaces it", () => {
    const dir = project(ARTICLES);
    loadCorpus(recipe(dir));
    const [pack] = packsIn(dir);
    writeFileSync(join(dir, "cache", "packs", pack!), "not a pack at all");
    const { cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 0, misses: 3, rejected: 1, removed: 1 });
    expect(packsIn(dir)).not.toContain(pack);
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 3, rejected: 0 });
  });

  it("detects an entry whose bytes were damaged and parses that source again", () => {
    const dir = project(ARTICLES);
    const parsed = passagesOf(dir, false);
    loadCorpus(recipe(dir));
    const folder = join(dir, "cache", "packs");
    const [name] = packsIn(dir);
    const pack = readPack(folder, name!)!;
    const bytes = readFileSync(join(folder, name!));
    // Overwrite the first entry's bytes, past its v8 header, with 0xff.
    const hash = pack.header.entries[0]!.hash;
    const entry = pack.entry(hash)!;
    const at = bytes.indexOf(entry);
    bytes.fill(0xff, at + 2, at + entry.length);
    writeFileSync(join(folder, name!), bytes);
    const { cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 2, misses: 1, rejected: 1 });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(passagesOf(dir, join(dir, "cache"))).toEqual(parsed);
  });

  it("does not trust an entry filed under another article's hash, or one of the wrong shape", () => {
    const dir = project(ARTICLES);
    loadCorpus(recipe(dir));
    const folder = join(dir, "cache", "packs");
    const [name] = packsIn(dir);
    const pack = readPack(folder, name!)!;
    const [first, second, third] = pack.header.entries.map(({ hash }) => [hash, pack.entry(hash)!] as const);
    // Swap two entries under each other's hash; give the third a body of the wrong shape. The
    // pack is written with checksums that match: only the entries' own checks can catch them.
    const forged = new Map([
      [first![0], second![1]],
      [second![0], first![1]],
      [third![0], serialize({ hash: third![0], version: CACHE_VERSION, cuts: "not a list" })],
    ]);
    writePack(folder, CACHE_FORMAT, CACHE_VERSION, pack.header.vocabulary, forged);
    rmSync(join(folder, name!));
    const { cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 0, misses: 3, rejected: 3 });
    expect(passagesOf(dir, join(dir, "cache"))).toEqual(passagesOf(dir, false));
  });

  it("rebuilds entries written by another version of the code, and drops them", () => {
    const dir = project(ARTICLES);
    const old = new SourceCache(join(dir, "cache"), { version: "0:claimcheck@0.0.1:old" });
    loadSources(["sources"], { cwd: dir, parse: (input) => old.parse(input) });
    old.save();
    expect(old.stats).toMatchObject({ misses: 3, written: 3 });
    const { cache } = loadCorpus(recipe(dir));
    expect(cache).toMatchObject({ hits: 0, misses: 3, rejected: 1, written: 3, removed: 1 });
    expect(packsIn(dir)).toHaveLength(1);
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 3, rejected: 0 });
  });

  it("merges its packs into one when they pile up", () => {
    const dir = project(ARTICLES);
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, "sources/renewal.txt"), ` date 2025-10-06 Prime Video renewed Ballard, take ${i}.\n`);
      loadCorpus(recipe(dir));
      expect(packsIn(dir).length).toBeLessThanOrEqual(9);
    }
    expect(loadCorpus(recipe(dir)).cache).toMatchObject({ hits: 3, misses: 0 });
  });

  it("goes on without the cache when it cannot be written, and says so once", () => {
    const dir = project({ ...ARTICLES, "cache/packs": "a file where the folder should be" });
    const told: string[] = [];
    const { corpus, cache } = loadCorpus(recipe(dir), { onUnwritable: (folder) => told.push(folder) });
    expect(corpus.sources).toHaveLength(3);
    expect(cache).toMatchObject({ misses: 3, written: 0, unwritable: 1 });
    expect(told).toEqual([join(dir, "cache")]);
  });

  it("gives the same report, byte for byte, without the cache, with it empty and with it filled", async () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const none = await runCli(["check", "claims.yaml", "--format", "json", "--no-cache"], { cwd: dir });
    const cold = await runCli(["check", "claims.yaml", "--format", "json"], { cwd: dir });
    const warm = await runCli(["check", "claims.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(none.stdout).summary.total).toBe(3);
    expect(cold.stdout).toBe(none.stdout);
    expect(warm.stdout).toBe(none.stdout);
    expect([cold.code, warm.code]).toEqual([none.code, none.code]);
  });

  it("keeps the cache in the project's node_modules/.cache/claimcheck, where a checkout puts no files, or in the folder --cache names", async () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS, "package.json": '{"name": "news"}' });
    await runCli(["check", "claims.yaml"], { cwd: dir });
    expect(readdirSync(join(dir, "node_modules", ".cache", "claimcheck", "packs")).some((name) => name.endsWith(".pack"))).toBe(true);
    expect(existsSync(join(dir, ".claimcheck-cache"))).toBe(false);
    await runCli(["check", "claims.yaml", "--cache", "elsewhere"], { cwd: dir });
    expect(readdirSync(join(dir, "elsewhere", "packs")).some((name) => name.endsWith(".pack"))).toBe(true);
  });

  it("keeps the cache in the user's cache folder when the project has no package.json", async () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const home = project({});
    await runCli(["check", "claims.yaml"], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(readdirSync(join(home, "claimcheck", "packs")).some((name) => name.endsWith(".pack"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["claims.yaml", "sources"]);
  });

  it("writes nothing with --no-cache", async () => {
    const dir = project({ ...ARTICLES, "claims.yaml": TINY_CLAIMS });
    const before = readdirSync(dir).sort();
    const run = await runCli(["check", "claims.yaml", "--no-cache"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
