// Clustering scores against a gold grouping, for the evaluations: BCubed (per item: how much of
// its predicted cluster is gold-right, and how much of its gold cluster it found) and pairwise
// (over all pairs of items put together). Only items present in both maps count.

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const items = [...predicted.keys()].filter((id) => gold.has(id));
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const byPredicted = groupBy(items, (id) => predicted.get(id)!);
  const byGold = groupBy(items, (id) => gold.get(id)!);
  const both = groupBy(items, (id) => `${predicted.get(id)}\u0000${gold.get(id)}`);
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const together = both.get(`${predicted.get(id)}\u0000${gold.get(id)}`)!.length;
    precision += together / byPredicted.get(predicted.get(id)!)!.length;
    recall += together / byGold.get(gold.get(id)!)!.length;
  }
  return withF1(precision / items.length, recall / items.length);
}

export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): Scores {
  const items = [...predicted.keys()].filter((id) => gold.has(id));
  const pairs = (groups: Map<string, string[]>) => [...groups.values()].reduce((s, g) => s + (g.length * (g.length - 1)) / 2, 0);
  const predictedPairs = pairs(groupBy(items, (id) => predicted.get(id)!));
  const goldPairs = pairs(groupBy(items, (id) => gold.get(id)!));
  const truePairs = pairs(groupBy(items, (id) => `${predicted.get(id)}\u0000${gold.get(id)}`));
  const precision = predictedPairs === 0 ? (goldPairs === 0 ? 1 : 0) : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  return withF1(precision, recall);
}

function withF1(precision: number, recall: number): Scores {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function groupBy(items: string[], key: (id: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of items) {
    const k = key(id);
    const group = groups.get(k);
    if (group) group.push(id);
    else groups.set(k, [id]);
  }
  return groups;
}
