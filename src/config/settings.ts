// What a run uses: flags given on the command line, else the config file, else the defaults.
import { resolve } from "node:path";
import { DEFAULT_FAIL_ON } from "../check.js";
import { CLAIM_LIMITS } from "../claims/parse.js";
import { READ_LIMITS } from "../io/read-text.js";
import type { Verdict } from "../types.js";
import type { Config, Output } from "./load.js";

export const DEFAULTS = Object.freeze({
  sources: Object.freeze(["sources"]),
  outputs: Object.freeze([{ format: "text" }] as Output[]),
  failOn: DEFAULT_FAIL_ON,
  maxUnsourced: 0,
  maxConflicting: 0,
  quiet: false,
  allowSkippedSources: false,
  maxFileSize: READ_LIMITS.claimsFileBytes,
  maxClaimLength: CLAIM_LIMITS.textLength,
  maxClaims: CLAIM_LIMITS.count,
});

/** The settings flags can give; absent when the flag was not on the command line. */
export interface Flags {
  claims?: string[] | undefined;
  sources?: string[] | undefined;
  /** Formats with the output file paired to each (see pairOutputs). */
  outputs?: Output[] | undefined;
  failOn?: Verdict[] | undefined;
  maxUnsourced?: number | undefined;
  maxConflicting?: number | undefined;
  quiet?: boolean | undefined;
  allowSkippedSources?: boolean | undefined;
  /** A folder, or false for --no-cache. */
  cache?: string | false | undefined;
  maxFileSize?: number | undefined;
  maxClaimLength?: number | undefined;
  maxClaims?: number | undefined;
  /** The baseline file; false with --no-baseline. */
  baseline?: string | false | undefined;
  lexicon?: string[] | undefined;
}

/** A list of paths, and the folder they are relative to. */
export interface Paths {
  paths: readonly string[];
  /** The folder the paths are relative to (absolute). */
  base: string;
  /** For paths from a config file, the folder they may not lead out of; undefined for paths typed. */
  root: string | undefined;
}

/** One path, and the folder it is relative to, as in Paths. */
export interface PathIn {
  path: string;
  base: string;
  root: string | undefined;
}

export interface Settings {
  claims: Paths;
  sources: Paths;
  outputs: { list: readonly Output[]; base: string; root: string | undefined };
  failOn: readonly Verdict[];
  maxUnsourced: number;
  maxConflicting: number;
  quiet: boolean;
  allowSkippedSources: boolean;
  /** The cache folder (absolute), false for none, or undefined for the default place. */
  cache: string | false | undefined;
  maxFileSize: number;
  maxClaimLength: number;
  maxClaims: number;
  /** The config file the settings came from, as shown to users. */
  configFile: string | undefined;
  /** The baseline file of known failures; undefined for none. */
  baseline: PathIn | undefined;
  /** Lexicon files of the user's own, added to the shipped lexicon. */
  lexicon: Paths;
}

/**
 * Merges flags over the config over the defaults. Paths typed are relative to the working
 * folder; paths from the config to the config's folder, and may not lead outside it.
 */
export function mergeSettings(flags: Flags, config: Config | undefined, cwd: string): Settings {
  const claimsFlag = flags.claims !== undefined && flags.claims.length > 0 ? flags.claims : undefined;
  const paths = (given: readonly string[] | undefined, configured: readonly string[] | undefined, fallback: readonly string[]): Paths =>
    given !== undefined
      ? { paths: given, base: cwd, root: undefined }
      : configured !== undefined && config !== undefined
        ? { paths: configured, base: config.folder, root: config.folder }
        : // A default is where the project is: the config's folder when there is one.
          { paths: fallback, base: config?.folder ?? cwd, root: undefined };
  const configCache = config?.cache === undefined ? undefined : config.cache === false ? false : resolve(config.folder, config.cache);
  const flagCache = flags.cache === undefined || flags.cache === false ? flags.cache : resolve(cwd, flags.cache);
  const outputsFromConfig = flags.outputs === undefined && config?.outputs !== undefined;
  return {
    claims: paths(claimsFlag, config?.claims, []),
    sources: paths(flags.sources, config?.sources, DEFAULTS.sources),
    outputs: {
      list: flags.outputs ?? config?.outputs ?? DEFAULTS.outputs,
      base: outputsFromConfig ? config!.folder : cwd,
      root: outputsFromConfig ? config!.folder : undefined,
    },
    failOn: flags.failOn ?? config?.failOn ?? DEFAULTS.failOn,
    maxUnsourced: flags.maxUnsourced ?? config?.maxUnsourced ?? DEFAULTS.maxUnsourced,
    maxConflicting: flags.maxConflicting ?? config?.maxConflicting ?? DEFAULTS.maxConflicting,
    quiet: flags.quiet ?? config?.quiet ?? DEFAULTS.quiet,
    allowSkippedSources: flags.allowSkippedSources ?? config?.allowSkippedSources ?? DEFAULTS.allowSkippedSources,
    cache: flagCache ?? configCache,
    maxFileSize: flags.maxFileSize ?? config?.maxFileSize ?? DEFAULTS.maxFileSize,
    maxClaimLength: flags.maxClaimLength ?? config?.maxClaimLength ?? DEFAULTS.maxClaimLength,
    maxClaims: flags.maxClaims ?? config?.maxClaims ?? DEFAULTS.maxClaims,
    configFile: config?.file,
    lexicon: paths(flags.lexicon, config?.lexicon, []),
    baseline:
      flags.baseline !== undefined
        ? flags.baseline === false
          ? undefined
          : { path: flags.baseline, base: cwd, root: undefined }
        : config?.baseline !== undefined
          ? { path: config.baseline, base: config.folder, root: config.folder }
          : undefined,
  };
}

