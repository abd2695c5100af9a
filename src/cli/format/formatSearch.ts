// Search hits with their snippet, matches highlighted: bold on a terminal, [brackets] otherwise.
import type { SearchResult, Snippet } from '../../store/Store.js';
import { plural, publishedAt } from './text.js';

export function formatSearch(result: SearchResult, highlight: 'ansi' | 'brackets'): string {
  const lines: string[] = [];
  if (result.entities.length > 0) {
    lines.push('Entities', ...result.entities.map((e) => `  ${e.id}  ${e.name} (${e.type}) · ${plural(e.articles, 'article')}, ${plural(e.events, 'event')}`), '');
  }
  const { items, total, offset } = result.articles;
  if (total === 0) return [...lines, 'no matching articles'].join('\n');
  lines.push(`Articles (${items.length < total ? `${offset + 1}–${offset + items.length} of ${total}` : total})`);
  for (const hit of items) {
    lines.push(
      `  ${hit.article}  ${publishedAt(hit.published)}  ${hit.outlet ?? 'unknown outlet'}  event ${hit.event ?? '-'}  ${hit.title}`,
      `      ${marked(hit.snippet, highlight)}`,
    );
  }
  return lines.join('\n');
}

export function marked(snippet: Snippet, highlight: 'ansi' | 'brackets'): string {
  const [open, close] = highlight === 'ansi' ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  let text = '';
  let at = 0;
  for (const mark of snippet.marks) {
    text += snippet.text.slice(at, mark.start) + open + snippet.text.slice(mark.start, mark.end) + close;
    at = mark.end;
  }
  return (text + snippet.text.slice(at)).replace(/\s+/g, ' ');
}
