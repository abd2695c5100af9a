// Quotations and their speakers.
//
// 1. Our annotated set (eval/quotes-set/): French news-style articles we wrote, with gold
//    quotes (span by exact substring + occurrence, direct flag, speaker). `dev/` was used to
//    tune the rules; `blind/` was written before any extractor code and is reported apart.
//    - span match: overlap >= 50% of the longer span (one-to-one, best overlap first);
//      exact: same span once surrounding spaces and end punctuation are set aside;
//    - speaker accuracy on matched quotes: names normalised (case, accents, determiners and
//      titles dropped) and equal, or one's words all inside the other's ("Diop" for
//      "Abdoulaye Diop", "un diplomate" for "un diplomate occidental"); speaker.exact asks for
//      equality. A null speaker where gold has one is wrong; the null share is reported.
// 2. AADS (literary French, shared data quotes-fr): direct-speech spans only, same overlap rule.
//    Reported, not tuned for: novels are not news.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, EntityMention, QuoteMention, Span } from '../src/article.js';
import { extractQuotes } from '../src/extract/quotes/extractQuotes.js';
import { repoRoot, sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';

interface GoldQuote {
  text: string;
  occurrence?: number;
  direct: boolean;
  speaker: string | null;
}

interface GoldArticle {
  id: string;
  lang: string;
  title?: string;
  paragraphs: string[];
  quotes: GoldQuote[];
}

interface Gold extends Span {
  direct: boolean;
  speaker: string | null;
}

type Entities = (a: Article) => EntityMention[];

async function entitiesStage(): Promise<{ run: Entities; label: string }> {
  const path = join(repoRoot, 'src', 'extract', 'entities', 'extractEntities.ts');
  if (existsSync(path)) {
    const mod = (await import(path)) as { extractEntities: Entities };
    return { run: mod.extractEntities, label: 'src/extract/entities/extractEntities.ts' };
  }
  return { run: () => [], label: 'fallback (no mentions: names read from the text by the quote stage)' };
}

function article(id: string, text: string, lang: string): Article {
  return {
    id, file: id, url: null, outlet: null, author: null, title: '', published: null, publishedSource: null,
    lang, text, removed: [], dates: [], mentions: [], quotes: [], notes: [],
  };
}

function goldSpans(doc: GoldArticle, text: string): Gold[] {
  return doc.quotes.map((q) => {
    let at = -1;
    for (let n = 0; n <= (q.occurrence ?? 0); n++) at = text.indexOf(q.text, at + 1);
    if (at < 0) throw new Error(`${doc.id}: gold quote not found: ${q.text}`);
    return { start: at, end: at + q.text.length, direct: q.direct, speaker: q.speaker };
  });
}

function overlapRatio(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start);
}

/** One-to-one matching, best overlaps first. Returns pairs [gold index, predicted index]. */
function match(gold: Span[], pred: Span[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const r = overlapRatio(g, p);
    if (r >= 0.5) pairs.push([i, j, r]);
  }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([i, j]);
  }
  return out;
}

function trimSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

const SPEAKER_NOISE = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the', 'a', 'an', 'm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'president', 'president']);

export function normaliseSpeaker(name: string): string[] {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9-]+/).filter((w) => w && !SPEAKER_NOISE.has(w));
}

function sameSpeaker(gold: string, pred: string | null, exact: boolean): boolean {
  if (!pred) return false;
  const g = normaliseSpeaker(gold);
  const p = normaliseSpeaker(pred);
  if (g.join(' ') === p.join(' ')) return true;
  if (exact || p.length === 0) return false;
  const [small, large] = g.length <= p.length ? [g, p] : [p, g];
  return small.every((w) => large.includes(w));
}

interface Tally {
  gold: number; pred: number; matched: number; exact: number;
  spk: Record<'direct' | 'indirect', { n: number; ok: number; exact: number; nulls: number }>;
  errors: string[];
}

function newTally(): Tally {
  return { gold: 0, pred: 0, matched: 0, exact: 0, spk: { direct: { n: 0, ok: 0, exact: 0, nulls: 0 }, indirect: { n: 0, ok: 0, exact: 0, nulls: 0 } }, errors: [] };
}

function score(t: Tally, doc: GoldArticle, text: string, gold: Gold[], pred: QuoteMention[]): void {
  t.gold += gold.length;
  t.pred += pred.length;
  const pairs = match(gold, pred);
  t.matched += pairs.length;
  const mg = new Set(pairs.map(([i]) => i));
  const mp = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const g = gold[i];
    const p = pred[j];
    if (trimSpan(text, g) === trimSpan(text, p)) t.exact++;
    if (g.speaker === null) continue;
    const s = t.spk[g.direct ? 'direct' : 'indirect'];
    s.n++;
    if (p.speakerName === null) s.nulls++;
    if (sameSpeaker(g.speaker, p.speakerName, false)) s.ok++;
    else t.errors.push(`${doc.id}  speaker  gold=${g.speaker}  got=${p.speakerName}  «${p.text.slice(0, 50)}»`);
    if (sameSpeaker(g.speaker, p.speakerName, true)) s.exact++;
  }
  gold.forEach((g, i) => { if (!mg.has(i)) t.errors.push(`${doc.id}  missed   ${g.direct ? 'D' : 'I'} «${text.slice(g.start, g.end).slice(0, 70)}»`); });
  pred.forEach((p, j) => { if (!mp.has(j)) t.errors.push(`${doc.id}  spurious ${p.direct ? 'D' : 'I'} «${p.text.slice(0, 70)}» (${p.speakerName})`); });
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function metricsOf(prefix: string, t: Tally): Record<string, number> {
  const p = t.pred ? t.matched / t.pred : 0;
  const r = t.gold ? t.matched / t.gold : 0;
  const ep = t.pred ? t.exact / t.pred : 0;
  const er = t.gold ? t.exact / t.gold : 0;
  const d = t.spk.direct;
  const i = t.spk.indirect;
  const n = d.n + i.n;
  return {
    [`${prefix}.span.precision`]: p, [`${prefix}.span.recall`]: r, [`${prefix}.span.f1`]: f1(p, r),
    [`${prefix}.span.exact.f1`]: f1(ep, er),
    [`${prefix}.speaker.accuracy`]: n ? (d.ok + i.ok) / n : 0,
    [`${prefix}.speaker.exact`]: n ? (d.exact + i.exact) / n : 0,
    [`${prefix}.speaker.direct.accuracy`]: d.n ? d.ok / d.n : 0,
    [`${prefix}.speaker.indirect.accuracy`]: i.n ? i.ok / i.n : 0,
    [`${prefix}.speaker.null.share`]: n ? (d.nulls + i.nulls) / n : 0,
    [`${prefix}.gold.quotes`]: t.gold,
  };
}

function readSet(portion: string): GoldArticle[] {
  const dir = join(repoRoot, 'eval', 'quotes-set', portion);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}

function aads(): Record<string, number> {
  const dir = sharedDataset('quotes-fr');
  const file = dir && join(dir, 'aads-fr-direct-speech-dev.jsonl');
  if (!file || !existsSync(file)) return {};
  let gold = 0;
  let pred = 0;
  let matched = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id: string; text: string; spans: Span[] };
    const quotes = extractQuotes(article(doc.id, doc.text, 'fr')).filter((q) => q.direct);
    gold += doc.spans.length;
    pred += quotes.length;
    matched += match(doc.spans, quotes).length;
  }
  const p = pred ? matched / pred : 0;
  const r = gold ? matched / gold : 0;
  return { 'aads.direct.precision': p, 'aads.direct.recall': r, 'aads.direct.f1': f1(p, r) };
}

export async function run(): Promise<EvalResult> {
  const entities = await entitiesStage();
  const metrics: Record<string, number> = {};
  const lines: string[] = [`  entities: ${entities.label}`];
  const all = newTally();
  for (const portion of ['dev', 'blind']) {
    const t = newTally();
    for (const doc of readSet(portion)) {
      const text = doc.paragraphs.join('\n\n');
      const a = article(doc.id, text, doc.lang);
      a.mentions = entities.run(a);
      const pred = extractQuotes(a);
      const gold = goldSpans(doc, text);
      score(t, doc, text, gold, pred);
      score(all, doc, text, gold, pred);
    }
    Object.assign(metrics, metricsOf(`set.${portion}`, t));
    // the blind portion's errors stay unread: reading them would make it a dev set
    if (portion === 'dev' && process.env.QUOTES_VERBOSE) lines.push(...t.errors.map((e) => `  ${e}`));
  }
  Object.assign(metrics, metricsOf('set.all', all));
  Object.assign(metrics, aads());
  return { metrics, table: lines.join('\n') };
}
