// The one place that decides where sentences end. Intl.Segmenter does the work; we mend the
// splits it makes after abbreviations and initials ("Dr.", "No.", "J.").

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Intl.Segmenter slows down with the square of the segments in one string, so text is fed to it
 * a window at a time. A line shorter than a window is segmented whole, exactly as before.
 */
const WINDOW = 4096;

/** The longest abbreviation in the table, plus room; a longer word is never one. */
const ABBREVIATION_TAIL = 12;

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "mt", "no", "nos", "vs", "etc", "inc", "ltd",
  "co", "corp", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "est", "ft", "vol",
]);

export interface Segment {
  text: string;
  /** Offset of the segment's first character in the input. */
  start: number;
}

/** Line and paragraph breaks: inside one block of prose they do not end a sentence. */
const LINE_BREAK = /[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

/**
 * Splits a block of prose (a line of plain text, a Markdown paragraph) into trimmed sentences
 * with their offsets. A line break inside it reads as a space, as a paragraph's soft breaks do.
 */
export function segmentSentences(block: string): Segment[] {
  // The same length, so offsets stay; a run of breaks is no longer a run of empty sentences,
  // which the segmenter takes quadratic time over.
  const text = block.replace(LINE_BREAK, " ");
  // Text with nothing that can end a sentence (a heading, a name) is one sentence: asking the
  // segmenter costs more than the rest of reading such a line.
  if (!/\p{Sentence_Terminal}/u.test(text)) {
    const trimmed = text.trim();
    return trimmed ? [{ text: trimmed, start: text.length - text.trimStart().length }] : [];
  }
  const raw: Segment[] = [];
  for (const { segment, index } of rawSegments(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) raw.push({ text: trimmed, start: index + leading });
  }
  const merged: Segment[] = [];
  for (const segment of raw) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithAbbreviation(previous.text)) {
      const gap = text.slice(previous.start + previous.text.length, segment.start);
      previous.text = previous.text + gap + segment.text;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

/**
 * The segmenter's sentences, a window at a time: every sentence but the window's last is kept,
 * and the next window starts where that last one began. A window holding a single sentence grows
 * until the sentence ends inside it.
 */
function* rawSegments(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const window = [...segmenter.segment(text.slice(start, end))];
    if (end === text.length) {
      for (const { segment, index } of window) yield { segment, index: start + index };
      return;
    }
    if (window.length < 2) {
      size *= 2;
      continue;
    }
    const last = window[window.length - 1]!;
    for (const { segment, index } of window.slice(0, -1)) yield { segment, index: start + index };
    start += last.index;
    size = WINDOW;
  }
}

function endsWithAbbreviation(sentence: string): boolean {
  // Only the tail can hold the abbreviation; reading it alone keeps long merged runs linear.
  const tail = sentence.slice(-ABBREVIATION_TAIL);
  const last = /(?:^|[\s(])([\p{L}]+)\.$/u.exec(tail);
  if (!last?.[1]) return false;
  const word = last[1];
  // A word that fills the tail may go on before it, so it is no abbreviation.
  if (last.index === 0 && tail.length < sentence.length && !/^[\s(]/u.test(tail)) return false;
  // A lone capital is an initial ("J. Smith"), unless it is a sentence of its own.
  if (word.length === 1 && /\p{Lu}/u.test(word)) return sentence.length > 2;
  return ABBREVIATIONS.has(word.toLowerCase());
}
