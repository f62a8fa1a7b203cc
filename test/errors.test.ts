// What a user sees when the input is wrong: one message per mistake, naming the file, line and
// field, exit code 2, and never a stack trace. Run in-process and, for a sample, as the binary.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const BIN = resolve(import.meta.dirname, "..", "dist", "cli.js");
const SOURCE = "Ballard premiered on July 9 on Amazon Prime Video.\n\nThe first season of Ballard has 10 episodes.\n";

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A project folder: `sources/news.txt` plus the given files; a `null` makes an empty folder. */
function project(files: Readonly<Record<string, string | Buffer | null>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-errors-"));
  folders.push(dir);
  for (const [path, content] of Object.entries({ "sources/news.txt": SOURCE, ...files })) {
    if (content === null) {
      mkdirSync(join(dir, path), { recursive: true });
      continue;
    }
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function runBinary(argv: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (...messages: string[]) => messages.map((m) => `claimcheck: ${m}\n`).join("");

interface Case {
  name: string;
  files?: Record<string, string | Buffer | null>;
  argv: string[];
  stderr: string;
  /** Also run through `node dist/cli.js`, to prove no stack trace reaches the user. */
  binary?: boolean;
}

const CASES: Case[] = [
  {
    name: "malformed YAML is reported once, where the parser gave up",
    files: { "claims.yaml": 'claims:\n  - id: a\n    text: "Ballard premiered on July 9.\n' },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:4:1: expected valid YAML: Missing closing "quote'),
    binary: true,
  },
  {
    name: "malformed JSON names the missing comma and where it should be",
    files: { "claims.json": '{"claims": [\n  {"id": "a" "text": "Ballard premiered on July 9."}\n]}\n' },
    argv: ["check", "claims.json"],
    stderr: lines('claims.json:2:14: expected valid JSON: "," or "}", not a double quote'),
    binary: true,
  },
  {
    name: "a trailing comma in a JSON file is refused, though YAML would allow it",
    files: { "claims.json": '{"claims": [\n  {"id": "a", "text": "Ballard premiered on July 9."},\n]}\n' },
    argv: ["check", "claims.json"],
    stderr: lines('claims.json:3:1: expected valid JSON: another item after "," (JSON allows no trailing comma), not "]"'),
  },
  {
    name: "a JSON file that stops early says so",
    files: { "claims.json": '{"claims": [{"id": "a", "text": "Ballard premiered on July 9."}' },
    argv: ["check", "claims.json"],
    stderr: lines('claims.json:1:64: expected valid JSON: "," or "]", not the end of the file'),
  },
  {
    name: "a schema violation deep in the file names its line and field",
    files: {
      "claims.yaml": [
        "claims:",
        "  - id: a",
        "    text: Ballard premiered on July 9.",
        "  - id: b",
        "    text: The first season of Ballard has 10 episodes.",
        "  - id: c",
        "    text: Ballard streams on Prime Video.",
        "  - id: d",
        "    text: 46",
        "",
      ].join("\n"),
    },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:9:11: expected a string in claims[3].text"),
    binary: true,
  },
  {
    name: "a claim whose text field is misspelt, among good claims, is named by its index and line",
    files: { "claims.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n  - id: b\n    txt: Typo.\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:4:5: expected a "text" field in claims[1]'),
  },
  {
    name: "an unknown field in a claim is named, with the fields allowed",
    files: { "claims.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n    source: news\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:2:5: expected only the fields id, text, cites, note in claims[0]; found "source"'),
  },
  {
    name: "a negative number as an id is refused as an id",
    files: { "claims.yaml": "claims:\n  - id: -1\n    text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:2:9: expected an id of letters, digits and . _ : / - (at most 128 characters) in claims[0].id"),
  },
  {
    name: "a document that is a single word, not a list of claims, gets one message showing the shape",
    files: { "claims.yaml": "hello\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:1:1: expected a "claims" list at the top level, as "claims:" then "- text: …" lines, or {"claims": [{"text": "…"}]}'),
  },
  {
    name: "a misspelt top-level key is named, without a second message about the missing one",
    files: { "claims.yaml": "claim:\n  - text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:1:1: expected only a "claims" list at the top level; found "claim"'),
  },
  {
    name: "a second YAML document in the claims file is refused where it starts",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n---\n- text: Ballard streams on Prime Video.\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:2:1: expected valid YAML: one document; a second one starts here"),
  },
  {
    name: "a key written twice in one claim is refused at the second",
    files: { "claims.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n    id: b\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:4:5: expected valid YAML: each key once in a mapping; this one is repeated"),
  },
  {
    name: "an empty claims file says it is empty",
    files: { "claims.yaml": "" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:1:1: expected claims, as "claims:" then "- text: …" lines, or {"claims": [{"text": "…"}]}; the file is empty'),
    binary: true,
  },
  {
    name: "a claims file of comments only says it has no claims",
    files: { "claims.yaml": "# claims to come\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:1:1: expected claims, as "claims:" then "- text: …" lines, or {"claims": [{"text": "…"}]}; the file has none'),
  },
  {
    name: "an empty claims list asks for at least one claim",
    files: { "claims.yaml": "claims: []\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:1:9: expected at least one claim in claims"),
  },
  {
    name: "a duplicate id within a file points at the second id and names the first claim's line",
    files: { "claims.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n  - id: a\n    text: Ballard streams on Prime Video.\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines('claims.yaml:4:9: expected a unique id in claims[1].id; "a" is already used by the claim on line 3'),
    binary: true,
  },
  {
    name: "a duplicate id across two files names the other file and line",
    files: {
      "one.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n",
      "two.yaml": "claims:\n  - id: a\n    text: Ballard streams on Prime Video.\n",
    },
    argv: ["check", "one.yaml", "two.yaml"],
    stderr: lines('two.yaml:2:9: expected a unique id in claims[0].id; "a" is already used by the claim at one.yaml:3'),
  },
  {
    name: "empty and whitespace-only claim texts are each named",
    files: { "claims.yaml": 'claims:\n  - id: a\n    text: ""\n  - id: b\n    text: "   "\n  - id: c\n    text: Ballard premiered on July 9.\n' },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:3:11: expected claim text that is not empty in claims[0].text", "claims.yaml:5:11: expected claim text that is not empty in claims[1].text"),
  },
  {
    name: "a claims file in Latin-1 names the first byte that is not UTF-8, by line and column",
    files: { "claims.yaml": Buffer.from("claims:\n  - id: a\n    text: Ren\xe9e Ballard is a detective.\n", "latin1") },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:3:14: expected a claims file (YAML or JSON) encoded as UTF-8; byte 0xE9 here is not UTF-8 (save the file as UTF-8)"),
    binary: true,
  },
  {
    name: "a binary claims file is refused as binary",
    files: { "claims.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml:3:1: expected a claims file (YAML or JSON) as text, but it holds binary data (a zero byte)"),
    binary: true,
  },
  {
    name: "a folder given as the claims file says it is a folder",
    files: { "claims.yaml": null },
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml: expected a claims file (YAML or JSON), but this is a folder"),
  },
  {
    name: "a missing claims file says it does not exist",
    argv: ["check", "claims.yaml"],
    stderr: lines("claims.yaml: expected a claims file (YAML or JSON); it does not exist"),
    binary: true,
  },
  {
    name: "no claims file at all asks for one",
    argv: ["check"],
    stderr: lines("expected at least one claims file: claimcheck check CLAIMS... --sources DIR"),
  },
  {
    name: "a glob that matches nothing says so",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims/**/*.yaml"],
    stderr: lines("claims/**/*.yaml: expected a glob that matches claims files; it matches none"),
  },
  {
    name: "a missing sources folder says it does not exist",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--sources", "articles"],
    stderr: lines("articles: expected a folder of source articles; it does not exist"),
    binary: true,
  },
  {
    name: "an empty sources folder names the kinds of file it looks for",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n", articles: null },
    argv: ["check", "claims.yaml", "--sources", "articles"],
    stderr: lines("articles: expected a folder holding source articles (.txt, .text, .md, .markdown); it has none"),
  },
  {
    name: "a file given as the sources folder says it is a file",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--sources", "sources/news.txt"],
    stderr: lines("sources/news.txt: expected a folder of source articles, but this is a file"),
  },
  {
    name: "a cite naming a source that does not exist names the claim and the cite",
    files: { "claims.yaml": "claims:\n  - id: a\n    text: Ballard premiered on July 9.\n    cites: [nowhere]\n" },
    argv: ["check", "claims.yaml"],
    stderr: lines(`claims.yaml:3:11: expected cites that name sources (a source's id is its path in the sources folder without the extension, e.g. \"2025-03/index\"); claim "a" cites "nowhere", which is none of them`),
    binary: true,
  },
  {
    name: "an unknown flag is named as a flag",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--bogus"],
    stderr: "claimcheck: unknown option --bogus\nRun 'claimcheck --help' for usage.\n",
    binary: true,
  },
  {
    name: "an unknown format lists the formats there are",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--format", "xml"],
    stderr: expect.stringMatching(/^claimcheck: --format takes one of "text", "json"(, "[a-z]+")*, or one of them with a file \(sarif=claimcheck.sarif\); got "xml"\nRun 'claimcheck --help' for usage.\n$/) as unknown as string,
    binary: true,
  },
  {
    name: "a misspelt command is named as an unexpected word, with the right command shown",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["chek", "claims.yaml"],
    stderr: 'claimcheck: unexpected "chek", "claims.yaml"; the command is: claimcheck check CLAIMS... --sources DIR\nRun \'claimcheck --help\' for usage.\n',
  },
  {
    name: "an unknown verdict for --fail-on lists the verdicts there are",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--fail-on", "wrong"],
    stderr: 'claimcheck: --fail-on takes one of "supported", "conflicting", "unsourced"; got "wrong"\nRun \'claimcheck --help\' for usage.\n',
  },
  {
    name: "a limit that is not a whole number is refused",
    files: { "claims.yaml": "- text: Ballard premiered on July 9.\n" },
    argv: ["check", "claims.yaml", "--max-claim-length", "-5"],
    stderr: lines("expected --max-claim-length to be a whole number of 0 or more"),
  },
];

describe("a mistake in the input gets one clear message, exit code 2 and no report", () => {
  for (const { name, files, argv, stderr } of CASES) {
    it(name, async () => {
      const cwd = project(files);
      const result = await runCli(argv, { cwd });
      expect(result.stderr).toEqual(stderr);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
    });
  }

  it.skipIf(process.getuid?.() === 0)("an unreadable claims file says permission is denied (skipped as root, where chmod does not block reads)", async () => {
    const cwd = project({ "claims.yaml": "- text: Ballard premiered on July 9.\n" });
    chmodSync(join(cwd, "claims.yaml"), 0o000);
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe(lines("claims.yaml: expected a claims file (YAML or JSON); it cannot be read (permission denied)"));
    expect(result.code).toBe(2);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable source file says permission is denied (skipped as root, where chmod does not block reads)", async () => {
    const cwd = project({ "claims.yaml": "- text: Ballard premiered on July 9.\n" });
    chmodSync(join(cwd, "sources", "news.txt"), 0o000);
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe(lines("sources/news.txt: expected a source article; it cannot be read (permission denied)"));
    expect(result.code).toBe(2);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable sources folder says permission is denied (skipped as root, where chmod does not block reads)", async () => {
    const cwd = project({ "claims.yaml": "- text: Ballard premiered on July 9.\n" });
    chmodSync(join(cwd, "sources"), 0o000);
    const result = await runCli(["check", "claims.yaml"], { cwd });
    chmodSync(join(cwd, "sources"), 0o755);
    expect(result.stderr).toBe(lines("sources: expected a readable folder; it cannot be read (permission denied)"));
    expect(result.code).toBe(2);
  });

  it("every mistake in a file is reported in one run, not only the first", async () => {
    const cwd = project({ "claims.yaml": "claims:\n  - id: a\n    text: 1\n  - id: b\n    text: Fine.\n  - id: c\n    note: no text\n" });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe(lines("claims.yaml:3:11: expected a string in claims[0].text", 'claims.yaml:6:5: expected a "text" field in claims[2]'));
    expect(result.code).toBe(2);
  });

  it("mistakes in several files are all reported", async () => {
    const cwd = project({ "a.yaml": "claims: []\n", "b.json": "{" });
    const result = await runCli(["check", "a.yaml", "b.json"], { cwd });
    expect(result.stderr).toBe(lines("a.yaml:1:9: expected at least one claim in claims", 'b.json:1:2: expected valid JSON: a property name in double quotes, not the end of the file'));
    expect(result.code).toBe(2);
  });
});

describe("the built binary prints the same one-line messages, with no stack trace", () => {
  for (const { name, files, argv } of CASES.filter((c) => c.binary)) {
    it(name, async () => {
      const cwd = project(files);
      const inProcess = await runCli(argv, { cwd });
      const spawned = runBinary(argv, cwd);
      expect(spawned.code).toBe(2);
      expect(spawned.stderr).toBe(inProcess.stderr);
      expect(spawned.stderr).not.toMatch(/^\s+at |Error:|node:internal|\.js:\d+/m);
      expect(spawned.stdout).toBe("");
    });
  }
});

describe("inputs that look odd but are fine", () => {
  const claims = "claims:\n  - id: premiere\n    text: Ballard premiered on July 9.\n  - id: episodes\n    text: The first season of Ballard has 8 episodes.\n";

  it("a claims file starting with a UTF-8 byte order mark is read, with the same positions", async () => {
    const plain = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": claims }) });
    const bom = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": `\uFEFF${claims}` }) });
    expect(bom.stderr).toBe("");
    expect(bom.code).toBe(1);
    expect(bom.stdout).toBe(plain.stdout);
    expect(JSON.parse(bom.stdout).claims.map((c: { id: string; location: { line: number } }) => [c.id, c.location.line])).toEqual([
      ["premiere", 3],
      ["episodes", 5],
    ]);
  });

  it("a JSON claims file with a byte order mark is read", async () => {
    const cwd = project({ "claims.json": '\uFEFF{"claims": [{"id": "premiere", "text": "Ballard premiered on July 9."}]}' });
    const result = await runCli(["check", "claims.json", "-f", "json"], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).claims[0]).toMatchObject({ id: "premiere", verdict: "supported", location: { line: 1, column: 40 } });
  });

  it("a source file with a byte order mark is read", async () => {
    const cwd = project({ "claims.yaml": claims, "sources/news.txt": `\uFEFF${SOURCE}` });
    const result = await runCli(["check", "claims.yaml", "-f", "json"], { cwd });
    expect(JSON.parse(result.stdout).claims[0]).toMatchObject({ verdict: "supported", evidence: [{ line: 1, column: 1 }] });
  });

  it("a claims file with CRLF line ends is read, with the same line and column numbers", async () => {
    const plain = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": claims }) });
    const crlf = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": claims.replace(/\n/g, "\r\n") }) });
    expect(crlf.stderr).toBe("");
    expect(crlf.stdout).toBe(plain.stdout);
  });

  it("a mistake in a CRLF claims file is reported on the right line", async () => {
    const cwd = project({ "claims.yaml": "claims:\r\n  - id: a\r\n    text: Fine.\r\n  - id: b\r\n    text: 7\r\n" });
    const result = await runCli(["check", "claims.yaml"], { cwd });
    expect(result.stderr).toBe(lines("claims.yaml:5:11: expected a string in claims[1].text"));
  });

  it("a source file with CRLF line ends gives evidence on the right lines", async () => {
    const plain = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": claims }) });
    const crlf = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": claims, "sources/news.txt": SOURCE.replace(/\n/g, "\r\n") }) });
    expect(crlf.stdout).toBe(plain.stdout);
    expect(JSON.parse(crlf.stdout).claims[1].evidence[0]).toMatchObject({ line: 3, column: 1 });
  });
});

describe("no claim is ever dropped", () => {
  it("every claim appears in the report exactly once, in order, even when texts repeat without ids", async () => {
    const texts = ["Ballard premiered on July 9.", "The first season of Ballard has 10 episodes.", "Maggie Q was born in Honolulu."];
    // 300 claims: the same three texts over and over, most without ids, some with.
    const entries = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? { id: `c${i}`, text: texts[i % 3]! } : { text: texts[i % 3]! }));
    const yaml = `claims:\n${entries.map((e) => ("id" in e ? `  - id: ${e.id}\n    text: ${e.text}\n` : `  - text: ${e.text}\n`)).join("")}`;
    // The same texts again in a second file, in JSON.
    const json = JSON.stringify(texts.map((text) => ({ text })));
    const cwd = project({ "claims.yaml": yaml, "more.json": json });
    const result = await runCli(["check", "claims.yaml", "more.json", "-f", "json"], { cwd });
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as {
      summary: { total: number };
      claims: { id: string; text: string; location: { file: string; line: number; column: number } }[];
    };
    expect(report.claims).toHaveLength(303);
    expect(report.summary.total).toBe(303);
    expect(new Set(report.claims.map((c) => c.id)).size).toBe(303);
    expect(report.claims.map((c) => c.text)).toEqual([...entries.map((e) => e.text), ...texts]);
    const places = report.claims.map((c) => `${c.location.file}:${c.location.line}:${c.location.column}`);
    expect(new Set(places).size).toBe(303);
  });

  it("a claim without an id never takes an id a later claim states", async () => {
    const first = await runCli(["check", "claims.yaml", "-f", "json"], { cwd: project({ "claims.yaml": "- text: Ballard premiered on July 9.\n" }) });
    const madeUp = JSON.parse(first.stdout).claims[0].id as string;
    const cwd = project({ "claims.yaml": `- text: Ballard premiered on July 9.\n- id: ${madeUp}\n  text: The first season of Ballard has 10 episodes.\n` });
    const result = await runCli(["check", "claims.yaml", "-f", "json"], { cwd });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).claims.map((c: { id: string }) => c.id)).toEqual([`${madeUp}-2`, madeUp]);
  });
});
