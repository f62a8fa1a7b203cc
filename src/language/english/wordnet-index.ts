// Finding a lemma in a WordNet index file (`index.noun`, …) without reading the file into lines:
// the lines are sorted by byte value, so a binary search over byte positions lands on a line,
// steps back to its start and compares the lemma that opens it.
//
//   lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset... \n
//
// The license header comes first, each of its lines starting with two spaces: the search reads
// such a line's lemma as empty, sorting before every key, so the header needs no skipping.

const NEWLINE = 0x0a;
const SPACE = 0x20;
const ascii = new TextDecoder("latin1");

/**
 * The synset offsets on the index line of `key` (a lemma as WordNet writes it: lower case, `_`
 * between words), most frequent sense first; undefined when the file does not hold the key.
 */
export function findSenses(bytes: Uint8Array, key: Uint8Array): number[] | undefined {
  if (key.length === 0) return undefined;
  let low = 0;
  let high = bytes.length;
  // Invariant: low and high are line starts, and the key's line, if any, starts in [low, high).
  while (low < high) {
    let start = (low + high) >>> 1;
    while (start > low && bytes[start - 1] !== NEWLINE) start--;
    const order = compareLemma(bytes, start, key);
    if (order === 0) return sensesOnLine(bytes, start);
    if (order > 0) {
      high = start;
    } else {
      const end = bytes.indexOf(NEWLINE, start);
      low = end < 0 ? bytes.length : end + 1;
    }
  }
  return undefined;
}

/** Compares the lemma opening the line at `start` with `key`, byte by byte: <0, 0 or >0. */
function compareLemma(bytes: Uint8Array, start: number, key: Uint8Array): number {
  for (let i = 0; ; i++) {
    const byte = bytes[start + i];
    const lemmaEnded = byte === undefined || byte === SPACE || byte === NEWLINE;
    if (i === key.length) return lemmaEnded ? 0 : 1;
    if (lemmaEnded) return -1;
    const difference = byte - key[i]!;
    if (difference !== 0) return difference;
  }
}

function sensesOnLine(bytes: Uint8Array, start: number): number[] {
  let end = bytes.indexOf(NEWLINE, start);
  if (end < 0) end = bytes.length;
  const fields = ascii.decode(bytes.subarray(start, end)).trim().split(" ");
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[4 + pointerCount]);
  // After the sense count: the count of senses seen in the tagged corpus, then the offsets.
  const first = 6 + pointerCount;
  return fields.slice(first, first + senseCount).map(Number);
}
