// Reads a claims file (YAML or JSON: YAML parses both and keeps positions) into located claims.
import type { ErrorObject } from "ajv";
import { LineCounter, parseDocument, type Document, type Node } from "yaml";
import { InputError, InputErrors, type Claim } from "../types.js";
import validate from "../generated/claims-validator.js";
import { findJsonSyntaxError } from "./json-syntax.js";
import { findExcessNesting, MAX_YAML_DEPTH } from "../io/yaml-depth.js";
import { positionOf } from "../text/position.js";

/** Defaults for what one run accepts; the CLI's --max-claim-length and --max-claims change them. */
export const CLAIM_LIMITS = Object.freeze({
  /** Longest claim text, in characters (UTF-16 code units) after trimming. */
  textLength: 10_000,
  /** Most claims in one run, over all claims files. */
  count: 1_000_000,
});

const EXAMPLE = 'as "claims:" then "- text: …" lines, or {"claims": [{"text": "…"}]}';

export interface ClaimsText {
  file: string;
  text: string;
}

export interface ParseClaimsOptions {
  /** Ids used by claims read earlier (from other files), each with where that claim is. */
  taken?: ReadonlyMap<string, string>;
  maxClaimLength?: number;
  maxClaims?: number;
}

/** Parses and validates one claims file; throws InputErrors naming every problem found. */
export function parseClaims({ file, text }: ClaimsText, options: ParseClaimsOptions = {}): Claim[] {
  const { taken = new Map<string, string>(), maxClaimLength = CLAIM_LIMITS.textLength, maxClaims = CLAIM_LIMITS.count } = options;
  const lineCounter = new LineCounter();
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (body.trim() === "") {
    throw new InputError({ file, line: 1, column: 1 }, `claims, ${EXAMPLE}; the file is empty`);
  }
  // A .json file is held to JSON: YAML would let a trailing comma or a comment pass.
  const isJson = /\.json$/i.test(file);
  const jsonError = isJson ? findJsonSyntaxError(body) : undefined;
  if (jsonError) throw new InputError(positionOf(file, body, jsonError.offset), `valid JSON: ${jsonError.expected}`);

  const tooDeep = findExcessNesting(body);
  if (tooDeep !== undefined) {
    throw new InputError(positionOf(file, body, tooDeep), `lists and mappings nested at most ${MAX_YAML_DEPTH} deep (indentation counts too)`);
  }
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Later syntax errors mostly follow from the first; one clear message is worth more.
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    throw new InputError(at(syntaxError.pos[0]), `valid ${isJson ? "JSON" : "YAML"}: ${syntaxMessage(syntaxError.message)}`);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml throws on aliases that expand too far (a "billion laughs" file).
    if (error instanceof ReferenceError || error instanceof RangeError) {
      throw new InputError({ file, line: 1, column: 1 }, `YAML whose aliases (*name) do not expand too far; ${error.message}`);
    }
    throw error;
  }
  if (data === null || data === undefined) {
    throw new InputError({ file, line: 1, column: 1 }, `claims, ${EXAMPLE}; the file has none`);
  }
  if (!validate(data)) {
    throw new InputErrors(schemaErrors(validate.errors ?? [], doc, at));
  }

  const listPath = Array.isArray(data) ? [] : ["claims"];
  const list = (Array.isArray(data) ? data : (data as { claims: unknown[] }).claims) as RawClaim[];
  if (list.length > maxClaims) {
    const listNode = (listPath.length > 0 ? doc.getIn(listPath, true) : doc.contents) as Node | undefined;
    throw new InputError(
      at(listNode?.range?.[0] ?? 0),
      `at most ${maxClaims} claims; this file has ${list.length} (raise the limit with --max-claims)`,
    );
  }
  const claims: Claim[] = [];
  // The line of the claim using each id so far in this file.
  const seen = new Map<string, number>();
  // Ids written in the file, so a made-up id never takes one a later claim states.
  const stated = new Set(list.filter((raw) => raw.id !== undefined).map((raw) => String(raw.id)));
  const isTaken = (id: string) => seen.has(id) || taken.has(id) || stated.has(id);
  const errors: InputError[] = [];
  list.forEach((raw, index) => {
    const node = doc.getIn([...listPath, index], true) as Node | undefined;
    const textNode = doc.getIn([...listPath, index, "text"], true) as Node | undefined;
    const range = textNode?.range ?? node?.range ?? [0, 0, 0];
    const start = at(range[0]);
    const end = at(range[1]);
    const field = fieldName([...listPath, index]);
    const id = raw.id === undefined ? stableId(raw.text, isTaken) : String(raw.id);
    const earlierLine = seen.get(id);
    const earlier = earlierLine !== undefined ? `on line ${earlierLine}` : taken.has(id) ? `at ${taken.get(id)}` : undefined;
    if (earlier !== undefined) {
      const idNode = doc.getIn([...listPath, index, "id"], true) as Node | undefined;
      errors.push(new InputError(at(idNode?.range?.[0] ?? range[0]), `a unique id in ${field}.id; "${id}" is already used by the claim ${earlier}`));
    }
    seen.set(id, start.line);
    const claimText = raw.text.trim();
    if (claimText.length > maxClaimLength) {
      errors.push(
        new InputError(start, `claim text of at most ${maxClaimLength} characters in ${field}.text; it has ${claimText.length} (raise the limit with --max-claim-length)`),
      );
    }
    claims.push({
      id,
      text: claimText,
      ...(raw.cites ? { cites: raw.cites } : {}),
      ...(raw.note !== undefined ? { note: raw.note } : {}),
      location: { ...start, endLine: end.line, endColumn: end.column },
    });
  });
  if (errors.length > 0) throw new InputErrors(errors);
  return claims;
}

interface RawClaim {
  id?: string | number;
  text: string;
  cites?: string[];
  note?: string;
}

function schemaErrors(
  errors: readonly ErrorObject[],
  doc: Document,
  at: (offset: number) => { file: string; line: number; column: number },
): InputError[] {
  // The top-level oneOf reports each branch's failures; keep the ones from the branch the
  // document was aiming at (an object with `claims`, or a bare list).
  const meaningful = errors.filter((e) => e.keyword !== "oneOf" && !(e.instancePath === "" && e.keyword === "type"));
  if (meaningful.length === 0) {
    // Neither a mapping nor a list: a scalar at the top level.
    const node = doc.contents as Node | null;
    return [new InputError(at(node?.range?.[0] ?? 0), `a "claims" list at the top level, ${EXAMPLE}`)];
  }
  // {"claim": […]}: saying that "claim" is unknown already says what is missing.
  const unknownTopField = meaningful.some((e) => e.instancePath === "" && e.keyword === "additionalProperties");
  // {"txt": "…"} in a claim: the missing "text" says it; "txt" being unknown follows from it.
  const missingAt = new Set(meaningful.filter((e) => e.instancePath !== "" && e.keyword === "required").map((e) => e.instancePath));
  const chosen = meaningful.filter(
    (e) =>
      !(unknownTopField && e.instancePath === "" && e.keyword === "required") &&
      !(missingAt.has(e.instancePath) && e.keyword === "additionalProperties"),
  );
  const unique = new Map<string, InputError>();
  for (const error of chosen) {
    const path = error.instancePath.split("/").slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
    const node = (path.length > 0 ? doc.getIn(path, true) : doc.contents) as Node | undefined;
    const place = at(node?.range?.[0] ?? 0);
    const message = describe(error, path);
    unique.set(`${place.line}:${place.column}:${message}`, new InputError(place, message));
  }
  return [...unique.values()];
}

function describe(error: ErrorObject, path: readonly (string | number)[]): string {
  const field = path.length > 0 ? ` in ${fieldName(path)}` : " at the top level";
  const last = path[path.length - 1];
  switch (error.keyword) {
    case "required":
      return `a "${String(error.params["missingProperty"])}" field${field}`;
    case "additionalProperties":
      return path.length === 0
        ? `only a "claims" list at the top level; found "${String(error.params["additionalProperty"])}"`
        : `only the fields id, text, cites, note${field}; found "${String(error.params["additionalProperty"])}"`;
    case "type":
      return `${typeName(String(error.params["type"]))}${field}`;
    case "minItems":
      return `at least one claim${field}`;
    case "minLength":
    case "pattern":
    case "minimum":
      return last === "id"
        ? `an id of letters, digits and . _ : / - (at most 128 characters)${field}`
        : `claim text that is not empty${field}`;
    case "uniqueItems":
      return `each cited source once${field}`;
    default:
      return `${error.message ?? "a valid value"}${field}`;
  }
}

/** claims[3].text, as users would write the path. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    object: "a mapping (key: value)",
    array: "a list",
    string: "a string",
    "string,integer": "a string or whole number",
  };
  return names[type] ?? `a value of type ${type}`;
}

/** A claim without an id gets one from its text, so it stays the same when claims move. */
function stableId(text: string, isTaken: (id: string) => boolean): string {
  let hash = 0x811c9dc5;
  for (const char of text.trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const base = `claim-${hash.toString(16).padStart(8, "0")}`;
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}

/** yaml's first message line, without the position it repeats ("at line 3, column 5"). */
function syntaxMessage(message: string): string {
  if (message.startsWith("Map keys must be unique")) return "each key once in a mapping; this one is repeated";
  if (message.startsWith("Source contains multiple documents")) return "one document; a second one starts here";
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
