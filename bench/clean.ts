// Speed of the clean stage on the shared extraction slice: median milliseconds per HTML page for
// ours and for Readability + linkedom in the same run, and flattened-text articles per second.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/clean/cleanArticle.js';
import { readGroundTruth, readPageHtml, readabilityText } from '../eval/clean.js';
import { sharedDataset } from '../eval/sharedData.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeEach(pages: readonly string[], fn: (html: string) => unknown): number[] {
  return pages.map((html) => {
    const started = performance.now();
    fn(html);
    return performance.now() - started;
  });
}

export async function run(): Promise<void> {
  const dir = sharedDataset('extraction');
  if (!dir) {
    console.log('skipped: shared dataset "extraction" not found');
    return;
  }
  const pages = readGroundTruth(dir).map((page) => readPageHtml(dir, page));
  const ours = (html: string) => cleanArticle({ id: 'b', file: 'b', html, notes: [] });
  timeEach(pages.slice(0, 20), ours);
  timeEach(pages.slice(0, 20), readabilityText);
  const mine = timeEach(pages, ours);
  const theirs = timeEach(pages, readabilityText);
  const [m, t] = [median(mine), median(theirs)];
  console.log(`html pages: ${pages.length}`);
  console.log(`  recoupe clean      median ${m.toFixed(2)} ms/page   max ${Math.max(...mine).toFixed(0)} ms`);
  console.log(`  readability+linkedom median ${t.toFixed(2)} ms/page   max ${Math.max(...theirs).toFixed(0)} ms`);
  console.log(`  ratio ours/theirs  ${(m / t).toFixed(2)}`);

  const texts = readFileSync(join(dir, 'flattened.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { lines: string[] }).lines.join('\n'));
  // Flattened pages are whole pages (menus included, ~200 lines); articles copied by hand are
  // shorter, so this is a lower bound of the articles-per-second rate.
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) cleanArticle({ id: 't', file: 't', text, notes: [] });
  const seconds = (performance.now() - started) / 1000;
  console.log(`flattened text: ${texts.length} pages x ${rounds}: ${((texts.length * rounds) / seconds).toFixed(0)} articles/s (one core)`);
}
