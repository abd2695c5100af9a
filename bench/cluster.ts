// npm run bench cluster — speed and memory of the corpus stages (DuplicateIndex + EventIndex)
// over one synthetic stream of 100,000 articles, read at 1,000, 10,000 and 100,000.
//
// The stream perturbs the real ECB+ texts: every STORY_SIZE consecutive articles tell one
// "story" (one base text with its names swapped for a story-specific set, sentences dropped
// differently per article, now and then a verbatim reprint), dated along two years in
// publication order. It exercises the paths of a real store (exact copies, near-duplicates,
// joins, new events) without claiming any quality.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import type { Article } from '../src/article.js';
import { EventIndex } from '../src/cluster/EventIndex.js';
import { DuplicateIndex } from '../src/dedup/DuplicateIndex.js';
import { hash32 } from '../src/dedup/hashing.js';
import { makeCopy } from '../src/dedup/testing/perturb.js';
import { sharedDataset } from '../eval/sharedData.js';

const CHECKPOINTS = (process.env.BENCH_MAX ? [1_000, Number(process.env.BENCH_MAX)] : [1_000, 10_000, 100_000]);
/** Articles over which a per-article cost is averaged at each checkpoint. */
const WINDOW = 1_000;
const STORY_SIZE = 5;
const STORY_SENTENCES = 16;
const ARTICLE_SENTENCES = 4;
const SPAN_DAYS = 730;
const START = Date.UTC(2022, 0, 1);
const NAME_POOL = [
  'Abena', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Nguyen', 'Sato', 'Diallo',
  'Keita', 'Traore', 'Petrov', 'Ivanova', 'Garcia', 'Silva', 'Haas', 'Brennan', 'Oyelaran', 'Castillo',
  'Mbeki', 'Dlamini', 'Arslan', 'Yilmaz', 'Rahimi', 'Karimi', 'Novak', 'Horvat', 'Jensen', 'Larsen',
  'Tallinn', 'Dakar', 'Lagos', 'Quito', 'Hanoi', 'Oslo', 'Accra', 'Riga', 'Lima', 'Kigali', 'Tunis', 'Sofia',
];
const CAPITALISED_WORD = /(?<=[a-z,;] )\p{Lu}[\p{L}'-]+/gu;

export async function run(): Promise<void> {
  const dir = sharedDataset('news-clustering');
  const file = dir ? join(dir, 'ecbplus-dev.jsonl') : null;
  if (!file || !existsSync(file)) {
    console.log('skipped: news-clustering/ecbplus-dev.jsonl not found');
    return;
  }
  const sentences = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => (JSON.parse(line) as { text: string }).text.split('\n'))
    .filter((sentence) => sentence.split(' ').length >= 8);

  const total = CHECKPOINTS[CHECKPOINTS.length - 1]!;
  const dedup = new DuplicateIndex();
  const events = new EventIndex();
  const perArticle = new Map<number, number>();
  let windowStart = process.cpuUsage();
  let duplicates = 0;
  const started = Date.now();

  // Listing after every WINDOW adds, as a store does after each ingest batch; timed apart.
  let listingMs = 0;
  console.log('articles   CPU ms/article (last 1k)   articles/s   maxRSS MB   heap MB   duplicates   events   listing after the last 1k adds');
  for (let i = 0; i < total; i++) {
    const article = syntheticArticle(sentences, i, total);
    const verdict = dedup.add(article);
    if (verdict.duplicateOf) duplicates++;
    events.add(article, verdict);
    const done = i + 1;
    if (done % WINDOW === 0) {
      // CPU time, not wall time: the machine is shared, and waiting for a core is not our cost.
      const used = process.cpuUsage(windowStart);
      const ms = (used.user + used.system) / 1000 / WINDOW;
      const listed = process.cpuUsage();
      events.events();
      events.storylines();
      const listedUsage = process.cpuUsage(listed);
      listingMs = (listedUsage.user + listedUsage.system) / 1000;
      windowStart = process.cpuUsage();
      if (CHECKPOINTS.includes(done)) {
        perArticle.set(done, ms);
        const eventCount = new Set(Array.from({ length: 200 }, (_, k) => events.eventOf(`a${done - 1 - k}`))).size;
        console.log(
          `${String(done).padStart(8)}   ${ms.toFixed(3).padStart(24)}   ${(1000 / ms).toFixed(0).padStart(10)}   ${(resourceUsage().maxRSS / 1024).toFixed(0).padStart(9)}   ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0).padStart(7)}   ${String(duplicates).padStart(10)}   ${String(eventCount).padStart(6)} in last 200   ${listingMs.toFixed(1).padStart(8)} ms`,
        );
      }
    }
  }
  // The checkpoint a store saves: bytes of serialized state per article.
  const eventJson = JSON.stringify(events.toJSON());
  const eventBytes = eventJson.length / total;
  const dedupBytes = JSON.stringify(dedup.toJSON()).length / total;
  const loading = Date.now();
  const reloaded = EventIndex.fromJSON(JSON.parse(eventJson));
  const loaded = Date.now();
  const all = reloaded.events();
  const storylines = reloaded.storylines();
  console.log(`EventIndex.fromJSON: ${loaded - loading} ms; first events() + storylines() after it, over ${all.length} events, ${storylines.length} storylines: ${Date.now() - loaded} ms`);
  console.log(`state per article: EventIndex ${(eventBytes / 1024).toFixed(2)} KB, DuplicateIndex ${(dedupBytes / 1024).toFixed(2)} KB`);
  const first = perArticle.get(CHECKPOINTS[0]!)!;
  const last = perArticle.get(total)!;
  console.log(`per-article cost growth ${CHECKPOINTS[0]} -> ${total}: x${(last / first).toFixed(2)} (target <= 2)`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Article i of the stream. Story s = i / STORY_SIZE owns STORY_SENTENCES sentences drawn from
 * the whole corpus, with their capitalised words swapped for the story's own names; each of its
 * articles keeps a different 4 of them (a rewrite), and every fifth is a copy of the previous
 * one with a new lead (a reprint).
 */
function syntheticArticle(sentences: string[], i: number, total: number): Article {
  const story = Math.floor(i / STORY_SIZE);
  const names = new Map<string, string>();
  const pool = Array.from({ length: STORY_SENTENCES }, (_, k) =>
    sentences[hash32(`${story}/${k}`) % sentences.length]!.replace(CAPITALISED_WORD, (word) => {
      if (!names.has(word)) names.set(word, NAME_POOL[hash32(`${story}:${word}`) % NAME_POOL.length]!);
      return names.get(word)!;
    }),
  );
  const variant = i % STORY_SIZE;
  const cut = (v: number) => pool.filter((_, k) => (k + v) % STORY_SENTENCES < ARTICLE_SENTENCES).join('\n');
  const text = variant === STORY_SIZE - 1 ? makeCopy(cut(variant - 1), 'new-lead', i) : cut(variant * ARTICLE_SENTENCES);
  const day = Math.floor((i / total) * SPAN_DAYS);
  return {
    id: `a${i}`,
    file: `bench/${i}`,
    url: null,
    outlet: `outlet${i % 37}`,
    author: null,
    title: text.split('\n')[0] ?? '',
    published: new Date(START + day * 86_400_000 + (i % 86_400) * 1000).toISOString(),
    publishedSource: 'metadata',
    lang: 'en',
    text,
    removed: [],
    dates: [],
    mentions: [],
    quotes: [],
    notes: [],
  };
}
