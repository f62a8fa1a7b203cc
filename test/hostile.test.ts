// Files from a stranger's pull request: they may try to read outside the project, exhaust
// memory or time, or write to the terminal through the report. None of it may work.
import { corpusFrom } from "./helpers/corpus.js";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { expandClaimPaths, loadClaims } from "../src/claims/load.js";
import { CLAIM_LIMITS, parseClaims } from "../src/claims/parse.js";
import { english } from "./helpers/language.js";
import { READ_LIMITS } from "../src/io/read-text.js";
import { FORMAT_NAMES } from "../src/report/index.js";
import { loadSources } from "../src/sources/load.js";
import { parseSource } from "../src/sources/parse.js";
import { segmentSentences } from "../src/sources/segment.js";
import { fold } from "../src/text/fold.js";
import { tokenize } from "../src/text/tokenize.js";
import { InputError, InputErrors, type Claim } from "../src/types.js";
import { runCli } from "./helpers/run-cli.js";

const SOURCE = "Ballard premiered on July 9 on Amazon Prime Video.\n\nThe first season of Ballard has 10 episodes.\n";

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder with the given files; a value starting with "->" makes a symbolic link. */
function folder(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-hostile-"));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (content.startsWith("->")) symlinkSync(content.slice(2), join(dir, path));
    else writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The messages of the InputError(s) `run` throws. */
function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    if (error instanceof InputError) return [error.message];
    throw error;
  }
  throw new Error("expected the input to be refused");
}

const claimAt = (id: string, text: string, cites?: string[]): Claim => ({
  id,
  text,
  ...(cites ? { cites } : {}),
  location: { file: "claims.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 },
});

describe("cites are source ids, never paths", () => {
  const sources = () => [parseSource({ id: "news", file: "sources/news.txt", text: SOURCE })];

  it.each([
    ["a path climbing out of the project", "../../etc/passwd"],
    ["an absolute path", "/etc/passwd"],
    ["the path of a source file", "sources/news.txt"],
    ["a source's file name with its extension", "news.txt"],
    ["a name inherited by every object", "__proto__"],
    ["another inherited name", "constructor"],
  ])("a cite that is %s is refused as naming no source", (_, cite) => {
    expect(refusal(() => check([claimAt("a", "Ballard premiered on July 9.", [cite])], corpusFrom(sources())))).toEqual([
      `claims.yaml:1:1: expected cites that name sources (a source's id is its path in the sources folder without the extension, e.g. \"2025-03/index\"); claim "a" cites "${cite}", which is none of them`,
    ]);
  });

  it("a cite naming a source by its id restricts the evidence to that source", () => {
    const report = check([claimAt("a", "Ballard premiered on July 9.", ["news"])], corpusFrom(sources()));
    expect(report.claims[0]).toMatchObject({ verdict: "supported", evidence: [{ sourceId: "news" }] });
  });
});

describe("paths from a config file cannot reach outside the project root", () => {
  // outside/ holds what a pull request should never get at; project/ is the root.
  const layout = () => {
    const base = folder({
      "outside/secret.yaml": "- text: The secret is out.\n",
      "outside/secret.txt": "The secret is out.\n",
      "outside/articles/secret.txt": "The secret is out.\n",
      "project/claims/ok.yaml": "- text: Ballard premiered on July 9.\n",
      "project/claims/link-out.yaml": "->../../outside/secret.yaml",
      "project/claims/link-in.yaml": "->ok.yaml",
      "project/linked-out": "->../outside",
      "project/sources/news.txt": SOURCE,
      "project/articles-out": "->../outside/articles",
    });
    return { base, root: join(base, "project") };
  };
  const outside = "expected a path inside the project folder; it leads outside it, so it is not read";

  it.each([
    ["a relative path climbing out", "../../etc/passwd"],
    ["a path to a sibling folder", "../outside/secret.yaml"],
    ["an absolute path outside", "/etc/passwd"],
    ["a symbolic link to a file outside", "claims/link-out.yaml"],
    ["a file below a symbolic link to a folder outside", "linked-out/secret.yaml"],
  ])("expandClaimPaths refuses %s", (_, path) => {
    const { root } = layout();
    const shown = path.startsWith("/") ? relative(root, path) : path;
    expect(refusal(() => expandClaimPaths([path], { cwd: root, root }))).toEqual([`${shown}: ${outside}`]);
  });

  it.each([
    ["a glob climbing out", "../*/*.yaml"],
    ["an absolute glob", "/etc/*"],
    ["a glob with a .. step in the middle", "claims/../../outside/*.yaml"],
  ])("expandClaimPaths refuses %s before looking at the disk", (_, pattern) => {
    const { root } = layout();
    expect(refusal(() => expandClaimPaths([pattern], { cwd: root, root }))).toEqual([
      `${pattern}: expected a glob inside the project folder; it leads outside it`,
    ]);
  });

  it("expandClaimPaths refuses a glob whose match leads outside through a linked folder", () => {
    const { root } = layout();
    expect(refusal(() => expandClaimPaths(["linked-out/*.yaml"], { cwd: root, root }))).toEqual([`linked-out/secret.yaml: ${outside}`]);
  });

  it("a glob under a root does not walk linked folders, so ** never wanders the disk", () => {
    const { root } = layout();
    expect(expandClaimPaths(["**/*.yaml"], { cwd: root, root })).toEqual(["claims/ok.yaml"]);
  });

  it.each([
    ["a relative path climbing out", "../outside/secret.yaml"],
    ["an absolute path outside", "/etc/passwd"],
    ["a symbolic link to a file outside", "claims/link-out.yaml"],
  ])("loadClaims refuses %s", (_, path) => {
    const { root } = layout();
    const shown = path.startsWith("/") ? relative(root, path) : path;
    expect(refusal(() => loadClaims([path], { cwd: root, root }))).toEqual([`${shown}: ${outside}`]);
  });

  it("loadClaims names an absolute path outside as the user would see it, relative to the project", () => {
    const { base, root } = layout();
    const path = join(base, "outside", "secret.yaml");
    expect(refusal(() => loadClaims([path], { cwd: root, root }))).toEqual([`../outside/secret.yaml: ${outside}`]);
  });

  it("under a root, paths inside it still work, including a link that stays inside", () => {
    const { root } = layout();
    expect(expandClaimPaths(["claims/ok.yaml", "claims/link-in.yaml", "claims/o*.yaml"], { cwd: root, root })).toEqual(["claims/ok.yaml", "claims/link-in.yaml"]);
    expect(loadClaims(["claims/link-in.yaml"], { cwd: root, root }).map((c) => c.text)).toEqual(["Ballard premiered on July 9."]);
    expect(loadSources(["sources"], { cwd: root, root }).map((s) => s.id)).toEqual(["news"]);
  });

  it.each([
    ["a relative folder climbing out", "../outside/articles"],
    ["an absolute folder outside", "/etc"],
    ["a symbolic link to a folder outside", "articles-out"],
  ])("loadSources refuses %s", (_, path) => {
    const { root } = layout();
    const shown = path.startsWith("/") ? relative(root, path) : path;
    expect(refusal(() => loadSources([path], { cwd: root, root }))).toEqual([`${shown}: ${outside}`]);
  });
});

describe("a source file cannot lead out of its sources folder, even without a root", () => {
  it("a symbolic link in the sources folder to a file outside it is refused, and the others are read", () => {
    const cwd = folder({ "secret.txt": "The secret is out.\n", "sources/news.txt": SOURCE, "sources/leak.txt": "->../secret.txt" });
    expect(refusal(() => loadSources(["sources"], { cwd }))).toEqual([
      'sources/leak.txt: expected a path inside the sources folder "sources"; it leads outside it, so it is not read',
    ]);
  });

  it("a symbolic link to another file inside the sources folder is read", () => {
    const cwd = folder({ "sources/news.txt": SOURCE, "sources/mirror.txt": "->news.txt" });
    expect(loadSources(["sources"], { cwd }).map((s) => s.id)).toEqual(["mirror", "news"]);
  });

  it("a source linked to a device is refused without reading it", () => {
    const cwd = folder({ "sources/news.txt": SOURCE, "sources/zero.txt": "->/dev/zero" });
    expect(refusal(() => loadSources(["sources"], { cwd }))).toEqual([
      'sources/zero.txt: expected a path inside the sources folder "sources"; it leads outside it, so it is not read',
    ]);
  });

  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)("a named pipe in the sources folder is refused rather than waited on", () => {
    const cwd = folder({ "sources/news.txt": SOURCE });
    expect(spawnSync("mkfifo", [join(cwd, "sources", "pipe.txt")]).status).toBe(0);
    expect(refusal(() => loadSources(["sources"], { cwd }))).toEqual(["sources/pipe.txt: expected a source article, but this is not a regular file"]);
  });
});

describe("size limits are enforced with a message naming the limit and the flag that raises it", () => {
  it("the default limits are 20 MB a file, 10,000 characters a claim and 1,000,000 claims a run", () => {
    expect(READ_LIMITS).toEqual({ claimsFileBytes: 20 * 1024 * 1024, sourceFileBytes: 20 * 1024 * 1024 });
    expect(CLAIM_LIMITS).toEqual({ textLength: 10_000, count: 1_000_000 });
  });

  it("--help lists each limit's flag with its default", async () => {
    const { stdout } = await runCli(["check", "--help"]);
    expect(stdout).toMatch(/--max-file-size\s+largest claims or source file read, in bytes\s+\[number\] \[default: 20971520\]/);
    expect(stdout).toMatch(/--max-claim-length\s+longest claim text, in characters\s+\[number\] \[default: 10000\]/);
    expect(stdout).toMatch(/--max-claims\s+most claims in one run\s+\[number\] \[default: 1000000\]/);
  });

  it("a claims file over --max-file-size is refused before it is parsed", async () => {
    const cwd = folder({ "claims.yaml": `- text: ${"x".repeat(200)}\n`, "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml", "--max-file-size", "100"], { cwd });
    expect(result.stderr).toBe("claimcheck: claims.yaml: expected a claims file (YAML or JSON) of at most 100 bytes; it is 209 bytes (raise the limit with --max-file-size)\n");
    expect(result.code).toBe(2);
  });

  it("a source file over --max-file-size is skipped, named, and fails the run after the report", async () => {
    const cwd = folder({ "claims.yaml": "- text: Ballard premiered on July 9.\n", "sources/news.txt": SOURCE, "sources/huge.txt": `${"Ballard premiered. ".repeat(200)}\n` });
    const result = await runCli(["check", "claims.yaml", "--max-file-size", "2048"], { cwd });
    expect(result.stderr).toContain("claimcheck: skipped source sources/huge.txt: expected a source article of at most 2 KB; it is 4 KB (raise the limit with --max-file-size)\n");
    expect(result.stdout).toContain("1 claim: 1 supported");
    expect(result.code).toBe(2);
  });

  it("a claim longer than 10,000 characters is refused by default, naming its line and field", async () => {
    const long = "Ballard premiered on July 9 ".repeat(400).trim();
    const cwd = folder({ "claims.yaml": `claims:\n  - text: Fine.\n  - text: ${long}\n`, "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe(
      `claimcheck: claims.yaml:3:11: expected claim text of at most 10000 characters in claims[1].text; it has ${long.length} (raise the limit with --max-claim-length)\n`,
    );
    expect(result.code).toBe(2);
  });

  it("a claim of exactly the length limit is accepted", async () => {
    const cwd = folder({ "claims.yaml": `- text: ${"a".repeat(10_000)}\n`, "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml", "-f", "json"], { cwd });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).claims).toHaveLength(1);
  });

  it("--max-claim-length sets the claim length limit", async () => {
    const cwd = folder({ "claims.yaml": "- text: Ballard premiered on July 9.\n", "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml", "--max-claim-length", "10"], { cwd });
    expect(result.stderr).toBe("claimcheck: claims.yaml:1:9: expected claim text of at most 10 characters in [0].text; it has 28 (raise the limit with --max-claim-length)\n");
  });

  it("--max-claims limits the claims in one file", async () => {
    const cwd = folder({ "claims.yaml": `claims:\n${"  - text: Ballard premiered on July 9.\n".repeat(4)}`, "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml", "--max-claims", "3"], { cwd });
    expect(result.stderr).toBe("claimcheck: claims.yaml:2:3: expected at most 3 claims; this file has 4 (raise the limit with --max-claims)\n");
    expect(result.code).toBe(2);
  });

  it("--max-claims limits the claims over all files of a run", async () => {
    const two = "- text: Ballard premiered on July 9.\n- text: The first season of Ballard has 10 episodes.\n";
    const cwd = folder({ "a.yaml": two, "b.yaml": two, "sources/news.txt": SOURCE });
    const result = await runCli(["check", "a.yaml", "b.yaml", "--max-claims", "3"], { cwd });
    expect(result.stderr).toBe("claimcheck: expected at most 3 claims in one run; the claims files hold 4 (raise the limit with --max-claims)\n");
    expect(result.code).toBe(2);
  });
});

describe("YAML cannot be made to blow up or to reach into the program", () => {
  it("aliases that expand exponentially (a billion laughs) are refused, not expanded", () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    rows.push("claims:\n  - text: hi\n    note: *j\n");
    const messages = refusal(() => parseClaims({ file: "claims.yaml", text: rows.join("\n") }));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^claims\.yaml:1:1: expected YAML whose aliases \(\*name\) do not expand too far; /);
  });

  it("aliases in a source's front matter are refused the same way", () => {
    const rows = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    rows.push("title: *j", "---", "Body.");
    expect(() => parseSource({ id: "x", file: "x.md", text: rows.join("\n") })).toThrow(/^x\.md:2:1: expected front matter whose aliases do not expand too far/);
  });

  it.each([
    ["lists in YAML", "claims.yaml", `claims: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`, "claims.yaml:1:108"],
    ["mappings in JSON", "claims.json", `{"claims": ${'{"a": '.repeat(100_000)}1${"}".repeat(100_000)}}`, "claims.json:1:606"],
    ["compact block lists", "claims.yaml", `claims:\n  - ${"- ".repeat(100_000)}x\n`, "claims.yaml:2:199"],
    ["ever deeper indentation", "claims.yaml", `claims:\n${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 2)}k:\n`).join("")}`, "claims.yaml:100:102"],
  ])("nesting %s 100,000 deep is refused with a message before it is parsed", (_, file, text, place) => {
    expect(refusal(() => parseClaims({ file, text }))).toEqual([`${place}: expected lists and mappings nested at most 100 deep (indentation counts too)`]);
  });

  it("nesting a claims file needs is far from the limit", () => {
    const text = `claims:\n  - id: a\n    text: Fine.\n    cites: [${Array.from({ length: 500 }, (_, i) => `s${i}`).join(", ")}]\n    note: {a: [{b: [c]}]}\n`;
    expect(refusal(() => parseClaims({ file: "claims.yaml", text }))).toEqual(["claims.yaml:5:11: expected a string in claims[0].note"]);
  });

  it("deep nesting in a source's front matter is refused too", () => {
    expect(() => parseSource({ id: "x", file: "x.md", text: `---\ntitle: ${"[".repeat(50_000)}\n---\nBody.\n` })).toThrow(
      "x.md:2:1: expected front matter nested at most 100 deep (indentation counts too)",
    );
  });

  it("a config file of aliases that expand too far is refused with a message", async () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    const cwd = folder({ ".claimcheckrc.yaml": `${rows.join("\n")}\n`, "claims.yaml": "- text: Ballard premiered.\n", "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toMatch(/^claimcheck: \.claimcheckrc\.yaml:1:1: expected YAML whose aliases \(\*name\) do not expand too far; [^\n]*\n$/);
    expect(result.code).toBe(2);
  });

  it("a config file nested 100,000 deep is refused with a message", async () => {
    const cwd = folder({ ".claimcheckrc.yaml": `claims: ${"[".repeat(100_000)}\n`, "claims.yaml": "- text: Ballard premiered.\n", "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe("claimcheck: .claimcheckrc.yaml:1:1: expected settings nested at most 100 deep\n");
    expect(result.code).toBe(2);
  });

  it("a __proto__ key is a refused field, and pollutes no object", () => {
    const messages = refusal(() => parseClaims({ file: "claims.json", text: '{"claims": [{"text": "x", "__proto__": {"polluted": true}}]}' }));
    expect(messages).toEqual(['claims.json:1:13: expected only the fields id, text, cites, note in claims[0]; found "__proto__"']);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("tags asking for code or other types are read as plain values, never run", () => {
    const claims = parseClaims({ file: "claims.yaml", text: "- text: !!js/function 'function () { process.exit(9) }'\n- text: !custom Ballard premiered.\n" });
    expect(claims.map((c) => c.text)).toEqual(["function () { process.exit(9) }", "Ballard premiered."]);
  });
});

// Each text is read at 25 and at 100 kB: long enough that quadratic work shows, as sixteen
// times the time for four times the text where linear work takes four.
const SIZE = 100_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const PATHOLOGICAL: [string, (size: number) => string][] = [
  ["a run of digits", (size) => fill("1", size)],
  ["a run of spaces between two words", (size) => `a${fill(" ", size)}b`],
  ["a run of tabs", (size) => `a${fill("\t", size)}b`],
  ["1,1,1,1…", (size) => fill("1,", size)],
  ["1.1.1.1…", (size) => fill("1.", size)],
  ["$$$$…", (size) => fill("$", size)],
  ["repeated punctuation", (size) => fill("!?.,;:", size)],
  ["dots", (size) => fill(".", size)],
  ["a letter buried in combining marks", (size) => `e${fill("\u0301", size)}`],
  ["one very long word", (size) => fill("a", size)],
  ["abbreviations that keep sentences merging", (size) => fill("Dr. ", size)],
  ["initials", (size) => fill("J. ", size)],
  ["ranks", (size) => fill("No. 4 ", size)],
  ["percentages", (size) => fill("5% ", size)],
  ["dates", (size) => fill("July 9, 2025 ", size)],
  ["amounts with scales", (size) => fill("$2.5 billion ", size)],
  ["hedges and numbers", (size) => fill("nearly about more than 10 ", size)],
  ["ordinals", (size) => fill("1st 2nd ", size)],
  ["hyphens", (size) => fill("-", size)],
  ["quotes", (size) => fill("\"'", size)],
  ["a heading's hashes after spaces", (size) => `a${fill(" #", size)}b`],
  ["carriage returns", (size) => fill("\r", size)],
  ["short lines", (size) => fill("a\n", size)],
  ["emoji", (size) => fill("😀", size)],
  ["sentences of facts", (size) => fill("Maggie Q is 46 and Ballard has 10 episodes. ", size)],
];

// A complexity check, not a benchmark: times are compared with each other, never with a clock
// bound, and anything under the floor counts as the floor, so a quick stage's noise cannot fail it.
const FLOOR_MS = 50;

function timed(run: () => unknown): number {
  const start = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof InputError || error instanceof InputErrors)) throw error;
  }
  return performance.now() - start;
}

/** Runs one piece of work on a quarter of the input and on all of it, and says whether four times the input took at most eight times as long. */
function scalesLinearly(run: (size: number) => unknown, size: number): { quarter: number; whole: number; linear: boolean } {
  const quarter = timed(() => run(size / 4));
  const whole = timed(() => run(size));
  return { quarter: Math.round(quarter), whole: Math.round(whole), linear: whole < Math.max(quarter, FLOOR_MS) * 8 };
}

describe("no parser takes more than linear time on pathological text", () => {
  it.each(PATHOLOGICAL)("%s passes through every stage and check() in time linear in its length", (_, text) => {
    const stages: Record<string, (text: string) => unknown> = {
      fold: (t) => fold(t),
      tokenize: (t) => tokenize(t),
      segmentSentences: (t) => segmentSentences(t),
      readFacts: (t) => english.readFacts(english.tokenize(t), {}),
      parseSource: (t) => parseSource({ id: "x", file: "x.txt", text: t }),
      "parseClaims (a claim)": (t) => parseClaims({ file: "c.yaml", text: `- text: ${JSON.stringify(t)}\n` }, { maxClaimLength: SIZE * 2 }),
      "parseClaims (a YAML file)": (t) => parseClaims({ file: "c.yaml", text: t }),
      "parseClaims (a JSON file)": (t) => parseClaims({ file: "c.json", text: t }),
      "check (a claim)": (t) => check([claimAt("a", t)], corpusFrom([parseSource({ id: "news", file: "news.txt", text: SOURCE })])),
      "check (a source)": (t) => check([claimAt("a", "Maggie Q is 46 and Ballard premiered on July 9, 2025 with 10 episodes.")], corpusFrom([parseSource({ id: "x", file: "x.txt", text: t })])),
    };
    const slow = Object.entries(stages)
      .map(([stage, run]) => ({ stage, ...scalesLinearly((size) => run(text(size)), SIZE) }))
      .filter((timing) => !timing.linear);
    expect(slow).toEqual([]);
  });
});

describe("judging stays linear when both the claim and the source are large", () => {
  /** Words that make facts, negations and clauses, drawn with a fixed seed. */
  function factSoup(words: number, seed: number): string {
    const vocabulary = ["Ballard", "Maggie", "Q", "is", "46", "not", "No.", "4", "July", "9,", "2025", "$", "14.84", "million", "nearly", "more", "than", "season", "two", "second", "episodes", "10", ",", ";", "(", ")", "but", "%", "ranked", "fourth", "place", "aged", "years", "old", "yesterday", "renewed", "premiered", "the", "Dr.", "1st", "top", "-", "2/10", "May", "in"];
    let state = seed;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    return Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(" ");
  }

  it("a claim at the length limit, full of facts, against a 200 kB sentence of facts takes time linear in the sentence's length", () => {
    const claim = factSoup(2_000, 1).slice(0, CLAIM_LIMITS.textLength);
    const judge = (words: number) => check([claimAt("a", claim)], corpusFrom([parseSource({ id: "x", file: "x.txt", text: factSoup(words, 2) })]));
    judge(1_000);
    expect(scalesLinearly(judge, 40_000)).toMatchObject({ linear: true });
  });

  it("a 1 MB claim of names, facts and words takes time linear in its length, not quadratic", () => {
    const sentences = (length: number) => "Maggie Q is 45 and streams on Netflix. ".repeat(length / 40);
    const source = corpusFrom([parseSource({ id: "news", file: "news.txt", text: "Ballard is streaming on Prime Video. Maggie Q stars as Renée Ballard.\n" })]);
    timed(() => check([claimAt("warm-up", sentences(40_000))], source));
    const quarter = timed(() => check([claimAt("a", sentences(250_000))], source));
    const whole = timed(() => check([claimAt("a", sentences(1_000_000))], source));
    // Four times the text: about four times the time when linear, sixteen when quadratic.
    expect(whole).toBeLessThan(Math.max(quarter, 50) * 8);
  });

  it("a sentence holding 200,000 facts of the claim's kind is compared without overflowing the stack", () => {
    const source = parseSource({ id: "x", file: "x.txt", text: "5% ".repeat(200_000) });
    expect(check([claimAt("a", "It scored 5%.")], corpusFrom([source])).claims).toHaveLength(1);
  });
});

describe("claim and source text cannot act on the terminal or break a report format", () => {
  // Clear screen, bell, a hyperlink, a C1 control sequence introducer, backspace, a carriage
  // return that would overwrite the line, a line separator and a workflow command.
  const HOSTILE = "Ballard premiered \u001b[2J\u0007on \u001b]8;;https://evil.example\u0007July\u001b]8;;\u0007 9.\u009b31m\b\b\rX\u2028\n::error::injected </failure> <script>| a |";
  const files = () =>
    folder({
      "claims.json": JSON.stringify({ claims: [{ id: "evil", text: HOSTILE }, { id: "plain", text: "Ballard premiered on July 9." }] }),
      "sources/news.txt": `Ballard premiered \u001b[2J\u0007on July 9 on Prime Video \u009b31m.\n`,
    });
  const RAW_C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
  const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

  const FORMAT_CHECKS: Record<string, (output: string) => void> = {
    text: (output) => {
      expect(output).not.toMatch(TERMINAL_UNSAFE);
      expect(output).toContain("\\u001b[2J");
    },
    json: (output) => {
      expect(JSON.parse(output).claims[0].text).toBe(HOSTILE.trim());
    },
    sarif: (output) => {
      expect(JSON.parse(output).runs[0].results).toHaveLength(1);
    },
    github: (output) => {
      // Every line is one workflow command the tool wrote; claim text never starts one.
      for (const line of output.split("\n").filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) [^\n]*::/);
      expect(output).not.toMatch(/^::error::injected/m);
    },
    junit: (output) => {
      expect(XMLValidator.validate(output)).toBe(true);
      expect(output).not.toContain("<script>");
    },
    markdown: (output) => {
      expect(output).not.toMatch(TERMINAL_UNSAFE);
      expect(output).not.toContain("<script>");
    },
    html: (output) => {
      // The page's own two scripts (its data and its code), and no tag or line a claim wrote.
      expect(output.match(/<script\b/g)).toHaveLength(2);
      expect(output).not.toContain("</failure>");
      expect(output).not.toMatch(/^::/m);
    },
  };

  it("every format has an escaping check here", () => {
    expect(Object.keys(FORMAT_CHECKS).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it.each(FORMAT_NAMES.map((f) => [f]))("the %s format escapes hostile claim and source text", async (format) => {
    const result = await runCli(["check", "claims.json", "-f", format], { cwd: files() });
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toMatch(RAW_C0);
    FORMAT_CHECKS[format]!(result.stdout);
  });

  it("a hostile source quoted as evidence is escaped in the text report", async () => {
    const result = await runCli(["check", "claims.json"], { cwd: files() });
    expect(result.stdout).toMatch(/> "Ballard premiered \\u001b\[2J\\u0007on July 9 on Prime Video \\u009b31m\."/);
  });

  it("error messages quoting user text are escaped on stderr too", async () => {
    const cwd = folder({ "claims.yaml": 'claims:\n  - id: a\n    text: Ballard premiered.\n    cites: ["\\e[2J\\a"]\n', "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toContain('cites "\\u001b[2J\\u0007"');
    expect(result.stderr).not.toMatch(TERMINAL_UNSAFE);
    expect(result.code).toBe(2);
  });

  it("a claims file name with control characters is escaped in messages", async () => {
    const cwd = folder({ "\u001b[2J.yaml": "", "sources/news.txt": SOURCE });
    const result = await runCli(["check", "\u001b[2J.yaml"], { cwd });
    expect(result.stderr).toMatch(/^claimcheck: \\u001b\[2J\.yaml:1:1: expected claims/);
    expect(result.stderr).not.toMatch(TERMINAL_UNSAFE);
  });
});

describe("no format starts a line with claim or source text, which a CI log could read as a command", () => {
  // GitHub reads a log line that starts with "::", after any leading spaces, as a workflow command.
  const COMMAND_LINE = /^\s*::/;
  const files = () =>
    folder({
      "claims.json": JSON.stringify({
        claims: [
          { id: "lead", text: "::warning::Ballard premiered on July 19." },
          { id: "inner", text: "Ballard premiered on July 9.\n::error::injected\n  ::add-mask::x" },
          { id: "missing", text: "::error file=x::Maggie Q was born\n::error::in Honolulu." },
        ],
      }),
      "sources/news.txt": "::error::Ballard premiered on July 9 on Amazon Prime Video.\n",
    });

  it.each(FORMAT_NAMES.map((f) => [f]))("in the %s format, every line that holds user text opens with the tool's words", async (format) => {
    const result = await runCli(["check", "claims.json", "-f", format], { cwd: files() });
    const lines = result.stdout.split("\n");
    const own = format === "github" ? /^::(error|warning|notice) (file|title)=[^:\n]*::/ : /(?!)/;
    expect(lines.filter((line) => COMMAND_LINE.test(line) && !own.test(line))).toEqual([]);
  });

  it("error messages keep user text on their own line", async () => {
    const cwd = folder({ "claims.yaml": 'claims:\n  - id: a\n    text: Ballard premiered.\n    cites: ["x\\n::error::injected"]\n', "sources/news.txt": SOURCE });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n").filter((line) => COMMAND_LINE.test(line))).toEqual([]);
  });
});
