// Clean-stage evaluation on the shared extraction slice (313 pages, 23 French):
//   - bag-of-words P/R/F1 of the main text against expected_text (macro over full-text pages),
//   - trafilatura-style P/R/F over the `with` / `without` snippets,
//   - line-level P/R/F1 of the flattened-text classifier (content = positive class),
// with @mozilla/readability (+ linkedom) scored on the same HTML pages as the peer baseline
// (CLEAN_EVAL_NO_PEER=1 skips it while iterating; CLEAN_EVAL_WORST=20 lists the worst pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { cleanArticle } from '../src/clean/cleanArticle.js';
import { classifyLines } from '../src/clean/classifyLines.js';
import { cleanText } from '../src/clean/cleanText.js';
import { pageFeatures } from '../src/clean/lineFeatures.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { readJsonl, sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';

export interface GroundTruth {
  id: string;
  lang: string;
  /** The converter's page type: news, article, news?, web, or WCXB's product, collection… */
  kind: string;
  gt_type: 'full_text' | 'snippets' | 'full_text+snippets' | 'reference_output';
  url: string | null;
  title: string | null;
  expected_text: string | null;
  with: string[];
  without: string[];
  html: string;
}

interface FlatPage {
  id: string;
  lines: string[];
  labels: (0 | 1 | null)[];
}

export function readGroundTruth(dir: string): GroundTruth[] {
  return readJsonl<GroundTruth>(join(dir, 'ground_truth.jsonl'));
}

export function readPageHtml(dir: string, page: GroundTruth): string {
  return decodeBytes(gunzipSync(readFileSync(join(dir, page.html)))).text;
}

/**
 * The ligatures œ and æ spelt out: WCXB's expected texts write "coeur", "oeil" where the pages
 * print "cœur", "œil", and neither spelling is an extraction error. Applied to both systems.
 */
function foldLigatures(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of foldLigatures(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

interface Prf {
  p: number;
  r: number;
  f: number;
}

function bagPrf(got: string, expected: string): Prf {
  const a = bag(got);
  const b = bag(expected);
  let common = 0;
  let nA = 0;
  let nB = 0;
  for (const [w, c] of a) {
    nA += c;
    common += Math.min(c, b.get(w) ?? 0);
  }
  for (const c of b.values()) nB += c;
  const p = nA === 0 ? 0 : common / nA;
  const r = nB === 0 ? 0 : common / nB;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Snippet matching folds case, runs of white space, ligatures and the apostrophe's typographic forms: the
 * WCXB snippets were drafted with straight apostrophes where the pages print ’ ("d'huiles" for
 * "d’huiles"), and an extractor that keeps the page's own characters is not wrong. Both systems
 * (ours and Readability) are matched through this same function.
 */
function squash(text: string): string {
  return foldLigatures(text.toLowerCase()).replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function snippetCounts(got: string, page: GroundTruth, into: Counts): void {
  const text = squash(got);
  for (const s of page.with) if (text.includes(squash(s))) into.tp++; else into.fn++;
  for (const s of page.without) if (text.includes(squash(s))) into.fp++;
}

function countsPrf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function mean(values: readonly Prf[]): Prf {
  const n = Math.max(1, values.length);
  return {
    p: values.reduce((s, v) => s + v.p, 0) / n,
    r: values.reduce((s, v) => s + v.r, 0) / n,
    f: values.reduce((s, v) => s + v.f, 0) / n,
  };
}

export function readabilityText(html: string): string {
  try {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return parsed?.textContent ?? '';
  } catch {
    return '';
  }
}

export function oursText(page: GroundTruth, html: string): string {
  return cleanArticle({ id: page.id, file: page.html, html, notes: [] }).text;
}

interface System {
  fullText: Prf[];
  fullTextFr: Prf[];
  /** French pages that are news or articles: the slice's four French shop pages (WCXB) left out. */
  fullTextFrNews: Prf[];
  reference: Prf[];
  snippets: Counts;
  snippetsFr: Counts;
}

/** Page kinds of the slice that are no news story (WCXB's types): reported apart for French. */
const NOT_NEWS_KINDS = new Set(['product', 'collection']);

function emptySystem(): System {
  return { fullText: [], fullTextFr: [], fullTextFrNews: [], reference: [], snippets: { tp: 0, fp: 0, fn: 0 }, snippetsFr: { tp: 0, fp: 0, fn: 0 } };
}

function score(system: System, page: GroundTruth, got: string): Prf | null {
  let prf: Prf | null = null;
  if (page.expected_text && (page.gt_type === 'full_text' || page.gt_type === 'full_text+snippets')) {
    prf = bagPrf(got, page.expected_text);
    system.fullText.push(prf);
    if (page.lang === 'fr') system.fullTextFr.push(prf);
    if (page.lang === 'fr' && !NOT_NEWS_KINDS.has(page.kind)) system.fullTextFrNews.push(prf);
  } else if (page.expected_text && page.gt_type === 'reference_output') {
    prf = bagPrf(got, page.expected_text);
    system.reference.push(prf);
  }
  if (page.with.length + page.without.length > 0) {
    snippetCounts(got, page, system.snippets);
    if (page.lang === 'fr') snippetCounts(got, page, system.snippetsFr);
  }
  return prf;
}

/** The benchmark a page comes from, by its id prefix: "fundus-tests-…" -> "fundus". */
function sourceOf(id: string): string {
  return id.slice(0, id.indexOf('-') >>> 0);
}

/**
 * Line counts of the flattened-text classifier: over all pages, the French ones, each source,
 * and all but the Readability-reference pages. Those pages' labels are derived from what
 * Readability.js itself keeps, which on Wikipedia pages is the infobox, the contents, the
 * navboxes and ~800 reference lines (wikipedia-2 alone holds a third of all missed lines):
 * `flat.lines.no_readability_ref` shows the classifier without that distortion, beside the
 * untouched `flat.lines`.
 */
function flatScores(dir: string, pages: Map<string, GroundTruth>): { all: Counts; fr: Counts; frNews: Counts; noRef: Counts; bySource: Map<string, Counts> } {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const fr: Counts = { tp: 0, fp: 0, fn: 0 };
  const frNews: Counts = { tp: 0, fp: 0, fn: 0 };
  const noRef: Counts = { tp: 0, fp: 0, fn: 0 };
  const bySource = new Map<string, Counts>();
  for (const flat of readJsonl<FlatPage>(join(dir, 'flattened.jsonl'))) {
    const verdicts = classifyLines(flat.lines).map((v) => v.content);
    const page = pages.get(flat.id);
    const source = sourceOf(flat.id);
    if (!bySource.has(source)) bySource.set(source, { tp: 0, fp: 0, fn: 0 });
    const into = [all, bySource.get(source)!];
    if (page?.lang === 'fr') into.push(fr);
    if (page?.lang === 'fr' && !NOT_NEWS_KINDS.has(page.kind)) into.push(frNews);
    if (page?.gt_type !== 'reference_output') into.push(noRef);
    flat.labels.forEach((label, i) => {
      if (label === null) return;
      for (const c of into) {
        if (verdicts[i] && label === 1) c.tp++;
        else if (verdicts[i]) c.fp++;
        else if (label === 1) c.fn++;
      }
    });
  }
  return { all, fr, frNews, noRef, bySource };
}

function sourceTable(bySource: Map<string, Counts>): string {
  const rows = [...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([source, c]) => {
    const { p, r, f } = countsPrf(c);
    return `  ${source.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   tp ${c.tp}  fp ${c.fp}  fn ${c.fn}`;
  });
  return ['flattened lines by source:', ...rows].join('\n');
}

function put(metrics: Record<string, number>, prefix: string, prf: Prf): void {
  metrics[`${prefix}.p`] = prf.p;
  metrics[`${prefix}.r`] = prf.r;
  metrics[`${prefix}.f1`] = prf.f;
}

/** A line this long with a sentence end is a sentence of the article in a clean pasted text. */
const CLEAN_SENTENCE_MIN_WORDS = 8;

/**
 * The text path on clean input: ECB+ texts are articles one sentence a line, nothing else, so
 * every sentence line (CLEAN_SENTENCE_MIN_WORDS words or more, a sentence end, not the title)
 * should come out of cleanText. The share kept, and the count dropped: the flattened classifier
 * must not trade a clean article's sentences for a page's furniture.
 */
function cleanInputScores(): { kept: number; dropped: number; textsDropping: number } | null {
  const dir = sharedDataset('news-clustering');
  if (!dir) return null;
  let total = 0;
  let dropped = 0;
  let textsDropping = 0;
  for (const rec of readJsonl<{ text: string; title: string | null }>(join(dir, 'ecbplus-dev.jsonl'))) {
    const cleaned = cleanText(rec.text, { title: rec.title ?? undefined });
    const lines = rec.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const features = pageFeatures(lines).lines;
    const kept = new Set(cleaned.paragraphs);
    let lost = 0;
    lines.forEach((line, i) => {
      if (!features[i].sentence || features[i].wordCount < CLEAN_SENTENCE_MIN_WORDS || line === cleaned.title || line === rec.title) return;
      total++;
      // A dateline cut off the first line leaves its rest as the paragraph.
      if (!kept.has(line) && !cleaned.paragraphs.some((p) => p !== '' && line.endsWith(p))) lost++;
    });
    dropped += lost;
    if (lost > 0) textsDropping++;
  }
  return { kept: total === 0 ? 0 : 1 - dropped / total, dropped, textsDropping };
}

export async function run(): Promise<EvalResult> {
  const dir = sharedDataset('extraction');
  if (!dir) return { skipped: 'shared dataset "extraction" not found', metrics: {} };
  const pages = readGroundTruth(dir);
  const only = process.env.CLEAN_EVAL_ONLY;
  const ours = emptySystem();
  const peer = emptySystem();
  const worst: { id: string; f: number; peer: number }[] = [];
  for (const page of pages) {
    if (only && !page.id.includes(only)) continue;
    const html = readPageHtml(dir, page);
    const mine = score(ours, page, oursText(page, html));
    const theirs = process.env.CLEAN_EVAL_NO_PEER ? null : score(peer, page, readabilityText(html));
    if (mine) worst.push({ id: page.id, f: mine.f, peer: theirs?.f ?? 0 });
  }
  const metrics: Record<string, number> = {};
  put(metrics, 'html.fulltext', mean(ours.fullText));
  put(metrics, 'html.fulltext.fr', mean(ours.fullTextFr));
  put(metrics, 'html.fulltext.fr.news', mean(ours.fullTextFrNews));
  put(metrics, 'html.snippets', countsPrf(ours.snippets));
  put(metrics, 'html.snippets.fr', countsPrf(ours.snippetsFr));
  put(metrics, 'html.readability_reference', mean(ours.reference));
  const flat = flatScores(dir, new Map(pages.map((p) => [p.id, p])));
  put(metrics, 'flat.lines', countsPrf(flat.all));
  put(metrics, 'flat.lines.fr', countsPrf(flat.fr));
  // The French pages less the four WCXB shop pages, whose labels count each brand name of a
  // product grid as content: the same split as html.fulltext.fr.news. A diagnostic.
  put(metrics, 'flat.lines.fr.news', countsPrf(flat.frNews));
  put(metrics, 'flat.lines.no_readability_ref', countsPrf(flat.noRef));
  for (const [source, counts] of flat.bySource) put(metrics, `flat.lines.${source}`, countsPrf(counts));
  const cleanInput = cleanInputScores();
  if (cleanInput) {
    metrics['flat.cleanInput.sentencesKept'] = cleanInput.kept;
    metrics['flat.cleanInput.sentencesDropped'] = cleanInput.dropped;
    metrics['flat.cleanInput.textsDropping'] = cleanInput.textsDropping;
  }
  put(metrics, 'peer.readability.fulltext', mean(peer.fullText));
  put(metrics, 'peer.readability.fulltext.fr', mean(peer.fullTextFr));
  put(metrics, 'peer.readability.fulltext.fr.news', mean(peer.fullTextFrNews));
  put(metrics, 'peer.readability.snippets', countsPrf(peer.snippets));
  put(metrics, 'peer.readability.snippets.fr', countsPrf(peer.snippetsFr));
  put(metrics, 'peer.readability.readability_reference', mean(peer.reference));
  metrics['pages.fulltext'] = ours.fullText.length;
  metrics['pages.fulltext.fr'] = ours.fullTextFr.length;
  metrics['pages.fulltext.fr.news'] = ours.fullTextFrNews.length;
  const worstTable = process.env.CLEAN_EVAL_WORST
    ? worst.sort((a, b) => a.f - b.f).slice(0, Number(process.env.CLEAN_EVAL_WORST))
      .map((w) => `  ${w.f.toFixed(3)}  (readability ${w.peer.toFixed(3)})  ${w.id}`).join('\n')
    : undefined;
  const table = [sourceTable(flat.bySource), worstTable].filter((t) => t !== undefined).join('\n');
  return { metrics, table };
}
