// The command line: flags in, exit code out. It reads files, picks formats and decides the
// exit code; judging is the library's (check.ts). Only src/cli.ts touches `process`.
import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import yargs, { type Argv } from "yargs";
import { check } from "../check.js";
import { expandClaimPaths, loadClaims } from "../claims/load.js";
import { CONFIG_FILES, loadConfig } from "../config/load.js";
import { DEFAULTS, mergeSettings, type Flags, type Settings } from "../config/settings.js";
import { escapeLine } from "../report/escape.js";
import { REPORTERS } from "../report/index.js";
import { loadCorpus } from "../cache/load-corpus.js";
import { loadEnglish } from "../language/load.js";
import type { Language } from "../language/language.js";
import { assertCacheUntracked, defaultCacheFolder } from "../cache/location.js";
import { displayPath, readText, resolveInside } from "../io/read-text.js";
import { InputError, InputErrors, VERDICTS, type Changes, type Claim, type Draft, type Report } from "../types.js";
import { loadDraftRules } from "../drafts/load-rules.js";
import { extract, type ExtractArgs } from "./extract.js";
import { TOOL } from "../generated/version.js";
import { compareWithBaseline } from "../baseline/compare.js";
import { pruneBaseline, recordBaseline } from "../baseline/record.js";
import { selectChangedClaims, withChangedSince } from "../changes/select-claims.js";
import { changesSince } from "../git/changes-since.js";
import { DEFAULT_BASELINE, readBaselineFile, writeBaselineFile } from "./baseline-file.js";
import { STARTER_CONFIG, STARTER_CONFIG_FILE } from "./init.js";
import { checkOutputs, pairOutputs, UsageError } from "./outputs.js";
import { resolveOutputFile } from "./output-file.js";
import { printedConfig } from "./print-config.js";
import { progressOn } from "./progress.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress only then). */
  stderrIsTTY?: boolean;
  /** Reads all of standard input, for a claims file named "-". */
  readStdin?: () => Buffer;
  /**
   * Holds SIGINT and SIGTERM off while `write` runs, then lets a held one end the process: a cache
   * pack being written is finished and renamed into place rather than left half-written.
   */
  holdSignals?: (write: () => void) => Promise<void>;
}

export interface MainParams {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
}

export const EXIT = Object.freeze({ ok: 0, failing: 1, error: 2 });

/** GitHub shows at most this much of a step's summary (1 MiB). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Flags as parsed; the settings a config file can also give are undefined when not typed. */
interface CheckArgs extends Omit<Flags, "outputs"> {
  format: string[] | undefined;
  outputFile: string[] | undefined;
  config: string | undefined;
  color: boolean | undefined;
  explain: boolean;
  printConfig: boolean | undefined;
  /** Rewrite the --baseline file without its fixed claims. */
  prune: boolean | undefined;
  /** Check only what changed since this git revision. */
  changedSince: string | undefined;
}

/** `claimcheck baseline`: what check reads, and the one file it writes. */
interface BaselineArgs extends Omit<Flags, "outputs" | "baseline"> {
  config: string | undefined;
  outputFile: string | undefined;
}

const NUMBER_FLAGS = ["max-unsourced", "max-conflicting", "max-file-size", "max-claim-length", "max-claims"] as const;
const COMMANDS = ["check", "extract", "init", "baseline"];

/** Runs the command line and returns the exit code: 0 all pass, 1 a claim fails, 2 bad input. */
export async function main({ argv, cwd, env, io }: MainParams): Promise<number> {
  let command: "check" | "extract" | "init" | "baseline" | undefined;
  let extractArgs: ExtractArgs | undefined;
  let parsed: CheckArgs | undefined;
  let parsedBaseline: BaselineArgs | undefined;
  let usageError: string | undefined;
  let output = "";
  const parser = yargs()
    .scriptName("claimcheck")
    .usage("$0 check CLAIMS... --sources DIR\n\nChecks each claim against source articles: supported, conflicting or unsourced.\nCLAIMS are claims files (.yaml, .yml, .json) or draft articles (.md, .markdown, .txt, .text), a claim a sentence.")
    .command(
      "check [claims..]",
      "check claims files (YAML or JSON) or draft articles (Markdown or plain text) against source articles; globs allowed; - reads a claims file from standard input",
      (y) =>
        inputOptions(y)
          .option("format", { alias: "f", type: "string", array: true, nargs: 1, defaultDescription: "text", describe: "output format (text, json, sarif, github, junit, markdown, html), or FORMAT=FILE to write it to a file; repeat for several" })
          .option("output-file", { alias: "o", type: "string", array: true, nargs: 1, describe: "write the format named right before it to this file" })
          .option("quiet", { alias: "q", type: "boolean", defaultDescription: String(DEFAULTS.quiet), describe: "report failing claims only" })
          .option("explain", { type: "boolean", default: false, describe: "show how each verdict was reached: the claim's atoms, the passage each aligned to, what decided" })
          .option("print-config", { type: "boolean", describe: "print the settings in force, as a config file would give them, and check nothing" })
          .option("color", { type: "boolean", describe: "colour the text report (default: on a terminal, unless NO_COLOR is set)" })
          .option("baseline", { type: "string", describe: `known failures (from claimcheck baseline) to show without failing; bare: ${DEFAULT_BASELINE} (--no-baseline: none)` })
          .option("prune", { type: "boolean", describe: "rewrite the --baseline file without the claims fixed since" })
          .option("changed-since", { type: "string", nargs: 1, describe: "check only claims added or edited since this git revision, or touched by a source changed since" }),
      (args) => {
        command = "check";
        parsed = args as unknown as CheckArgs;
        // yargs drops a lone "-"; here it names standard input as a claims file.
        if (namesStdin(argv)) parsed.claims = [...(parsed.claims ?? []), "-"];
      },
    )
    .command(
      "baseline [claims..]",
      "record today's failing claims, so that check --baseline fails only on new ones",
      (y) =>
        inputOptions(y).option("output-file", {
          alias: "o",
          type: "string",
          nargs: 1,
          defaultDescription: `the config's baseline, else ${DEFAULT_BASELINE}`,
          describe: "the baseline file to write",
        }),
      (args) => {
        command = "baseline";
        parsedBaseline = args as unknown as BaselineArgs;
        if (namesStdin(argv)) parsedBaseline.claims = [...(parsedBaseline.claims ?? []), "-"];
      },
    )
    .command(
      "extract <drafts..>",
      "write the claims a check of draft articles would read, as a claims file (YAML)",
      (y) =>
        y
          .positional("drafts", { type: "string", array: true, describe: "draft articles (.md, .markdown, .txt, .text) or globs" })
          .option("output-file", { alias: "o", type: "string", nargs: 1, describe: "write the claims file here instead of to stdout" })
          .option("max-file-size", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxFileSize), describe: "largest draft read, in bytes" })
          .option("max-claim-length", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxClaimLength), describe: "longest claim text, in characters" }),
      (args) => {
        command = "extract";
        extractArgs = args as unknown as ExtractArgs;
      },
    )
    .command("init", `write a commented ${STARTER_CONFIG_FILE} to start from`, () => undefined, () => {
      command = "init";
    })
    .demandCommand(1, "name a command: claimcheck check CLAIMS... --sources DIR")
    .strict()
    .version(TOOL.version)
    .alias("v", "version")
    .help()
    .alias("h", "help")
    .wrap(100)
    .exitProcess(false)
    .fail((message, error) => {
      usageError = usageMessage(message ?? error?.message ?? "invalid arguments", argv);
    });

  const missing = missingCommand(argv);
  if (missing) usageError = missing;
  else {
    await parser.parseAsync([...argv], {}, (_error, _args, text) => {
      output = text ?? "";
    });
  }
  if (usageError !== undefined) {
    io.stderr(`claimcheck: ${escapeLine(usageError)}\nRun 'claimcheck --help' for usage.\n`);
    return EXIT.error;
  }
  try {
    if (command === "init") return init(cwd, io);
    if (command === "baseline" && parsedBaseline) return await runBaseline(parsedBaseline, { cwd, env, io });
    if (command === "extract" && extractArgs) return extract(extractArgs, { cwd, io });
    if (!parsed) {
      if (output) io.stdout(`${output}\n`);
      return EXIT.ok;
    }
    return await runCheck(parsed, argv, { cwd, env, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`claimcheck: ${escapeLine(error.message)}\nRun 'claimcheck --help' for usage.\n`);
      return EXIT.error;
    }
    const errors = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : undefined;
    if (!errors) throw error;
    // Messages quote file names and claim text, which must not act on the terminal either.
    for (const e of errors) io.stderr(`claimcheck: ${escapeLine(e.message)}\n`);
    return EXIT.error;
  }
}

/** `claimcheck claims.yaml`: a claims file where the command belongs. Says what was likely meant. */
function missingCommand(argv: readonly string[]): string | undefined {
  const first = argv[0];
  if (first === undefined || COMMANDS.includes(first) || !(first === "-" || /[./*]/.test(first))) return undefined;
  return `"${first}" is not a command; to check claims, name the command first: claimcheck check ${argv.join(" ")}`;
}

/** Whether a lone "-" stands among the claims files (not as a flag's value, nor after "--"). */
function namesStdin(argv: readonly string[]): boolean {
  const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
  return argv.slice(0, end).some((arg, i) => arg === "-" && !VALUE_FLAGS.has(argv[i - 1] ?? ""));
}

/** Flags whose next word is their value. */
const VALUE_FLAGS: ReadonlySet<string> = new Set([
  "-s", "--sources", "-f", "--format", "-o", "--output-file", "--fail-on", "--config", "--cache", "--baseline", "--changed-since",
  ...NUMBER_FLAGS.map((flag) => `--${flag}`),
]);

function init(cwd: string, io: Io): number {
  const existing = CONFIG_FILES.filter((name) => name !== "package.json").find((name) => existsSync(join(cwd, name)));
  if (existing) throw new InputError({ file: existing }, `no config file here yet; this one would be replaced, so ${STARTER_CONFIG_FILE} is not written`);
  writeFileSync(join(cwd, STARTER_CONFIG_FILE), STARTER_CONFIG, { flag: "wx" });
  io.stdout(`claimcheck: wrote ${STARTER_CONFIG_FILE}; edit it, then run claimcheck check\n`);
  return EXIT.ok;
}

/** The options `check` and `baseline` share: what to read, and how to judge it. */
function inputOptions<T>(y: Argv<T>) {
  // Settings a config file can give have no yargs default, so a flag left out stays undefined.
  // Each list flag takes one value a time (repeat it), so `-f json claims.yaml` keeps
  // claims.yaml as a claims file.
  return y
    .positional("claims", { type: "string", array: true, defaultDescription: "the config's claims", describe: "claims files or globs; - reads standard input" })
    .option("sources", { alias: "s", type: "string", array: true, nargs: 1, defaultDescription: DEFAULTS.sources.join(" "), describe: "folder(s) of source articles" })
    .option("fail-on", { type: "string", array: true, nargs: 1, choices: VERDICTS, defaultDescription: DEFAULTS.failOn.join(" "), describe: "verdicts that fail the run" })
    .option("max-unsourced", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxUnsourced), describe: "fail on unsourced claims only past this many" })
    .option("max-conflicting", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxConflicting), describe: "fail on conflicting claims only past this many" })
    .option("max-file-size", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxFileSize), describe: "largest claims or source file read, in bytes" })
    .option("max-claim-length", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxClaimLength), describe: "longest claim text, in characters" })
    .option("max-claims", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxClaims), describe: "most claims in one run" })
    .option("allow-skipped-sources", { type: "boolean", defaultDescription: "false", describe: "end the run by its claims alone when a source could not be read (it is still reported)" })
    .option("config", { type: "string", describe: "read settings from this file instead of looking for .claimcheckrc.yaml and the like" })
    .option("lexicon", { type: "string", array: true, nargs: 1, describe: "a lexicon file of your own (YAML: paraphrases, opposites, stopwords…) added to the shipped one; repeatable" })
    .option("cache", { type: "string", nargs: 1, defaultDescription: "node_modules/.cache/claimcheck", describe: "keep the parsed, indexed sources and the verdicts in this folder for the next run (--no-cache: none)" });
}

async function runCheck(args: CheckArgs, argv: readonly string[], { cwd, env, io }: Omit<MainParams, "argv">): Promise<number> {
  validateNumbers(args);
  const outputs = pairOutputs(argv);
  if ((outputs?.length ?? 0) !== (args.format?.length ?? 0)) throw new UsageError("write each --format as a word of its own (-f json), not joined to other short flags");
  if (args.outputFile !== undefined && outputs === undefined) throw new UsageError("--output-file needs a --format right before it (-f sarif -o claimcheck.sarif)");
  const { format: _format, outputFile: _outputFile, config: configFile, color, printConfig, prune, changedSince, ...flags } = args;
  const config = loadConfig({ cwd, file: configFile });
  // yargs reads a bare --baseline as an empty file name: the default one.
  const settings = mergeSettings({ ...flags, ...(flags.baseline === "" ? { baseline: DEFAULT_BASELINE } : {}), outputs }, config, cwd);
  const outputErrors = checkOutputs(settings.outputs.list);
  if (outputErrors.length > 0) throw new InputErrors(outputErrors);
  const cache = settings.cache ?? defaultCacheFolder(config?.folder ?? cwd, env);
  if (printConfig) {
    io.stdout(printedConfig(settings, cache, cwd));
    return EXIT.ok;
  }
  if (settings.claims.paths.length === 0) throw new InputError({}, "at least one claims file: claimcheck check CLAIMS... --sources DIR");
  if (cache !== false) assertCacheUntracked(cache, displayPath(cwd, cache));
  const language = languageOf(settings);
  const { files, claims, drafts } = readClaims(settings, io, language);
  // Read before any judging, so that a bad baseline stops the run at once.
  const known = settings.baseline && readBaselineFile(settings.baseline, { cwd, claimsBase: settings.claims.base, maxFileBytes: settings.maxFileSize });
  if (prune && !known) throw new InputError({}, "--prune to go with --baseline FILE (or a baseline in the config): it rewrites that file");
  const changes =
    changedSince === undefined
      ? undefined
      : changesSince(changedSince, {
          cwd,
          env,
          claims: { files, base: settings.claims.base },
          sources: { folders: settings.sources.paths, base: settings.sources.base },
          maxFileBytes: settings.maxFileSize,
        });
  let report = await judgeClaims(claims, settings, cache, io, language, changes);
  if (drafts.length > 0) report = { ...report, drafts };
  if (known) report = compareWithBaseline(report, known.baseline, { file: known.file, claims, failOn: settings.failOn });
  writeReports(report, settings, { color, explain: args.explain }, { cwd, env, io });
  if (skippedSources(report, settings, io, "the run fails with exit code 2 (--allow-skipped-sources lets it pass)")) return EXIT.error;
  if (prune && known && report.baseline) {
    const fixed = report.baseline.absent.length;
    if (fixed > 0) writeBaselineFile(settings.baseline!, pruneBaseline(known.baseline, report.baseline), { cwd, claimsBase: settings.claims.base });
    io.stderr(`claimcheck: ${fixed > 0 ? `removed ${fixed} fixed claim${fixed === 1 ? "" : "s"} from` : "no fixed claims to remove from"} ${escapeLine(known.file)}\n`);
  }
  return report.summary.failing > 0 ? EXIT.failing : EXIT.ok;
}

/** Records the claims failing today in the baseline file, for `check --baseline` to know them. */
async function runBaseline(args: BaselineArgs, { cwd, env, io }: Omit<MainParams, "argv">): Promise<number> {
  validateNumbers(args);
  const { config: configFile, outputFile, ...flags } = args;
  if (outputFile === "") throw new InputError({}, "--output-file to name the baseline file to write");
  const config = loadConfig({ cwd, file: configFile });
  const settings = mergeSettings(flags, config, cwd);
  const cache = settings.cache ?? defaultCacheFolder(config?.folder ?? cwd, env);
  if (settings.claims.paths.length === 0) throw new InputError({}, "at least one claims file: claimcheck baseline CLAIMS... --sources DIR");
  if (cache !== false) assertCacheUntracked(cache, displayPath(cwd, cache));
  const language = languageOf(settings);
  const { claims } = readClaims(settings, io, language);
  const report = await judgeClaims(claims, settings, cache, io, language);
  // A claim unsourced only because its source could not be read is not a failure to record.
  if (skippedSources(report, settings, io, "no baseline is written (--allow-skipped-sources records one anyway)")) return EXIT.error;
  const baseline = recordBaseline(report, settings.failOn);
  // Like the cache, the default file is in the project: the config's folder when there is one.
  const where = outputFile !== undefined ? { path: outputFile, base: cwd, root: undefined } : (settings.baseline ?? { path: DEFAULT_BASELINE, base: config?.folder ?? cwd, root: undefined });
  const file = writeBaselineFile(where, baseline, { cwd, claimsBase: settings.claims.base });
  const byVerdict = VERDICTS.map((verdict) => [verdict, baseline.entries.filter((entry) => entry.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  const recorded = baseline.entries.length;
  io.stdout(`Recorded ${recorded} failing claim${recorded === 1 ? "" : "s"} of ${report.summary.total} in ${escapeLine(file)}${byVerdict.length > 0 ? ` (${byVerdict.join(", ")})` : ""}.\n`);
  return EXIT.ok;
}

type NumberFlags = Pick<Flags, "maxUnsourced" | "maxConflicting" | "maxFileSize" | "maxClaimLength" | "maxClaims">;

function validateNumbers(args: NumberFlags): void {
  for (const flag of NUMBER_FLAGS) {
    const value = args[camel(flag) as keyof NumberFlags];
    if (value !== undefined) validateNumber(value, `--${flag}`);
  }
}

/** The claims files the settings name, and the claims in them. */
function readClaims(settings: Settings, io: Io, language: Language): { files: string[]; claims: Claim[]; drafts: Draft[] } {
  const claimsOptions = {
    cwd: settings.claims.base,
    root: settings.claims.root,
    maxFileBytes: settings.maxFileSize,
    maxClaimLength: settings.maxClaimLength,
    maxClaims: settings.maxClaims,
    ...(io.readStdin ? { stdin: io.readStdin } : {}),
  };
  const files = expandClaimPaths(settings.claims.paths, claimsOptions);
  const drafts: Draft[] = [];
  const claims = loadClaims(files, { ...claimsOptions, drafts: { rules: loadDraftRules(), language, onDraft: (draft) => drafts.push(draft) } });
  return { files, claims, drafts };
}

/** Reads the sources and judges the claims; with `changes`, only those --changed-since picks. */
async function judgeClaims(claims: readonly Claim[], settings: Settings, cache: string | false, io: Io, language: Language, changes?: Changes): Promise<Report> {
  const progress = progressOn(io.stderr, io.stderrIsTTY === true);
  try {
    const loaded = loadCorpus(
      { folders: settings.sources.paths, cwd: settings.sources.base, root: settings.sources.root, maxFileBytes: settings.maxFileSize, cache, language },
      {
        save: false,
        onSkip: (file, why) => io.stderr(`claimcheck: skipped ${escapeLine(file)}: ${why}\n`),
        onProblem: ({ error }) => io.stderr(`claimcheck: skipped source ${escapeLine(error.message)}\n`),
        onSource: progress.reading,
        onUnwritable: (folder, error) => io.stderr(`claimcheck: cannot write the cache in ${escapeLine(folder)} (${(error as Error).message}); going on without it\n`),
        onDistrusted: (folder, why) => io.stderr(`claimcheck: not using the verdicts kept in ${escapeLine(folder)}: ${why}; judging every claim\n`),
      },
    );
    // A signal waits for a write to the cache to end, so no half-written file is left.
    const holding = io.holdSignals ?? ((write) => Promise.resolve(write()));
    await holding(loaded.save);
    const selection = changes && selectChangedClaims(claims, loaded.corpus, changes);
    const options = { failOn: settings.failOn, maxUnsourced: settings.maxUnsourced, maxConflicting: settings.maxConflicting };
    const report = check(selection?.checked ?? claims, loaded.corpus, options, { onProgress: progress.judging, memory: loaded.verdicts });
    const verdicts = loaded.verdicts;
    if (verdicts) await holding(() => verdicts.save());
    return changes && selection ? withChangedSince(report, changes, selection.skipped) : report;
  } finally {
    progress.end();
  }
}

/** Whether sources were skipped and that ends the run; if so, says so and what follows. */
function skippedSources(report: Report, settings: Settings, io: Io, consequence: string): boolean {
  if (report.problems.length === 0 || settings.allowSkippedSources) return false;
  const count = report.problems.length;
  io.stderr(`claimcheck: ${count} source${count === 1 ? " was" : "s were"} skipped (listed above and in the report); ${consequence}\n`);
  return true;
}

/** Each format to its file, or to stdout. */
function writeReports(report: Report, settings: Settings, { color, explain }: { color: boolean | undefined; explain: boolean }, { env, io }: Omit<MainParams, "argv">): void {
  const useColor = color ?? (io.isTTY && env["NO_COLOR"] === undefined && env["TERM"] !== "dumb");
  for (const { format, file } of settings.outputs.list) {
    const rendered = REPORTERS[format](report, { color: file === undefined && useColor, quiet: settings.quiet, explain });
    if (file === undefined) {
      io.stdout(rendered);
      continue;
    }
    const path = resolveOutputFile(settings.outputs.base, file, settings.outputs.root);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, rendered);
    } catch (error) {
      throw new InputError({ file }, `a writable output file; ${(error as Error).message}`);
    }
  }
  // On GitHub Actions, the github format also leaves the Markdown report on the run's summary page.
  const stepSummary = env["GITHUB_STEP_SUMMARY"];
  if (stepSummary && settings.outputs.list.some((o) => o.format === "github")) {
    try {
      const used = existsSync(stepSummary) ? statSync(stepSummary).size : 0;
      appendFileSync(stepSummary, REPORTERS.markdown(report, { color: false, quiet: settings.quiet, maxBytes: Math.max(0, STEP_SUMMARY_LIMIT - used) }));
    } catch (error) {
      throw new InputError({ file: stepSummary }, `a writable step summary file (GITHUB_STEP_SUMMARY); ${(error as Error).message}`);
    }
  }
}

/** yargs's usage messages, made one line each: "Invalid values:\n  Argument: format, Given: …". */
function usageMessage(message: string, argv: readonly string[]): string {
  const choice = /Argument: ([\w-]+), Given: (.*), Choices: (.*)/.exec(message);
  if (choice) return `--${choice[1]} takes one of ${choice[3]}; got ${choice[2]}`;
  const missing = /^Not enough arguments following: ([\w-]+)/.exec(message);
  if (missing) {
    const flag = missing[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return NUMBER_FLAGS.includes(flag as (typeof NUMBER_FLAGS)[number]) ? `--${flag} needs a whole number` : `--${flag} needs a value`;
  }
  const unknown = /^Unknown arguments?: (.*)$/.exec(message);
  if (unknown) {
    // yargs names each unknown option in kebab and camel case; one is enough.
    const names = [...new Set(unknown[1]!.split(", ").map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)))];
    // yargs names unknown options and stray words alike; the command line tells them apart.
    const typed = (name: string) =>
      argv.find((arg) => arg === `-${name}` || arg === `--${name}` || arg === `--no-${name}` || arg.startsWith(`--${name}=`));
    const isOption = (name: string) => typed(name) !== undefined;
    const options = names.filter(isOption).map((name) => typed(name)!.split("=")[0]!);
    const words = names.filter((name) => !isOption(name)).map((name) => JSON.stringify(name));
    return [
      ...(options.length > 0 ? [`unknown option ${options.join(", ")}`] : []),
      ...(words.length > 0 ? [`unexpected ${words.join(", ")}; the command is: claimcheck check CLAIMS... --sources DIR`] : []),
    ].join("; ");
  }
  return message.replace(/\s*\n\s*/g, " ");
}

function validateNumber(value: number, flag: string): void {
  if (!Number.isInteger(value) || value < 0) throw new InputError({}, `${flag} to be a whole number of 0 or more`);
}

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** English with the shipped lexicon and the user's own lexicon files, read within the file size limit. */
function languageOf(settings: Settings): Language {
  const { paths, base, root } = settings.lexicon;
  const lexicon = paths.map((path) => {
    const shown = displayPath(base, path);
    const file = root === undefined ? resolve(base, path) : resolveInside(root, path, shown);
    return { file: shown, text: readText(file, shown, "a lexicon file (YAML)", settings.maxFileSize) };
  });
  return loadEnglish({ lexicon });
}
