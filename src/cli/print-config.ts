// The settings in force, written as a config file would give them (`--print-config`).
import type { Settings } from "../config/settings.js";
import { displayPath } from "../io/read-text.js";

/** JSON valid against schema/config.schema.json; paths as written, relative to where they were given. */
export function printedConfig(settings: Settings, cache: string | false, cwd: string): string {
  const config = {
    claims: settings.claims.paths,
    sources: settings.sources.paths,
    failOn: settings.failOn,
    maxUnsourced: settings.maxUnsourced,
    maxConflicting: settings.maxConflicting,
    format: settings.outputs.list.map(({ format, file }) => (file === undefined ? format : `${format}=${file}`)),
    quiet: settings.quiet,
    allowSkippedSources: settings.allowSkippedSources,
    cache: cache === false ? false : displayPath(cwd, cache),
    maxFileSize: settings.maxFileSize,
    maxClaimLength: settings.maxClaimLength,
    maxClaims: settings.maxClaims,
    ...(settings.baseline ? { baseline: settings.baseline.path } : {}),
    ...(settings.lexicon.paths.length > 0 ? { lexicon: settings.lexicon.paths } : {}),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
