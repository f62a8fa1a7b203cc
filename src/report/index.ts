// Output formats by name. A new format is a new file and one line here.
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import type { Reporter } from "./reporter.js";
import { sarif } from "./sarif.js";
import { text } from "./text.js";

export const REPORTERS = {
  text,
  json,
  sarif,
  github,
  junit,
  markdown,
  html,
} as const satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;
export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];
export type { Reporter, ReporterOptions } from "./reporter.js";
