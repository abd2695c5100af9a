// The clean stage: a raw page (HTML, or text copied from a page) -> an Article with its main
// text, the boilerplate taken out, and the metadata the page declares. Fields given by the
// input (JSON) win over what the page says; an empty one is filled from the page.
import type { Article, Note, PublishedSource, RawArticle } from '../article.js';
import { type CleanContext, outletKey } from './cleanContext.js';
import { cleanText } from './cleanText.js';
import { isDateOnlyTitle } from './dateOnlyTitle.js';
import { dropBulkyScripts } from './dropBulkyScripts.js';
import { extractMainText } from './extractMainText.js';
import { MAX_ELEMENTS, parseHtml } from './htmlTree.js';
import { pageKindNote, classifyPage } from './pageKind.js';
import { normalizeDate } from './parseDate.js';
import { declaredLanguage, readPageMetadata, type PageMetadata } from './readPageMetadata.js';
import { readDatelineWire, readTextCredits, readTextWire } from './readTextMetadata.js';
import { sniffBinary } from './sniffBinary.js';

export { buildCleanContext, type CleanContext } from './cleanContext.js';

export const VERSION = 'clean-0.2.0';

/** Pages beyond this size are cut: no news article needs more, and a hostile one must not stall us. */
export const MAX_HTML_CHARS = 5_000_000;
/**
 * Texts beyond this size are cut at the last line break before it. Two million characters are a
 * few hundred pages of prose; a pasted page of 5.4 MB (100,000 lines) took 0.7-1.1 s to clean,
 * where a page must never take more than a second (issue #3), and 21 MB took 1.4 s.
 */
export const MAX_TEXT_CHARS = 2_000_000;

interface Found {
  text: string;
  removed: string[];
  meta: Partial<PageMetadata>;
}

export function cleanArticle(raw: RawArticle, context?: CleanContext): Article {
  const notes: Note[] = [...raw.notes];
  let found: Found;
  try {
    const recurring = context?.recurring.get(outletKey(raw));
    found = raw.html ? fromHtml(raw.html, recurring, notes) : fromText(raw, recurring, notes);
  } catch (error) {
    notes.push({ stage: 'clean', rule: 'internal-error', message: `cleaning failed: ${String(error)}` });
    found = { text: '', removed: [], meta: {} };
  }
  const { meta } = found;
  const given = normalizeDate(raw.published);
  if (raw.published && !given) {
    notes.push({ stage: 'clean', rule: 'date-unreadable', message: `published date not understood: "${raw.published}"` });
  }
  const published = given ?? meta.published ?? null;
  const publishedSource: PublishedSource | null = given ? 'metadata' : published ? (meta.publishedSource ?? null) : null;
  return {
    id: raw.id,
    file: raw.file,
    url: nonEmpty(raw.url) ?? meta.url ?? null,
    outlet: nonEmpty(raw.outlet) ?? meta.outlet ?? null,
    author: nonEmpty(raw.author) ?? meta.author ?? null,
    credit: meta.credit ?? null,
    title: headline(raw.title) ?? headline(meta.title) ?? '',
    published,
    publishedSource,
    modified: meta.modified ?? null,
    lang: declaredLanguage(raw.lang ?? '') || (meta.lang ?? ''),
    text: found.text,
    removed: found.removed,
    dates: [],
    mentions: [],
    quotes: [],
    notes,
  };
}

function fromHtml(html: string, recurring: ReadonlySet<string> | undefined, notes: Note[]): Found {
  const binary = sniffBinary(html);
  if (binary) {
    notes.push({ stage: 'clean', rule: 'binary-input', message: binary });
    return { text: '', removed: [], meta: {} };
  }
  if (html.length > MAX_HTML_CHARS) html = dropBulkyScripts(html);
  if (html.length > MAX_HTML_CHARS) {
    notes.push({ stage: 'clean', rule: 'page-too-large', message: `page cut at ${MAX_HTML_CHARS} characters` });
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const doc = parseHtml(html);
  if (doc.cut) notes.push({ stage: 'clean', rule: 'page-cut', message: `page read up to its first ${MAX_ELEMENTS} elements` });
  if (doc.depth >= 500) notes.push({ stage: 'clean', rule: 'deep-nesting', message: 'markup nested over 500 levels deep: deeper levels flattened' });
  const meta = readPageMetadata(doc, notes);
  const main = extractMainText(doc, meta.articleBody, recurring);
  notes.push(...main.notes);
  const page = classifyPage(doc, main.paragraphs);
  if (page.kind === 'listing' || page.kind === 'error') {
    notes.push(pageKindNote(page));
    return { text: '', removed: [...main.paragraphs, ...main.removed], meta };
  }
  if (!meta.published && main.dateline) {
    meta.published = main.dateline;
    meta.publishedSource = 'dateline';
  }
  const text = main.paragraphs.join('\n\n');
  // A body opening "BAMAKO (AFP) –" credits the wire even where no byline or meta tag does. The
  // page's own statement wins: a byline "Awa Diallo avec AFP" or a meta tag says how the outlet
  // credits the piece, where a dateline may be the wire's, kept by an outlet that rewrote it.
  // The dateline is read where splitLead cut it off the body, else in the body's first lines.
  meta.credit ??= (main.lead ? readDatelineWire(main.lead) : null) ?? readTextWire(text)?.outlet ?? null;
  return { text, removed: main.removed, meta };
}

function fromText(raw: RawArticle, recurring: ReadonlySet<string> | undefined, notes: Note[]): Found {
  let text = raw.text ?? '';
  if (text.length > MAX_TEXT_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
    text = text.slice(0, cut > 0 ? cut : MAX_TEXT_CHARS);
    notes.push({ stage: 'clean', rule: 'text-too-large', message: `text cut at ${text.length} characters (over ${MAX_TEXT_CHARS})` });
  }
  if (!/\S/.test(text)) {
    notes.push({ stage: 'clean', rule: 'empty-input', message: 'the article has neither HTML nor text' });
    return { text: '', removed: [], meta: {} };
  }
  const binary = sniffBinary(text);
  if (binary) {
    notes.push({ stage: 'clean', rule: 'binary-input', message: binary });
    return { text: '', removed: [], meta: {} };
  }
  const cleaned = cleanText(text, { recurring, title: raw.title });
  notes.push(...cleaned.notes);
  // A text has no markup to declare its outlet: its credit lines may state it (readTextMetadata.ts).
  const { outlet: credit, wire } = readTextCredits(text, nonEmpty(raw.outlet) !== undefined, cleaned.cut);
  if (credit) notes.push({ stage: 'clean', rule: 'outlet-from-text', message: `outlet "${credit.outlet}" read from the ${credit.rule} line "${credit.line}"` });
  return {
    text: cleaned.paragraphs.join('\n\n'),
    removed: cleaned.removed,
    meta: {
      title: cleaned.title ?? undefined,
      published: cleaned.dateline,
      publishedSource: cleaned.dateline ? 'dateline' : null,
      outlet: credit?.outlet,
      author: credit?.author ?? undefined,
      credit: wire?.outlet ?? null,
    },
  };
}

/** A title that is a time stamp alone ("DECEMBER 16, 2008") is no headline (dateOnlyTitle.ts). */
function headline(value: string | undefined): string | undefined {
  const title = nonEmpty(value);
  return title === undefined || isDateOnlyTitle(title) ? undefined : title;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}
