// Escaping for each output, in one place: user text must never act on the terminal.

/** Replaces terminal control characters (ESC, BEL, backspace, C1 codes…) with visible escapes. */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Folds a text to one line for a one-line-per-item listing. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ");
}

/**
 * One line of a message for a terminal or a CI log: line breaks folded, controls made visible.
 * Every report line that holds user text starts with words of the tool's own, so that no claim,
 * quote or file name can begin a line (GitHub reads a line starting with "::" as a command).
 */
export function escapeLine(text: string): string {
  return escapeTerminal(oneLine(text));
}

/** Escapes the data part of a GitHub workflow command (`::error …::data`). */
export function escapeWorkflowData(text: string): string {
  // The log shows the data as written, so terminal controls are made visible as in the text report.
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (c) => escapeTerminal(c));
  return visible.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a GitHub workflow command (`file=…,title=…`). */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// XML 1.0 allows tab, LF, CR and these ranges; anything else (other controls, lone surrogates,
// U+FFFE, U+FFFF) makes the document unreadable, so it is dropped.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // In attributes, parsers fold raw whitespace to spaces; character references survive.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for an XML element's content. */
export function escapeXmlText(text: string): string {
  return text.replace(XML_ILLEGAL, "").replace(/[&<>]|\r/g, (c) => XML_ENTITIES[c]!);
}

/** Escapes text for a double- or single-quoted XML attribute value. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(XML_ILLEGAL, "").replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

/**
 * Escapes text for one line of Markdown (a table cell, a list item, a quote): it cannot break
 * the table, start a heading or list, open HTML, a link, an image, code, maths or emphasis, nor
 * mention a user or team (a word joiner after "@" keeps GitHub from notifying anyone).
 */
export function escapeMarkdown(text: string): string {
  return escapeTerminal(oneLine(text))
    .trim()
    .replace(/[\\`*_[\]<>|~&!#$]/g, (c) => `\\${c}`)
    .replace(/^([+\-=:])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/@(?=[\p{L}\d])/gu, "@\u2060")
    .replace(AUTOLINK_START, (start) => `${start.slice(0, -1)}\u2060${start.slice(-1)}`);
}

/**
 * Where GitHub's autolinking would start a link in plain text: a scheme ("https:"), or "www.".
 * A word joiner before the last character ("https\u2060:", "www\u2060.") leaves the text as it
 * reads and stops the link.
 */
const AUTOLINK_START = /\b(?:https?|ftp|mailto|xmpp):|\bwww\./giu;

const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and for quoted attribute values alike: no claim, quote
 * or file name can open a tag, close an attribute or start an entity. Characters HTML forbids
 * (NUL and other controls, lone surrogates) are dropped; tabs and line breaks stay.
 */
export function escapeHtml(text: string): string {
  return text.replace(XML_ILLEGAL, "").replace(/[\u007F-\u009F]/g, "").replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * JSON to embed in a <script type="application/json"> element. Only "</" (which could close the
 * element) and "<!--" (after which the parser would look for a different end) matter there: they
 * are written "<\/" and "\u003c!--", which JSON reads as the same text.
 */
export function escapeScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/<\/|<!--/g, (found) => (found === "</" ? "<\\/" : "\\u003c!--"));
}
