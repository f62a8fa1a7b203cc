// The one place that decides where sentences end. Intl.Segmenter does the work; we mend the
// splits it makes after abbreviations and initials ("Dr.", "No.", "J.").

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

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

/** Splits text into trimmed sentences with their offsets. */
export function segmentSentences(text: string): Segment[] {
  const raw: Segment[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
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

function endsWithAbbreviation(sentence: string): boolean {
  const last = /(?:^|[\s(])([\p{L}]+)\.$/u.exec(sentence);
  if (!last?.[1]) return false;
  const word = last[1];
  // A lone capital is an initial ("J. Smith"), unless it is a sentence of its own.
  if (word.length === 1 && /\p{Lu}/u.test(word)) return sentence.length > 2;
  return ABBREVIATIONS.has(word.toLowerCase());
}
