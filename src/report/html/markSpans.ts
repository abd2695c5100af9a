// Article text with highlighted spans, escaped. Marks may overlap (a conflicting toll inside a
// corroborated sentence): each stretch of text shows the mark of highest priority covering it.
import { escapeHtml, slug } from './escapeHtml.js';

export interface Mark {
  start: number;
  end: number;
  /** CSS class: "conflict", "quote", "corroborated". */
  kind: string;
  /** Shown on hover. */
  title: string;
  /** Higher wins where marks overlap. */
  priority: number;
  /** Anchor id for the first stretch of this mark, so that lists can link to it. */
  anchor?: string;
}

export function markSpans(text: string, marks: Mark[]): string {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const anchored = new Set<string>();
  let out = '';
  let open: Mark | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const top = valid.filter((m) => m.start <= from && m.end >= to).sort((a, b) => b.priority - a.priority)[0] ?? null;
    if (top !== open) {
      if (open) out += '</mark>';
      if (top) {
        const anchor = top.anchor && !anchored.has(top.anchor) ? ` id="${escapeHtml(top.anchor)}"` : '';
        if (top.anchor) anchored.add(top.anchor);
        out += `<mark class="${slug(top.kind)}" title="${escapeHtml(top.title)}"${anchor}>`;
      }
      open = top;
    }
    out += escapeHtml(text.slice(from, to));
  }
  if (open) out += '</mark>';
  return out;
}
