// A draft claim's id: the draft's name and a hash of the sentence, so it stays the same when
// other sentences of the draft are edited, added or moved.

/** Letters, digits and . _ - from the file's name (without folder and extension), as ids allow. */
function slugOf(file: string): string {
  const name = file.split("/").pop() ?? file;
  const stem = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
  const slug = stem.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 48);
  return slug === "" ? "draft" : slug;
}

/** FNV-1a over the sentence with its white space folded, as eight hex digits. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\s+/g, " ").trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** "harbor-draft-1a2b3c4d"; a sentence written twice gets "-2" on its second id. */
export function draftClaimId(file: string, text: string, isTaken: (id: string) => boolean): string {
  const base = `${slugOf(file)}-${hashOf(text)}`;
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}
