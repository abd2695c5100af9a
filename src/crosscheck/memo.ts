/**
 * A function's results kept for the inputs it saw: the cross-checker folds, stems and looks up
 * the same few thousand words and phrases across every sentence of an event. The cache is
 * dropped whole when it reaches `limit` entries, so memory stays bounded on any corpus.
 */
export function memo<R>(compute: (key: string) => R, limit = 50_000): (key: string) => R {
  let cache = new Map<string, R>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache = new Map();
      value = compute(key);
      cache.set(key, value);
    }
    return value as R;
  };
}
