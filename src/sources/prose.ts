// What an article publishes, before it is cut into sentences: its metadata and its blocks of
// prose (a line of plain text; a Markdown paragraph, heading or table cell), each knowing where
// every one of its characters stands in the file.
import type { SourceMeta } from "../types.js";

export interface ProseBlock {
  /** The text as a reader sees it: markup gone, entities decoded, line breaks as spaces. */
  text: string;
  /** True for a Markdown heading; undefined where the block's shape decides (a line without closing punctuation). */
  heading: boolean | undefined;
  /** Where the block stands when not in the article's body: a block quote, a list, a table. */
  context?: BlockContext;
  /** The offset in the file's text (after a byte order mark) of the character at `i` in `text`. */
  offsetOf(i: number): number;
}

export type BlockContext = "quote" | "list" | "table";

export interface Prose {
  meta: SourceMeta;
  blocks: ProseBlock[];
  /** Lines and columns of the file's text. */
  lines: LineIndex;
}

/** Turns offsets into 1-based lines and columns (UTF-16 code units, as SARIF counts them). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.starts[this.starts.length - 1]!;
  }
}

/** The article's text without a byte order mark: what offsets count in. */
export function bodyOf(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
