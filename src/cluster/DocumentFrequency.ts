// Inverse document frequency learned from the stream itself: how rare a term or name is among
// the articles seen so far (duplicates not counted). Nothing is trained beforehand, so French,
// English or any other language gets weights from its own articles.

export class DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  addDocument(keys: Iterable<string>): void {
    this.documents++;
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /**
   * Smoothed IDF, always > 0: ln((N + 1) / (df + 1)) + 1. Early in a stream every weight is
   * near 1, which simply makes the first comparisons plain overlap counts.
   */
  get size(): number {
    return this.documents;
  }

  idf(key: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(key) ?? 0) + 1)) + 1;
  }

  toJSON(): { documents: number; counts: Array<[string, number]> } {
    return { documents: this.documents, counts: [...this.counts] };
  }

  static fromJSON(state: { documents?: number; counts?: Array<[string, number]> } | undefined): DocumentFrequency {
    const df = new DocumentFrequency();
    df.documents = state?.documents ?? 0;
    for (const [key, count] of state?.counts ?? []) df.counts.set(key, count);
    return df;
  }
}
