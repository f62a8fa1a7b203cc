// Reads a claims file (YAML or JSON: YAML parses both and keeps positions) into located claims.
import { Ajv, type ErrorObject } from "ajv";
import { LineCounter, parseDocument, type Document, type Node } from "yaml";
import { InputError, InputErrors, type Claim } from "../types.js";
import claimsSchema from "./claims-schema.js";

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(claimsSchema);

export interface ClaimsText {
  file: string;
  text: string;
}

/** Parses and validates one claims file; throws InputErrors naming every problem found. */
export function parseClaims({ file, text }: ClaimsText): Claim[] {
  const lineCounter = new LineCounter();
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };

  if (doc.errors.length > 0) {
    throw new InputErrors(
      doc.errors.map((e) => new InputError(at(e.pos[0]), `valid YAML or JSON: ${firstLine(e.message)}`)),
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new InputError({ file, line: 1, column: 1 }, 'claims, as {"claims": [{"id": "c1", "text": "…"}]}; the file is empty');
  }
  if (!validate(data)) {
    throw new InputErrors(schemaErrors(validate.errors ?? [], doc, at));
  }

  const listPath = Array.isArray(data) ? [] : ["claims"];
  const list = (Array.isArray(data) ? data : (data as { claims: unknown[] }).claims) as RawClaim[];
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  const errors: InputError[] = [];
  list.forEach((raw, index) => {
    const node = doc.getIn([...listPath, index], true) as Node | undefined;
    const textNode = doc.getIn([...listPath, index, "text"], true) as Node | undefined;
    const range = textNode?.range ?? node?.range ?? [0, 0, 0];
    const start = at(range[0]);
    const end = at(range[1]);
    const id = raw.id === undefined ? stableId(raw.text, seen) : String(raw.id);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const idNode = doc.getIn([...listPath, index, "id"], true) as Node | undefined;
      errors.push(new InputError(at(idNode?.range?.[0] ?? range[0]), `a unique claim id; "${id}" is already used on line ${earlier}`));
    }
    seen.set(id, start.line);
    claims.push({
      id,
      text: raw.text.trim(),
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
  const chosen = meaningful.length > 0 ? meaningful : errors;
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
function stableId(text: string, seen: ReadonlyMap<string, number>): string {
  let hash = 0x811c9dc5;
  for (const char of text.trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const base = `claim-${hash.toString(16).padStart(8, "0")}`;
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  return id;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
