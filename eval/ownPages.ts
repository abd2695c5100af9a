// Cleaning on pages we wrote ourselves (eval/own-pages, ~20 news pages in the shapes real outlets
// use; blind: never tune on it). For the HTML: bag-of-words P/R/F1 of the clean text against the
// expected article (macro over article pages), whether the pages without an article come out
// empty, the share of planted noise lines that leak, and the metadata field by field. For the
// flattened copies: line P/R/F1 of classifyLines. @mozilla/readability (+ linkedom) is scored on
// the same pages. OWN_PAGES_DETAIL=1 adds one row per page, for reports on the set, not for tuning.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { cleanArticle } from '../src/clean/cleanArticle.js';
import { classifyLines } from '../src/clean/classifyLines.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { META_FIELDS, readOwnPages, type MetaField, type OwnPage, type PageMeta } from './own-pages/readOwnPages.js';
import type { EvalResult } from './types.js';

/** Up to this many words out of a page with no article still count as "nothing": a stray menu word or two is no article. */
const NO_ARTICLE_MAX_WORDS = 20;
/** A page whose text scores this F1 or more is counted as cleaned well (a paragraph lost or one teaser kept stays above). */
const GOOD_PAGE_F1 = 0.9;
/** Readability states no canonical URL or modified date: only these fields are compared for it. */
const READABILITY_META: readonly MetaField[] = ['title', 'published', 'author', 'outlet', 'lang'];

interface Extraction {
  text: string;
  meta: PageMeta;
}

interface Prf {
  p: number;
  r: number;
  f: number;
}

function given(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

function oursOn(page: OwnPage, html: string, notes: ReturnType<typeof decodeBytes>['notes']): Extraction {
  const article = cleanArticle({ id: page.id, file: `eval/own-pages/${page.id}/page.html`, html, notes });
  return {
    text: article.text,
    meta: {
      title: given(article.title),
      published: given(article.published),
      modified: given(article.modified),
      author: given(article.author),
      outlet: given(article.outlet),
      url: given(article.url),
      lang: given(article.lang),
    },
  };
}

function readabilityOn(html: string): Extraction {
  try {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return {
      text: parsed?.textContent ?? '',
      meta: {
        title: given(parsed?.title),
        published: given(parsed?.publishedTime),
        author: given(parsed?.byline),
        outlet: given(parsed?.siteName),
        lang: given(parsed?.lang),
      },
    };
  } catch {
    return { text: '', meta: {} };
  }
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];
}

function overlap(got: string, expected: string): Prf {
  const wanted = words(expected);
  const left = new Map<string, number>();
  for (const w of wanted) left.set(w, (left.get(w) ?? 0) + 1);
  const found = words(got);
  const common = found.filter((w) => {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    return n > 0;
  }).length;
  return fromCounts(common, found.length - common, wanted.length - common);
}

function fromCounts(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function average(scores: readonly Prf[]): Prf {
  const n = Math.max(1, scores.length);
  const sum = (key: keyof Prf) => scores.reduce((s, x) => s + x[key], 0) / n;
  return { p: sum('p'), r: sum('r'), f: sum('f') };
}

/** A noise line leaks when its words, in order and whole, are in the output ("Non" inside "Nonobstant" is no leak). */
function leaked(output: string, lines: readonly string[]): string[] {
  const haystack = ` ${words(output).join(' ')} `;
  return lines.filter((line) => haystack.includes(` ${words(line).join(' ')} `));
}

/** The day a date names, in its own zone and in UTC, so that either normalisation matches. */
function daysOf(date: string): string[] {
  const days = [date.slice(0, 10)];
  const instant = new Date(date);
  if (/T\d/.test(date) && !Number.isNaN(instant.getTime())) days.push(instant.toISOString().slice(0, 10));
  return days;
}

function comparableUrl(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, '');
}

function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function metaMatches(field: MetaField, got: string | undefined, want: string): boolean {
  if (got === undefined) return false;
  switch (field) {
    case 'published':
    case 'modified':
      return daysOf(got).includes(want.slice(0, 10));
    case 'url':
      return comparableUrl(got) === comparableUrl(want);
    case 'lang':
      return got.toLowerCase().split(/[-_]/)[0] === want;
    default:
      return comparableText(got) === comparableText(want);
  }
}

interface PageResult {
  page: OwnPage;
  text: Prf | null;
  empty: boolean;
  leaks: string[];
  metaMisses: string[];
}

interface Tally {
  pages: PageResult[];
  metaRight: Map<MetaField, number>;
  metaStated: Map<MetaField, number>;
}

function tally(results: PageResult[], fields: readonly MetaField[], metaOf: Map<string, PageMeta>): Tally {
  const metaRight = new Map<MetaField, number>();
  const metaStated = new Map<MetaField, number>();
  for (const result of results) {
    const got = metaOf.get(result.page.id) ?? {};
    for (const field of fields) {
      const want = result.page.meta[field];
      if (want === undefined) continue;
      metaStated.set(field, (metaStated.get(field) ?? 0) + 1);
      if (metaMatches(field, got[field], want)) metaRight.set(field, (metaRight.get(field) ?? 0) + 1);
      else result.metaMisses.push(`${field}=${JSON.stringify(got[field] ?? null)}`);
    }
  }
  return { pages: results, metaRight, metaStated };
}

function judge(page: OwnPage, got: Extraction): PageResult {
  const expected = page.expectedLines.join('\n');
  return {
    page,
    text: page.article ? overlap(got.text, expected) : null,
    empty: words(got.text).length <= NO_ARTICLE_MAX_WORDS,
    leaks: leaked(got.text, page.without),
    metaMisses: [],
  };
}

function textMetrics(metrics: Record<string, number>, prefix: string, { pages }: Tally): void {
  const scored = (lang?: string) => pages.filter((r) => r.text && (!lang || r.page.lang === lang)).map((r) => r.text!);
  const all = average(scored());
  metrics[`${prefix}html.p`] = all.p;
  metrics[`${prefix}html.r`] = all.r;
  metrics[`${prefix}html.f1`] = all.f;
  metrics[`${prefix}html.fr.f1`] = average(scored('fr')).f;
  metrics[`${prefix}html.en.f1`] = average(scored('en')).f;
  metrics[`${prefix}html.pages_good`] = scored().filter((s) => s.f >= GOOD_PAGE_F1).length / Math.max(1, scored().length);
  const noArticle = pages.filter((r) => !r.page.article);
  metrics[`${prefix}html.no_article.empty`] = noArticle.filter((r) => r.empty).length / Math.max(1, noArticle.length);
  const planted = pages.reduce((s, r) => s + r.page.without.length, 0);
  const leaks = pages.reduce((s, r) => s + r.leaks.length, 0);
  metrics[`${prefix}html.without.kept_out`] = 1 - leaks / Math.max(1, planted);
}

function metaMetrics(metrics: Record<string, number>, prefix: string, { metaRight, metaStated }: Tally): void {
  let right = 0;
  let stated = 0;
  for (const [field, n] of metaStated) {
    metrics[`${prefix}meta.${field}`] = (metaRight.get(field) ?? 0) / n;
    right += metaRight.get(field) ?? 0;
    stated += n;
  }
  metrics[`${prefix}meta.all`] = right / Math.max(1, stated);
}

interface LineCounts {
  tp: number;
  fp: number;
  fn: number;
}

function flatCounts(pages: readonly OwnPage[]): Map<string, LineCounts> {
  const byPage = new Map<string, LineCounts>();
  for (const page of pages) {
    const verdicts = classifyLines(page.flatLines);
    const c = { tp: 0, fp: 0, fn: 0 };
    page.labels.forEach((label, i) => {
      const kept = verdicts[i]?.content ?? false;
      if (kept && label === 1) c.tp++;
      else if (kept) c.fp++;
      else if (label === 1) c.fn++;
    });
    byPage.set(page.id, c);
  }
  return byPage;
}

function flatMetrics(metrics: Record<string, number>, pages: readonly OwnPage[], byPage: Map<string, LineCounts>): void {
  const sum = (lang?: string) => {
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const page of pages) {
      if (lang && page.lang !== lang) continue;
      const c = byPage.get(page.id)!;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return fromCounts(total.tp, total.fp, total.fn);
  };
  const all = sum();
  metrics['flat.lines.p'] = all.p;
  metrics['flat.lines.r'] = all.r;
  metrics['flat.lines.f1'] = all.f;
  metrics['flat.lines.fr.f1'] = sum('fr').f;
}

function detailTable(ours: Tally, peer: Tally, flat: Map<string, LineCounts>): string {
  const peerOf = new Map(peer.pages.map((r) => [r.page.id, r]));
  const rows = [...ours.pages]
    .sort((a, b) => (a.text?.f ?? (a.empty ? 1 : 0)) - (b.text?.f ?? (b.empty ? 1 : 0)))
    .map((r) => {
      const theirs = peerOf.get(r.page.id)!;
      const c = flat.get(r.page.id)!;
      const score = r.text ? `P ${r.text.p.toFixed(2)} R ${r.text.r.toFixed(2)} F1 ${r.text.f.toFixed(3)}` : `no article: ${r.empty ? 'empty' : 'NOT EMPTY'}`.padEnd(28);
      const peerScore = theirs.text ? theirs.text.f.toFixed(3) : theirs.empty ? 'empty' : 'not empty';
      const flatF = fromCounts(c.tp, c.fp, c.fn).f.toFixed(3);
      return [
        `  ${r.page.id.padEnd(30)} ${score}  readability ${peerScore}  flat F1 ${flatF} (fp ${c.fp} fn ${c.fn})`,
        r.leaks.length ? `      leaked: ${r.leaks.join(' | ')}` : '',
        r.metaMisses.length ? `      meta missed: ${r.metaMisses.join('  ')}` : '',
      ].filter((line) => line !== '').join('\n');
    });
  return ['own pages, worst first:', ...rows].join('\n');
}

export async function run(): Promise<EvalResult> {
  const pages = readOwnPages();
  const oursMeta = new Map<string, PageMeta>();
  const peerMeta = new Map<string, PageMeta>();
  const oursResults: PageResult[] = [];
  const peerResults: PageResult[] = [];
  for (const page of pages) {
    const decoded = decodeBytes(page.bytes);
    const mine = oursOn(page, decoded.text, decoded.notes);
    const theirs = readabilityOn(decoded.text);
    oursMeta.set(page.id, mine.meta);
    peerMeta.set(page.id, theirs.meta);
    oursResults.push(judge(page, mine));
    peerResults.push(judge(page, theirs));
  }
  const ours = tally(oursResults, META_FIELDS, oursMeta);
  const peer = tally(peerResults, READABILITY_META, peerMeta);
  const flat = flatCounts(pages);
  const metrics: Record<string, number> = {};
  textMetrics(metrics, '', ours);
  metaMetrics(metrics, '', ours);
  flatMetrics(metrics, pages, flat);
  textMetrics(metrics, 'peer.readability.', peer);
  metaMetrics(metrics, 'peer.readability.', peer);
  metrics['pages'] = pages.length;
  metrics['pages.article'] = pages.filter((p) => p.article).length;
  const table = process.env.OWN_PAGES_DETAIL ? detailTable(ours, peer, flat) : undefined;
  return { metrics, table };
}
