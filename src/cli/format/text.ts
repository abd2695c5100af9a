// Small helpers shared by the store commands' printers.
import type { Conflict } from '../../article.js';

export function dateSpan(start: string | null, end: string | null): string {
  if (!start && !end) return 'undated';
  if (!end || !start || start === end) return (start ?? end)!;
  return `${start} → ${end}`;
}

/**
 * A publication date as the outlet wrote it, in one shape: "2024-07-28 20:30" (seconds and zone
 * left out, the wall time kept) or "2024-07-28".
 */
export function publishedAt(published: string | null | undefined): string {
  if (!published) return 'undated';
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(published) ? published.slice(0, 16).replace('T', ' ') : published.slice(0, 10);
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** Columns padded to their widest cell; the last column is left as is. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}

/** "3 articles, 2 independent origins": reprints and editions of one outlet count once. */
export function sourcesAndOrigins(articles: number, origins: number): string {
  return `${plural(articles, 'article')}, ${plural(origins, 'independent origin')}`;
}

/** What a conflict is about, as a reader reads it: its label in the articles' language, else its key. */
export function conflictLabel(conflict: Pick<Conflict, 'about' | 'label'>): string {
  return conflict.label || conflict.about;
}
