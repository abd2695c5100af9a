// Similarities of sentence pairs, keyed by one number per pair: events of thousands of sentences
// compare hundreds of thousands of pairs, and string keys would dominate the run time.
export class PairScores {
  private readonly scores = new Map<number, number>();

  constructor(private readonly size: number) {}

  key(i: number, j: number): number {
    return i < j ? i * this.size + j : j * this.size + i;
  }

  set(i: number, j: number, score: number): void {
    this.scores.set(this.key(i, j), score);
  }

  get(i: number, j: number): number {
    return this.scores.get(this.key(i, j)) ?? 0;
  }

  /** Every scored pair as [i, j, score] with i < j. */
  *entries(): Generator<[number, number, number]> {
    for (const [key, score] of this.scores) yield [Math.floor(key / this.size), key % this.size, score];
  }
}
