// The schema.org object a page declares about itself (JSON-LD): NewsArticle & co. first.
import type { Note } from '../article.js';

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  publisher?: string;
  articleBody?: string;
  url?: string;
  inLanguage?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|BackgroundNewsArticle)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage)$/;

export function readJsonLd(scripts: readonly string[], notes: Note[]): JsonLdArticle {
  const found: Record<string, Json>[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.trim().replace(/^<!--|-->$/g, '')) as Json;
    } catch {
      notes.push({ stage: 'clean', rule: 'json-ld-invalid', message: 'a JSON-LD block is not valid JSON' });
      continue;
    }
    collectObjects(data, found);
  }
  const article = found.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)))
    ?? found.find((o) => typesOf(o).some((t) => PAGE_TYPES.test(t)));
  if (!article) return {};
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    author: nameOf(article.author),
    publisher: nameOf(article.publisher),
    articleBody: str(article.articleBody) ?? str(article.text),
    url: str(article.url) ?? str(article.mainEntityOfPage),
    inLanguage: str(article.inLanguage),
  };
}

/** Every object of the graph, flattening @graph and arrays without recursion. */
function collectObjects(data: Json, out: Record<string, Json>[]): void {
  const stack: Json[] = [data];
  while (stack.length > 0 && out.length < 500) {
    const item = stack.pop()!;
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      out.push(item);
      if (item['@graph']) stack.push(item['@graph']);
    }
  }
  out.reverse();
}

function typesOf(o: Record<string, Json>): string[] {
  const type = o['@type'];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : [];
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id'] ?? value.url);
  return undefined;
}

/** "author": "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}] -> "A" or "A, B". */
function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (value && typeof value === 'object') return typeof value.name === 'string' ? value.name.trim() || undefined : undefined;
  return undefined;
}
