// What a page declares about itself: title, dates, author, outlet, canonical URL, language.
// Order of trust per field, strongest first (the first non-empty value wins):
//   title      og:title, JSON-LD headline, first <h1>, <title> minus the site suffix
//   published  article:published_time & co., JSON-LD datePublished, <time datetime>, a visible
//              "Publié le…" line near the headline, the URL, a visible "Mis à jour le…" line
//   author     JSON-LD author (@graph references followed), author meta tags, microdata, author
//              links and byline elements, a visible "Par …" line near the headline (readByline.ts);
//              agencies ("AFP") go to `credit`, desks ("La Rédaction") are no author (authorNames.ts)
//   outlet     og:site_name, JSON-LD publisher, application-name
import type { Note, PublishedSource } from '../article.js';
import { readSignature, type Signature } from './authorNames.js';
import { collapseSpace, htmlAttrs, textOf, type HtmlDocument } from './htmlTree.js';
import { dateFromUrl, normalizeDate } from './parseDate.js';
import { readByline } from './readByline.js';
import { readJsonLd } from './readJsonLd.js';

export interface PageMetadata {
  title: string;
  published: string | null;
  publishedSource: PublishedSource | null;
  modified: string | null;
  /** The authors, in order, joined with ", ". */
  author: string | null;
  authors: string[];
  /** A news agency the page credits for the text ("AFP"), never an author. */
  credit: string | null;
  outlet: string | null;
  url: string | null;
  /** Declared language, 2 letters, '' when none. */
  lang: string;
  articleBody: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'last-modified'];
/** A <time> that dates the last edit, by its class: "updated", "modified", "date-modified". */
const UPDATED_TIME = /\b(?:updated|modified)\b|date-?modified|update-?date/i;
const MICRODATA_DATES = new Set(['datepublished', 'datemodified']);
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl'];

export function readPageMetadata(doc: HtmlDocument, notes: Note[]): PageMetadata {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let h1: string | null = null;
  let time: string | null = null;
  let updatedTime: string | null = null;
  const homeLinks: string[] = [];
  for (const element of doc.elements) {
    const a = element.attrs;
    if (element.tag === 'a' && homeLinks.length < MAX_HOME_LINKS && a.href !== undefined && HOME_HREF.test(a.href.trim())) {
      homeLinks.push(collapseSpace(textOf(element)));
    }
    if (element.tag === 'meta') {
      // <meta property="article:published" itemprop="datePublished" content="…">: each name is a key.
      for (const name of [a.property, a.name, a.itemprop, a['http-equiv']]) {
        const key = name?.toLowerCase();
        if (key && a.content && !meta.has(key)) meta.set(key, collapseSpace(a.content));
      }
      continue;
    }
    if (a.itemprop && MICRODATA_DATES.has(a.itemprop.toLowerCase()) && (a.content || a.datetime)) {
      // <span itemprop="datePublished" content="2024-03-12T10:05">: microdata on any element.
      if (!meta.has(a.itemprop.toLowerCase())) meta.set(a.itemprop.toLowerCase(), collapseSpace(a.content ?? a.datetime ?? ''));
    }
    if (element.tag === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && a.href && !canonical) {
      canonical = a.href.trim();
    } else if (element.tag === 'h1' && h1 === null) {
      h1 = textOf(element);
    } else if (element.tag === 'time' && a.datetime && UPDATED_TIME.test(a.class ?? '') && !/published/i.test(a.class ?? '')) {
      // WordPress themes: <time class="entry-date published" …><time class="updated" …>, and
      // "entry-date published updated" on a post never edited: that one is the publication.
      updatedTime ??= a.datetime;
    } else if (element.tag === 'time' && time === null && (a.datetime || a.itemprop === 'datePublished')) {
      time = a.datetime ?? textOf(element);
    }
  }
  const ld = readJsonLd(doc.jsonLd, notes);
  const first = (keys: readonly string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;

  const outlet = meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name') ?? titleEdgeOutlet(doc.titleTag, homeLinks);
  const url = canonical ?? meta.get('og:url') ?? (ld.url?.startsWith('http') ? ld.url : null) ?? null;
  const title = meta.get('og:title') ?? ld.headline ?? (h1 || null) ?? withoutSiteSuffix(doc.titleTag, outlet);

  let published = normalizeDate(first(PUBLISHED_KEYS)) ?? normalizeDate(ld.datePublished);
  let publishedSource: PublishedSource | null = published ? 'metadata' : null;
  if (!published && time) [published, publishedSource] = [normalizeDate(time), 'metadata'];
  const signed = readByline(doc, outlet);
  if (!published && signed.publishedLine) [published, publishedSource] = [signed.publishedLine, 'text'];
  if (!published) [published, publishedSource] = [dateFromUrl(url), 'url'];
  if (!published && signed.updatedLine) [published, publishedSource] = [signed.updatedLine, 'text'];
  if (!published) publishedSource = null;

  const declared = { declared: true, outlet };
  const signatures: Signature[] = [
    allOf((ld.authors ?? []).map((name) => readSignature(name, declared))),
    firstOf(AUTHOR_KEYS.map((key) => readSignature(meta.get(key), declared))),
    signed.microdata,
    signed.markup,
    signed.text,
  ];
  const authors = signatures.find((s) => s.authors.length > 0)?.authors ?? [];
  const credit = signatures.find((s) => s.credit)?.credit ?? null;
  return {
    title: withoutSiteSuffix(title, outlet),
    published,
    publishedSource,
    modified: normalizeDate(first(MODIFIED_KEYS)) ?? normalizeDate(ld.dateModified) ?? normalizeDate(updatedTime) ?? signed.updatedLine,
    author: authors.length > 0 ? authors.join(', ') : null,
    authors,
    credit,
    outlet,
    url,
    lang: declaredLanguage(htmlAttrs(doc).lang ?? meta.get('og:locale') ?? meta.get('content-language') ?? ld.inLanguage ?? ''),
    articleBody: ld.articleBody ?? null,
  };
}

/** JSON-LD's authors, one value each: all of them, in order. */
function allOf(signatures: Signature[]): Signature {
  const authors = [...new Set(signatures.flatMap((s) => s.authors))];
  return { authors, credit: signatures.find((s) => s.credit)?.credit ?? null };
}

/** The meta tags name the same author in several keys: the first key that names one. */
function firstOf(signatures: Signature[]): Signature {
  return { authors: signatures.find((s) => s.authors.length > 0)?.authors ?? [], credit: signatures.find((s) => s.credit)?.credit ?? null };
}

/** "fr-FR", "fr_FR", "FR" -> "fr"; anything else -> ''. */
export function declaredLanguage(value: string): string {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value);
  return m ? m[1].toLowerCase() : '';
}

const SEPARATORS = /\s+[|–—\-·•»]\s+|\s+::\s+/;

/** A link to the site's home page: "/", "/index.html", "https://www.example.com/". */
const HOME_HREF = /^(?:https?:\/\/[^/?#]+)?\/(?:index\.\w{2,5})?$/i;
/** Home links looked at: a masthead and a footer carry one each; a page is not read for more. */
const MAX_HOME_LINKS = 20;
/** What a home link says when it names no outlet: "Accueil", "News". */
const GENERIC_HOME_TEXTS = new Set([
  'home', 'homepage', 'news', 'accueil', 'actualités', 'actualites', 'infos', 'une', 'la une', 'startseite',
  'nachrichten', 'inicio', 'portada', 'noticias', 'notizie', 'blog', 'site',
]);
/** An outlet's name is short: "The Northern Ledger", "Le Courrier du Sahel". */
const MAX_OUTLET_WORDS = 6;

/**
 * A page that declares no site name still shows it twice: as the last (or first) part of its
 * <title> ("Ambush in the dunes… | The Northern Ledger") and as the text of its link home (the
 * masthead's or the footer's). Only a part of the title that is also the text of a home link is
 * taken: "Mali | Politique" names a section, and no home link reads "Politique".
 */
export function titleEdgeOutlet(titleTag: string, homeLinks: readonly string[]): string | null {
  const parts = collapseSpace(titleTag).split(SEPARATORS);
  if (parts.length < 2) return null;
  const home = new Set(homeLinks.map((text) => text.toLowerCase()).filter((text) => text !== '' && !GENERIC_HOME_TEXTS.has(text)));
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    if (part.split(' ').length <= MAX_OUTLET_WORDS && home.has(part.toLowerCase())) return part;
  }
  return null;
}

/**
 * "Au Mali, la junte… | Le Monde" -> "Au Mali, la junte…": a trailing (or leading) part that
 * names the outlet, or is a short label beside a longer headline, is the site's, not the title's.
 */
export function withoutSiteSuffix(title: string, outlet: string | null): string {
  const text = collapseSpace(title);
  const parts = text.split(SEPARATORS);
  if (parts.length < 2) return text;
  const site = outlet ? outlet.toLowerCase().replace(/^www\./, '') : null;
  const isSite = (part: string) => {
    const p = part.toLowerCase();
    return (site !== null && (p === site || p.includes(site) || site.includes(p))) || /\.\w{2,4}$/.test(p);
  };
  const last = parts[parts.length - 1];
  if (isSite(last) || (last.split(/\s+/).length <= 3 && parts.slice(0, -1).join(' ').length > 2 * last.length)) {
    return withoutSiteSuffix(text.slice(0, text.length - last.length).replace(/\s+[|–—\-:·•»]\s*$|\s+::\s*$/, ''), outlet);
  }
  if (isSite(parts[0])) return text.slice(parts[0].length).replace(/^\s*(?:[|–—\-:·•»]|::)\s+/, '');
  return text;
}
