// Who signed the page and when, where no metadata says it: schema.org microdata, author links
// and byline elements, and the visible lines around the headline. Sources, strongest first:
//   microdata   <span itemprop="author" itemscope><span itemprop="name">Awa Diallo</span></span>
//   markup      <a rel="author">, an element named byline / author / auteur / signature
//   text        "Par Awa Diallo · Publié le 12 mars 2024 à 10h05", "Awa Diallo | Correspondante
//               à Bamako", "12/03/2024 - 10:05", "Mis à jour le 13 mars 2024"
// Visible lines are read only near the headline: from a few elements above the <h1> to the first
// paragraphs of the body. A sidebar's or a related article's date line further down is another
// article's, and asides, navigation, footers, figures and comment threads are never read.
import { opensWithByline, readSignature, ROLE_WORDS, trailingBylineAt, type Signature } from './authorNames.js';
import { collapseSpace, textOf, walkElements, type HtmlDocument, type HtmlElement } from './htmlTree.js';
import { UPDATE_CUES_EN } from './locales/en/bylines.js';
import { UPDATE_CUES_FR } from './locales/fr/bylines.js';
import { splitLead } from './splitLead.js';

export interface PageSignature {
  microdata: Signature;
  markup: Signature;
  text: Signature;
  /** ISO date of a visible publication line near the headline ("Publié le…", "12/03/2024 - 10:05"). */
  publishedLine: string | null;
  /** ISO date of a visible update line near the headline ("Mis à jour le…"). */
  updatedLine: string | null;
}

/** Containers whose text is never the article's own byline or date. */
const FOREIGN_TAGS = new Set(['aside', 'nav', 'footer', 'form', 'figure', 'figcaption', 'blockquote']);
const FOREIGN_NAMES = /related|sidebar|widget|comment|teaser|card|most-?read|popular|recommend|newsletter|breadcrumb|lire-aussi|read-?more|more-from|promo|footer|menu/i;
/**
 * Words of element names that mark a signature: "byline", "c-byline__name", "post-author",
 * "articleAuthor", "auteur"; read word by word so that "authorization" is not one.
 */
const BYLINE_NAME_WORDS = new Set([
  'byline', 'bylines', 'author', 'authors', 'auteur', 'auteurs', 'signature', 'writer', 'journaliste',
  'authorname', 'bylinename', 'authorlink',
]);
const MICRODATA_AUTHOR = /\b(?:author|creator)\b/i;
/**
 * A quick look before the words are split (most elements' names hold none of them), without
 * their first letter so that "articleAuthor" and "Byline" match without a case-blind search.
 */
const BYLINE_NAME_HINT = /yline|uthor|uteur|ignature|riter|ournaliste/;

function hintsByline(names: string | undefined): boolean {
  return names !== undefined && BYLINE_NAME_HINT.test(names);
}
/** ... unless the element is about the author rather than the signature itself. */
const NOT_BYLINE_NAME_WORDS = new Set(['bio', 'avatar', 'photo', 'image', 'img', 'thumb', 'social', 'follow', 'desc', 'description', 'comment', 'comments', 'more', 'other', 'box', 'card']);

/** Elements above the headline that may hold its date line (a kicker, "12/03/2024 - 10:05"). */
const ELEMENTS_BEFORE_HEADLINE = 30;
/** Elements after it, at most, before the body is surely under way. */
const ELEMENTS_AFTER_HEADLINE = 200;
/**
 * A line of signature and dates is short; a paragraph longer than this is the body, and after
 * two of them a date line belongs to something else.
 */
const MAX_LINE_CHARS = 200;
const BODY_PARAGRAPHS_READ = 2;
/**
 * Author elements looked at before giving up: a page names its signature in its first few; a
 * page of 50,000 elements named "author" (a dump, a hostile page) must not cost a walk each.
 */
const MAX_TRIES = 30;
/** Markup indents its text: a short line may take a few times its length in raw whitespace. */
const RAW_CHARS_PER_CHAR = 4;

/** Every date parseDate reads holds a four-digit year: a piece without one is no date line. */
const YEAR = /\d{4}/;
const UPDATE_CUE = new RegExp(String.raw`^(?:${[...UPDATE_CUES_FR, ...UPDATE_CUES_EN].sort((a, b) => b.length - a.length).join('|')})\b`, 'iu');
/** Pieces of one meta line: "Par Awa Diallo · Publié le 12 mars 2024 · Lecture 4 min". */
const LINE_PIECES = /\s+[|·•]\s+|\s*\n\s*/u;

export function readByline(doc: HtmlDocument, outlet: string | null): PageSignature {
  const { elements } = doc;
  let headline = -1;
  let headlineWords = 0;
  let headlinesSeen = 0;
  let microdata: Signature | null = null;
  let markup: Signature | null = null;
  let tries = 0;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element.tag === 'h1' && (headline < 0 || headlineWords < 3) && headlinesSeen++ < MAX_TRIES) {
      [headline, headlineWords] = [i, wordCount(shortTextOf(element, MAX_LINE_CHARS) ?? 'a long headline')];
    }
    if (tries >= MAX_TRIES) continue;
    const itemprop = element.attrs.itemprop;
    if (!microdata && itemprop && MICRODATA_AUTHOR.test(itemprop)) [microdata, tries] = [microdataAuthor(element, outlet), tries + 1];
    if (!markup && namedLikeByline(element)) {
      tries++;
      if (!inForeignContainer(element)) markup = markupAuthor(element, outlet);
    }
  }
  const nearby = headline < 0 ? { text: empty(), publishedLine: null, updatedLine: null } : readNearHeadline(elements, headline, outlet);
  return { microdata: microdata ?? empty(), markup: markup ?? empty(), ...nearby };
}

function empty(): Signature {
  return { authors: [], credit: null };
}

function wordCount(text: string): number {
  return text.split(' ').filter((w) => w !== '').length;
}

function microdataAuthor(element: HtmlElement, outlet: string | null): Signature | null {
  if (element.attrs.content) return nonEmpty(readSignature(element.attrs.content, { declared: true, outlet }));
  for (const inner of walkElements(element)) {
    if (inner !== element && /\bname\b/i.test(inner.attrs.itemprop ?? '')) {
      return nonEmpty(readSignature(inner.attrs.content ?? shortTextOf(inner, MAX_LINE_CHARS), { declared: true, outlet }));
    }
  }
  return nonEmpty(readSignature(shortTextOf(element, MAX_LINE_CHARS), { declared: false, outlet }));
}

/** An author link or an element whose names say byline; where it stands is checked apart. */
function namedLikeByline(element: HtmlElement): boolean {
  if (element.tag === 'a' && element.attrs.rel && /\bauthor\b/i.test(element.attrs.rel)) return true;
  const { class: className, id } = element.attrs;
  if (!hintsByline(className) && !hintsByline(id)) return false;
  if (element.tag === 'meta') return false;
  const words = nameWords(`${className ?? ''} ${id ?? ''}`);
  return words.some((w) => BYLINE_NAME_WORDS.has(w)) && !words.some((w) => NOT_BYLINE_NAME_WORDS.has(w));
}

/** "c-byline__name articleAuthor" -> c, byline, name, article, author. */
function nameWords(names: string): string[] {
  return names.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}]+/u);
}

/**
 * A byline element: several author links are several authors ("<a>Awa Diallo</a><a>Marc
 * Petit</a>" has no separator in its text), else the element's text is one signature line.
 */
function markupAuthor(element: HtmlElement, outlet: string | null): Signature | null {
  const text = shortTextOf(element, MAX_LINE_CHARS);
  if (text === null) return null;
  const links = [...walkElements(element)].filter((e) => e.tag === 'a' && e !== element);
  if (links.length > 1) {
    const authors = links.flatMap((link) => readSignature(textOf(link), { declared: false, outlet }).authors);
    if (authors.length > 1) return { authors: [...new Set(authors)], credit: readSignature(text, { declared: false, outlet }).credit };
  }
  return nonEmpty(readSignature(text, { declared: false, outlet }));
}

function nonEmpty(signature: Signature): Signature | null {
  return signature.authors.length > 0 || signature.credit ? signature : null;
}

function inForeignContainer(element: HtmlElement): boolean {
  for (let e: HtmlElement | null = element; e; e = e.parent) {
    if (FOREIGN_TAGS.has(e.tag)) return true;
    const names = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`;
    if (names !== ' ' && FOREIGN_NAMES.test(names)) return true;
  }
  return false;
}

/** The signature and date lines of the elements around the headline. */
function readNearHeadline(elements: readonly HtmlElement[], headline: number, outlet: string | null): Omit<PageSignature, 'microdata' | 'markup'> {
  const found: Omit<PageSignature, 'microdata' | 'markup'> = { text: empty(), publishedLine: null, updatedLine: null };
  const scope = elements[headline].parent?.parent ?? null;
  let paragraphs = 0;
  const end = Math.min(elements.length, headline + 1 + ELEMENTS_AFTER_HEADLINE);
  for (let i = Math.max(0, headline - ELEMENTS_BEFORE_HEADLINE); i < end; i++) {
    const element = elements[i];
    if (i < headline && !(scope && contains(scope, element))) continue;
    if (i === headline || !isLineElement(element)) continue;
    const line = shortTextOf(element, MAX_LINE_CHARS);
    if (line === null) {
      if (i > headline && element.tag === 'p' && ++paragraphs >= BODY_PARAGRAPHS_READ) break;
      continue;
    }
    if (line === '') continue;
    const read = readLine(line, outlet);
    if (read === null || inForeignContainer(element)) continue;
    if (found.text.authors.length === 0 && read.text.authors.length > 0) found.text = read.text;
    found.text.credit ??= read.text.credit;
    found.publishedLine ??= read.publishedLine;
    found.updatedLine ??= read.updatedLine;
    if (found.text.authors.length > 0 && found.publishedLine) break;
  }
  return found;
}

/** The element's text when it is at most `max` characters, else null, without reading all of a long one. */
function shortTextOf(element: HtmlElement, max: number): string | null {
  const parts: string[] = [];
  const stack: (HtmlElement | string)[] = [element];
  let length = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      length += node.length;
      if (length > RAW_CHARS_PER_CHAR * max) return null;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    if (node.tag === 'br') parts.push(' ');
  }
  const text = collapseSpace(parts.join(''));
  return text.length > max ? null : text;
}

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let e: HtmlElement | null = element; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** An element holding a line of its own: one with text of its own, not only a wrapper of blocks. */
function isLineElement(element: HtmlElement): boolean {
  return element.children.some((c) => typeof c === 'string' && c.trim() !== '');
}

/** What one line says: its date lines and its byline, or null when it says nothing of them. */
function readLine(line: string, outlet: string | null): Omit<PageSignature, 'microdata' | 'markup'> | null {
  const found: Omit<PageSignature, 'microdata' | 'markup'> = { text: empty(), publishedLine: null, updatedLine: null };
  for (const piece of line.split(LINE_PIECES).flatMap(splitTrailingByline)) {
    const lead = YEAR.test(piece) ? splitLead(piece) : null;
    if (lead?.date && lead.rest === '' && lead.head) {
      if (UPDATE_CUE.test(lead.head)) found.updatedLine ??= lead.date;
      else found.publishedLine ??= lead.date;
      continue;
    }
    if (found.text.authors.length > 0) continue;
    const cued = opensWithByline(piece);
    if (cued || namesThenRole(line)) {
      const signature = readSignature(cued ? piece : line, { declared: false, outlet });
      if (signature.authors.length > 0) found.text = signature;
      else found.text.credit ??= signature.credit;
    }
  }
  const saidSomething = found.publishedLine || found.updatedLine || found.text.authors.length > 0 || found.text.credit;
  return saidSomething ? found : null;
}

/** "Publié le 12 mars 2024 par Awa Diallo": the date and the byline, each read on its own. */
function splitTrailingByline(piece: string): string[] {
  const at = trailingBylineAt(piece);
  if (at <= 0) return [piece];
  const head = piece.slice(0, at).trim();
  const lead = splitLead(head);
  return lead.date && lead.rest === '' ? [head, piece.slice(at).trim()] : [piece];
}

/** "Awa Diallo | Correspondante à Bamako", "Jane Doe, Africa correspondent": a role after the name. */
function namesThenRole(line: string): boolean {
  const m = /^[^|,—–]{3,60}(?:\s*[|,]\s*|\s+[—–-]\s+)(\S+)(?:\s+(\S+))?/u.exec(line);
  if (!m) return false;
  return [m[1], m[2]].some((w) => w !== undefined && ROLE_WORDS.has(w.toLowerCase()));
}
