// npm run eval:language — language identification (src/language/) from the text alone, no page
// declaration given:
//   extraction  the expected main texts of ../shared/data/extraction (with their expected title),
//               many languages, long texts, and their titles alone (extraction.titles: short
//               texts in many languages, where a loose rule for short texts would mislabel).
//               Gold: the slice's `lang` field, a stop-word vote of its builders, corrected
//               below where reading the text says otherwise;
//   ecbplus     the ECB+ texts of ../shared/data/news-clustering, all English, many of them
//               briefs of one to three sentences, and their headlines alone (ecbplus.headlines):
//               the case where a text is short, the stop-word vote thin and trigrams a guess.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import { identifyLanguage } from '../src/language/identifyLanguage.js';
import { readJsonl, sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';

/**
 * Where the slice's stop-word guess is wrong, read by us: the text's language, or null for a
 * page written in no language (placeholder Latin). The slice's vote only knew a few European
 * languages and fell back on the page's declaration.
 */
const CORRECTED_GOLD: Record<string, string | null> = {
  'fundus-tests-resources-parser-test_data-tz-habarileo_20-44b57f': 'sw', // "JESHI la Polisi mkoani Shinyanga…" (slice: es)
  'fundus-tests-resources-parser-test_data-tr-anadoluajans-f7139b': 'tr', // "Ulaştırma ve Altyapı Bakanı…" (slice: other)
  'fundus-tests-resources-parser-test_data-no-nrk_2024_08_-373379': 'nb', // "Kvalifiseringen i stavsprang ble…", declared nb (slice: nl)
  'fundus-tests-resources-parser-test_data-za-ilanga_2025_-73b93c': 'zu', // "Kuthiwaligqinsile imbuzi efile…" (slice: en, declared)
  'zyte-html-f105de6e63ca91ea482f60193f6252092557f969f2f-59a8b8': 'ja', // "Kindle書籍を読む場合は…" (slice: en)
  'rdb-test-test-pages-youth-b4d7a7': 'zh', // "图为马素湘在澳大利亚…" (slice: other)
  'rdb-test-test-pages-dev418-f7f377': null, // lorem ipsum
  'rdb-test-test-pages-missing-paragraphs-6a7bb2': null, // lorem ipsum
  'rdb-test-test-pages-data-url-image-fbd733': null, // lorem ipsum
};

interface Sample {
  id: string;
  gold: string;
  title: string;
  text: string;
}

export async function run(): Promise<EvalResult> {
  const extractionDir = sharedDataset('extraction');
  const clusteringDir = sharedDataset('news-clustering');
  if (!extractionDir || !clusteringDir) return { skipped: 'extraction or news-clustering dataset not found', metrics: {} };
  const metrics: Record<string, number> = {};
  const misses: string[] = [];
  const ecbplus = ecbSamples(clusteringDir);
  const headlines = ecbplus.filter((s) => s.title.trim() !== '').map((s) => ({ ...s, text: '' }));
  const extraction = extractionSamples(extractionDir);
  const titles = extraction.filter((s) => s.title.trim() !== '').map((s) => ({ ...s, text: '' }));
  const sets = { extraction, 'extraction.titles': titles, ecbplus, 'ecbplus.headlines': headlines };
  for (const [name, samples] of Object.entries(sets)) {
    const found = samples.map((sample) => ({ sample, lang: languageOf(sample) }));
    const wrong = found.filter((f) => f.lang !== f.sample.gold);
    metrics[`language.${name}.accuracy`] = 1 - wrong.length / samples.length;
    metrics[`language.${name}.und.count`] = found.filter((f) => f.lang === 'und').length;
    const mislabelled = wrong.filter((f) => f.lang !== 'und').length;
    metrics[`language.${name}.wrong.count`] = mislabelled;
    // Of the texts given a language, the share given the right one: "und" is a safe answer, a
    // wrong language is not (it picks the wrong stop words and keeps translations uncompared).
    metrics[`language.${name}.precision`] = 1 - mislabelled / Math.max(1, found.filter((f) => f.lang !== 'und').length);
    const shown = [...wrong.filter((w) => w.lang !== 'und'), ...wrong.filter((w) => w.lang === 'und' && !name.endsWith('headlines'))];
    for (const { sample, lang } of shown.slice(0, 40)) {
      misses.push(`${name.padEnd(10)} ${sample.gold} -> ${lang.padEnd(4)} ${sample.id.slice(0, 48).padEnd(48)} ${JSON.stringify(`${sample.title} ${sample.text}`.slice(0, 70))}`);
    }
  }
  const started = process.cpuUsage();
  const all = Object.values(sets).flat();
  for (const sample of all) languageOf(sample);
  const cpu = process.cpuUsage(started);
  const perText = (cpu.user + cpu.system) / all.length;
  return { metrics, table: `misses (up to 40 a set, wrong languages first; headlines read und left out), gold -> found:\n  ${misses.join('\n  ')}\n(${perText.toFixed(0)} µs CPU per text, one pass)` };
}

function languageOf(sample: Sample): string {
  const article = { id: sample.id, title: sample.title, text: sample.text, lang: '', notes: [] } as unknown as Article;
  return identifyLanguage(article).lang;
}

function extractionSamples(dir: string): Sample[] {
  return readJsonlIfPresent<{ id: string; lang: string; title?: string | null; expected_text?: string | null }>(join(dir, 'ground_truth.jsonl'))
    .filter((page) => page.expected_text)
    .flatMap((page) => {
      const gold = page.id in CORRECTED_GOLD ? CORRECTED_GOLD[page.id] : page.lang;
      return gold ? [{ id: page.id, gold, title: page.title ?? '', text: page.expected_text! }] : [];
    });
}

function ecbSamples(dir: string): Sample[] {
  return readJsonlIfPresent<{ id: string; title?: string | null; text: string }>(join(dir, 'ecbplus-dev.jsonl')).map((doc) => ({
    id: doc.id,
    gold: 'en',
    title: doc.title ?? '',
    text: doc.text,
  }));
}

/** A file missing from a slice that is there gives no samples. */
function readJsonlIfPresent<T>(path: string): T[] {
  return existsSync(path) ? readJsonl<T>(path) : [];
}
