// The inverted index from a key (a term or a name) to the events recently indexed under it.
// Each list keeps at most `cap` events, the most recently active last; an event that stops
// receiving articles slides out of the lists, which is how old events stop costing anything.

export class Postings {
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly cap: number) {}

  /** Puts `event` at the recent end of `key`'s list, dropping the least recent past the cap. */
  touch(key: string, event: number): void {
    let list = this.lists.get(key);
    if (!list) {
      list = [];
      this.lists.set(key, list);
    }
    const at = list.lastIndexOf(event);
    if (at === list.length - 1 && at >= 0) return;
    if (at >= 0) list.splice(at, 1);
    list.push(event);
    if (list.length > this.cap) list.shift();
  }

  get(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }

  toJSON(): Array<[string, number[]]> {
    return [...this.lists];
  }

  static fromJSON(cap: number, entries: Array<[string, number[]]> | undefined): Postings {
    const postings = new Postings(cap);
    for (const [key, list] of entries ?? []) postings.lists.set(key, [...list]);
    return postings;
  }
}
