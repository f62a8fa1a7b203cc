// The command line: flags in, exit code out. It reads files, picks formats and decides the
// exit code; judging is the library's (check.ts). Only src/cli.ts touches `process`.
import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import yargs from "yargs";
import { check } from "../check.js";
import { expandClaimPaths, loadClaims } from "../claims/load.js";
import { CONFIG_FILES, loadConfig } from "../config/load.js";
import { DEFAULTS, mergeSettings, type Flags, type Settings } from "../config/settings.js";
import { escapeLine } from "../report/escape.js";
import { REPORTERS } from "../report/index.js";
import { loadCorpus } from "../cache/load-corpus.js";
import { loadEnglish } from "../language/load.js";
import { assertCacheUntracked, defaultCacheFolder } from "../cache/location.js";
import { displayPath } from "../io/read-text.js";
import { InputError, InputErrors, VERDICTS, type Draft, type Report } from "../types.js";
import { loadDraftRules } from "../drafts/load-rules.js";
import { extract, type ExtractArgs } from "./extract.js";
import { TOOL } from "../generated/version.js";
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
}

const NUMBER_FLAGS = ["max-unsourced", "max-conflicting", "max-file-size", "max-claim-length", "max-claims"] as const;
const COMMANDS = ["check", "extract", "init"];

/** Runs the command line and returns the exit code: 0 all pass, 1 a claim fails, 2 bad input. */
export async function main({ argv, cwd, env, io }: MainParams): Promise<number> {
  let command: "check" | "extract" | "init" | undefined;
  let extractArgs: ExtractArgs | undefined;
  let parsed: CheckArgs | undefined;
  let usageError: string | undefined;
  let output = "";
  const parser = yargs()
    .scriptName("claimcheck")
    .usage("$0 check CLAIMS... --sources DIR\n\nChecks each claim against source articles: supported, conflicting or unsourced.\nCLAIMS are claims files (.yaml, .yml, .json) or draft articles (.md, .markdown, .txt, .text), a claim a sentence.")
    .command(
      "check [claims..]",
      "check claims files (YAML or JSON) or draft articles (Markdown or plain text) against source articles; globs allowed; - reads a claims file from standard input",
      (y) =>
        y
          // Settings a config file can give have no yargs default, so a flag left out stays undefined.
          // Each list flag takes one value a time (repeat it), so `-f json claims.yaml` keeps
          // claims.yaml as a claims file.
          .positional("claims", { type: "string", array: true, defaultDescription: "the config's claims", describe: "claims files or draft articles, or globs; - reads standard input" })
          .option("sources", { alias: "s", type: "string", array: true, nargs: 1, defaultDescription: DEFAULTS.sources.join(" "), describe: "folder(s) of source articles" })
          .option("format", { alias: "f", type: "string", array: true, nargs: 1, defaultDescription: "text", describe: "output format (text, json, sarif, github, junit, markdown, html), or FORMAT=FILE to write it to a file; repeat for several" })
          .option("output-file", { alias: "o", type: "string", array: true, nargs: 1, describe: "write the format named right before it to this file" })
          .option("fail-on", { type: "string", array: true, nargs: 1, choices: VERDICTS, defaultDescription: DEFAULTS.failOn.join(" "), describe: "verdicts that fail the run" })
          .option("max-unsourced", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxUnsourced), describe: "fail on unsourced claims only past this many" })
          .option("max-conflicting", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxConflicting), describe: "fail on conflicting claims only past this many" })
          .option("max-file-size", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxFileSize), describe: "largest claims or source file read, in bytes" })
          .option("max-claim-length", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxClaimLength), describe: "longest claim text, in characters" })
          .option("max-claims", { type: "number", nargs: 1, defaultDescription: String(DEFAULTS.maxClaims), describe: "most claims in one run" })
          .option("allow-skipped-sources", { type: "boolean", defaultDescription: "false", describe: "end the run by its claims alone when a source could not be read (it is still reported)" })
          .option("quiet", { alias: "q", type: "boolean", defaultDescription: String(DEFAULTS.quiet), describe: "report failing claims only" })
          .option("config", { type: "string", describe: "read settings from this file instead of looking for .claimcheckrc.yaml and the like" })
          .option("explain", { type: "boolean", default: false, describe: "show how each verdict was reached: the claim's atoms, the passage each aligned to, what decided" })
          .option("print-config", { type: "boolean", describe: "print the settings in force, as a config file would give them, and check nothing" })
          .option("color", { type: "boolean", describe: "colour the text report (default: on a terminal, unless NO_COLOR is set)" })
          .option("cache", { type: "string", nargs: 1, defaultDescription: "node_modules/.cache/claimcheck", describe: "keep the parsed, indexed sources in this folder for the next run (--no-cache: none)" }),
      (args) => {
        command = "check";
        parsed = args as unknown as CheckArgs;
        // yargs drops a lone "-"; here it names standard input as a claims file.
        if (namesStdin(argv)) parsed.claims = [...(parsed.claims ?? []), "-"];
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
  "-s", "--sources", "-f", "--format", "-o", "--output-file", "--fail-on", "--config", "--cache",
  ...NUMBER_FLAGS.map((flag) => `--${flag}`),
]);

function init(cwd: string, io: Io): number {
  const existing = CONFIG_FILES.filter((name) => name !== "package.json").find((name) => existsSync(join(cwd, name)));
  if (existing) throw new InputError({ file: existing }, `no config file here yet; this one would be replaced, so ${STARTER_CONFIG_FILE} is not written`);
  writeFileSync(join(cwd, STARTER_CONFIG_FILE), STARTER_CONFIG, { flag: "wx" });
  io.stdout(`claimcheck: wrote ${STARTER_CONFIG_FILE}; edit it, then run claimcheck check\n`);
  return EXIT.ok;
}

async function runCheck(args: CheckArgs, argv: readonly string[], { cwd, env, io }: Omit<MainParams, "argv">): Promise<number> {
  for (const flag of NUMBER_FLAGS) {
    const value = args[camel(flag) as keyof CheckArgs];
    if (value !== undefined) validateNumber(value as number, `--${flag}`);
  }
  const outputs = pairOutputs(argv);
  if ((outputs?.length ?? 0) !== (args.format?.length ?? 0)) throw new UsageError("write each --format as a word of its own (-f json), not joined to other short flags");
  if (args.outputFile !== undefined && outputs === undefined) throw new UsageError("--output-file needs a --format right before it (-f sarif -o claimcheck.sarif)");
  const { format: _format, outputFile: _outputFile, config: configFile, color, printConfig, ...flags } = args;
  const config = loadConfig({ cwd, file: configFile });
  const settings = mergeSettings({ ...flags, outputs }, config, cwd);
  const outputErrors = checkOutputs(settings.outputs.list);
  if (outputErrors.length > 0) throw new InputErrors(outputErrors);
  const cache = settings.cache ?? defaultCacheFolder(config?.folder ?? cwd, env);
  if (printConfig) {
    io.stdout(printedConfig(settings, cache, cwd));
    return EXIT.ok;
  }
  if (settings.claims.paths.length === 0) throw new InputError({}, "at least one claims file: claimcheck check CLAIMS... --sources DIR");
  if (cache !== false) assertCacheUntracked(cache, displayPath(cwd, cache));
  const claimsOptions = {
    cwd: settings.claims.base,
    root: settings.claims.root,
    maxFileBytes: settings.maxFileSize,
    maxClaimLength: settings.maxClaimLength,
    maxClaims: settings.maxClaims,
    ...(io.readStdin ? { stdin: io.readStdin } : {}),
  };
  const language = loadEnglish();
  const drafts: Draft[] = [];
  const claims = loadClaims(expandClaimPaths(settings.claims.paths, claimsOptions), {
    ...claimsOptions,
    drafts: { rules: loadDraftRules(), language, onDraft: (draft) => drafts.push(draft) },
  });
  const progress = progressOn(io.stderr, io.stderrIsTTY === true);
  let report: Report;
  try {
    const loaded = loadCorpus(
      { folders: settings.sources.paths, cwd: settings.sources.base, root: settings.sources.root, maxFileBytes: settings.maxFileSize, cache, language },
      {
        save: false,
        onSkip: (file, why) => io.stderr(`claimcheck: skipped ${escapeLine(file)}: ${why}\n`),
        onProblem: ({ error }) => io.stderr(`claimcheck: skipped source ${escapeLine(error.message)}\n`),
        onSource: progress.reading,
        onUnwritable: (folder, error) => io.stderr(`claimcheck: cannot write the cache in ${escapeLine(folder)} (${(error as Error).message}); going on without it\n`),
      },
    );
    await (io.holdSignals ?? ((write) => Promise.resolve(write())))(loaded.save);
    report = check(claims, loaded.corpus, { failOn: settings.failOn, maxUnsourced: settings.maxUnsourced, maxConflicting: settings.maxConflicting }, progress.judging);
    if (drafts.length > 0) report = { ...report, drafts };
  } finally {
    progress.end();
  }
  writeReports(report, settings, { color, explain: args.explain }, { cwd, env, io });
  if (report.problems.length > 0 && !settings.allowSkippedSources) {
    const count = report.problems.length;
    io.stderr(`claimcheck: ${count} source${count === 1 ? " was" : "s were"} skipped (listed above and in the report); the run fails with exit code 2 (--allow-skipped-sources lets it pass)\n`);
    return EXIT.error;
  }
  return report.summary.failing > 0 ? EXIT.failing : EXIT.ok;
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
