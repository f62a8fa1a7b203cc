import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { XMLValidator } from "fast-xml-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import type { Log } from "sarif";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { readDraft } from "../src/drafts/read-draft.js";
import { loadDraftRules } from "../src/drafts/load-rules.js";
import { parseDraftRules } from "../src/drafts/rules.js";
import { quotedShare, skipReason } from "../src/drafts/select.js";
import { InputError, InputErrors, type Draft, type Report } from "../src/types.js";
import { english } from "./helpers/language.js";
import { useProjects } from "./helpers/project.js";
import { runCli } from "./helpers/run-cli.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/drafts/", import.meta.url));
const RULES = loadDraftRules();
const CHECK = ["check", "harbor.md", "--sources", "sources", "--no-cache"];

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), "utf8")) as object;
const validateClaims = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema("claims.schema.json"));
const validateReport = new Ajv({ allErrors: true, strict: true }).compile(schema("report.schema.json"));
const sarifAjv = new Ajv2020({ allErrors: true, strict: false });
ajvFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0.json", import.meta.url), "utf8")) as object);

function read(file: string, text: string) {
  return readDraft({ file, text }, { rules: RULES, language: english });
}

/** Each sentence of a draft as "line:column claim|skipped:reason text". */
function outline(draft: Draft): string[] {
  return draft.blocks.flatMap((block) =>
    block.sentences.map((s) => `${block.kind} ${s.line}:${s.column} ${s.claim !== undefined ? "claim" : `skipped:${s.skipped}`} ${s.text}`),
  );
}

describe("a draft article read as claims", () => {
  it("makes a claim of each sentence that states something, at its line and column in the draft, and says why it skipped the others", () => {
    const { draft, claims } = read("harbor.md", readFileSync(join(FIXTURE, "harbor.md"), "utf8"));
    expect(outline(draft)).toEqual([
      "heading 5:3 claim The Harbor premieres with eight episodes",
      "paragraph 7:1 claim The Harbor premiered on March 3, 2024, on Channel Nine.",
      "paragraph 8:1 claim Dana Whitfield is the showrunner of The Harbor.",
      "paragraph 8:51 skipped:question Is it worth watching?",
      "heading 12:4 skipped:heading Cast and crew",
      "list 14:3 claim The first season of The Harbor has ten episodes.",
      "list 15:3 claim The Harbor was filmed in Lisbon.",
      "list 16:3 skipped:fragment Dana Whitfield, showrunner",
      "quote 18:3 skipped:quotation The Harbor is the best show of the year.",
      "paragraph 20:1 skipped:quotation “It is a slow burn and I love it,” a viewer told us.",
      "table 26:3 skipped:table Episodes",
      "table 26:14 skipped:table Network",
      "table 28:3 skipped:table 8",
      "table 28:7 skipped:table Channel Nine",
      "paragraph 30:1 skipped:boilerplate Photo: Channel Nine.",
      "paragraph 32:1 skipped:boilerplate Subscribe to our newsletter for more reviews.",
    ]);
    // Link text is read as the reader sees it; the HTML comment, the code block and the front matter are not prose.
    expect(claims.map((c) => c.text).join(" ")).not.toMatch(/example\.com|cancelled|99 episodes|Sam Lee/);
    expect(draft).toMatchObject({ file: "harbor.md", sentences: 16, claims: 5, skipped: { question: 1, quotation: 2, boilerplate: 2, heading: 1, fragment: 1, table: 4 } });
    expect(claims[1]!.location).toEqual({ file: "harbor.md", line: 7, column: 1, endLine: 7, endColumn: 84 });
  });

  it("reads a plain text draft line by line, its date header aside, as the sources are read", () => {
    const { draft } = read("notes.txt", readFileSync(join(FIXTURE, "notes.txt"), "utf8"));
    expect(outline(draft)).toEqual([
      "heading 2:1 skipped:heading Harbor notes",
      "paragraph 3:1 claim The Harbor premiered on March 3, 2024.",
      "paragraph 3:40 skipped:question Did it air on Channel Nine?",
      "paragraph 4:1 claim Dana Whitfield wrote every episode of The Harbor.",
    ]);
  });

  it("gives a claim an id from the draft's name and its sentence, which edits elsewhere in the draft leave alone", () => {
    const before = read("drafts/My Draft.md", "Intro line here is long enough.\n\nThe bridge opened in 1932.\n").claims;
    const after = read("drafts/My Draft.md", "# A new heading\n\nAn added sentence says more.\n\nThe bridge opened in 1932.\n").claims;
    const id = before.find((c) => c.text === "The bridge opened in 1932.")!.id;
    expect(id).toMatch(/^my-draft-[0-9a-f]{8}$/);
    expect(after.find((c) => c.text === "The bridge opened in 1932.")!.id).toBe(id);
    // The same sentence twice: two claims, two ids.
    const twice = read("d.md", "The bridge opened in 1932.\n\nThe bridge opened in 1932.\n").claims.map((c) => c.id);
    expect(twice[1]).toBe(`${twice[0]}-2`);
  });

  it("refuses a draft without prose, and bad front matter, naming the file and line", () => {
    expect(() => read("empty.md", "<!-- nothing -->\n\n```\ncode\n```\n")).toThrow(/^empty\.md:1:1: expected a draft article with prose/);
    expect(() => read("bad.md", "---\ndate: someday\n---\nThe bridge opened in 1932.\n")).toThrow(/^bad\.md:2:1: expected a date as YYYY-MM-DD/);
  });
});

describe("which sentences are claims", () => {
  const cases: [string, "paragraph" | "heading" | "quote" | "list", string | undefined][] = [
    ["The bridge opened in 1932.", "paragraph", undefined],
    ["Maggie Q stars as Renée Ballard.", "paragraph", undefined],
    ["Did the bridge open in 1932?", "paragraph", "question"],
    ["“Did it open on time?” she asked.", "paragraph", "quotation"],
    ["The bridge opened in 1932, didn’t it?", "paragraph", "question"],
    ["¿Abrió el puente en 1932?", "paragraph", "question"],
    ["“The bridge is a marvel and a joy to cross,” the mayor said.", "paragraph", "quotation"],
    ["The mayor said the bridge “is a marvel”, and it opened in 1932.", "paragraph", undefined],
    ["The bridge opened in 1932.", "quote", "quotation"],
    ["Follow us on social media for updates.", "paragraph", "boilerplate"],
    ["Copyright 2024 Example Daily. All rights reserved.", "paragraph", "boilerplate"],
    ["Photo credit: City archives.", "paragraph", "boilerplate"],
    ["The bridge at night", "heading", "heading"],
    ["The bridge opened in 1932", "heading", undefined],
    ["Bridge history", "list", "fragment"],
    ["Opened in 1932", "list", undefined],
    ["Yes.", "paragraph", "fragment"],
  ];
  it.each(cases)("%j in a %s: %s", (text, block, reason) => {
    expect(skipReason(text, block, RULES, english)).toBe(reason);
  });

  it("counts a quotation that began in an earlier sentence from the sentence's start", () => {
    expect(quotedShare("We loved it,” she said.", RULES)).toBeGreaterThan(0.5);
    expect(quotedShare("The bridge opened in 1932.", RULES)).toBe(0);
  });

  it("reads its words from a rules file, and names the line of a rule it cannot read", () => {
    const good = readFileSync(new URL("../lexicon/en/drafts.yaml", import.meta.url), "utf8");
    expect(parseDraftRules({ file: "drafts.yaml", text: good }).boilerplate.length).toBeGreaterThan(5);
    const bad = good.replace("minWords: 3", "minWords: three").replace("'^click (here|the link)\\b'", "'^click (here'");
    let caught: unknown;
    try {
      parseDraftRules({ file: "drafts.yaml", text: bad });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    const messages = (caught as InputErrors).errors.map((e: InputError) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^drafts\.yaml:\d+:\d+: expected a whole number of 1 or more in minWords$/), expect.stringMatching(/^drafts\.yaml:\d+:\d+: expected a regular expression in boilerplate/)]),
    );
  });
});

describe("claimcheck check DRAFT.md", () => {
  const project = useProjects();

  it("checks the draft's claims and points the text report at the draft's lines", async () => {
    const { code, stdout } = await runCli(CHECK, { cwd: FIXTURE });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ conflicting {2}harbor-[0-9a-f]{8} {2}harbor\.md:14:3\n {2}claim: The first season of The Harbor has ten episodes\./);
    expect(stdout).toMatch(/\? unsourced {2}harbor-[0-9a-f]{8} {2}harbor\.md:15:3\n/);
    expect(stdout).toContain("draft harbor.md: 16 sentences, 5 claims, 11 skipped (1 question, 2 quotations, 2 boilerplate, 1 heading without a fact, 1 fragment, 4 table cells)");
    expect(stdout).toMatch(/5 claims: 3 supported, 1 conflicting, 1 unsourced; 2 failing\n$/);
  });

  it("places SARIF results and GitHub annotations on the draft's lines", async () => {
    const sarif = await runCli([...CHECK, "-f", "sarif"], { cwd: FIXTURE });
    const log = JSON.parse(sarif.stdout) as Log;
    expect(validateSarif(log)).toBe(true);
    const places = (log.runs[0]!.results ?? []).map((r) => {
      const { artifactLocation, region } = r.locations![0]!.physicalLocation!;
      return `${r.ruleId} ${artifactLocation!.uri}:${region!.startLine}:${region!.startColumn}-${region!.endLine}:${region!.endColumn}`;
    });
    expect(places).toEqual(["claim/conflicting harbor.md:14:3-14:51", "claim/unsourced harbor.md:15:3-15:35"]);
    const github = await runCli([...CHECK, "-f", "github"], { cwd: FIXTURE });
    expect(github.stdout).toMatch(/^::error file=harbor\.md,line=14,col=3,endLine=14,endColumn=51,title=conflicting claim harbor-[0-9a-f]{8}::/m);
  });

  it("mixes drafts and claims files in one run, and every format of it validates", async () => {
    const cwd = project({ "claims.yaml": "claims:\n  - id: own\n    text: The Harbor premiered on Channel Nine.\n" });
    const args = ["check", "claims.yaml", join(FIXTURE, "harbor.md"), join(FIXTURE, "notes.txt"), "--sources", join(FIXTURE, "sources"), "--no-cache"];
    const { stdout } = await runCli([...args, "-f", "json"], { cwd });
    const report = JSON.parse(stdout) as Report;
    expect(validateReport(report)).toBe(true);
    expect(report.claims.map((c) => c.id.replace(/[0-9a-f]{8}$/, "…"))).toEqual(["own", ...Array(5).fill("harbor-…"), "notes-…", "notes-…"]);
    expect(report.drafts?.map((d) => [d.file.split("/").pop(), d.claims])).toEqual([["harbor.md", 5], ["notes.txt", 2]]);
    const sarif = await runCli([...args, "-f", "sarif"], { cwd });
    expect(validateSarif(JSON.parse(sarif.stdout))).toBe(true);
    const markdown = await runCli([...args, "-f", "markdown"], { cwd });
    expect(markdown.stdout).toMatch(/### Drafts\n\n- .*harbor\.md: 16 sentences, 5 claims, 11 skipped/);
    const junit = await runCli([...args, "-f", "junit"], { cwd });
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
    expect(junit.stdout).toMatch(/<testsuite name="[^"]*harbor\.md" tests="5"/);
  });

  it("ends with code 2 and the draft's place when its front matter is bad", async () => {
    const cwd = project({ "draft.md": "---\ntitle: [unclosed\n---\nThe bridge opened in 1932.\n", "sources/a.txt": "The bridge opened in 1932.\n" });
    const { code, stdout, stderr } = await runCli(["check", "draft.md", "--no-cache"], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^claimcheck: draft\.md:\d+:\d+: expected valid YAML front matter/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("claimcheck extract", () => {
  const project = useProjects();

  it("writes the claims a check would read, valid against the claims schema, each noting its place in the draft", async () => {
    const { code, stdout } = await runCli(["extract", "harbor.md"], { cwd: FIXTURE });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Claims read from draft articles by claimcheck/);
    expect(stdout).toContain("# harbor.md: 16 sentences, 5 claims, 11 skipped (1 question,");
    const file = parseYaml(stdout) as { claims: { id: string; text: string; note: string }[] };
    expect(validateClaims(file)).toBe(true);
    expect(file.claims.map((c) => `${c.note} ${c.text}`)).toEqual([
      "harbor.md:5:3 The Harbor premieres with eight episodes",
      "harbor.md:7:1 The Harbor premiered on March 3, 2024, on Channel Nine.",
      "harbor.md:8:1 Dana Whitfield is the showrunner of The Harbor.",
      "harbor.md:14:3 The first season of The Harbor has ten episodes.",
      "harbor.md:15:3 The Harbor was filmed in Lisbon.",
    ]);
  });

  it("writes to -o FILE, and the file checks with the same ids as the draft", async () => {
    const cwd = project({ "draft.md": readFileSync(join(FIXTURE, "harbor.md"), "utf8") });
    const { code, stderr } = await runCli(["extract", "draft.md", "-o", "claims/draft.yaml"], { cwd });
    expect(code).toBe(0);
    expect(stderr).toBe("claimcheck: wrote 5 claims to claims/draft.yaml\n");
    const fromFile = await runCli(["check", "claims/draft.yaml", "--sources", join(FIXTURE, "sources"), "--no-cache", "-f", "json"], { cwd });
    const fromDraft = await runCli(["check", "draft.md", "--sources", join(FIXTURE, "sources"), "--no-cache", "-f", "json"], { cwd });
    const verdicts = (run: { stdout: string }) => (JSON.parse(run.stdout) as Report).claims.map((c) => `${c.id} ${c.verdict}`);
    expect(verdicts(fromFile)).toEqual(verdicts(fromDraft));
  });

  it("refuses a claims file, an output file that would replace a draft, and a draft with no claim in it", async () => {
    const cwd = project({ "draft.md": "Is this a question?\n", "claims.yaml": "claims:\n  - text: A claim.\n", "ok.md": "The bridge opened in 1932.\n" });
    const claimsFile = await runCli(["extract", "claims.yaml"], { cwd });
    expect([claimsFile.code, claimsFile.stderr]).toEqual([2, "claimcheck: claims.yaml: expected a draft article to extract claims from (.md, .markdown, .txt, .text)\n"]);
    const overwrite = await runCli(["extract", "ok.md", "-o", "ok.md"], { cwd });
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toContain("ok.md: expected a claims file name ending in .yaml, .yml or .json");
    const none = await runCli(["extract", "draft.md"], { cwd });
    expect([none.code, none.stderr]).toEqual([2, "claimcheck: draft.md: expected a draft with a sentence that states something checkable; 1 sentence, 0 claims, 1 skipped (1 question)\n"]);
  });
});

describe("a draft's limits", () => {
  const project = useProjects();

  it("refuses a sentence longer than --max-claim-length before reading it, naming its place", async () => {
    const cwd = project({ "draft.md": `# Heading\n\nThe bridge opened in 1932.\n\n${"a".repeat(200)}.\n` });
    const { code, stderr } = await runCli(["check", "draft.md", "--max-claim-length", "100", "--no-cache"], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe("claimcheck: draft.md:5:1: expected sentences of at most 100 characters in a draft; this one has 201 (raise the limit with --max-claim-length)\n");
  });
});
