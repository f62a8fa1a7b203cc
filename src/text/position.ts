// Where an offset stands in a text, for error messages about files no parser has read yet.

/** The 1-based line and column of an offset into `text` (columns in UTF-16 code units). */
export function positionOf(file: string, text: string, offset: number): { file: string; line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
