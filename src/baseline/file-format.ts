// The baseline file: JSON valid against schema/baseline.schema.json, sorted by claims file and
// id, one key order, so it diffs well and two runs on the same claims write the same bytes.
// parseBaseline (pure) reads one that may come from anyone's pull request: every problem is an
// InputError naming the line and column and what was expected there.
import type { ErrorObject } from "ajv";
import { findJsonSyntaxError } from "../claims/json-syntax.js";
import { InputError, type Baseline, type BaselineEntry } from "../types.js";
import validate from "../generated/baseline-validator.js";
import { claimKey } from "./fingerprint.js";
import { sortEntries } from "./record.js";
import { positionOf } from "../text/position.js";

export const BASELINE_VERSION = "1.0";

/** What a user is told a baseline should be, when it is not one at all. */
const WHAT = 'a baseline as "claimcheck baseline" writes it: {"baselineVersion": "1.0", "failures": [...]}';

/** The file's text: sorted entries, keys in one order, two-space indents, a final newline. */
export function serializeBaseline(baseline: Baseline): string {
  const failures = sortEntries(baseline.entries).map(({ file, id, verdict, textHash, evidence }) => ({
    file,
    id,
    verdict,
    textHash,
    ...(evidence !== undefined ? { evidence } : {}),
  }));
  return `${JSON.stringify({ baselineVersion: BASELINE_VERSION, failures }, null, 2)}\n`;
}

export interface BaselineText {
  /** The file, as shown to users. */
  file: string;
  text: string;
}

/** Parses and validates a baseline file; entries keep the `file` written in it. */
export function parseBaseline({ file, text }: BaselineText): Baseline {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError({ file, line: 1, column: 1 }, `${WHAT}; the file is empty`);
  const syntax = findJsonSyntaxError(body);
  if (syntax) throw new InputError(positionOf(file, body, syntax.offset), `valid JSON: ${syntax.expected}`);
  const data: unknown = JSON.parse(body);
  if (!validate(data)) {
    const error = validate.errors?.[0];
    throw new InputError(locate(file, body, error?.instancePath ?? ""), error ? describe(error) : WHAT);
  }
  const entries = (data as { failures: BaselineEntry[] }).failures;
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = seen.get(claimKey(entry));
    if (earlier !== undefined) {
      throw new InputError(
        locate(file, body, `/failures/${index}`),
        `each claim once in failures; failures[${index}] repeats failures[${earlier}] (claim "${entry.id}" of ${entry.file})`,
      );
    }
    seen.set(claimKey(entry), index);
  });
  return { entries };
}

function describe(error: ErrorObject): string {
  const path = error.instancePath.split("/").slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
  const field = fieldName(path);
  const where = field === "" ? " at the top level" : ` in ${field}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return path.length === 0 ? `${WHAT}; "${String(params["missingProperty"])}" is missing` : `a "${String(params["missingProperty"])}" field${where}`;
    case "additionalProperties":
      return path.length === 0
        ? `only baselineVersion and failures at the top level; found "${String(params["additionalProperty"])}"`
        : `only the fields file, id, verdict, textHash, evidence${where}; found "${String(params["additionalProperty"])}"`;
    case "const":
      return `baselineVersion "${BASELINE_VERSION}"; found ${JSON.stringify(error.data)} (record the baseline again with this version of claimcheck)`;
    case "type":
      return path.length === 0 ? WHAT : `${typeName(String(params["type"]))}${where}`;
    case "enum":
      return `one of supported, conflicting, unsourced${where}; found ${JSON.stringify(error.data)}`;
    case "maxItems":
      return `at most ${String(params["limit"])} failures; the file lists ${(error.data as unknown[]).length}`;
    case "minLength":
      return `a value that is not empty${where}`;
    case "maxLength":
      return `at most ${String(params["limit"])} characters${where}`;
    case "pattern":
      return path[path.length - 1] === "textHash"
        ? `16 lowercase hex digits${where}`
        : `a source id, "#" and 16 lowercase hex digits${where}`;
    default:
      return `${error.message ?? "a valid value"}${where}`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = { object: "a mapping of fields", array: "a list", string: "a string" };
  return names[type] ?? `a value of type ${type}`;
}

/** failures[3].textHash, as users would write the path. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Where the value at a JSON pointer is written, found only on the way to an error. */
function locate(file: string, text: string, pointer: string): { file: string; line: number; column: number } {
  const path = pointer.split("/").slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
  return positionOf(file, text, offsetOfValue(text, path));
}

/**
 * The offset of the value a path leads to in a text already known to be valid JSON: one pass,
 * skipping whatever lies before it without building it, however long or deep the file is.
 */
function offsetOfValue(text: string, path: readonly (string | number)[]): number {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const skipString = () => {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    i++;
  };
  const skipValue = () => {
    if (text[i] === '"') return skipString();
    if (text[i] !== "[" && text[i] !== "{") {
      while (i < text.length && !",]} \t\r\n".includes(text[i]!)) i++;
      return;
    }
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") depth--;
      i++;
    } while (depth > 0 && i < text.length);
  };
  skipSpace();
  for (const step of path) {
    const open = text[i];
    if (open !== "[" && open !== "{") return i;
    i++;
    skipSpace();
    for (let n = 0; ; n++) {
      if (text[i] === "]" || text[i] === "}") return i;
      if (open === "{") {
        const keyStart = i;
        skipString();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        skipSpace();
        i++; // the colon
        skipSpace();
        if (key === step) break;
      } else if (n === step) {
        break;
      }
      skipValue();
      skipSpace();
      if (text[i] !== ",") return i;
      i++;
      skipSpace();
    }
  }
  return i;
}
