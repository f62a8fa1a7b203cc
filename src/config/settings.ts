// What a run uses: flags given on the command line, else the config file, else the defaults.
import { DEFAULT_FAIL_ON } from "../check.js";
import type { FormatName } from "../report/index.js";
import type { Verdict } from "../types.js";
import type { Config } from "./load.js";

export const DEFAULTS = Object.freeze({
  sources: Object.freeze(["sources"]),
  format: Object.freeze(["text"] as FormatName[]),
  outputFile: Object.freeze([] as string[]),
  failOn: DEFAULT_FAIL_ON,
  maxUnsourced: 0,
  quiet: false,
});

/** The settings flags can give; absent when the flag was not on the command line. */
export interface Flags {
  claims?: string[] | undefined;
  sources?: string[] | undefined;
  format?: FormatName[] | undefined;
  outputFile?: string[] | undefined;
  failOn?: Verdict[] | undefined;
  maxUnsourced?: number | undefined;
  quiet?: boolean | undefined;
}

export interface Settings {
  claims: readonly string[];
  sources: readonly string[];
  format: readonly FormatName[];
  outputFile: readonly string[];
  failOn: readonly Verdict[];
  maxUnsourced: number;
  quiet: boolean;
  /**
   * For each list of paths that came from the config file, the folder it may not lead out of
   * (the working folder); undefined for paths the user typed.
   */
  roots: { claims: string | undefined; sources: string | undefined; outputFile: string | undefined };
}

/**
 * Merges flags over the config over the defaults. --format replaces the config's formats and
 * output files together, so a config's output file never pairs with a format typed by hand.
 */
export function mergeSettings(flags: Flags, config: Config | undefined, cwd: string): Settings {
  const claimsFlag = flags.claims !== undefined && flags.claims.length > 0 ? flags.claims : undefined;
  const fromConfig = (given: unknown, configured: unknown) => (given === undefined && configured !== undefined ? cwd : undefined);
  const outputFile = flags.format !== undefined ? (flags.outputFile ?? []) : (flags.outputFile ?? config?.outputFile ?? DEFAULTS.outputFile);
  return {
    claims: claimsFlag ?? config?.claims ?? [],
    sources: flags.sources ?? config?.sources ?? DEFAULTS.sources,
    format: flags.format ?? config?.format ?? DEFAULTS.format,
    outputFile,
    failOn: flags.failOn ?? config?.failOn ?? DEFAULTS.failOn,
    maxUnsourced: flags.maxUnsourced ?? config?.maxUnsourced ?? DEFAULTS.maxUnsourced,
    quiet: flags.quiet ?? config?.quiet ?? DEFAULTS.quiet,
    roots: {
      claims: fromConfig(claimsFlag, config?.claims),
      sources: fromConfig(flags.sources, config?.sources),
      outputFile: flags.format !== undefined ? undefined : fromConfig(flags.outputFile, config?.outputFile),
    },
  };
}
