// The one shape every output format has: a report in, a string out. Formats never count,
// sort or decide the exit code; the report arrives decided.
import type { Report } from "../types.js";

export interface ReporterOptions {
  /** Use ANSI colours (only ever true for a terminal that wants them). */
  color: boolean;
  /** Show only failing claims. */
  quiet: boolean;
  /** Show how each verdict was reached: the claim's atoms, the passage each aligned to, what decided. */
  explain?: boolean;
  /** The most bytes (UTF-8) the output may take, where a format can shorten itself (markdown). */
  maxBytes?: number;
}

export type Reporter = (report: Report, options: ReporterOptions) => string;
