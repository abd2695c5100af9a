// Similarities of sentence pairs, keyed by one number per pair: events of thousands of sentences
// compare millions of pairs, and string keys (or a Map's boxed entries) would dominate the run.
// An open-addressing table on typed arrays; pairs are listed in the order they were first set.

// Grown to keep the table at most half full: probes stay short.
const MAX_LOAD = 0.5;
const INITIAL_CAPACITY = 1024;

export class PairScores {
  /** Pair key of each entry, and its score, in the order first set. */
  private pairKeys = new Float64Array(INITIAL_CAPACITY / 2);
  private values = new Float64Array(INITIAL_CAPACITY / 2);
  private count = 0;
  /** Slot -> entry number + 1 (0: empty). */
  private slots = new Int32Array(INITIAL_CAPACITY);

  constructor(private readonly size: number) {}

  key(i: number, j: number): number {
    return i < j ? i * this.size + j : j * this.size + i;
  }

  set(i: number, j: number, score: number): void {
    const key = this.key(i, j);
    const slot = this.find(key);
    const entry = this.slots[slot]!;
    if (entry > 0) {
      this.values[entry - 1] = score;
      return;
    }
    if (this.count >= this.pairKeys.length) this.growEntries();
    this.pairKeys[this.count] = key;
    this.values[this.count] = score;
    this.slots[slot] = ++this.count;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash();
  }

  /** Sets the pair's score unless it has one; says whether it was new. */
  add(i: number, j: number, score: number): boolean {
    const slot = this.find(this.key(i, j));
    if (this.slots[slot]! > 0) return false;
    this.set(i, j, score);
    return true;
  }

  /** The pair keys (see `key`) in the order first set. */
  keys(): Float64Array {
    return this.pairKeys.subarray(0, this.count);
  }

  get(i: number, j: number): number {
    const entry = this.slots[this.find(this.key(i, j))]!;
    return entry > 0 ? this.values[entry - 1]! : 0;
  }

  /** Every scored pair as [i, j, score] with i < j. */
  *entries(): Generator<[number, number, number]> {
    for (let n = 0; n < this.count; n++) {
      const key = this.pairKeys[n]!;
      yield [Math.floor(key / this.size), key % this.size, this.values[n]!];
    }
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    let slot = hash(key) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0 || this.pairKeys[entry - 1] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private growEntries(): void {
    const keys = new Float64Array(this.pairKeys.length * 2);
    keys.set(this.pairKeys);
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.pairKeys = keys;
    this.values = values;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.count; n++) {
      let slot = hash(this.pairKeys[n]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = n + 1;
    }
  }
}

/** Keys are integers below 2^53: their high and low 32 bits mixed (Fibonacci hashing). */
function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 7;
}
