// Which format goes to which file. An output file pairs with the format named right before it
// (`-f sarif -o x.sarif -f text` writes SARIF to x.sarif and prints text), or is written with
// it (`-f sarif=x.sarif`); a file's extension that names another format is refused, so a report
// never lands silently in a file meant for another.
import { parseOutput, type Output } from "../config/load.js";
import { FORMAT_NAMES, type FormatName } from "../report/index.js";
import { InputError } from "../types.js";

const FORMAT_FLAGS = ["-f", "--format"];
const OUTPUT_FLAGS = ["-o", "--output-file", "--outputFile"];

/** Extensions that say which format a file holds. */
const EXTENSIONS: Readonly<Record<FormatName, readonly string[]>> = {
  text: [".txt", ".log"],
  json: [".json"],
  sarif: [".sarif", ".sarif.json"],
  github: [],
  junit: [".xml"],
  markdown: [".md", ".markdown"],
  html: [".html", ".htm"],
};

/** A mistake in how the flags are written, reported with a pointer to --help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * The formats named on the command line, each with the file that follows it; undefined when no
 * --format was typed. Throws an InputError for a file that pairs with no format.
 */
export function pairOutputs(argv: readonly string[]): Output[] | undefined {
  const outputs: Output[] = [];
  let typed = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const format = valueOf(arg, FORMAT_FLAGS, argv[i + 1]);
    if (format) {
      typed = true;
      if (!format.inline) i++;
      outputs.push(parseFormat(format.value));
      continue;
    }
    const file = valueOf(arg, OUTPUT_FLAGS, argv[i + 1]);
    if (file) {
      if (!file.inline) i++;
      const last = outputs[outputs.length - 1];
      if (!last) throw new UsageError(`--output-file ${file.value} needs a --format right before it: a file gets the format named just before it (-f sarif -o ${file.value})`);
      if (last.file !== undefined) {
        throw new UsageError(`one --output-file per --format; ${last.format} already goes to ${last.file}, so ${file.value} would get no format of its own (name one before it: -f json -o ${file.value})`);
      }
      last.file = file.value;
    }
  }
  return typed ? outputs : undefined;
}

/** Refuses outputs that would surprise: two formats in one file, a file named for another format. */
export function checkOutputs(outputs: readonly Output[]): InputError[] {
  const errors: InputError[] = [];
  const seen = new Map<string, FormatName>();
  for (const { format, file } of outputs) {
    if (file === undefined) continue;
    const earlier = seen.get(file);
    if (earlier) errors.push(new InputError({}, `one format per output file; ${file} would get both ${earlier} and ${format}`));
    seen.set(file, format);
    const named = FORMAT_NAMES.filter((name) => EXTENSIONS[name].some((ext) => file.toLowerCase().endsWith(ext)));
    if (named.length > 0 && !named.includes(format)) {
      errors.push(
        new InputError({}, `${file} to get the ${named[0]} report its name promises, not ${format}; name the format right before its file (-f ${named[0]} -o ${file}) or write -f ${named[0]}=${file}`),
      );
    }
  }
  return errors;
}

function parseFormat(value: string): Output {
  const output = parseOutput(value);
  if (!FORMAT_NAMES.includes(output.format)) {
    throw new UsageError(`--format takes one of ${FORMAT_NAMES.map((f) => JSON.stringify(f)).join(", ")}, or one of them with a file (sarif=claimcheck.sarif); got ${JSON.stringify(value)}`);
  }
  if (output.file === "") throw new UsageError(`--format ${value} needs a file after "="`);
  return output;
}

/** The value of a flag written `-f x`, `-f=x`, `--format x`, `--format=x` or `-fx`. */
function valueOf(arg: string, flags: readonly string[], next: string | undefined): { value: string; inline: boolean } | undefined {
  for (const flag of flags) {
    if (arg === flag) return next === undefined ? undefined : { value: next, inline: false };
    if (arg.startsWith(`${flag}=`)) return { value: arg.slice(flag.length + 1), inline: true };
    if (flag.length === 2 && arg.startsWith(flag) && !arg.startsWith("--") && arg.length > 2) return { value: arg.slice(2), inline: true };
  }
  return undefined;
}
