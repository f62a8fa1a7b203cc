// Where each character of a parsed text stands in the file it came from. A parser's text differs
// from the file's where it decoded an entity ("&amp;" → "&"), dropped an escape ("\*") or a
// container's marker at a line start ("> "); the rest is the same characters in the same order.

/** How far past the last aligned character markup may reach (nested quote markers, indentation). */
const MARKUP_REACH = 256;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** The offset in `file` of each UTF-16 unit of `value`, which was read from file[from, to). */
export function alignText(value: string, file: string, from: number, to: number): number[] {
  const offsets: number[] = new Array<number>(value.length);
  let j = from;
  for (let k = 0; k < value.length; k++) {
    const char = value[k]!;
    if (j < to && file[j] === char && !(char === "&" && ENTITY.test(file.slice(j, j + 40)))) {
      offsets[k] = j++;
      continue;
    }
    if (j < to && file[j] === "\\" && file[j + 1] === char) {
      offsets[k] = j;
      j += 2;
      continue;
    }
    const entity = j < to && file[j] === "&" ? ENTITY.exec(file.slice(j, j + 40)) : null;
    if (entity) {
      offsets[k] = j;
      // An entity may decode to two units (a character outside the Basic Multilingual Plane).
      if (/[\uD800-\uDBFF]/.test(char) && k + 1 < value.length) offsets[++k] = j;
      j += entity[0].length;
      continue;
    }
    // Skipped markup (a quote marker, indentation): the character is a little further on. The
    // search is bounded, so text that does not align costs linear time, not quadratic.
    let found = -1;
    for (let p = j, stop = Math.min(to, j + MARKUP_REACH); p < stop && found < 0; p++) if (file[p] === char) found = p;
    if (found >= 0) {
      offsets[k] = found;
      j = found + 1;
    } else {
      offsets[k] = Math.min(j, Math.max(from, to - 1));
    }
  }
  return offsets;
}
