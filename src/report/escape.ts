// Escaping for each output, in one place: user text must never act on the terminal.

/** Replaces terminal control characters (ESC, BEL, backspace, C1 codes…) with visible escapes. */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Folds a text to one line for a one-line-per-item listing. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, " ");
}
