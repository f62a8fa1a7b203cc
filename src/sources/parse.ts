// Turns one article's text into a Source: metadata from its header, passages with positions.
import { LineCounter, parseDocument } from "yaml";
import { InputError, type Passage, type Source, type SourceMeta } from "../types.js";
import { findExcessNesting, MAX_YAML_DEPTH } from "../io/yaml-depth.js";
import { segmentSentences } from "./segment.js";

const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const META_KEYS = ["title", "date", "url", "publisher"] as const;
// A line that ends like a sentence; anything else standing alone is a heading.
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

export interface SourceText {
  id: string;
  file: string;
  text: string;
}

/** Parses an article: ` date YYYY-MM-DD` header or YAML front matter, then passages. */
export function parseSource({ id, file, text }: SourceText): Source {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  const meta: SourceMeta = {};
  let firstLine = 0;
  let firstColumn = 0;

  const front = FRONT_MATTER.exec(body);
  if (front) {
    Object.assign(meta, readFrontMatter(front[1] ?? "", file));
    firstLine = front[0].split("\n").length - (front[0].endsWith("\n") ? 1 : 0);
  } else {
    const header = DATE_HEADER.exec(lines[0] ?? "");
    if (header?.[1]) {
      meta.date = checkDate(header[1], { file, line: 1, column: 1 });
      firstColumn = header[0].length;
    }
  }

  const passages: Passage[] = [];
  for (let i = firstLine; i < lines.length; i++) {
    const offset = i === firstLine ? firstColumn : 0;
    const { text: lineText, column } = stripMarkdown(lines[i]!.slice(offset), offset);
    if (!lineText.trim()) continue;
    addLinePassages(passages, id, lineText, i + 1, column);
  }
  if (meta.title === undefined) {
    const heading = passages.find((p) => p.heading);
    if (heading && heading.index === 0) meta.title = heading.text;
  }
  return { id, file, ...meta, passages };
}

function addLinePassages(passages: Passage[], sourceId: string, text: string, line: number, column: number): void {
  const sentences = segmentSentences(text);
  const standsAlone = sentences.length === 1 && !SENTENCE_END.test(text.trim());
  for (const sentence of sentences) {
    passages.push({
      sourceId,
      index: passages.length,
      text: sentence.text,
      heading: standsAlone,
      line,
      column: column + sentence.start + 1,
      endLine: line,
      endColumn: column + sentence.start + sentence.text.length + 1,
    });
  }
}

/** Drops Markdown heading, quote and list markers, keeping the column of what remains. */
function stripMarkdown(line: string, column: number): { text: string; column: number } {
  const marker = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)?/.exec(line)?.[0] ?? "";
  return { text: stripClosingHashes(line.slice(marker.length)), column: column + marker.length };
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

function readFrontMatter(yamlText: string, file: string): SourceMeta {
  const lineCounter = new LineCounter();
  if (findExcessNesting(yamlText) !== undefined) {
    throw new InputError({ file, line: 2, column: 1 }, `front matter nested at most ${MAX_YAML_DEPTH} deep (indentation counts too)`);
  }
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    // The front matter starts on the file's second line, after the opening ---.
    const [line, column] = [pos.line + 1, pos.col];
    throw new InputError({ file, line, column }, `valid YAML front matter: ${error.message.split("\n")[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses aliases that expand too far (a "billion laughs" file) by throwing.
    throw new InputError({ file, line: 2, column: 1 }, `front matter whose aliases do not expand too far (${(error as Error).message})`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError({ file, line: 2, column: 1 }, "front matter that is a mapping of title, date, url, publisher");
  }
  const meta: SourceMeta = {};
  const record = data as Record<string, unknown>;
  for (const key of META_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    meta[key] = key === "date" ? checkDate(text, { file, line: lineOfKey(yamlText, key), column: 1 }) : text;
  }
  return meta;
}

function lineOfKey(yamlText: string, key: string): number {
  const index = yamlText.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 2 : index + 2;
}

function checkDate(text: string, where: { file: string; line: number; column: number }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new InputError(where, `a date as YYYY-MM-DD, not "${text.trim()}"`);
  }
  return match[0];
}
