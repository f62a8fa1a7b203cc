// The command line: flags in, exit code out. It reads files, picks formats and decides the
// exit code; judging is the library's (check.ts). Only src/cli.ts touches `process`.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import yargs from "yargs";
import { check } from "../check.js";
import { expandClaimPaths, loadClaims } from "../claims/load.js";
import { loadConfig } from "../config/load.js";
import { DEFAULTS, mergeSettings, type Flags, type Settings } from "../config/settings.js";
import { READ_LIMITS } from "../io/read-text.js";
import { CLAIM_LIMITS } from "../claims/parse.js";
import { escapeLine } from "../report/escape.js";
import { FORMAT_NAMES, REPORTERS } from "../report/index.js";
import { loadCorpus } from "../cache/load-corpus.js";
import { InputError, InputErrors, VERDICTS, type Report } from "../types.js";
import { TOOL } from "../version.js";
import { resolveOutputFile } from "./output-file.js";
import { progressOn } from "./progress.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress only then). */
  stderrIsTTY?: boolean;
}

export interface MainParams {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
}

export const EXIT = Object.freeze({ ok: 0, failing: 1, error: 2 });

/** Flags as parsed; the settings a config file can also give are undefined when not typed. */
interface CheckArgs extends Flags {
  config: string | undefined;
  maxFileSize: number;
  maxClaimLength: number;
  maxClaims: number;
  color: boolean | undefined;
  /** The index cache folder; false with --no-cache. */
  cache: string | false;
}

/** Runs the command line and returns the exit code: 0 all pass, 1 a claim fails, 2 bad input. */
export async function main({ argv, cwd, env, io }: MainParams): Promise<number> {
  let parsed: CheckArgs | undefined;
  let usageError: string | undefined;
  let output = "";
  const parser = yargs()
    .scriptName("claimcheck")
    .usage("$0 check CLAIMS... --sources DIR\n\nChecks each claim against source articles: supported, conflicting or unsourced.")
    .command(
      "check [claims..]",
      "check claims files (YAML or JSON; globs allowed) against source articles",
      (y) =>
        y
          // Settings a config file can give have no yargs default, so a flag left out stays undefined.
          // Each list flag takes one value a time (repeat it), so `-f json claims.yaml` keeps
          // claims.yaml as a claims file.
          .positional("claims", { type: "string", array: true, defaultDescription: "the config's claims", describe: "claims files or globs" })
          .option("sources", { alias: "s", type: "string", array: true, nargs: 1, defaultDescription: DEFAULTS.sources.join(" "), describe: "folder(s) of source articles" })
          .option("format", { alias: "f", type: "string", array: true, nargs: 1, choices: FORMAT_NAMES, defaultDescription: DEFAULTS.format.join(" "), describe: "output format; repeat for several" })
          .option("output-file", { alias: "o", type: "string", array: true, nargs: 1, describe: "write a format to a file; pairs with the last formats given" })
          .option("fail-on", { type: "string", array: true, nargs: 1, choices: VERDICTS, defaultDescription: DEFAULTS.failOn.join(" "), describe: "verdicts that fail the run" })
          .option("max-unsourced", { type: "number", defaultDescription: String(DEFAULTS.maxUnsourced), describe: "fail on unsourced claims only past this many" })
          .option("max-file-size", { type: "number", default: READ_LIMITS.claimsFileBytes, describe: "largest claims or source file read, in bytes" })
          .option("max-claim-length", { type: "number", default: CLAIM_LIMITS.textLength, describe: "longest claim text, in characters" })
          .option("max-claims", { type: "number", default: CLAIM_LIMITS.count, describe: "most claims in one run" })
          .option("quiet", { alias: "q", type: "boolean", defaultDescription: String(DEFAULTS.quiet), describe: "report failing claims only" })
          .option("config", { type: "string", describe: "read settings from this file instead of looking for .claimcheckrc.yaml and the like" })
          .option("color", { type: "boolean", describe: "colour the text report (default: on a terminal, unless NO_COLOR is set)" })
          .option("cache", { type: "string", default: DEFAULT_CACHE, describe: "keep the parsed, indexed sources in this folder for the next run (--no-cache: none)" }),
      (args) => {
        parsed = args as unknown as CheckArgs;
      },
    )
    .demandCommand(1, "name a command: claimcheck check CLAIMS... --sources DIR")
    .strict()
    .version(TOOL.version)
    .help()
    .wrap(100)
    .exitProcess(false)
    .fail((message, error) => {
      usageError = usageMessage(message ?? error?.message ?? "invalid arguments", argv);
    });

  await parser.parseAsync([...argv], {}, (_error, _args, text) => {
    output = text ?? "";
  });
  if (usageError !== undefined) {
    io.stderr(`claimcheck: ${escapeLine(usageError)}\nRun 'claimcheck --help' for usage.\n`);
    return EXIT.error;
  }
  if (!parsed) {
    if (output) io.stdout(`${output}\n`);
    return EXIT.ok;
  }
  try {
    return runCheck(parsed, { cwd, env, io });
  } catch (error) {
    const errors = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : undefined;
    if (!errors) throw error;
    // Messages quote file names and claim text, which must not act on the terminal either.
    for (const e of errors) io.stderr(`claimcheck: ${escapeLine(e.message)}\n`);
    return EXIT.error;
  }
}

/** The index cache folder, in the working folder, unless --cache names another. */
const DEFAULT_CACHE = ".claimcheck-cache";

function runCheck(args: CheckArgs, { cwd, env, io }: Omit<MainParams, "argv">): number {
  if (args.maxUnsourced !== undefined) validateNumber(args.maxUnsourced, "--max-unsourced");
  validateNumber(args.maxFileSize, "--max-file-size");
  validateNumber(args.maxClaimLength, "--max-claim-length");
  validateNumber(args.maxClaims, "--max-claims");
  const settings = mergeSettings(args, loadConfig({ cwd, file: args.config }), cwd);
  if (settings.claims.length === 0) throw new InputError({}, "at least one claims file: claimcheck check CLAIMS... --sources DIR");
  const claimsOptions = {
    cwd,
    root: settings.roots.claims,
    maxFileBytes: args.maxFileSize,
    maxClaimLength: args.maxClaimLength,
    maxClaims: args.maxClaims,
  };
  const claims = loadClaims(expandClaimPaths(settings.claims, claimsOptions), claimsOptions);
  const progress = progressOn(io.stderr, io.stderrIsTTY === true);
  const recipe = {
    folders: settings.sources,
    cwd,
    root: settings.roots.sources,
    maxFileBytes: args.maxFileSize,
    // yargs reads a bare --cache as an empty folder name: the default.
    cache: args.cache === false ? (false as const) : resolve(cwd, args.cache || DEFAULT_CACHE),
  };
  let report: Report;
  try {
    const { corpus } = loadCorpus(recipe, {
      onSkip: (file, why) => io.stderr(`claimcheck: skipped ${escapeLine(file)}: ${why}\n`),
      onSource: progress.reading,
      onUnwritable: (folder, error) => io.stderr(`claimcheck: cannot write the cache in ${escapeLine(folder)} (${(error as Error).message}); going on without it\n`),
    });
    report = check(claims, corpus, { failOn: settings.failOn, maxUnsourced: settings.maxUnsourced }, progress.judging);
  } finally {
    progress.end();
  }
  writeReports(report, settings, args.color, { cwd, env, io });
  return report.summary.failing > 0 ? EXIT.failing : EXIT.ok;
}

/** Output files pair with the last formats named: `-f text -f sarif -o out.sarif` prints text. */
function writeReports(report: Report, settings: Settings, color: boolean | undefined, { cwd, env, io }: Omit<MainParams, "argv">): void {
  const formats = settings.format;
  if (settings.outputFile.length > formats.length) {
    throw new InputError({}, `at most one --output-file per --format; got ${settings.outputFile.length} files for ${formats.length} format(s)`);
  }
  const firstWithFile = formats.length - settings.outputFile.length;
  const useColor = color ?? (io.isTTY && env["NO_COLOR"] === undefined && env["TERM"] !== "dumb");
  formats.forEach((format, i) => {
    const file = i >= firstWithFile ? settings.outputFile[i - firstWithFile] : undefined;
    const rendered = REPORTERS[format](report, { color: file === undefined && useColor, quiet: settings.quiet });
    if (file === undefined) {
      io.stdout(rendered);
      return;
    }
    const path = resolveOutputFile(cwd, file, settings.roots.outputFile);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, rendered);
    } catch (error) {
      throw new InputError({ file }, `a writable output file; ${(error as Error).message}`);
    }
  });
  // On GitHub Actions, the github format also leaves the Markdown report on the run's summary page.
  const stepSummary = env["GITHUB_STEP_SUMMARY"];
  if (stepSummary && formats.includes("github")) {
    try {
      appendFileSync(stepSummary, REPORTERS.markdown(report, { color: false, quiet: settings.quiet }));
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
  if (missing) return `--${missing[1]} needs a value`;
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
