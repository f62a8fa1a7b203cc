// Reading one synset from a WordNet data file (`data.noun`, …): the line that starts at its offset.
//
//   offset lex_filenum ss_type w_cnt [word lex_id]... p_cnt [symbol offset pos source/target]...
//   [f_cnt [+ f_num w_num]...] | gloss
//
// w_cnt and lex_id are hexadecimal, p_cnt decimal; source/target is four hex digits, the word
// numbers a lexical pointer joins ("0000" for a pointer between whole synsets).
import type { WordNetPos } from "./wordnet.js";

/** One link from a synset to another. */
export interface Pointer {
  /** WordNet's symbol: "@" hypernym, "~" hyponym, "!" antonym, "+" derivation, "&" similar to, … */
  readonly symbol: string;
  readonly pos: WordNetPos;
  readonly offset: number;
  /** For a lexical pointer, the 1-based number of the word it leaves from; 0 for the whole synset. */
  readonly source: number;
  /** For a lexical pointer, the 1-based number of the word it points at; 0 for the whole synset. */
  readonly target: number;
}

/** A set of words with one meaning, and its links to others. */
export interface Synset {
  readonly pos: WordNetPos;
  readonly offset: number;
  /** The lexicographer file it was written in: 18 is noun.person, 29 verb.body, … (see WordNet's lexnames). */
  readonly lexFile: number;
  /** An adjective satellite: its meaning hangs off a head adjective through "&" (similar to). */
  readonly satellite: boolean;
  /** Its words as the index spells them: lower case, `_` between words, markers like "(a)" gone. */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
  /** The same pointers grouped by symbol, so that a test for antonyms need not read 400 hyponyms. */
  readonly links: ReadonlyMap<string, readonly Pointer[]>;
}

const NEWLINE = 0x0a;
const ascii = new TextDecoder("latin1");
/** Where an adjective may stand: (a) before its noun, (p) after a verb, (ip) right after its noun. */
const ADJECTIVE_MARKER = /\((?:a|p|ip)\)$/;

/** Parses the synset at `offset`, or returns undefined when no synset line starts there. */
export function parseSynset(bytes: Uint8Array, pos: WordNetPos, offset: number): Synset | undefined {
  if (offset < 0 || offset >= bytes.length || (offset > 0 && bytes[offset - 1] !== NEWLINE)) return undefined;
  let end = bytes.indexOf(NEWLINE, offset);
  if (end < 0) end = bytes.length;
  const line = ascii.decode(bytes.subarray(offset, end));
  const bar = line.indexOf(" | ");
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(" ");
  if (Number(fields[0]) !== offset) return undefined;
  const type = fields[2];
  const wordCount = parseInt(fields[3] ?? "", 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) words.push(wordOf(fields[at] ?? ""));
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  const links = new Map<string, Pointer[]>();
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const places = fields[at + 3] ?? "0000";
    const pointer: Pointer = {
      symbol: fields[at] ?? "",
      offset: Number(fields[at + 1]),
      pos: posOf(fields[at + 2]),
      source: parseInt(places.slice(0, 2), 16),
      target: parseInt(places.slice(2, 4), 16),
    };
    pointers.push(pointer);
    const group = links.get(pointer.symbol);
    if (group === undefined) links.set(pointer.symbol, [pointer]);
    else group.push(pointer);
  }
  return { pos, offset, lexFile: Number(fields[1]), satellite: type === "s", words, pointers, links };
}

/** "Ready_to_hand(p)" → "ready_to_hand": the index's spelling, without the adjective marker. */
function wordOf(field: string): string {
  return field.replace(ADJECTIVE_MARKER, "").toLowerCase();
}

function posOf(letter: string | undefined): WordNetPos {
  return letter === "n" || letter === "v" || letter === "r" ? letter : "a";
}
