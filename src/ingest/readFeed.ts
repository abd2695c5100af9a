// RSS 2.0, RSS 1.0 (RDF) and Atom -> one RawArticle per item. The article body is taken from
// the richest field present: content:encoded / Atom content, else description / summary.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { RawArticle } from '../article.js';

const ITEM_TAGS = new Set(['item', 'entry']);
const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_TAGS = ['pubdate', 'published', 'dc:date', 'updated'];
const AUTHOR_TAGS = ['dc:creator', 'author'];

export function readFeed(xml: string, file: string, baseId: string): RawArticle[] {
  const document = parseDocument(xml, { xmlMode: true, lowerCaseTags: true, decodeEntities: true });
  const channel = DomUtils.findOne((e) => e.name === 'channel' || e.name === 'feed', document.children, true);
  const outlet = channel ? childText(channel, ['title']) : undefined;
  const items = DomUtils.findAll((e) => ITEM_TAGS.has(e.name), document.children);
  const articles: RawArticle[] = [];
  items.forEach((item, index) => {
    const body = childText(item, BODY_TAGS);
    if (!body) return;
    const raw: RawArticle = { id: itemId(item, `${baseId}-${index + 1}`), file: `${file}#${index}`, notes: [] };
    if (/<[a-z][^>]*>/i.test(body)) raw.html = body;
    else raw.text = body;
    const title = childText(item, ['title']);
    const url = itemLink(item);
    const published = childText(item, DATE_TAGS);
    const author = childText(item, AUTHOR_TAGS);
    if (title) raw.title = title;
    if (url) raw.url = url;
    if (published) raw.published = published;
    if (author) raw.author = author;
    if (outlet) raw.outlet = outlet;
    articles.push(raw);
  });
  return articles;
}

function directChild(parent: Element, name: string): Element | undefined {
  return parent.children.find((c): c is Element => 'name' in c && (c as Element).name === name);
}

function childText(parent: Element, names: string[]): string | undefined {
  for (const name of names) {
    const child = directChild(parent, name);
    if (!child) continue;
    // Atom <author><name>…</name></author>
    const inner = name === 'author' ? directChild(child, 'name') ?? child : child;
    const text = DomUtils.textContent(inner).trim();
    if (text) return text;
  }
  return undefined;
}

function itemLink(item: Element): string | undefined {
  const link = directChild(item, 'link');
  if (!link) return undefined;
  return (link.attribs.href ?? DomUtils.textContent(link)).trim() || undefined;
}

/** A guid/id that is a short slug is kept as the article id; URLs and opaque ids are not. */
function itemId(item: Element, fallback: string): string {
  const id = childText(item, ['guid', 'id']);
  return id && /^[\w.-]{1,80}$/.test(id) ? id : fallback;
}
