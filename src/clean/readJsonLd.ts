// The schema.org object a page declares about itself (JSON-LD): NewsArticle & co. first.
import type { Note } from '../article.js';

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  /** Each author's name, in the page's order ("author": [{"@id": "#awa"}, …] resolved in @graph). */
  authors?: string[];
  publisher?: string;
  articleBody?: string;
  url?: string;
  inLanguage?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|BackgroundNewsArticle)$/;
/** Pages that are a story told in pictures or sound: their author is the story's. */
const MEDIA_STORY_TYPES = /^(?:ImageGallery|MediaGallery|VideoGallery|VideoObject|AudioObject|PodcastEpisode)$/;
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
  const ofType = (types: RegExp) => found.find((o) => typesOf(o).some((t) => types.test(t)));
  const page = ofType(PAGE_TYPES);
  const article = ofType(ARTICLE_TYPES) ?? ofType(MEDIA_STORY_TYPES) ?? page;
  if (!article) return {};
  const byId = new Map<string, Record<string, Json>>();
  for (const o of found) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  // schema.org's creator is the wider property author specialises: a gallery or a video may name only it.
  let authors = namesOf(article.author, byId);
  if (authors.length === 0) authors = namesOf(article.creator, byId);
  if (authors.length === 0 && page && page !== article) authors = namesOf(page.author, byId);
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    author: authors.length > 0 ? authors.join(', ') : undefined,
    authors,
    publisher: namesOf(article.publisher, byId)[0] ?? (page ? namesOf(page.publisher, byId)[0] : undefined),
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

/**
 * "author": "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}] -> ["A"] or ["A", "B"]; a
 * reference {"@id": "#awa"} is read from the object of the graph that has that id.
 */
function namesOf(value: Json | undefined, byId: ReadonlyMap<string, Record<string, Json>>): string[] {
  const names: string[] = [];
  const stack: Json[] = [value ?? null];
  while (stack.length > 0 && names.length < 20) {
    const item = stack.shift()!;
    if (typeof item === 'string') {
      if (item.trim() !== '') names.push(item.trim());
    } else if (Array.isArray(item)) {
      stack.unshift(...item);
    } else if (item && typeof item === 'object') {
      const target = typeof item.name === 'string' ? item : typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
      if (target && typeof target.name === 'string' && target.name.trim() !== '') names.push(target.name.trim());
    }
  }
  return [...new Set(names)];
}
