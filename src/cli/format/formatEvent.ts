// One event as a reader checks it: what happened and when, where the story sits in its
// storyline, every source (duplicates folded under their origin), who is involved, who said
// what, which facts several origins back, and where sources disagree.
import type { Claim, Conflict, Quote } from '../../article.js';
import type { EventDetail, StoredArticle } from '../../store/Store.js';
import { conflictLabel, dateSpan, plural, publishedAt, sourcesAndOrigins, truncate } from './text.js';

const MAX_QUOTE_CHARS = 200;
const MAX_CLAIM_CHARS = 160;

export function formatEvent(detail: EventDetail): string {
  const { event } = detail;
  const articles = new Map(detail.articles.map((a) => [a.article.id, a]));
  const lines = [`${event.id}  ${event.title}`, `    when       ${dateSpan(event.start, event.end)}`];
  if (detail.storyline) {
    const position = detail.storyline.events.indexOf(event.id) + 1;
    lines.push(
      `    storyline  ${detail.storyline.id} ${detail.storyline.title} (event ${position} of ${detail.storyline.events.length})`,
    );
  }
  lines.push(`    sources    ${sourcesAndOrigins(detail.articles.length, detail.origins)}`);
  section(lines, 'Summary', detail.summary.map((s) => `${s.text}  [${s.article}]`));
  section(lines, 'Sources', sourceLines(detail));
  section(
    lines,
    'Entities',
    detail.entities.map((e) => `${e.name} (${e.type}${e.roles.length ? `; ${e.roles.join(', ')}` : ''}) · ${plural(e.mentions, 'mention')}`),
  );
  section(lines, 'Quotes', quoteLines(detail.quotes, detail));
  section(lines, 'Claims', detail.claims.map(claimLine));
  section(lines, 'Conflicts', detail.conflicts.flatMap((c) => conflictLines(c, articles)));
  return lines.join('\n');
}

function section(lines: string[], title: string, body: string[]) {
  if (body.length === 0) return;
  lines.push('', title, ...body.map((line) => `  ${line}`));
}

function sourceLines(detail: EventDetail): string[] {
  const folded = new Map<string, string>();
  for (const group of detail.duplicateGroups) for (const member of group.members) if (member !== group.origin) folded.set(member, group.origin);
  const lines: string[] = [];
  for (const stored of detail.articles) {
    if (folded.has(stored.article.id)) continue;
    lines.push(sourceLine(stored));
    const copies = detail.articles.filter((a) => folded.get(a.article.id) === stored.article.id);
    for (const copy of copies) lines.push(`  ↳ ${sourceLine(copy)}  ${copy.placement.duplicateKind ?? ''} duplicate`.trimEnd());
  }
  return lines;
}

function sourceLine({ article }: StoredArticle): string {
  return `${publishedAt(article.published)}  ${article.outlet ?? 'unknown outlet'}  ${truncate(article.title, 70)}  [${article.id}]`;
}

function quoteLines(quotes: Quote[], detail: EventDetail): string[] {
  const names = new Map(detail.entities.map((e) => [e.id, e.name]));
  const shownGroups = new Set<string>();
  const lines: string[] = [];
  for (const quote of quotes) {
    if (quote.group !== null) {
      if (shownGroups.has(quote.group)) continue;
      shownGroups.add(quote.group);
    }
    const sources = quote.group === null ? [quote.article] : quotes.filter((q) => q.group === quote.group).map((q) => q.article);
    const speaker = (quote.speaker && names.get(quote.speaker)) ?? quote.speakerName ?? 'speaker unknown';
    const marks = quote.direct ? ['« ', ' »'] : ['(reported) ', ''];
    lines.push(`${marks[0]}${truncate(quote.text, MAX_QUOTE_CHARS)}${marks[1]} — ${speaker}  [${sources.join(', ')}]`);
  }
  return lines;
}

function claimLine(claim: Claim): string {
  return `${plural(claim.articles.length, 'source')}, ${plural(claim.origins, 'origin')}: ${truncate(claim.text, MAX_CLAIM_CHARS)}`;
}

function conflictLines(conflict: Conflict, articles: Map<string, StoredArticle>): string[] {
  return [
    `${conflictLabel(conflict)} (${conflict.verdict === 'update' ? 'updated over time' : 'contradiction'})`,
    ...conflict.values.map((v) => {
      const outlet = articles.get(v.article)?.article.outlet ?? 'unknown outlet';
      return `  ${v.value}  — ${outlet}, ${publishedAt(v.published)}  [${v.article}]`;
    }),
  ];
}
