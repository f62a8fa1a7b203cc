// The baseline file: stable JSON that reads back as written, and, since a pull request can put
// anything in it, one clear message naming the file, the place and what was expected for any
// baseline that is not one: exit code 2, never a stack trace.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BASELINE_VERSION, parseBaseline, serializeBaseline } from "../src/baseline/file-format.js";
import type { Baseline } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const BIN = resolve(import.meta.dirname, "..", "dist", "cli.js");
const FILE = "known.json";
const HASH = "0123456789abcdef";

/** A baseline file's text around the given failures. */
function baselineText(failures: unknown[], version: unknown = BASELINE_VERSION): string {
  return `${JSON.stringify({ baselineVersion: version, failures }, null, 2)}\n`;
}

const ENTRY = { file: "claims/c.yaml", id: "episodes", verdict: "conflicting", textHash: HASH, evidence: `news#${HASH}` };

describe("the baseline file format", () => {
  it("reads back what it writes, sorted by claims file then id, whatever order it was given in", () => {
    const baseline: Baseline = {
      entries: [
        { file: "claims/c.yaml", id: "b", verdict: "unsourced", textHash: HASH },
        { file: "claims/a.yaml", id: "z", verdict: "conflicting", textHash: HASH, evidence: `s#${HASH}` },
        { file: "claims/c.yaml", id: "a", verdict: "conflicting", textHash: HASH, evidence: `s#${HASH}` },
      ],
    };
    const text = serializeBaseline(baseline);
    expect(parseBaseline({ file: FILE, text }).entries.map((e) => `${e.file}#${e.id}`)).toEqual(["claims/a.yaml#z", "claims/c.yaml#a", "claims/c.yaml#b"]);
    expect(serializeBaseline(parseBaseline({ file: FILE, text }))).toBe(text);
    expect(text.split("\n")[1]).toBe('  "baselineVersion": "1.0",');
  });

  it("accepts a byte order mark and CRLF line ends, as editors on Windows leave them", () => {
    const text = `\uFEFF${baselineText([ENTRY]).replace(/\n/g, "\r\n")}`;
    expect(parseBaseline({ file: FILE, text }).entries).toEqual([ENTRY]);
  });
});

/** Forty entries: past a 4 KB limit, while the claims and sources stay under it. */
const MANY = baselineText(Array.from({ length: 40 }, (_, i) => ({ ...ENTRY, id: `claim-${i}` })));

interface HostileCase {
  name: string;
  text: string | Buffer;
  stderr: string;
  argv?: string[];
}

const HOSTILE: HostileCase[] = [
  {
    name: "a trailing comma",
    text: baselineText([ENTRY]).replace(/\n  \]/, ",\n  ]"),
    stderr: `${FILE}:11:3: expected valid JSON: another item after "," (JSON allows no trailing comma), not "]"`,
  },
  {
    name: "a merge left half done",
    text: `<<<<<<< HEAD\n${baselineText([ENTRY])}=======\n${baselineText([])}>>>>>>> main\n`,
    stderr: `${FILE}:1:1: expected valid JSON: a value (a string in double quotes, a number, true, false, null, [ or {), not "<"`,
  },
  {
    name: "an empty file",
    text: "",
    stderr: `${FILE}:1:1: expected a baseline as "claimcheck baseline" writes it: {"baselineVersion": "1.0", "failures": [...]}; the file is empty`,
  },
  {
    name: "a list where the baseline should be",
    text: JSON.stringify([ENTRY]),
    stderr: `${FILE}:1:1: expected a baseline as "claimcheck baseline" writes it: {"baselineVersion": "1.0", "failures": [...]}`,
  },
  {
    name: "another version of the format",
    text: baselineText([ENTRY], "2.0"),
    stderr: `${FILE}:2:22: expected baselineVersion "1.0"; found "2.0" (record the baseline again with this version of claimcheck)`,
  },
  {
    name: "an entry without its text fingerprint",
    text: baselineText([ENTRY, { file: "claims/c.yaml", id: "born", verdict: "unsourced" }]),
    stderr: `${FILE}:11:5: expected a "textHash" field in failures[1]`,
  },
  {
    name: "a field the format does not have",
    text: baselineText([{ ...ENTRY, reason: "known" }]),
    stderr: `${FILE}:4:5: expected only the fields file, id, verdict, textHash, evidence in failures[0]; found "reason"`,
  },
  {
    name: "a verdict that is none of the three",
    text: baselineText([{ ...ENTRY, verdict: "wrong" }]),
    stderr: `${FILE}:7:18: expected one of supported, conflicting, unsourced in failures[0].verdict; found "wrong"`,
  },
  {
    name: "a fingerprint that is not one",
    text: baselineText([{ ...ENTRY, textHash: "not a hash" }]),
    stderr: `${FILE}:8:19: expected 16 lowercase hex digits in failures[0].textHash`,
  },
  {
    name: "a claim listed twice",
    text: baselineText([ENTRY, { ...ENTRY, verdict: "unsourced" }]),
    stderr: `${FILE}:11:5: expected each claim once in failures; failures[1] repeats failures[0] (claim "episodes" of claims/c.yaml)`,
  },
  {
    name: "a million and one entries",
    text: `{"baselineVersion": "1.0", "failures": [${Array.from({ length: 1_000_001 }, () => "{}").join(",")}]}`,
    stderr: `${FILE}:1:40: expected at most 1000000 failures; the file lists 1000001`,
  },
  {
    name: "nesting a hundred thousand deep",
    text: `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    stderr: `${FILE}:1:1: expected a baseline as "claimcheck baseline" writes it: {"baselineVersion": "1.0", "failures": [...]}`,
  },
  {
    name: "a file past --max-file-size",
    text: MANY,
    argv: ["--max-file-size", "4096"],
    stderr: `${FILE}: expected a baseline file (JSON, as claimcheck baseline writes it) of at most 4 KB; it is ${Math.round(MANY.length / 1024)} KB (raise the limit with --max-file-size)`,
  },
  {
    name: "binary data",
    text: Buffer.from([0x7b, 0x00, 0x7d]),
    stderr: `${FILE}:1:2: expected a baseline file (JSON, as claimcheck baseline writes it) as text, but it holds binary data (a zero byte)`,
  },
];

describe("a baseline file that is not one", () => {
  const project = useProjects();

  it.each(HOSTILE.map((c) => [c.name, c]))("%s: exit 2 and one message naming the place", async (_, { text, stderr, argv = [] }) => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    writeFileSync(join(cwd, FILE), text);
    const run = await runCli(["check", "claims/c.yaml", "--baseline", FILE, ...argv], { cwd });
    expect(run).toEqual({ code: 2, stdout: "", stderr: `claimcheck: ${stderr}\n` });
  });

  it("one bigger than the default 20 MB limit is refused before it is parsed, by the built binary too", () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    writeFileSync(join(cwd, FILE), Buffer.alloc(21 * 1024 * 1024, 0x20));
    const run = spawnSync(process.execPath, [BIN, "check", "claims/c.yaml", "--baseline", FILE], { cwd, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `claimcheck: ${FILE}: expected a baseline file (JSON, as claimcheck baseline writes it) of at most 20 MB; it is 21 MB (raise the limit with --max-file-size)\n`,
    );
  });

  it("bad JSON through the built binary gives the message and no stack trace", () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    writeFileSync(join(cwd, FILE), "{");
    const run = spawnSync(process.execPath, [BIN, "check", "claims/c.yaml", "--baseline", FILE], { cwd, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`claimcheck: ${FILE}:1:2: expected valid JSON: a property name in double quotes, not the end of the file\n`);
  });

  it("is refused before any claim is judged, so --prune never rewrites it", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    writeFileSync(join(cwd, FILE), "[]");
    const run = await runCli(["check", "claims/c.yaml", "--baseline", FILE, "--prune", "-f", "json"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});
