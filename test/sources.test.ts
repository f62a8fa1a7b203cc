import { describe, expect, it } from "vitest";
import { parseSource } from "../src/sources/parse.js";
import { segmentSentences } from "../src/sources/segment.js";
import { InputError } from "../src/types.js";

const source = (text: string) => parseSource({ id: "a", file: "sources/a.txt", text });

describe("reading a source article", () => {
  it("reads the ' date YYYY-MM-DD' header and starts the first passage after it, on the same line", () => {
    const parsed = source(" date 2025-07-17 Actress Maggie Q stars. She is 46.\n");
    expect(parsed.date).toBe("2025-07-17");
    expect(parsed.passages.map((p) => [p.text, p.line, p.column])).toEqual([
      ["Actress Maggie Q stars.", 1, 18],
      ["She is 46.", 1, 42],
    ]);
  });

  it("reads YAML front matter (title, date, url, publisher) and counts lines after it", () => {
    const parsed = source("---\ntitle: Renewal\ndate: 2025-10-06\nurl: https://example.com/a\npublisher: Example\n---\n# Renewed\n\nBallard is back.\n");
    expect(parsed).toMatchObject({ title: "Renewal", date: "2025-10-06", url: "https://example.com/a", publisher: "Example" });
    expect(parsed.passages.map((p) => [p.text, p.line, p.column, p.heading])).toEqual([
      ["Renewed", 7, 3, true],
      ["Ballard is back.", 9, 1, false],
    ]);
  });

  it("treats a line without closing punctuation as a heading passage", () => {
    const parsed = source("Ballard is now streaming on Prime Video\n\nThe cast includes Amy Hill.\n");
    expect(parsed.passages.map((p) => p.heading)).toEqual([true, false]);
  });

  it("keeps line and column through CRLF line ends and a byte-order mark", () => {
    const parsed = source("\uFEFFFirst line.\r\nSecond line here.\r\n");
    expect(parsed.passages.map((p) => [p.line, p.column])).toEqual([[1, 1], [2, 1]]);
  });

  it("lets every passage be found again at its line and column", () => {
    const text = " date 2025-10-04 One sentence. Another one, “quoted.”\n\nA heading\nThird? Yes.\n";
    const lines = text.split("\n");
    for (const p of source(text).passages) expect(lines[p.line - 1]!.slice(p.column - 1, p.endColumn - 1)).toBe(p.text);
  });

  it("rejects an impossible date with its place", () => {
    expect(() => source(" date 2025-02-30 Text.")).toThrow(InputError);
    expect(() => source(" date 2025-02-30 Text.")).toThrow("sources/a.txt:1:1: expected a date as YYYY-MM-DD");
  });
});

describe("splitting sentences", () => {
  it.each([
    ["Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]],
    ["It ended at No. 4 in the chart. Then it fell.", ["It ended at No. 4 in the chart.", "Then it fell."]],
    ["It took 2.5 billion minutes. Fine.", ["It took 2.5 billion minutes.", "Fine."]],
    ["Written by J. K. Rowling. A hit.", ["Written by J. K. Rowling.", "A hit."]],
    ["“No, no, no.” There is no ‘of course.’", ["“No, no, no.”", "There is no ‘of course.’"]],
    ["It aired in the U.S. on Monday.", ["It aired in the U.S. on Monday."]],
  ])("splits %j as a reader would", (text, sentences) => {
    expect(segmentSentences(text).map((s) => s.text)).toEqual(sentences);
  });
});

describe("reading a Markdown article", () => {
  const markdown = (text: string) => parseSource({ id: "a", file: "sources/a.md", text });

  it("takes no evidence from HTML comments or code blocks, only from published prose", () => {
    const parsed = markdown("# Council\n\n<!-- The mayor resigned. -->\n\n```\nThe mayor resigned.\n```\n\n    The mayor resigned.\n\nThe mayor stayed.\n");
    expect(parsed.passages.map((p) => p.text)).toEqual(["Council", "The mayor stayed."]);
  });

  it("decodes entities and drops markup, keeping each passage's line and column in the file", () => {
    const parsed = markdown("---\ndate: 2025-07-17\n---\nIntro line.\n\n> Ballard &amp; Bosch&nbsp;share **a universe** and\n> [a writer](https://example.com).\n");
    expect(parsed.date).toBe("2025-07-17");
    expect(parsed.passages.map((p) => [p.text, p.line, p.column, p.endLine])).toEqual([
      ["Intro line.", 4, 1, 4],
      ["Ballard & Bosch\u00a0share a universe and a writer.", 6, 3, 7],
    ]);
  });

  it("reads a sentence across the soft line breaks of a paragraph", () => {
    const parsed = markdown("Ballard premiered\non July 9. It has\n10 episodes.\n");
    expect(parsed.passages.map((p) => [p.text, p.line, p.column])).toEqual([
      ["Ballard premiered on July 9.", 1, 1],
      ["It has 10 episodes.", 2, 12],
    ]);
  });
});
