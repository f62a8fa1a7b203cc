// Output formats by name. A new format is a new file and one line here.
import { json } from "./json.js";
import type { Reporter } from "./reporter.js";
import { text } from "./text.js";

export const REPORTERS = {
  text,
  json,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;
export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
export type { Reporter, ReporterOptions } from "./reporter.js";
