// An article's metadata from YAML front matter or a ` date YYYY-MM-DD` header line.
import { LineCounter, parseDocument } from "yaml";
import { InputError, type SourceMeta } from "../types.js";
import { findExcessNesting, MAX_YAML_DEPTH } from "../io/yaml-depth.js";

const META_KEYS = ["title", "date", "url", "publisher"] as const;

/** Reads front matter whose first line is line `firstLine` of the file. */
export function readFrontMatter(yamlText: string, file: string, firstLine: number): SourceMeta {
  const lineCounter = new LineCounter();
  if (findExcessNesting(yamlText) !== undefined) {
    throw new InputError({ file, line: firstLine, column: 1 }, `front matter nested at most ${MAX_YAML_DEPTH} deep (indentation counts too)`);
  }
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const pos = lineCounter.linePos(error.pos[0]);
    throw new InputError({ file, line: pos.line + firstLine - 1, column: pos.col }, `valid YAML front matter: ${error.message.split("\n")[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses aliases that expand too far (a "billion laughs" file) by throwing.
    throw new InputError({ file, line: firstLine, column: 1 }, `front matter whose aliases do not expand too far (${(error as Error).message})`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError({ file, line: firstLine, column: 1 }, "front matter that is a mapping of title, date, url, publisher");
  }
  const meta: SourceMeta = {};
  const record = data as Record<string, unknown>;
  for (const key of META_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    meta[key] = key === "date" ? checkDate(text, { file, line: lineOfKey(yamlText, key) + firstLine - 1, column: 1 }) : text;
  }
  return meta;
}

function lineOfKey(yamlText: string, key: string): number {
  const index = yamlText.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

export function checkDate(text: string, where: { file: string; line: number; column: number }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new InputError(where, `a date as YYYY-MM-DD, not "${text.trim()}"`);
  }
  return match[0];
}
