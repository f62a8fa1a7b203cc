// Plain text articles: a line is a block of prose. An optional ` date YYYY-MM-DD` header on the
// first line or YAML front matter gives the metadata; heading, quote and list markers are dropped.
import type { SourceMeta } from "../types.js";
import { checkDate, readFrontMatter } from "./front-matter.js";
import { bodyOf, LineIndex, type BlockContext, type Prose, type ProseBlock } from "./prose.js";

const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readPlainText(text: string, file: string): Prose {
  const body = bodyOf(text);
  const lines = new LineIndex(body);
  const meta: SourceMeta = {};
  let offset = 0;
  const front = FRONT_MATTER.exec(body);
  if (front) {
    Object.assign(meta, readFrontMatter(front[1] ?? "", file, 2));
    offset = front[0].length;
  } else {
    const header = DATE_HEADER.exec(body.slice(0, lineEnd(body, 0)));
    if (header?.[1]) {
      meta.date = checkDate(header[1], { file, line: 1, column: 1 });
      offset = header[0].length;
    }
  }
  const blocks: ProseBlock[] = [];
  while (offset <= body.length) {
    const end = lineEnd(body, offset);
    let line = body.slice(offset, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const { text: prose, column, context } = stripMarkdown(line);
    if (prose.trim()) {
      const start = offset + column;
      blocks.push({ text: prose, heading: undefined, offsetOf: (i) => start + i, ...(context ? { context } : {}) });
    }
    offset = end + 1;
  }
  return { meta, blocks, lines };
}

function lineEnd(body: string, from: number): number {
  const newline = body.indexOf("\n", from);
  return newline < 0 ? body.length : newline;
}

/** Drops Markdown heading, quote and list markers, keeping the column of what remains and what the marker said. */
function stripMarkdown(line: string): { text: string; column: number; context: BlockContext | undefined } {
  const marker = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)?/.exec(line)?.[0] ?? "";
  const sign = marker.trim()[0];
  const context = sign === ">" ? "quote" : sign === undefined || sign === "#" ? undefined : "list";
  return { text: stripClosingHashes(line.slice(marker.length)), column: marker.length, context };
}

/** Drops a heading's closing hashes ("## Cast ##"). A loop, not a regex: a regex ending in
 * `[ \t]+#+[ \t]*$` backtracks quadratically over a long run of spaces. */
function stripClosingHashes(text: string): string {
  const isBlank = (c: string | undefined) => c === " " || c === "\t";
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === "#") hashes--;
  let blanks = hashes;
  while (blanks > 0 && isBlank(text[blanks - 1])) blanks--;
  return hashes < end && blanks < hashes ? text.slice(0, blanks) : text;
}
