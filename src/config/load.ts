// The config file: settings only, never code. loadConfig looks for it in the working folder and
// the folders above it, as ESLint and markdownlint-cli2 do; parseConfig (pure) reads and
// validates one, naming the line and column of each problem.
import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, posix, resolve, win32 } from "node:path";
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

/** A format to write, and the file to write it to (none: standard output). */
export interface Output {
  format: FormatName;
  file?: string;
}

/** Settings from a config file; paths in it are relative to the folder holding it (`folder`). */
export interface Config {
  /** The file the settings came from, as shown to users. */
  file: string;
  /** The folder paths in it are relative to and stay inside (absolute): the one holding it, or the working folder for --config. */
  folder: string;
  sources?: string[];
  claims?: string[];
  failOn?: Verdict[];
  maxUnsourced?: number;
  maxConflicting?: number;
  outputs?: Output[];
  quiet?: boolean;
  allowSkippedSources?: boolean;
  /** The cache folder, or false for none. */
  cache?: string | false;
  maxFileSize?: number;
  maxClaimLength?: number;
  maxClaims?: number;
  /** The baseline file of known failures. */
  baseline?: string;
  /** Lexicon files of the user's own. */
  lexicon?: string[];
}

/** The settings that hold paths, which may not lead outside the config's folder. */
const PATH_SETTINGS = ["sources", "claims", "lexicon"] as const;
const FORMAT_LIST = "text, json, sarif, github, junit, markdown, html";
const SETTING_NAMES = Object.keys(configSchema["properties"] as object).filter((name) => name !== "$schema");

/**
 * Reads the config named by --config, or else the first of CONFIG_FILES found in `cwd` or, if
 * none is there, in the nearest folder above it that has one (a package.json counts only with a
 * "claimcheck" key).
 */
export function loadConfig({ cwd, file }: { cwd: string; file?: string | undefined }): Config | undefined {
  if (file !== undefined) {
    // As with ESLint's --config, paths in a config named on the command line are relative to
    // the working folder; in one found by looking, to the folder that holds it.
    const config = readConfig(cwd, resolve(cwd, file), cwd);
    if (!config) throw new InputError({ file: displayPath(cwd, file) }, `a "${PACKAGE_KEY}" key holding the settings`);
    return config;
  }
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILES) {
      if (!existsSync(join(folder, name))) continue;
      const config = readConfig(cwd, join(folder, name), folder);
      if (config) return config;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

function readConfig(cwd: string, path: string, folder: string): Config | undefined {
  const shown = displayPath(cwd, path);
  const text = readText(path, shown, "a config file (YAML or JSON)", READ_LIMITS.claimsFileBytes);
  return parseConfig({ file: shown, folder, text, ...(basename(path) === "package.json" ? { key: PACKAGE_KEY } : {}) });
}

export interface ConfigText {
  file: string;
  /** The folder its paths are relative to (absolute). */
  folder: string;
  text: string;
  /** The top-level key holding the settings (package.json's "claimcheck"); absent: the whole file. */
  key?: string;
}

/** Parses and validates a config; undefined when `key` is given and the file does not have it. */
export function parseConfig({ file, folder, text, key }: ConfigText): Config | undefined {
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
  if (data === null || data === undefined) return { file, folder };

  const locate = (path: readonly (string | number)[]) => at(nodeAt(doc, [...base, ...path])?.range?.[0] ?? 0);
  if (!validate(data)) throw new InputErrors(schemaErrors(validate.errors ?? [], doc, base, at));
  const raw = data as Omit<Config, "file" | "folder" | "sources" | "outputs" | "cache"> & { sources?: string | string[]; format?: string[]; cache?: string | boolean };
  const { sources, format, cache, ...plain } = raw;
  const config: Config = {
    file,
    folder,
    ...(sources !== undefined ? { sources: typeof sources === "string" ? [sources] : sources } : {}),
    ...(format !== undefined ? { outputs: format.map(parseOutput) } : {}),
    ...(cache !== undefined && cache !== true ? { cache } : {}),
    ...plain,
  };
  const errors: InputError[] = [];
  const refuse = (place: (string | number)[], path: string) =>
    errors.push(new InputError(locate(place), `a path inside the project folder in ${fieldName([...base, ...place])}; "${path}" leads outside it`));
  for (const setting of PATH_SETTINGS) {
    config[setting]?.forEach((path, index) => {
      if (leadsOutside(path)) refuse(setting === "sources" && typeof sources === "string" ? [setting] : [setting, index], path);
    });
  }
  config.outputs?.forEach(({ file: output }, index) => {
    if (output !== undefined && leadsOutside(output)) refuse(["format", index], output);
  });
  if (typeof config.cache === "string" && leadsOutside(config.cache)) refuse(["cache"], config.cache);
  if (config.baseline !== undefined && leadsOutside(config.baseline)) refuse(["baseline"], config.baseline);
  if (errors.length > 0) throw new InputErrors(errors.sort(byPlace));
  return config;
}

/** "sarif=claimcheck.sarif" → sarif to that file; "text" → text to standard output. */
export function parseOutput(entry: string): Output {
  const equals = entry.indexOf("=");
  if (equals < 0) return { format: entry as FormatName };
  return { format: entry.slice(0, equals) as FormatName, file: entry.slice(equals + 1) };
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
      if (error.params["additionalProperty"] === "outputFile") {
        return `output files written in format, as "sarif=claimcheck.sarif"${where}; found "outputFile"`;
      }
      return `only the settings ${SETTING_NAMES.join(", ")}${where}; found "${String(error.params["additionalProperty"])}"`;
    case "pattern":
      return `a format (${FORMAT_LIST}), or one with a file to write it to, as "sarif=claimcheck.sarif"${where}; found ${JSON.stringify(error.data)}`;
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
    "string,boolean": "a folder, or false for no cache",
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
