// Turns one article's text into a Source: metadata, then passages (sentences) that keep their
// line and column. Reading the prose (plain.ts, markdown.ts) and cutting it into sentences
// (segment.ts) are separate steps, so the index cache can keep the cuts and nothing else.
import { extname } from "node:path/posix";
import { InputError, type Passage, type Source } from "../types.js";
import { MARKDOWN_EXTENSIONS, readMarkdown } from "./markdown.js";
import { readPlainText } from "./plain.js";
import type { Prose } from "./prose.js";
import { segmentSentences } from "./segment.js";

// A block that ends like a sentence; a single sentence without this standing alone is a heading.
export const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

export interface SourceText {
  id: string;
  file: string;
  text: string;
}

/**
 * Where the sentences of an article are: per passage, its block and the start and end of its
 * text in the block's text. Flat, three numbers a passage, as the cache stores them.
 */
export type Cuts = Int32Array;

/** Parses an article: ` date YYYY-MM-DD` header or YAML front matter, then passages. */
export function parseSource(input: SourceText): Source {
  const prose = readProse(input);
  return sourceFromCuts(input, prose, cutSentences(prose))!;
}

/** The article's metadata and prose blocks; Markdown files (.md, .markdown) are parsed as such. */
export function readProse({ file, text }: SourceText): Prose {
  return MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase()) ? readMarkdown(text, file) : readPlainText(text, file);
}

/** Cuts every block into sentences. */
export function cutSentences(prose: Prose): Cuts {
  const cuts: number[] = [];
  prose.blocks.forEach((block, b) => {
    for (const sentence of segmentSentences(block.text)) cuts.push(b, sentence.start, sentence.start + sentence.text.length);
  });
  return Int32Array.from(cuts);
}

/**
 * The source whose passages are these cuts of its prose; undefined when the cuts do not fit it
 * (a cache entry made for other text). Every quote, line, column and date comes from the prose.
 */
export function sourceFromCuts({ id, file }: SourceText, prose: Prose, cuts: Cuts): Source | undefined {
  if (cuts.length % 3 !== 0) return undefined;
  const passages: Passage[] = [];
  const perBlock = new Map<number, number>();
  for (let at = 0; at < cuts.length; at += 3) {
    const [b, start, end] = [cuts[at]!, cuts[at + 1]!, cuts[at + 2]!];
    const block = prose.blocks[b];
    const previous = at > 0 ? [cuts[at - 3]!, cuts[at - 1]!] : [-1, 0];
    if (!block || start < 0 || end <= start || end > block.text.length) return undefined;
    if (b < previous[0]! || (b === previous[0] && start < previous[1]!)) return undefined;
    const text = block.text.slice(start, end);
    if (text.trim() !== text) return undefined;
    perBlock.set(b, (perBlock.get(b) ?? 0) + 1);
    const from = prose.lines.position(block.offsetOf(start));
    const to = prose.lines.position(block.offsetOf(end - 1) + 1);
    passages.push({ sourceId: id, index: passages.length, text, heading: false, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  }
  // A block of one sentence that does not end like one ("Cast", "By Jane Doe") is a heading.
  for (let at = 0, p = 0; at < cuts.length; at += 3, p++) {
    const block = prose.blocks[cuts[at]!]!;
    passages[p]!.heading = block.heading ?? (perBlock.get(cuts[at]!) === 1 && !SENTENCE_END.test(block.text.trim()));
  }
  const meta = { ...prose.meta };
  if (meta.title === undefined && passages[0]?.heading) meta.title = passages[0].text;
  return { id, file, ...meta, passages };
}

/** The error for an article that has no prose at all. */
export function emptySource(file: string): InputError {
  return new InputError({ file, line: 1, column: 1 }, "a source article with text; it has none");
}
