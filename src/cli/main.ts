// The command line: flags in, exit code out. It reads files, picks formats and decides the
// exit code; judging is the library's (check.ts). Only src/cli.ts touches `process`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import yargs from "yargs";
import { Corpus, DEFAULT_FAIL_ON, check } from "../check.js";
import { expandClaimPaths, loadClaims } from "../claims/load.js";
import { READ_LIMITS } from "../io/read-text.js";
import { FORMAT_NAMES, REPORTERS, type FormatName } from "../report/index.js";
import { loadSources } from "../sources/load.js";
import { InputError, InputErrors, VERDICTS, type Report, type Verdict } from "../types.js";
import { TOOL } from "../version.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours and progress only then). */
  isTTY: boolean;
}

export interface MainParams {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
}

export const EXIT = Object.freeze({ ok: 0, failing: 1, error: 2 });

interface CheckArgs {
  claims: string[];
  sources: string[];
  format: FormatName[];
  outputFile: string[];
  failOn: Verdict[];
  maxUnsourced: number;
  maxFileSize: number;
  quiet: boolean;
  color: boolean | undefined;
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
          .positional("claims", { type: "string", array: true, describe: "claims files or globs", default: [] as string[] })
          .option("sources", { alias: "s", type: "string", array: true, default: ["sources"], describe: "folder(s) of source articles" })
          .option("format", { alias: "f", type: "string", array: true, choices: FORMAT_NAMES, default: ["text"], describe: "output format; repeat for several" })
          .option("output-file", { alias: "o", type: "string", array: true, default: [] as string[], describe: "write a format to a file; pairs with the last formats given" })
          .option("fail-on", { type: "string", array: true, choices: VERDICTS, default: [...DEFAULT_FAIL_ON], describe: "verdicts that fail the run" })
          .option("max-unsourced", { type: "number", default: 0, describe: "fail on unsourced claims only past this many" })
          .option("max-file-size", { type: "number", default: READ_LIMITS.claimsFileBytes, describe: "largest claims or source file read, in bytes" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "report failing claims only" })
          .option("color", { type: "boolean", describe: "colour the text report (default: on a terminal, unless NO_COLOR is set)" }),
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
      usageError = message ?? error?.message ?? "invalid arguments";
    });

  await parser.parseAsync([...argv], {}, (_error, _args, text) => {
    output = text ?? "";
  });
  if (usageError !== undefined) {
    io.stderr(`claimcheck: ${usageError}\nRun 'claimcheck --help' for usage.\n`);
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
    for (const e of errors) io.stderr(`claimcheck: ${e.message}\n`);
    return EXIT.error;
  }
}

function runCheck(args: CheckArgs, { cwd, env, io }: Omit<MainParams, "argv">): number {
  if (args.claims.length === 0) throw new InputError({}, "at least one claims file: claimcheck check CLAIMS... --sources DIR");
  validateNumber(args.maxUnsourced, "--max-unsourced");
  validateNumber(args.maxFileSize, "--max-file-size");
  const claims = loadClaims(expandClaimPaths(args.claims, { cwd }), { cwd, maxFileBytes: args.maxFileSize });
  const sources = loadSources(args.sources, {
    cwd,
    maxFileBytes: args.maxFileSize,
    onSkip: (file, why) => io.stderr(`claimcheck: skipped ${file}: ${why}\n`),
  });
  const report = check(claims, new Corpus(sources), { failOn: args.failOn, maxUnsourced: args.maxUnsourced });
  writeReports(report, args, { cwd, env, io });
  return report.summary.failing > 0 ? EXIT.failing : EXIT.ok;
}

/** Output files pair with the last formats named: `-f text -f sarif -o out.sarif` prints text. */
function writeReports(report: Report, args: CheckArgs, { cwd, env, io }: Omit<MainParams, "argv">): void {
  const formats = args.format;
  if (args.outputFile.length > formats.length) {
    throw new InputError({}, `at most one --output-file per --format; got ${args.outputFile.length} files for ${formats.length} format(s)`);
  }
  const firstWithFile = formats.length - args.outputFile.length;
  const color = args.color ?? (io.isTTY && env["NO_COLOR"] === undefined && env["TERM"] !== "dumb");
  formats.forEach((format, i) => {
    const file = i >= firstWithFile ? args.outputFile[i - firstWithFile] : undefined;
    const rendered = REPORTERS[format](report, { color: file === undefined && color, quiet: args.quiet });
    if (file === undefined) {
      io.stdout(rendered);
      return;
    }
    const path = resolve(cwd, file);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, rendered);
    } catch (error) {
      throw new InputError({ file }, `a writable output file; ${(error as Error).message}`);
    }
  });
}

function validateNumber(value: number, flag: string): void {
  if (!Number.isInteger(value) || value < 0) throw new InputError({}, `${flag} to be a whole number of 0 or more`);
}
