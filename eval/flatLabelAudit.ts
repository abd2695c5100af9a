// How much of the flattened-text classifier's error is the labels' and not ours? Run by hand:
//   npx tsx eval/flatLabelAudit.ts          the ceiling the audit implies, and sampled errors not yet judged
//   npx tsx eval/flatLabelAudit.ts --show   the same, with each unjudged error and its neighbours
//
// The flattened labels are derived automatically (data README, "Derived labels"): a line is 1
// when its words occur in the expected text, so a navbox whose country names recur in a
// Wikipedia article, a shop's brand tile ("Weber") or a section front's credits count as the
// article. No classifier should keep those, so F1 against such labels has a ceiling below 1.
// This script estimates it from a hand audit of a fixed sample of labelled lines: a line is in
// the sample when the hash of "<page id>:<line index>" falls in one bucket of SAMPLE_BUCKETS,
// so the sample does not move when the classifier changes (only which of its lines are errors).
// Each sampled error is judged in eval/audits/flatLines.json (page id and line index, no text):
//   artefact   the label is wrong for a reader (menu, navbox, brand tile, tile credit, a line
//              labelled 0 that is plainly the article's prose);
//   ambiguous  either answer defensible (a byline, a "see also" list, a caption the source
//              keeps);
//   ours       the label is right and the classifier wrong.
// Two readings: F1 with the artefacts corrected in the labels (what a reader would score us),
// and the ceiling against the labels as they are: F1 if every error judged "ours" were fixed
// (and, second, every "ambiguous" one too), each judged error standing for about
// SAMPLE_BUCKETS errors of its kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLines } from '../src/clean/classifyLines.js';
import { readJsonl, sharedDataset } from './sharedData.js';

const SAMPLE_BUCKETS = 8;
export type Judgement = 'artefact' | 'ambiguous' | 'ours';
interface AuditEntry {
  page: string;
  line: number;
  judgement: Judgement;
  note?: string;
}
interface FlatPage {
  id: string;
  lines: string[];
  labels: (0 | 1 | null)[];
}

/** FNV-1a over the UTF-16 units: stable across runs and machines. */
export function sampleBucket(key: string, buckets = SAMPLE_BUCKETS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const f1 = ({ tp, fp, fn }: Counts) => (2 * tp) / (2 * tp + fp + fn);

interface Tally {
  all: Counts;
  judged: Record<Judgement, Counts>;
  sampledErrors: number;
  unjudged: string[];
}

/** Counts over `pages`, with the judgements of the errors `sampled` picks. */
function tally(pages: readonly FlatPage[], sampled: (key: string) => boolean, audit: Map<string, AuditEntry>, show: boolean): Tally {
  const t: Tally = {
    all: { tp: 0, fp: 0, fn: 0 },
    judged: { artefact: { tp: 0, fp: 0, fn: 0 }, ambiguous: { tp: 0, fp: 0, fn: 0 }, ours: { tp: 0, fp: 0, fn: 0 } },
    sampledErrors: 0,
    unjudged: [],
  };
  for (const page of pages) {
    const verdicts = classifyLines(page.lines);
    page.lines.forEach((_, i) => {
      const label = page.labels[i];
      if (label === null) return;
      const kept = verdicts[i].content;
      const kind = kept ? (label === 1 ? 'tp' : 'fp') : label === 1 ? 'fn' : null;
      if (kind) t.all[kind]++;
      if (kind === 'tp' || kind === null) return;
      const key = `${page.id}:${i}`;
      if (!sampled(key)) return;
      t.sampledErrors++;
      const entry = audit.get(key);
      if (entry) t.judged[entry.judgement][kind]++;
      else t.unjudged.push(show ? describe(page, i, verdicts, kind) : key);
    });
  }
  return t;
}

function report(name: string, t: Tally): void {
  const { corrected, fixed } = auditReadings(t.all, t.judged);
  console.log(`${name}: tp ${t.all.tp}, fp ${t.all.fp}, fn ${t.all.fn}, F1 ${f1(t.all).toFixed(3)}`);
  console.log(`  ${t.sampledErrors} sampled errors, ${t.sampledErrors - t.unjudged.length} judged`);
  for (const k of ['artefact', 'ambiguous', 'ours'] as const) console.log(`    ${k.padEnd(9)} fp ${t.judged[k].fp}, fn ${t.judged[k].fn}`);
  console.log(`  F1 against the labels with the artefacts corrected: ${f1(corrected).toFixed(3)}`);
  console.log(`  ceiling against the labels as they are, every "ours" error fixed: F1 ${f1(fixed(['ours'])).toFixed(3)}`);
  console.log(`  ceiling, "ours" and "ambiguous" fixed: F1 ${f1(fixed(['ours', 'ambiguous'])).toFixed(3)}`);
  if (t.unjudged.length) console.log(`\n  ${t.unjudged.length} sampled errors not judged yet:\n${t.unjudged.join('\n')}\n`);
}

function main(): void {
  const dir = sharedDataset('extraction');
  if (!dir) {
    console.log('skipped: shared dataset "extraction" not found');
    return;
  }
  const show = process.argv.includes('--show');
  const auditFile = join(import.meta.dirname, 'audits', 'flatLines.json');
  const audit = new Map((JSON.parse(readFileSync(auditFile, 'utf8')) as AuditEntry[]).map((e) => [`${e.page}:${e.line}`, e]));
  const pages = readJsonl<FlatPage>(join(dir, 'flattened.jsonl'));
  const french = new Set(readJsonl<{ id: string; lang: string }>(join(dir, 'ground_truth.jsonl')).filter((g) => g.lang === 'fr').map((g) => g.id));
  report(`flattened lines (labelled lines in 1 bucket of ${SAMPLE_BUCKETS} sampled)`, tally(pages, (key) => sampleBucket(key) === 0, audit, show));
  // The French pages are few (23): every error of theirs is judged, not a sample.
  report('French pages (every error judged)', tally(pages.filter((p) => french.has(p.id)), () => true, audit, show));
}

/**
 * The counts the audit implies: `corrected`, the artefacts corrected in the labels, and
 * `fixed(kinds)`, the errors of those judgements fixed by the classifier. Each judged error
 * stands for the errors of its kind (fp or fn) outside the sample: the measured count over the
 * sampled count, about SAMPLE_BUCKETS.
 */
export function auditReadings(all: Counts, judged: Record<Judgement, Counts>): { corrected: Counts; fixed: (kinds: Judgement[]) => Counts } {
  const sampled = (kind: 'fp' | 'fn') => judged.artefact[kind] + judged.ambiguous[kind] + judged.ours[kind];
  const scale = { fp: all.fp / Math.max(1, sampled('fp')), fn: all.fn / Math.max(1, sampled('fn')) };
  // Fixing an error turns a missed line into a kept one (fn -> tp) or drops a wrongly kept one.
  const fixed = (kinds: Judgement[]): Counts =>
    kinds.reduce((c, k) => ({ tp: c.tp + scale.fn * judged[k].fn, fp: c.fp - scale.fp * judged[k].fp, fn: c.fn - scale.fn * judged[k].fn }), all);
  // An artefact corrected in the labels: a missed line labelled 1 that is not the article is no
  // longer missed, and a kept line labelled 0 that is the article's becomes a true positive.
  const corrected: Counts = { tp: all.tp + scale.fp * judged.artefact.fp, fp: all.fp - scale.fp * judged.artefact.fp, fn: all.fn - scale.fn * judged.artefact.fn };
  return { corrected, fixed };
}

function describe(page: FlatPage, i: number, verdicts: ReturnType<typeof classifyLines>, kind: string): string {
  const rows = [-2, -1, 0, 1, 2].flatMap((d) => {
    const j = i + d;
    if (j < 0 || j >= page.lines.length) return [];
    const label = page.labels[j] ?? '?';
    return [`   ${d === 0 ? '>>' : '  '} ${label} ${verdicts[j].content ? 'K' : '-'} ${page.lines[j].slice(0, 150)}`];
  });
  return [`${page.id}:${i} ${kind.toUpperCase()} (${verdicts[i].reason})`, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
