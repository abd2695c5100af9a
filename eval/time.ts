// Dates evaluation on French TimeBank (dev slice, 81 articles, 329 TIMEX3; see its README).
//
// Targeted TIMEX types: DATE and TIME (what events and timelines need). DURATION and SET are not
// produced; their recall is printed only to show what is left. Every prediction counts in
// precision, including those that fall on a gold DURATION or SET.
//   extraction  strict (same span) and relaxed (overlapping span), one-to-one matching
//   value       accuracy on relaxed matches, our value mapped to TimeML at the gold's form
//               (evening -> "TEV", season "1999-23" -> "1999-FA"; gold PRESENT_REF is the DCT day)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, DateMention } from '../src/article.js';
import { extractDates } from '../src/extract/dates/extractDates.js';
import { sharedDataset } from './sharedData.js';
import type { EvalResult } from './types.js';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

interface Doc {
  id: string;
  dct: string;
  text: string;
  timex: Timex[];
}

const TARGET = new Set(['DATE', 'TIME']);
const PART_CODES: Record<NonNullable<DateMention['partOfDay']>, string> = {
  morning: 'MO', midday: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI', daytime: 'DT',
};
const SEASON_CODES: Record<string, string> = { '21': 'SP', '22': 'SU', '23': 'FA', '24': 'WI' };

/** Our ISO value in TimeML's notation. */
export function toTimeML(m: DateMention): string {
  if (m.partOfDay && m.grain === 'day') return `${m.value}T${PART_CODES[m.partOfDay]}`;
  if (m.grain === 'season') return `${m.value.slice(0, 4)}-${SEASON_CODES[m.value.slice(5)] ?? m.value.slice(5)}`;
  return m.value;
}

function sameValue(m: DateMention, gold: Timex, dct: string): boolean {
  if (gold.value === 'PRESENT_REF') return m.value === dct.slice(0, 10);
  const goldValue = gold.value.replace(/(T\d\d:\d\d)[+-]\d+$/, '$1');
  return toTimeML(m) === goldValue;
}

interface Match {
  gold: Timex;
  mention: DateMention;
  doc: Doc;
}

/** One-to-one: each gold takes the overlapping mention that overlaps it most. */
function match(doc: Doc, mentions: DateMention[]): { matches: Match[]; unmatched: DateMention[] } {
  const used = new Set<number>();
  const matches: Match[] = [];
  for (const gold of doc.timex) {
    let best = -1;
    let bestOverlap = 0;
    mentions.forEach((m, i) => {
      const overlap = Math.min(m.end, gold.end) - Math.max(m.start, gold.start);
      if (!used.has(i) && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      matches.push({ gold, mention: mentions[best], doc });
    }
  }
  return { matches, unmatched: mentions.filter((_, i) => !used.has(i)) };
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export async function run(): Promise<EvalResult> {
  const dir = sharedDataset('time-fr');
  if (!dir) return { skipped: 'shared dataset time-fr not found', metrics: {} };
  const docs = readFileSync(join(dir, 'frtimebank-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Doc);

  const matches: Match[] = [];
  const unmatched: { doc: Doc; mention: DateMention }[] = [];
  let predicted = 0;
  const started = performance.now();
  for (const doc of docs) {
    const mentions = extractDates(toArticle(doc));
    predicted += mentions.length;
    const result = match(doc, mentions);
    matches.push(...result.matches);
    unmatched.push(...result.unmatched.map((mention) => ({ doc, mention })));
  }
  const millis = performance.now() - started;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  const gold = docs.flatMap((d) => d.timex.map((t) => ({ t, doc: d })));
  const targetGold = gold.filter((g) => TARGET.has(g.t.type)).length;
  const targetMatches = matches.filter((m) => TARGET.has(m.gold.type));
  const strictMatches = targetMatches.filter((m) => m.mention.start === m.gold.start && m.mention.end === m.gold.end);
  // Predictions that fall on DURATION/SET gold are not DATE/TIME: they count against precision.
  const targetPredicted = predicted;

  const metrics: Record<string, number> = {};
  const pRelaxed = targetMatches.length / Math.max(1, targetPredicted);
  const rRelaxed = targetMatches.length / Math.max(1, targetGold);
  const pStrict = strictMatches.length / Math.max(1, targetPredicted);
  const rStrict = strictMatches.length / Math.max(1, targetGold);
  metrics['relaxed.precision'] = pRelaxed;
  metrics['relaxed.recall'] = rRelaxed;
  metrics['relaxed.f1'] = f1(pRelaxed, rRelaxed);
  metrics['strict.precision'] = pStrict;
  metrics['strict.recall'] = rStrict;
  metrics['strict.f1'] = f1(pStrict, rStrict);
  const correct = targetMatches.filter((m) => sameValue(m.mention, m.gold, m.doc.dct));
  metrics['value.accuracy'] = correct.length / Math.max(1, targetMatches.length);
  metrics['value.f1'] = f1(correct.length / Math.max(1, targetPredicted), correct.length / Math.max(1, targetGold));

  const rows = ['type       gold  found(relaxed)  recall  value-acc'];
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET'] as const) {
    const n = gold.filter((g) => g.t.type === type).length;
    const found = matches.filter((m) => m.gold.type === type);
    const right = found.filter((m) => sameValue(m.mention, m.gold, m.doc.dct)).length;
    const recall = found.length / Math.max(1, n);
    if (TARGET.has(type)) {
      metrics[`${type}.recall`] = recall;
      metrics[`${type}.value.accuracy`] = right / Math.max(1, found.length);
    }
    rows.push(`${type.padEnd(10)} ${String(n).padStart(4)}  ${String(found.length).padStart(14)}  ${recall.toFixed(3).padStart(6)}  ${TARGET.has(type) ? (right / Math.max(1, found.length)).toFixed(3) : '   (not targeted)'}`);
  }
  rows.push(`speed: ${((chars / 1000) / (millis / 1000)).toFixed(0)} k chars/s`);
  if (process.env.TIME_EVAL_DEBUG) rows.push(...debugLines(docs, matches, unmatched));
  return { metrics, table: rows.join('\n') };
}

function toArticle(doc: Doc): Article {
  return {
    id: doc.id, file: doc.id, url: null, outlet: null, author: null, title: '', published: doc.dct,
    publishedSource: 'metadata', lang: 'fr', text: doc.text, removed: [], dates: [], mentions: [], quotes: [], notes: [],
  };
}

/** TIME_EVAL_DEBUG=1: misses, false positives and wrong values, to see what to work on. */
function debugLines(docs: Doc[], matches: Match[], unmatched: { doc: Doc; mention: DateMention }[]): string[] {
  const lines: string[] = [];
  const found = new Set(matches.map((m) => m.gold));
  for (const doc of docs) {
    for (const t of doc.timex) if (!found.has(t)) lines.push(`MISS ${doc.dct} ${t.type} ${JSON.stringify(t.text)} ${t.value}`);
  }
  for (const { doc, mention } of unmatched) lines.push(`FP   ${doc.dct} ${JSON.stringify(mention.text)} ${mention.value} | ${JSON.stringify(doc.text.slice(Math.max(0, mention.start - 40), mention.end + 30))}`);
  for (const m of matches) {
    if (TARGET.has(m.gold.type) && !sameValue(m.mention, m.gold, m.doc.dct)) {
      lines.push(`VAL  ${m.doc.dct} ${JSON.stringify(m.mention.text)} ${toTimeML(m.mention)} gold ${JSON.stringify(m.gold.text)} ${m.gold.value}`);
    }
    if (TARGET.has(m.gold.type) && (m.mention.start !== m.gold.start || m.mention.end !== m.gold.end)) {
      lines.push(`SPAN ${m.doc.dct} ${JSON.stringify(m.mention.text)} gold ${JSON.stringify(m.gold.text)}`);
    }
  }
  return lines;
}
