// Reads the source folders into a Corpus, through the index cache when there is one: the
// loader the command line and the benchmark share.
import { Corpus } from "../check.js";
import type { Language } from "../language/language.js";
import type { SkippedSource, Source } from "../types.js";
import { loadSources, type LoadSourcesOptions } from "../sources/load.js";
import { readProse } from "../sources/parse.js";
import type { SourceTerms } from "../match/index.js";
import { ParseAhead, parseFresh } from "../threads/parse-ahead.js";
import { SourceCache, type CacheStats } from "./source-cache.js";
import { judgedSources, judgingKey, VerdictCache } from "./verdict-cache.js";

export interface CorpusRecipe {
  folders: readonly string[];
  cwd: string;
  root?: string | undefined;
  maxFileBytes?: number | undefined;
  /** The cache folder (absolute), or false to read without one. */
  cache: string | false;
  /** The language the sources are read in. */
  language: Language;
}

export interface LoadCorpusOptions {
  onSkip?: LoadSourcesOptions["onSkip"];
  /** Write what was parsed back to the cache (off where the caller writes it later, with `save`). */
  save?: boolean;
  onUnwritable?: (folder: string, error: unknown) => void;
  /** Told when the cache's verdicts folder is not to be trusted: every claim is then judged. */
  onDistrusted?: (folder: string, why: string) => void;
  /**
   * Told of each source that cannot be read or parsed; the run goes on without it and the report
   * lists it. Without this, such a source stops the load.
   */
  onProblem?: LoadSourcesOptions["onProblem"];
  /** Told how many sources have been read, after each. */
  onSource?: (count: number) => void;
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** Writes what was parsed to the cache, when `save: false` left that to the caller. */
  save(): void;
  /** What the cache did; undefined without one. */
  cache: CacheStats | undefined;
  /** The verdicts judged before against these very sources, kept in the cache; undefined without one. */
  verdicts: VerdictCache | undefined;
  /** Milliseconds spent reading and splitting the sources, and building the index. */
  timings: { read: number; index: number };
}

export function loadCorpus(recipe: CorpusRecipe, options: LoadCorpusOptions = {}): LoadedCorpus {
  const started = performance.now();
  let count = 0;
  const skipped: SkippedSource[] = [];
  const cache = recipe.cache === false ? undefined : new SourceCache(recipe.cache, options.onUnwritable ? { onUnwritable: options.onUnwritable } : {});
  let ahead: ParseAhead | undefined;
  /** Without a cache, the terms of each source parsed, for the index. */
  const terms: SourceTerms[] = [];
  const sources = loadSources(recipe.folders, {
    cwd: recipe.cwd,
    root: recipe.root,
    ...(recipe.maxFileBytes !== undefined ? { maxFileBytes: recipe.maxFileBytes } : {}),
    ...(options.onSkip ? { onSkip: options.onSkip } : {}),
    ...(options.onProblem
      ? {
          onProblem: (problem: SkippedSource) => {
            skipped.push(problem);
            options.onProblem?.(problem);
          },
        }
      : {}),
    // A first run, or one without a cache, parses every article: a helper thread shares the work.
    prepare: (inputs) => {
      if (!cache?.hasEntries()) ahead = ParseAhead.start(inputs);
    },
    parse: (input) => {
      const elsewhere = () => ahead?.take(input);
      let source: Source;
      if (cache) source = cache.parse(input, elsewhere);
      else {
        const fresh = parseFresh(input, readProse(input), elsewhere());
        terms.push(fresh.terms);
        source = fresh.source;
      }
      options.onSource?.(++count);
      return source;
    },
  });
  ahead?.stop();
  if (options.save !== false) cache?.save();
  const read = performance.now();
  const corpus = new Corpus(sources, { language: recipe.language, terms: cache?.terms(sources) ?? terms, skipped });
  const judged = cache && judgedSources(sources, (id) => cache.hashOf(id));
  const verdicts =
    cache && judged && new VerdictCache(cache.folder, judgingKey(judged, recipe.language.identity), {
      ...(options.onUnwritable ? { onUnwritable: options.onUnwritable } : {}),
      ...(options.onDistrusted ? { onDistrusted: options.onDistrusted } : {}),
    });
  return { corpus, save: () => cache?.save(), cache: cache?.stats, verdicts, timings: { read: read - started, index: performance.now() - read } };
}
