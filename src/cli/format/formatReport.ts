// The report for a person: each event with its dates and sources, its key people and places,
// its quotes with speakers and its disputed facts; then the storylines.
import type { Entity } from '../../article.js';
import type { Report, ReportEvent } from '../../report/buildReport.js';
import { conflictLabel, dateSpan, sourcesAndOrigins, truncate } from './text.js';

const MAX_ENTITIES = 6;
const MAX_QUOTES = 4;
const MAX_QUOTE_CHARS = 160;

export function formatReport(report: Report): string {
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  const sorted = [...report.events].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.id.localeCompare(b.id));
  lines.push(
    `${report.articles.length} articles, ${report.duplicates.filter((g) => g.members.length > 1).length} duplicate groups, ` +
      `${report.events.length} events in ${report.storylines.length} storylines, ${report.entities.length} entities, ${report.quotes.length} quotes`,
    '',
  );
  for (const event of sorted) lines.push(...formatEvent(event, report, entities), '');
  if (report.storylines.length > 0) {
    lines.push('Storylines');
    for (const storyline of report.storylines) {
      lines.push(`  ${storyline.id}  ${storyline.title}`);
      for (const entry of storyline.timeline ?? []) {
        lines.push(`      ${dateSpan(entry.start, entry.end).padEnd(23)} ${entry.event}  ${entry.title}`);
      }
    }
  }
  return lines.join('\n');
}

function formatEvent(event: ReportEvent, report: Report, entities: Map<string, Entity>): string[] {
  const lines = [`${event.id}  ${event.title}`, `    when     ${dateSpan(event.start, event.end)}   (storyline ${event.storyline})`];
  lines.push(`    sources  ${sourcesAndOrigins(event.sources, event.origins)}${event.outlets.length ? `: ${event.outlets.join(', ')}` : ''}`);
  const byType = (type: Entity['type']) =>
    event.entities
      .map((id) => entities.get(id))
      .filter((e): e is Entity => e?.type === type)
      .slice(0, MAX_ENTITIES);
  const people = byType('person').map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]})` : p.name));
  const orgs = byType('organization').map((o) => o.name);
  const places = byType('location').map((p) => p.name);
  if (people.length) lines.push(`    people   ${people.join('; ')}`);
  if (orgs.length) lines.push(`    orgs     ${orgs.join(', ')}`);
  if (places.length) lines.push(`    places   ${places.join(', ')}`);
  for (const sentence of event.summary ?? []) lines.push(`    summary  ${sentence.text}  [${sentence.article}]`);
  const quotes = report.quotes.filter((q) => q.event === event.id && q.direct);
  const seenGroups = new Set<string>();
  let shown = 0;
  for (const quote of quotes) {
    if (shown >= MAX_QUOTES) break;
    if (quote.group) {
      if (seenGroups.has(quote.group)) continue;
      seenGroups.add(quote.group);
    }
    const reporters = quote.group ? quotes.filter((q) => q.group === quote.group).length : 1;
    const also = reporters > 1 ? `, reported by ${reporters} articles` : '';
    lines.push(`    quote    « ${truncate(quote.text, MAX_QUOTE_CHARS)} » — ${quote.speakerName ?? 'speaker unknown'} [${quote.article}${also}]`);
    shown++;
  }
  if (quotes.length > shown) lines.push(`             … ${quotes.length - shown} more quotes`);
  for (const conflict of report.conflicts.filter((c) => c.event === event.id)) {
    const values = conflict.values.map((v) => `${v.value} [${v.article}]`).join(' vs ');
    lines.push(`    ${conflict.verdict === 'update' ? 'updated ' : 'conflict'} ${conflictLabel(conflict)}: ${values}`);
  }
  return lines;
}
