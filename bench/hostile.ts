// Hostile pages near the input size limit (ingest/limits.ts: 10 MB a file; cleanArticle cuts a
// page at MAX_HTML_CHARS, a text at MAX_TEXT_CHARS): the CPU milliseconds the clean stage spends on each kind, worst of a
// few runs (and the median). Issue #3 asks that a page never take a second; we aim at half of that.
// `npm run bench hostile`; HOSTILE_KINDS=cards,nesting runs a subset.
import { cleanArticle } from '../src/clean/cleanArticle.js';
import { hostilePages } from './hostilePages.js';

const RUNS = 5;
/** The budget each kind is held to, in CPU milliseconds. */
const BUDGET_MS = 500;

export async function run(): Promise<void> {
  const only = process.env.HOSTILE_KINDS?.split(',');
  // The extractor's code compiled first, as in any run that has cleaned a page before: the
  // first kind would otherwise pay for the compilation of every module.
  const warm = hostilePages[0].build().slice(0, 200_000);
  for (let r = 0; r < 5; r++) cleanArticle({ id: 'warm', file: 'warm', html: warm, notes: [] });
  for (const { kind, build, text } of hostilePages) {
    if (only && !only.includes(kind)) continue;
    const page = build();
    const input = text ? { text: page } : { html: page };
    const times: number[] = [];
    let notes = '';
    for (let r = 0; r < RUNS; r++) {
      const started = process.cpuUsage();
      const article = cleanArticle({ id: kind, file: kind, ...input, notes: [] });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
      notes = article.notes.map((n) => n.rule).join(',');
    }
    const worst = Math.max(...times);
    const median = [...times].sort((a, b) => a - b)[RUNS >> 1];
    console.log(
      `${kind.padEnd(22)} ${(page.length / 1e6).toFixed(1).padStart(4)} MB  max ${worst.toFixed(0).padStart(5)} ms CPU` +
        `  median ${median.toFixed(0).padStart(5)}  ${worst > BUDGET_MS ? 'OVER' : 'ok  '}  notes: ${notes || '-'}`,
    );
  }
}
