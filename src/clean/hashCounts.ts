// Counts of 32-bit hashes, the words and lines of a page as scanLine hashes them, without a Map:
// a Map boxes the half of them beyond the small integers and hashes each as a double, at every
// line of every page (topical outliers, the article's words, the lines a page prints again).
/**
 * 32-bit hashes (words, lines), each with a count and a mark: open addressing over typed arrays,
 * one table kept from page to page by each user. Maps keyed by the hashes (half of them beyond the
 * small integers, each boxed and hashed as a double) were most of the Map work of the flattened
 * path (callgrind, a steady pass over the 313 article-sized texts, topicalOutliers' two Maps:
 * Map.set and its rehashing 6.5 M -> 3.7 M instructions, its own code 8.7 M -> 9.2 M).
 */
export class HashCounts {
  private keys = new Int32Array(256);
  private counts = new Int32Array(256);
  /** The last mark the hash was counted for (a line, a reading), -1 before any. */
  private marks = new Int32Array(256);
  private used = new Uint8Array(256);
  private mask = 255;
  private readings = 0;

  /** Empty, with room for `hashes` hashes at a quarter of the slots at most. */
  reset(hashes: number): void {
    let size = 256;
    while (size < 4 * hashes) size *= 2;
    if (size > this.used.length) {
      this.keys = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.marks = new Int32Array(size);
      this.used = new Uint8Array(size);
    } else this.used.fill(0, 0, size);
    this.mask = size - 1;
    this.readings = 0;
  }

  /** The hash's slot, or -1 when it is not held. */
  find(hash: number): number {
    const { keys, used, mask } = this;
    for (let slot = hash & mask; used[slot] === 1; slot = (slot + 1) & mask) if (keys[slot] === hash) return slot;
    return -1;
  }

  /** Holds the hash (counted 0 times, marked for none), and gives its slot. */
  add(hash: number): number {
    const { keys, used, mask } = this;
    let slot = hash & mask;
    while (used[slot] === 1) {
      if (keys[slot] === hash) return slot;
      slot = (slot + 1) & mask;
    }
    used[slot] = 1;
    keys[slot] = hash;
    this.counts[slot] = 0;
    this.marks[slot] = -1;
    return slot;
  }

  /**
   * Counts the hash once for mark `mark` (a line's index), however often it comes with that mark;
   * returns its count then, 0 when it was counted for that mark already.
   */
  countIn(slot: number, mark: number): number {
    if (this.marks[slot] === mark) return 0;
    this.marks[slot] = mark;
    return ++this.counts[slot];
  }

  countOf(slot: number): number {
    return this.counts[slot];
  }

  /** The count of a hash, 0 when it is not held. */
  countOfHash(hash: number): number {
    const slot = this.find(hash);
    return slot < 0 ? 0 : this.counts[slot];
  }

  /** How many different hashes of `hashes[from..to)` are held: a new reading marks each once. */
  countHeld(hashes: Int32Array, from: number, to: number): number {
    const { marks } = this;
    const reading = ++this.readings;
    let held = 0;
    for (let w = from; w < to; w++) {
      const slot = this.find(hashes[w]);
      if (slot < 0 || marks[slot] === reading) continue;
      marks[slot] = reading;
      held++;
    }
    return held;
  }
}
