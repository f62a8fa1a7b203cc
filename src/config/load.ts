// The config file: settings only, never code. loadConfig looks for it in the working folder;
// parseConfig (pure) reads and validates one, naming the line and column of each problem.
import { existsSync } from "node:fs";
import { basename, isAbsolute, join, posix, resolve, win32 } from "node:path";
import type { ErrorObject } from "ajv";
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { displayPath, READ_LIMITS, readText } from "../io/read-text.js";
import { findExcessNesting, MAX_YAML_DEPTH } from "../io/yaml-depth.js";
import type { FormatName } from "../report/index.js";
import { InputError, InputErrors, type Verdict } from "../types.js";
import configSchema from "./config-schema.js";
import validate from "../generated/config-validator.js";

/** Where a config is looked for in the working folder, in this order; the first found wins. */
export const CONFIG_FILES = [".claimcheckrc.yaml", ".claimcheckrc.yml", ".claimcheckrc.json", "claimcheck.config.json", "package.json"] as const;
/** The key of package.json that holds claimcheck's settings. */
export const PACKAGE_KEY = "claimcheck";

/** Settings from a config file; paths in it are relative to the working folder. */
export interface Config {
  /** The file the settings came from, as shown to users. */
  file: string;
  sources?: string[];
  claims?: string[];
  failOn?: Verdict[];
  maxUnsourced?: number;
  format?: FormatName[];
  outputFile?: string[];
  quiet?: boolean;
}

/** The settings that hold paths, which may not lead outside the working folder. */
const PATH_SETTINGS = ["sources", "claims", "outputFile"] as const;
const SETTING_NAMES = Object.keys(configSchema["properties"] as object).filter((name) => name !== "$schema");

/** Reads the config named by --config, or else the first of CONFIG_FILES found in `cwd`. */
export function loadConfig({ cwd, file }: { cwd: string; file?: string | undefined }): Config | undefined {
  if (file !== undefined) {
    const config = readConfig(cwd, file);
    if (!config) throw new InputError({ file: displayPath(cwd, file) }, `a "${PACKAGE_KEY}" key holding the settings`);
    return config;
  }
  for (const name of CONFIG_FILES) {
    if (!existsSync(join(cwd, name))) continue;
    const config = readConfig(cwd, name);
    if (config) return config;
  }
  return undefined;
}

function readConfig(cwd: string, file: string): Config | undefined {
  const shown = displayPath(cwd, file);
  const text = readText(resolve(cwd, file), shown, "a config file (YAML or JSON)", READ_LIMITS.claimsFileBytes);
  return parseConfig({ file: shown, text, ...(basename(file) === "package.json" ? { key: PACKAGE_KEY } : {}) });
}

export interface ConfigText {
  file: string;
  text: string;
  /** The top-level key holding the settings (package.json's "claimcheck"); absent: the whole file. */
  key?: string;
}

/** Parses and validates a config; undefined when `key` is given and the file does not have it. */
export function parseConfig({ file, text, key }: ConfigText): Config | undefined {
  const lineCounter = new LineCounter();
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (findExcessNesting(body) !== undefined) throw new InputError({ file, line: 1, column: 1 }, `settings nested at most ${MAX_YAML_DEPTH} deep`);
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    throw new InputErrors(doc.errors.map((e) => new InputError(at(e.pos[0]), `valid YAML or JSON: ${e.message.split("\n")[0]}`)));
  }
  let whole: unknown;
  try {
    whole = doc.toJS();
  } catch (error) {
    // yaml throws on aliases that expand too far (a "billion laughs" file).
    throw new InputError({ file, line: 1, column: 1 }, `YAML whose aliases (*name) do not expand too far; ${(error as Error).message}`);
  }
  const base = key === undefined ? [] : [key];
  if (key !== undefined && !(isRecord(whole) && key in whole)) return undefined;
  const data = key === undefined ? whole : (whole as Record<string, unknown>)[key];
  if (data === null || data === undefined) return { file };

  const locate = (path: readonly (string | number)[]) => at(nodeAt(doc, [...base, ...path])?.range?.[0] ?? 0);
  if (!validate(data)) throw new InputErrors(schemaErrors(validate.errors ?? [], doc, base, at));
  const raw = data as Omit<Config, "file" | "sources"> & { sources?: string | string[] };
  const config: Config = {
    file,
    ...(raw.sources !== undefined ? { sources: typeof raw.sources === "string" ? [raw.sources] : raw.sources } : {}),
    ...(raw.claims !== undefined ? { claims: raw.claims } : {}),
    ...(raw.failOn !== undefined ? { failOn: raw.failOn } : {}),
    ...(raw.maxUnsourced !== undefined ? { maxUnsourced: raw.maxUnsourced } : {}),
    ...(raw.format !== undefined ? { format: raw.format } : {}),
    ...(raw.outputFile !== undefined ? { outputFile: raw.outputFile } : {}),
    ...(raw.quiet !== undefined ? { quiet: raw.quiet } : {}),
  };
  const errors: InputError[] = [];
  for (const setting of PATH_SETTINGS) {
    config[setting]?.forEach((path, index) => {
      if (!leadsOutside(path)) return;
      const place = setting === "sources" && typeof raw.sources === "string" ? [setting] : [setting, index];
      errors.push(new InputError(locate(place), `a path inside the project folder in ${fieldName([...base, ...place])}; "${path}" leads outside it`));
    });
  }
  if (errors.length > 0) throw new InputErrors(errors.sort(byPlace));
  return config;
}

/** An absolute path, or one that climbs above the folder it is relative to. */
function leadsOutside(path: string): boolean {
  if (isAbsolute(path) || win32.isAbsolute(path)) return true;
  const normal = posix.normalize(path.replace(/\\/g, "/"));
  return normal === ".." || normal.startsWith("../");
}

function schemaErrors(
  errors: readonly ErrorObject[],
  doc: Document,
  base: readonly string[],
  at: (offset: number) => { file: string; line: number; column: number },
): InputError[] {
  const unique = new Map<string, InputError>();
  for (const error of errors) {
    const path = error.instancePath
      .split("/")
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
    const node = nodeAt(doc, [...base, ...path]);
    const offset = error.keyword === "additionalProperties" ? keyOffset(node, String(error.params["additionalProperty"])) : undefined;
    const place = at(offset ?? node?.range?.[0] ?? 0);
    const message = describe(error, fieldName([...base, ...path]), path.length === 0);
    unique.set(`${place.line}:${place.column}:${message}`, new InputError(place, message));
  }
  return [...unique.values()].sort(byPlace);
}

function describe(error: ErrorObject, field: string, topLevel: boolean): string {
  const where = topLevel && field === "" ? "" : ` in ${field}`;
  switch (error.keyword) {
    case "additionalProperties":
      return `only the settings ${SETTING_NAMES.join(", ")}${where}; found "${String(error.params["additionalProperty"])}"`;
    case "type":
      return topLevel ? `a mapping of settings (${SETTING_NAMES.join(", ")})${where}` : `${typeName(String(error.params["type"]))}${where}`;
    case "enum":
      return `one of ${(error.params["allowedValues"] as unknown[]).join(", ")}${where}; found ${JSON.stringify(error.data)}`;
    case "minItems":
      return `at least one entry${where}`;
    case "minLength":
      return `a path that is not empty${where}`;
    case "minimum":
      return `a whole number of 0 or more${where}`;
    case "uniqueItems":
      return `each verdict once${where}`;
    default:
      return `${error.message ?? "a valid value"}${where}`;
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    "string,array": "a path or a list of paths",
    array: "a list",
    string: "a string",
    integer: "a whole number",
    boolean: "true or false",
  };
  return names[type] ?? `a value of type ${type}`;
}

/** claimcheck.claims[3], as users would write the path. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  return (path.length > 0 ? doc.getIn(path, true) : doc.contents) as Node | undefined;
}

/** Where a key is written in a mapping, to point at an unknown setting itself. */
function keyOffset(node: Node | undefined, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function byPlace(a: InputError, b: InputError): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
