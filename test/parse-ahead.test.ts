// The helper thread that parses articles on a first run: what it sends back must be what this
// thread would have made, and whatever it does not deliver is parsed here. It runs from the
// build (dist/), where its code is compiled beside this module.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARSE_AHEAD_MIN_LENGTH, ParseAhead, parseFresh } from "../dist/threads/parse-ahead.js";
import { readProse } from "../dist/sources/parse.js";
import type { SourceText } from "../src/sources/parse.js";
import { useProjects } from "./helpers/project.js";

const BIN = new URL("../dist/cli.js", import.meta.url).pathname;
const project = useProjects();

const SOURCES = join(import.meta.dirname, "..", "sources");

/** Many distinct articles: the bundled ones, each copy with a closing line of its own. */
function articles(copies: number): SourceText[] {
  const bundled = readdirSync(SOURCES).map((name) => ({ name, text: readFileSync(join(SOURCES, name), "utf8") }));
  const inputs: SourceText[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const { name, text } of bundled) {
      inputs.push({ id: `${copy}-${name}`, file: `${copy}-${name}`, text: `${text}\nThis is copy ${copy + 1} of the article.\n` });
    }
  }
  return inputs;
}

/** Cuts and terms as plain data. */
function parsedHere(input: SourceText) {
  const { cuts, terms } = parseFresh(input, readProse(input), undefined);
  return { cuts: [...cuts], vocabulary: terms.vocabulary, offsets: [...terms.offsets], ids: [...terms.ids] };
}

describe("parsing on a helper thread", () => {
  it("sends back, for the articles it takes, the cuts and terms this thread would make", () => {
    const inputs = articles(100);
    const ahead = ParseAhead.start(inputs, { minLength: 0 });
    expect(ahead).toBeDefined();
    let fromHelper = 0;
    for (const input of inputs) {
      const parsed = ahead!.take(input);
      // An article this thread takes, it parses, as loading does: meanwhile the helper works.
      if (!parsed) {
        parsedHere(input);
        continue;
      }
      fromHelper++;
      const { terms } = parseFresh(input, readProse(input), parsed);
      expect({ cuts: [...parsed.cuts], vocabulary: terms.vocabulary, offsets: [...terms.offsets], ids: [...terms.ids] }).toEqual(parsedHere(input));
    }
    ahead!.stop();
    // Both threads took a share: the helper from the end, this thread from the start.
    expect(fromHelper).toBeGreaterThan(0);
    expect(fromHelper).toBeLessThan(inputs.length);
  });

  it("leaves an article it cannot read to this thread, which says what is wrong with it", () => {
    const inputs = articles(20);
    const broken = { id: "broken", file: "broken.md", text: "---\ntitle: [never closed\n---\nA sentence.\n" };
    inputs.push(broken);
    const ahead = ParseAhead.start(inputs, { minLength: 0 });
    // This thread waits for the helper's answer on the last article, which it took first.
    expect(ahead!.take(broken)).toBeUndefined();
    ahead!.stop();
    expect(() => readProse(broken)).toThrow(/broken\.md/);
  });

  it("starts no helper for a few articles, where starting it would cost more than it saves", () => {
    expect(ParseAhead.start(articles(2))).toBeUndefined();
  });

  it("leaves every article to this thread once the helper is stopped", () => {
    const inputs = articles(10);
    const ahead = ParseAhead.start(inputs, { minLength: 0 });
    ahead!.stop();
    // Whatever it took before it stopped comes back or is parsed here: every article gets parsed.
    const parsed = inputs.map((input) => {
      const got = ahead!.take(input);
      return got ? parseFresh(input, readProse(input), got).source : parseFresh(input, readProse(input), undefined).source;
    });
    expect(parsed.map((source) => source.passages.length)).toEqual(inputs.map((input) => parseFresh(input, readProse(input), undefined).source.passages.length));
  });
});

describe("a first run over an archive large enough to share out", () => {
  it("reports the same with the helper (an empty cache, or none) as from a filled cache", () => {
    const inputs: SourceText[] = [];
    let length = 0;
    for (let copies = 1; length <= PARSE_AHEAD_MIN_LENGTH; copies *= 2) {
      inputs.splice(0, inputs.length, ...articles(copies));
      length = inputs.reduce((sum, input) => sum + input.text.length, 0);
    }
    const files: Record<string, string> = {
      "package.json": '{"name": "archive"}',
      "claims.yaml": ["claims:", "  - id: renewed", "    text: Prime Video renewed Ballard for a second season.", "  - id: episodes", "    text: The first season of Ballard has 12 episodes.", ""].join("\n"),
    };
    for (const input of inputs) files[`sources/${input.file}`] = input.text;
    const dir = project(files);
    const run = (...flags: string[]) => {
      try {
        return execFileSync(process.execPath, [BIN, "check", "claims.yaml", "--format", "json", ...flags], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 26 });
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const first = run();
    const report = JSON.parse(first) as { claims: { verdict: string }[]; problems: unknown[] };
    expect(report.claims.map((claim) => claim.verdict)).toEqual(["supported", "conflicting"]);
    expect(report.problems).toEqual([]);
    expect(run()).toBe(first);
    expect(run("--no-cache")).toBe(first);
  }, 120_000);
});
