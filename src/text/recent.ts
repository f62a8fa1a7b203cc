// A map that keeps only the entries used most recently: derived data that is cheap to make again
// and too large to keep for a whole archive.

export class Recent<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value for `key`, made by `make` when it is not kept; either way it becomes the most recent. */
  get(key: K, make: () => V): V {
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return made;
  }
}
