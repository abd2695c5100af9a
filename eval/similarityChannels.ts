// An experiment, not an evaluation: can other channels than the term and name cosines, or a
// learned mix of them, raise what the event similarity can reach on ECB+? Run it with
// `npx tsx eval/similarityChannels.ts` (about 15 s); its figures are in docs/quality.md.
//
// Every pair of ECB+ articles gets the channels below (undated, IDF over the whole slice, as in
// batchCeiling.ts). It prints each channel's AUC over the pairs of one topic (the hard ones: two
// events of one kind), then:
// - a logistic regression over the channels, fitted on the pairs of odd topics and scored on the
//   even ones and the other way round (the topic only splits the slice, it is never a feature):
//   batch average linkage over the held-out half, at the threshold chosen on the training half,
//   against the hand-set mix (TERMS_WEIGHT, NAMES_WEIGHT) treated the same way;
// - the hand-set mix with one channel added, clustered over the whole slice and over each half,
//   best threshold in hindsight (a bound, as ecbplus.diagnostic.batchAverageLink).
// These are pair scores. The index compares an article with an event's summed vectors, where
// they did not carry over (docs/quality.md).

import type { Article } from '../src/article.js';
import { profileArticle, type ArticleProfile } from '../src/cluster/articleProfile.js';
import { salientKeys } from '../src/cluster/anchorKeys.js';
import { ARTICLE_TERMS, NAMES_WEIGHT, TERMS_WEIGHT } from '../src/cluster/clusterConfig.js';
import { contentTerms } from '../src/cluster/contentTerms.js';
import { cosine, topKeys, type Idf, type Weights } from '../src/cluster/sparseVectors.js';
import { auc, averageLinkSweep, idfOver, type Ceiling } from './batchCeiling.js';
import { ecbplusSlice } from './events.js';

const CHANNELS = ['terms', 'names', 'salient', 'principal', 'figureAgreement', 'figureConflict'] as const;
type Channels = Record<(typeof CHANNELS)[number], number>;

/** Protagonist keys per article (the salient keys heaviest among its names). */
const PRINCIPAL_NAMES = 2;
const THRESHOLDS = Array.from({ length: 31 }, (_, k) => Math.round((0.4 - 0.01 * k) * 100) / 100);
const LOGIT_THRESHOLDS = Array.from({ length: 21 }, (_, k) => 3 - 0.25 * k);

/** Figures with the word they count: "23 pirates" -> pirat: {23}; years are left out. */
const FIGURE = /(\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(?:year|yard|foot|metre|meter)s?(?:\s*-\s*old)?)?\s+(?:(?:million|billion|thousand|per\s*cent|percent|%)\s+)?(\p{L}[\p{L}'’-]+)/gu;
const YEAR = /^(?:1[89]|20)\d\d$/u;

interface Item {
  id: string;
  half: number;
  profile: ArticleProfile;
  terms: Weights;
  salient: Weights;
  principal: string[];
  figures: Map<string, Set<string>>;
}

interface Pair {
  i: number;
  j: number;
  same: boolean;
  sameTopic: boolean;
  channels: Channels;
}

async function main(): Promise<void> {
  const slice = await ecbplusSlice();
  if (!slice) return console.log('skipped: news-clustering/ecbplus-dev.jsonl not found');
  const { gold } = slice;
  const topicOf = (id: string) => Number(gold.get(id)!.split('_')[1]);
  const items = prepare(slice.articles, topicOf);
  const pairs = allPairs(items, gold, topicOf);

  const hard = pairs.filter((p) => p.sameTopic);
  console.log(`channel AUC over ${hard.length} same-topic pairs:`);
  for (const name of CHANNELS) console.log(`  ${name.padEnd(16)} ${auc(hard.map((p) => [p.channels[name], p.same])).toFixed(3)}`);

  const hand = (c: Channels) => TERMS_WEIGHT * c.terms + NAMES_WEIGHT * c.names;
  console.log('\nlogistic regression, fitted on one topic half, clustered on the other:');
  for (const half of [0, 1]) {
    const train = pairs.filter((p) => items[p.i]!.half !== half && items[p.j]!.half !== half);
    const weights = fitLogistic(train.map((p) => features(p.channels)), train.map((p) => p.same));
    const learned = (c: Channels) => dot(weights, features(c));
    const heldOut = (score: (c: Channels) => number, thresholds: readonly number[]) => {
      const chosen = best(sweep(items, pairs, gold, score, thresholds, 1 - half)).threshold;
      const result = sweep(items, pairs, gold, score, thresholds, half);
      return { atChosen: result.find((r) => r.threshold === chosen)!, best: best(result) };
    };
    const h = heldOut(hand, THRESHOLDS);
    const l = heldOut(learned, LOGIT_THRESHOLDS);
    console.log(
      `  held-out half ${half}: weights [${weights.map((w) => w.toFixed(2)).join(', ')}] (${[...CHANNELS, 'bias'].join(', ')})\n` +
        `    hand mix ${format(h.atChosen)} (best in hindsight ${h.best.scores.f1.toFixed(3)})\n` +
        `    learned  ${format(l.atChosen)} (best in hindsight ${l.best.scores.f1.toFixed(3)})`,
    );
  }

  console.log('\nhand mix plus one channel, best threshold in hindsight (whole slice | half 0 | half 1):');
  const variants: Array<[string, (c: Channels) => number]> = [
    ['hand mix', hand],
    ['+ 0.1 (principal - 0.5)', (c) => hand(c) + 0.1 * (c.principal - 0.5)],
    ['+ 0.1 (salient - 0.3)', (c) => hand(c) + 0.1 * (c.salient - 0.3)],
    ['- 0.02 figureConflict', (c) => hand(c) - 0.02 * c.figureConflict],
    ['both', (c) => hand(c) + 0.1 * (c.principal - 0.5) - 0.02 * c.figureConflict],
  ];
  for (const [name, score] of variants) {
    const runs = [undefined, 0, 1].map((half) => best(sweep(items, pairs, gold, score, THRESHOLDS, half)));
    console.log(`  ${name.padEnd(26)} ${runs.map(format).join(' | ')}`);
  }
}

function prepare(articles: readonly Article[], topicOf: (id: string) => number): Item[] {
  const profiles = articles.map((a) => profileArticle({ ...a, published: null, dates: [] }));
  const termIdf = idfOver(profiles.map((p) => p.terms.keys()));
  const nameIdf = idfOver(profiles.map((p) => p.names.keys()));
  return articles.map((article, k) => {
    const profile = profiles[k]!;
    const salient = salientKeys(article);
    const ranked = new Map([...salient.keys()].map((key) => [key, profile.names.get(key) ?? 0] as const));
    return {
      id: article.id,
      half: topicOf(article.id) % 2,
      profile,
      terms: new Map(topKeys(profile.terms, termIdf, ARTICLE_TERMS).map((key) => [key, profile.terms.get(key)!])),
      salient,
      principal: topKeys(ranked, nameIdf, PRINCIPAL_NAMES),
      figures: figuresOf(`${article.title}\n${article.text}`),
    };
  });
}

function allPairs(items: readonly Item[], gold: ReadonlyMap<string, string>, topicOf: (id: string) => number): Pair[] {
  const termIdf = idfOver(items.map((it) => it.profile.terms.keys()));
  const nameIdf = idfOver(items.map((it) => it.profile.names.keys()));
  const figureIdf = idfOver(items.map((it) => it.figures.keys()));
  const presence = (keys: readonly string[], names: Weights) => (keys.length === 0 ? 0.5 : keys.filter((k) => names.has(k)).length / keys.length);
  const pairs: Pair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      const figures = figureComparison(a.figures, b.figures, figureIdf);
      pairs.push({
        i,
        j,
        same: gold.get(a.id) === gold.get(b.id),
        sameTopic: topicOf(a.id) === topicOf(b.id),
        channels: {
          terms: cosine(a.terms, b.terms, termIdf),
          names: cosine(a.profile.names, b.profile.names, nameIdf),
          salient: cosine(a.salient, b.salient, nameIdf),
          principal: (presence(a.principal, b.profile.names) + presence(b.principal, a.profile.names)) / 2,
          figureAgreement: figures.agreement,
          figureConflict: figures.conflict,
        },
      });
    }
  }
  return pairs;
}

function figuresOf(text: string): Map<string, Set<string>> {
  const figures = new Map<string, Set<string>>();
  for (const match of text.matchAll(FIGURE)) {
    const value = match[1]!.replace(',', '.');
    const unit = contentTerms(match[2]!, 'en').keys().next().value;
    if (YEAR.test(value) || unit === undefined) continue;
    (figures.get(unit) ?? figures.set(unit, new Set()).get(unit)!).add(value);
  }
  return figures;
}

/** Units both give figures for, weighted by rarity: with a figure in common, and without. */
function figureComparison(a: Map<string, Set<string>>, b: Map<string, Set<string>>, idf: Idf): { agreement: number; conflict: number } {
  let agreement = 0;
  let conflict = 0;
  for (const [unit, values] of a) {
    const other = b.get(unit);
    if (!other) continue;
    if ([...values].some((v) => other.has(v))) agreement += idf(unit) - 1;
    else conflict += idf(unit) - 1;
  }
  return { agreement, conflict };
}

function sweep(
  items: readonly Item[],
  pairs: readonly Pair[],
  gold: ReadonlyMap<string, string>,
  score: (c: Channels) => number,
  thresholds: readonly number[],
  half?: number,
): Ceiling[] {
  const chosen = items.map((it, k) => [it, k] as const).filter(([it]) => half === undefined || it.half === half);
  const position = new Map(chosen.map(([, k], p) => [k, p]));
  const matrix = chosen.map(() => new Float64Array(chosen.length));
  for (const pair of pairs) {
    const [a, b] = [position.get(pair.i), position.get(pair.j)];
    if (a === undefined || b === undefined) continue;
    matrix[a]![b] = matrix[b]![a] = score(pair.channels);
  }
  return averageLinkSweep(chosen.map(([it]) => it.id), matrix, gold, thresholds);
}

function features(c: Channels): number[] {
  return [...CHANNELS.map((name) => c[name]), 1];
}

/** Newton's method on the log loss, classes weighted to equal mass, a light L2 on the slopes. */
function fitLogistic(xs: number[][], ys: boolean[], l2 = 1e-3): number[] {
  const d = xs[0]!.length;
  let w = new Array<number>(d).fill(0);
  const positives = ys.filter(Boolean).length;
  const classWeight = (y: boolean) => xs.length / (2 * (y ? positives : xs.length - positives));
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      const c = classWeight(ys[n]!);
      for (let a = 0; a < d; a++) {
        gradient[a]! += c * (p - (ys[n] ? 1 : 0)) * x[a]!;
        for (let b = 0; b < d; b++) hessian[a]![b]! += c * p * (1 - p) * x[a]! * x[b]!;
      }
    });
    for (let a = 0; a < d - 1; a++) {
      gradient[a]! += l2 * xs.length * w[a]!;
      hessian[a]![a]! += l2 * xs.length;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, k) => v - step[k]!);
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let i = 0; i < n; i++) {
    let pivot = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(m[r]![i]!) > Math.abs(m[pivot]![i]!)) pivot = r;
    [m[i], m[pivot]] = [m[pivot]!, m[i]!];
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const f = m[r]![i]! / m[i]![i]!;
      for (let c = i; c <= n; c++) m[r]![c]! -= f * m[i]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function dot(w: readonly number[], x: readonly number[]): number {
  return w.reduce((s, v, k) => s + v * x[k]!, 0);
}


function best(results: readonly Ceiling[]): Ceiling {
  return results.reduce((a, b) => (b.scores.f1 > a.scores.f1 ? b : a));
}

function format(c: Ceiling): string {
  return `F1 ${c.scores.f1.toFixed(3)} (P ${c.scores.precision.toFixed(3)} R ${c.scores.recall.toFixed(3)}) at ${c.threshold}`;
}

await main();
