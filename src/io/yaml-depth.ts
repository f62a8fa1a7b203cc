// How deeply a YAML (or JSON) text nests, measured before it is parsed. The yaml library builds
// documents recursively: a few hundred levels of `[[[[…` exhaust the stack, and where that
// happens inside V8's regular expression compiler the process dies instead of throwing.
import { Lexer } from "yaml";

/** Deeper than any claims file or front matter needs; far below what exhausts the stack. */
export const MAX_YAML_DEPTH = 100;

// Markers the lexer emits that are not characters of the text.
const MARKERS: ReadonlySet<string> = new Set(["\u0002", "\u0018", "\u001f", "\uFEFF"]);
const BLOCK_INDICATORS: ReadonlySet<string> = new Set(["-", "?", ":"]);

/**
 * The offset where the text first nests deeper than `limit`, or undefined. Flow collections
 * (`[`, `{`) are counted exactly, as yaml's own lexer finds them; block nesting is bounded by
 * the indentation plus the indicators (`- `, `? `, `: `) on the line, which never undercounts.
 */
export function findExcessNesting(text: string, limit = MAX_YAML_DEPTH): number | undefined {
  let offset = 0;
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  for (const lexeme of new Lexer().lex(text)) {
    if (MARKERS.has(lexeme)) continue;
    if (lexeme === "[" || lexeme === "{") flow++;
    else if ((lexeme === "]" || lexeme === "}") && flow > 0) flow--;
    else if (flow === 0 && BLOCK_INDICATORS.has(lexeme)) indicators++;
    if (lexeme.startsWith("\n") || lexeme.startsWith("\r\n")) {
      indent = 0;
      indicators = 0;
      lineStart = true;
    } else {
      if (lineStart && /^ +$/.test(lexeme)) indent = lexeme.length;
      lineStart = false;
    }
    if (flow + indent + indicators > limit) return offset;
    offset += lexeme.length;
  }
  return undefined;
}
