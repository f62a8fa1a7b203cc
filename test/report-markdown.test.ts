import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../src/report/escape.js";
import { markdown } from "../src/report/markdown.js";
import type { Report } from "../src/types.js";
import { TINY_CLAIMS, TINY_SOURCES, useProjects } from "./helpers/project.js";
import { reportOf } from "./helpers/report.js";
import { runCli } from "./helpers/run-cli.js";

/** Occurrences of `char` in `line` that no backslash escapes. */
function unescaped(line: string, char: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === char) count++;
  }
  return count;
}

/** What CommonMark shows for backslash-escaped text (a word joiner shows as nothing). */
function shown(escaped: string): string {
  return escaped.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\u2060/g, "");
}

const OPTIONS = { color: false, quiet: false };

describe("the markdown format", () => {
  const project = useProjects();

  it("opens with a heading and a table of counts from the report's summary", async () => {
    const { stdout } = await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "markdown"]);
    const { summary } = JSON.parse((await runCli(["check", "claims/ballard.yaml", "--sources", "sources", "-f", "json"])).stdout) as Report;
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`## claimcheck: ${summary.failing} of ${summary.total} claims failing`);
    expect(lines.slice(2, 8)).toEqual([
      "| Verdict | Claims |",
      "| :-- | --: |",
      `| ✅ supported | ${summary.supported} |`,
      `| ❌ conflicting | ${summary.conflicting} |`,
      `| ❔ unsourced | ${summary.unsourced} |`,
      `| **failing** | **${summary.failing}** |`,
    ]);
  });

  it("lists each failing claim with its place, reason, what the claim and the source say, and the evidence quotes", async () => {
    const cwd = project({ ...TINY_SOURCES, "claims/c.yaml": TINY_CLAIMS });
    const { stdout } = await runCli(["check", "claims/c.yaml", "-f", "markdown", "--quiet"], { cwd });
    const failing = stdout.slice(stdout.indexOf("### Failing claims"));
    expect(failing).toContain(
      [
        "#### ❌ episodes · conflicting",
        "",
        "> The first season of Ballard has 8 episodes.",
        "",
        "claims/c.yaml:5:11 · count: claim says 8 episodes — news:3 says 10 episodes",
        "",
        "- **count:** claim says 8 episodes — news:3 says 10 episodes",
        "",
        "Evidence:",
        "",
        "- sources/news.txt:3 (contradicts): “The first season of Ballard has 10 episodes.”",
      ].join("\n"),
    );
    expect(failing).toContain("#### ❔ born · unsourced");
    expect(failing).not.toContain("premiere");
  });

  it("says all claims pass, with no failing section, when none fail", () => {
    const out = markdown(reportOf([{ verdict: "supported", failing: false }]), OPTIONS);
    expect(out.split("\n")[0]).toBe("## claimcheck: all 1 claim pass");
    expect(out).not.toContain("Failing claims");
  });

  it("adds every claim in a collapsed table, unless --quiet", () => {
    const report = reportOf([{ id: "a", verdict: "supported", failing: false }, { id: "b" }]);
    const out = markdown(report, OPTIONS);
    expect(out).toContain("<details>\n<summary>All 2 claims</summary>\n\n| Id | Verdict | Claim | Where |");
    expect(out).toContain("| a | ✅ supported | A claim. | claims/c.yaml:2 |");
    expect(markdown(report, { color: false, quiet: true })).not.toContain("<details>");
  });

  it("escapes claim text so it cannot break the table, start a heading or list, or inject HTML, links, images, code or maths", () => {
    const hostile = "# Heading | cell \\ back `code` <script>alert(1)</script> [link](https://x.example) ![img](x.png) *em* _u_ ~~s~~ &amp; $x$\n## second line\r\n- item";
    const out = markdown(reportOf([{ id: "h", text: hostile, reason: hostile }]), OPTIONS);
    const userLines = out.split("\n").filter((line) => line.includes("Heading"));
    expect(userLines.length).toBe(3);
    for (const line of userLines) {
      for (const char of ["<", ">", "[", "]", "`", "*", "_", "~", "&", "$", "\\"]) {
        // Only our own markup is unescaped: a quote's "> " and the table's pipes.
        const ours = char === ">" && line.startsWith("> ") ? 1 : 0;
        expect(unescaped(line, char), `${char} in ${line}`).toBe(ours);
      }
    }
    const row = userLines.find((line) => line.startsWith("| h |"))!;
    expect(unescaped(row, "|")).toBe(5);
    expect(out.split("\n").filter((line) => /^#/.test(line))).toEqual(["## claimcheck: 1 of 1 claim failing", "### Failing claims", "#### ❌ h · conflicting"]);
    expect(shown(escapeMarkdown(hostile))).toBe(hostile.replace(/\r\n|\n/g, " "));
  });

  it("escapes what starts a block only at the start: a heading, a list item, a numbered item", () => {
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("Season 2. It rained - a lot.")).toBe("Season 2. It rained - a lot.");
  });

  it("keeps claim text from mentioning a user or team when posted as a comment", () => {
    expect(escapeMarkdown("ask @octocat and @org/team")).toBe("ask @\u2060octocat and @\u2060org/team");
    expect(escapeMarkdown("mail a@ b")).toBe("mail a@ b");
  });
});


describe("markdown text cannot become a link under GitHub's autolinking", () => {
  const html = (markdownText: string) => micromark(markdownText, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

  it.each([
    ["a bare web address", "Read more at https://evil.example/path today."],
    ["an address starting with www.", "Read more at www.evil.example today."],
  ])("%s in a claim shows as text, not a link", (_, claimText) => {
    const rendered = html(markdown(reportOf([{ text: claimText, reason: claimText }]), OPTIONS));
    expect(rendered).not.toContain("<a ");
    expect(rendered).toContain("evil.example");
  });
});
