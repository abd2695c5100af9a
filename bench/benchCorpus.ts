// A corpus of at least N RawArticles for speed measurements: real news text from ../shared/data
// (ECB+, French TimeBank, HIPE, flattened extraction pages) and the demo corpus, varied so that
// copies are not identical (sentences rotated and dropped, numbers shifted, ids suffixed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../src/article.js';
import { collectInputs } from '../src/ingest/readInputs.js';
import { repoRoot, sharedDataset } from '../eval/sharedData.js';

interface Seed {
  title: string;
  text: string;
  lang?: string;
  published?: string;
}

function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function sharedSeeds(): Seed[] {
  const seeds: Seed[] = [];
  const clustering = sharedDataset('news-clustering');
  if (clustering) {
    for (const doc of readJsonl<{ title: string; text: string }>(join(clustering, 'ecbplus-dev.jsonl'))) {
      seeds.push({ title: doc.title, text: doc.text, lang: 'en' });
    }
  }
  const time = sharedDataset('time-fr');
  if (time) {
    for (const doc of readJsonl<{ text: string; dct: string }>(join(time, 'frtimebank-dev.jsonl'))) {
      seeds.push({ title: doc.text.split('\n')[0].slice(0, 90), text: doc.text, lang: 'fr', published: doc.dct });
    }
  }
  const ner = sharedDataset('ner-fr');
  if (ner) {
    for (const doc of readJsonl<{ text: string }>(join(ner, 'hipe2022-fr-dev.jsonl'))) {
      seeds.push({ title: doc.text.split('\n')[0].slice(0, 90), text: doc.text.slice(0, 6000), lang: 'fr' });
    }
  }
  const extraction = sharedDataset('extraction');
  if (extraction) {
    for (const page of readJsonl<{ lines: string[] }>(join(extraction, 'flattened.jsonl'))) {
      seeds.push({ title: page.lines[0] ?? '', text: page.lines.join('\n').slice(0, 20000) });
    }
  }
  return seeds;
}

async function demoSeeds(): Promise<RawArticle[]> {
  const dir = join(repoRoot, 'demo', 'articles');
  if (!existsSync(dir)) return [];
  return (await collectInputs([dir])).raws;
}

/** Deterministic pseudo-random numbers, so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function vary(text: string, round: number, next: () => number): string {
  if (round === 0) return text;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter(() => next() > 0.15);
  const shift = Math.floor(next() * kept.length);
  const rotated = [...kept.slice(shift), ...kept.slice(0, shift)];
  return rotated.join(' ').replace(/\d+/g, (n) => String(Number(n) + round));
}

export async function benchCorpus(size: number): Promise<RawArticle[]> {
  const next = random(42);
  const demo = await demoSeeds();
  const seeds: Seed[] = [
    ...sharedSeeds(),
    ...demo.map((raw) => ({ title: raw.title ?? '', text: raw.text ?? raw.html ?? '', lang: raw.lang, published: raw.published })),
  ].filter((seed) => seed.text.trim().length > 0);
  if (seeds.length === 0) throw new Error('no seed articles: neither ../shared/data nor demo/articles is present');
  const corpus: RawArticle[] = [];
  for (let round = 0; corpus.length < size; round++) {
    for (const [index, seed] of seeds.entries()) {
      if (corpus.length >= size) break;
      const isHtml = seed.text.trimStart().startsWith('<');
      const body = isHtml && round === 0 ? seed.text : vary(seed.text, round, next);
      const day = 1 + Math.floor(next() * 27);
      corpus.push({
        id: `b${round}-${index}`,
        file: `bench#${round}-${index}`,
        ...(isHtml && round === 0 ? { html: body } : { text: `${seed.title}\n${body}` }),
        lang: seed.lang,
        published: seed.published ?? `2023-${String(1 + (round % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        notes: [],
      });
    }
  }
  return corpus;
}
