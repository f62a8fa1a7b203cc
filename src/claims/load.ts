// Reads claims files from disk, expanding globs. Parsing and validation are in parse.ts.
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { InputError, InputErrors, type Claim } from "../types.js";
import { displayPath, READ_LIMITS, readText, resolveInside } from "../io/read-text.js";
import { parseClaims } from "./parse.js";

export interface LoadClaimsOptions {
  cwd: string;
  /** When set (paths from a config file), paths and globs may not lead outside this folder. */
  root?: string | undefined;
  maxFileBytes?: number;
}

/** Expands globs ("claims/**\/*.yaml") to files, sorted; a pattern matching nothing is an error. */
export function expandClaimPaths(patterns: readonly string[], options: LoadClaimsOptions): string[] {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern) && !existsSync(join(options.cwd, pattern))) {
      const matches = globSync(pattern, { cwd: options.cwd, onlyFiles: true, absolute: false, dot: false }).sort();
      if (matches.length === 0) errors.push(new InputError({ file: pattern }, "a glob that matches claims files; it matches none"));
      files.push(...matches);
    } else {
      files.push(pattern);
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return [...new Set(files)];
}

/** Reads and validates every claims file; ids must be unique across all of them. */
export function loadClaims(paths: readonly string[], options: LoadClaimsOptions): Claim[] {
  const errors: InputError[] = [];
  const claims: Claim[] = [];
  const seen = new Map<string, Claim>();
  for (const path of paths) {
    const shown = displayPath(options.cwd, path);
    try {
      const absolute = resolveFromCwd(options.cwd, path);
      const real = options.root === undefined ? absolute : resolveInside(options.root, absolute, shown);
      const text = readText(real, shown, "a claims file (YAML or JSON)", options.maxFileBytes ?? READ_LIMITS.claimsFileBytes);
      for (const claim of parseClaims({ file: shown, text })) {
        const earlier = seen.get(claim.id);
        if (earlier) {
          errors.push(new InputError(claim.location, `a unique claim id; "${claim.id}" is already used at ${earlier.location.file}:${earlier.location.line}`));
          continue;
        }
        seen.set(claim.id, claim);
        claims.push(claim);
      }
    } catch (error) {
      if (error instanceof InputErrors) errors.push(...error.errors);
      else if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return claims;
}

function resolveFromCwd(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}
