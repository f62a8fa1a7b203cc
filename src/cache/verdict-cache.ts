// The verdict cache: a claim judged against the same sources, by the same code, with the same
// lexicon, is judged the same way again, so a run that changed none of them takes each claim's
// verdict from here and judges only the claims it has not seen. What a verdict is read from is
// one key (`judgingKey`): every source's path and the SHA-256 of its text, the language's
// identity (a user's lexicon files included), the code of the whole tool and the versions of the
// packages it runs on, and Node's. Within it, a claim is found by its text and the sources it
// cites. Verdicts live in one pack (pack.ts) stamped with that key; a pack of any other key is
// never read, and is removed when verdicts are next saved.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Claim, Source } from "../types.js";
import { VERDICTS } from "../types.js";
import type { ClaimVerdict } from "../judge/verdict.js";
import type { VerdictMemory } from "../check.js";
import { readPack, writePack } from "./pack.js";

/** Bumped whenever the layout of a stored verdict changes. */
export const VERDICT_FORMAT = 1;

/** Verdicts kept past those this run used: enough for a few claims files judged by turns. */
const MAX_KEPT = 50_000;

export interface VerdictCacheStats {
  /** Claims whose verdict was taken from the cache. */
  hits: number;
  /** Claims judged because the cache held no verdict for them. */
  misses: number;
  /** Verdicts found but not trusted (a bad checksum, a malformed entry): judged again. */
  rejected: number;
  /** Saves that failed; the run goes on without them. */
  unwritable: number;
}

export interface VerdictCacheOptions {
  onUnwritable?: (folder: string, error: unknown) => void;
  /** Told when the verdicts folder is not to be trusted (see `untrusted`): every claim is judged. */
  onDistrusted?: (folder: string, why: string) => void;
}

/** What a verdict was judged against, but for the claim: one source as the key counts it. */
export interface JudgedSource {
  id: string;
  file: string;
  /** The SHA-256 of its text. */
  hash: string;
}

/** The key of everything a verdict depends on besides its claim. */
export function judgingKey(sources: readonly JudgedSource[], languageIdentity: string): string {
  const hash = createHash("sha256").update(`${VERDICT_FORMAT}\0${codeFingerprint()}\0${languageIdentity}\0`);
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, file, hash: text } of sorted) hash.update(`${id}\0${file}\0${text}\n`);
  return hash.digest("hex");
}

/** A claim as its verdict depends on it: its text and the sources it cites. */
function claimKey(claim: Claim): string {
  return createHash("sha256").update(JSON.stringify([claim.text, claim.cites ?? null])).digest("hex");
}

export class VerdictCache implements VerdictMemory {
  readonly stats: VerdictCacheStats = { hits: 0, misses: 0, rejected: 0, unwritable: 0 };
  private readonly folder: string;
  private readonly key: string;
  private readonly onUnwritable: ((folder: string, error: unknown) => void) | undefined;
  /** The pack of this key, read on first use; null when there is none. */
  private pack: ReturnType<typeof readPack> | null | undefined;
  /** Verdicts this run used or judged, by claim key, and whether any was judged afresh. */
  private readonly used = new Map<string, Buffer>();
  private judged = false;
  /** Why the folder is not trusted; undefined when it is. */
  private readonly distrust: string | undefined;

  /** `folder` is the cache folder; `key` comes from `judgingKey`. */
  constructor(folder: string, key: string, options: VerdictCacheOptions = {}) {
    this.folder = join(folder, "verdicts");
    this.key = key;
    this.onUnwritable = options.onUnwritable;
    this.distrust = untrusted(this.folder);
    if (this.distrust) options.onDistrusted?.(this.folder, this.distrust);
  }

  recall(claim: Claim): ClaimVerdict | undefined {
    if (this.distrust) {
      this.stats.misses++;
      return undefined;
    }
    const key = claimKey(claim);
    const pack = this.openPack();
    const bytes = this.used.get(key) ?? (pack?.has(key) ? pack.entry(key) : undefined);
    const verdict = bytes && decode(bytes);
    if (verdict) {
      this.stats.hits++;
      this.used.set(key, bytes);
      return verdict;
    }
    if (pack?.has(key)) this.stats.rejected++;
    this.stats.misses++;
    return undefined;
  }

  keep(claim: Claim, verdict: ClaimVerdict): void {
    this.used.set(claimKey(claim), serialize(verdict));
    this.judged = true;
  }

  /**
   * Writes this run's verdicts, with those of the same key it did not use, as one pack, and
   * removes every other: verdicts of sources or code since changed are of no further use.
   */
  save(): void {
    if (this.distrust || (!this.judged && this.stats.rejected === 0)) return;
    const entries = new Map(this.used);
    const pack = this.openPack();
    for (const { hash } of pack?.header.entries ?? []) {
      if (entries.size >= Math.max(MAX_KEPT, this.used.size)) break;
      // Checked against its checksum; read as a verdict when a run recalls it.
      const bytes = entries.has(hash) ? undefined : pack!.entry(hash);
      if (bytes) entries.set(hash, bytes);
    }
    try {
      mkdirSync(this.folder, { recursive: true });
      const written = writePack(this.folder, VERDICT_FORMAT, this.key, [], entries);
      for (const name of packNames(this.folder)) if (name !== written) rmSync(join(this.folder, name), { force: true });
    } catch (error) {
      this.stats.unwritable++;
      this.onUnwritable?.(dirname(this.folder), error);
    }
    this.judged = false;
  }

  private openPack(): ReturnType<typeof readPack> | null {
    if (this.pack === undefined) {
      this.pack = null;
      // The newest pack of this key; packs of others are not read at all.
      for (const name of packNames(this.folder).sort().reverse()) {
        const pack = readPack(this.folder, name);
        if (pack?.header.format === VERDICT_FORMAT && pack.header.version === this.key) {
          this.pack = pack;
          break;
        }
      }
    }
    return this.pack;
  }
}

/**
 * Why verdicts kept in `folder` are not to be trusted, or undefined: a verdict read from a file
 * is as good as the hands that could write it, so a folder other users can write to, or another
 * user owns, is neither read nor written (as ssh refuses a key others can write).
 */
function untrusted(folder: string): string | undefined {
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    return undefined;
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid && stat.uid !== 0) return `it belongs to another user (uid ${stat.uid})`;
  if ((stat.mode & 0o002) !== 0) return "anyone can write to it";
  return undefined;
}

function packNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith(".pack"));
  } catch {
    return [];
  }
}

/** A stored verdict, or undefined when it is not one. */
function decode(bytes: Buffer): ClaimVerdict | undefined {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const verdict = value as Partial<ClaimVerdict>;
  const ok =
    VERDICTS.includes(verdict.verdict as (typeof VERDICTS)[number]) &&
    typeof verdict.reason === "string" &&
    Array.isArray(verdict.evidence) &&
    Array.isArray(verdict.conflicts) &&
    typeof verdict.trace === "object" &&
    verdict.trace !== null;
  return ok ? (verdict as ClaimVerdict) : undefined;
}

/** Every source as the key counts it. */
export function judgedSources(sources: readonly Source[], hashOf: (id: string) => string | undefined): JudgedSource[] | undefined {
  const judged: JudgedSource[] = [];
  for (const { id, file } of sources) {
    const hash = hashOf(id);
    // A source the cache did not read has no hash to key on: no verdict is remembered.
    if (hash === undefined) return undefined;
    judged.push({ id, file, hash });
  }
  return judged;
}

/**
 * The code that judges: every module of the tool (built, or its sources when run from them), the
 * versions of the packages it depends on (their data, WordNet's among them, decides verdicts too)
 * and Node's.
 */
function codeFingerprint(): string {
  const hash = createHash("sha256").update(process.version);
  const root = fileURLToPath(new URL("../", import.meta.url));
  for (const file of modules(root)) hash.update(`\0${file.slice(root.length)}\0`).update(readFileSync(file));
  const packageFile = fileURLToPath(new URL("../../package.json", import.meta.url));
  let dependencies: Record<string, string> = {};
  try {
    dependencies = (JSON.parse(readFileSync(packageFile, "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {};
  } catch {
    // Installed without its package.json: the code alone.
  }
  for (const name of Object.keys(dependencies).sort()) hash.update(`\0${name}@${installedVersion(name, dirname(packageFile)) ?? "?"}`);
  return hash.digest("hex");
}

/** The tool's modules under `folder`, in a fixed order. */
function modules(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...modules(path));
    else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(path);
  }
  return found;
}

/** The version of a package as Node would find it from `from`, looking up the folders. */
function installedVersion(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    try {
      return (JSON.parse(readFileSync(join(folder, "node_modules", name, "package.json"), "utf8")) as { version?: string }).version;
    } catch {
      // Not installed here.
    }
    if (dirname(folder) === folder) return undefined;
  }
}
