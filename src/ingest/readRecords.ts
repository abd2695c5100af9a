// JSON and JSONL records -> RawArticle. One object per article with `text` or `html`, optional
// `id`, `url`, `title`, `published`, `lang`, `source`; the files that news-please writes
// (`maintext`, `date_publish`, `language`, `source_domain`, `authors`) work as they are.
import type { RawArticle } from '../article.js';

type Json = Record<string, unknown>;

/** Field names tried in order for each RawArticle field. */
const FIELD_ALIASES = {
  id: ['id', 'guid', 'uuid', 'article_id'],
  text: ['text', 'maintext', 'body', 'content', 'articleBody', 'article', 'description'],
  html: ['html', 'raw_html', 'content_html'],
  title: ['title', 'title_page', 'headline', 'title_rss'],
  url: ['url', 'link', 'canonical_url', 'source_url'],
  published: ['published', 'date_publish', 'datePublished', 'date', 'pubDate', 'published_at', 'publishedAt'],
  lang: ['lang', 'language', 'inLanguage'],
  outlet: ['source', 'outlet', 'source_domain', 'publisher', 'site_name', 'sitename'],
  author: ['author', 'authors', 'byline'],
} as const;

export class RecordError extends Error {}

/** Parses a whole JSON file: an article object, an array of them, or {articles: [...]}. */
export function parseJsonRecords(text: string): Json[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RecordError(`invalid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value)) {
    for (const key of ['articles', 'items', 'data', 'results']) {
      const inner = value[key];
      if (Array.isArray(inner) && inner.some(isObject)) return inner.filter(isObject);
    }
    return [value];
  }
  throw new RecordError('JSON holds neither an object nor an array of objects');
}

/** JSONL: one object per line; bad lines are reported by number and skipped. */
export function parseJsonLines(text: string): { records: Json[]; badLines: number[] } {
  const records: Json[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const value: unknown = JSON.parse(line);
      if (isObject(value)) records.push(value);
      else badLines.push(index + 1);
    } catch {
      badLines.push(index + 1);
    }
  });
  return { records, badLines };
}

export function recordToRaw(record: Json, fallbackId: string, file: string): RawArticle | null {
  const raw: RawArticle = { id: pick(record, 'id') ?? fallbackId, file, notes: [] };
  const text = pick(record, 'text');
  const html = pick(record, 'html');
  if (html) raw.html = html;
  if (text) {
    // Some exports put HTML in `content`/`body`.
    if (!html && /<(p|div|br|article)\b[^>]*>/i.test(text.slice(0, 2000))) raw.html = text;
    else raw.text = text;
  }
  if (!raw.text && !raw.html) return null;
  const optional = ['title', 'url', 'published', 'lang', 'outlet', 'author'] as const;
  for (const field of optional) {
    const value = pick(record, field);
    if (value) raw[field] = value;
  }
  return raw;
}

function pick(record: Json, field: keyof typeof FIELD_ALIASES): string | undefined {
  for (const key of FIELD_ALIASES[field]) {
    const value = asText(record[key]);
    if (value) return value;
  }
  return undefined;
}

/** Strings as they are; numbers as ids; author lists joined; {name} objects by name. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => Boolean(v));
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (isObject(value)) return asText(value.name) ?? asText(value['@value']);
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
