// Lines that recur across several articles of one outlet are its template (menus, footers,
// "Abonnez-vous à notre newsletter"), whatever their wording: the corpus tells us.
import type { RawArticle } from '../article.js';
import { normalizeLine } from './boilerplateLexicon.js';

export interface CleanContext {
  /** Normalised lines seen in at least MIN_ARTICLES articles, by outlet key. */
  recurring: Map<string, Set<string>>;
}

/** A line in this many articles of one outlet is template. */
export const MIN_ARTICLES = 3;
/** And in at least this share of them, so a phrase common in the news ("Vladimir Poutine") is not. */
export const MIN_SHARE = 0.3;
/** Lines longer than this are prose even when repeated (a reprinted dispatch, not a template). */
export const MAX_TEMPLATE_CHARS = 200;

/** The outlet an article belongs to: its declared outlet, else its URL's host, else its folder. */
export function outletKey(raw: Pick<RawArticle, 'outlet' | 'url' | 'file'>): string {
  if (raw.outlet) return raw.outlet.toLowerCase().replace(/^www\./, '');
  const host = raw.url ? /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(raw.url)?.[1] : undefined;
  if (host) return host.toLowerCase();
  return raw.file.replace(/[^/\\]*$/, '');
}

export function buildCleanContext(raws: RawArticle[]): CleanContext {
  const byOutlet = new Map<string, { articles: number; counts: Map<string, number> }>();
  for (const raw of raws) {
    const key = outletKey(raw);
    let entry = byOutlet.get(key);
    if (!entry) byOutlet.set(key, (entry = { articles: 0, counts: new Map() }));
    entry.articles++;
    const seen = new Set<string>();
    for (const line of linesOf(raw)) {
      if (line.length > MAX_TEMPLATE_CHARS) continue;
      const normal = normalizeLine(line);
      if (normal === '' || seen.has(normal)) continue;
      seen.add(normal);
      entry.counts.set(normal, (entry.counts.get(normal) ?? 0) + 1);
    }
  }
  const recurring = new Map<string, Set<string>>();
  for (const [key, { articles, counts }] of byOutlet) {
    const lines = new Set<string>();
    for (const [line, n] of counts) if (n >= MIN_ARTICLES && n >= MIN_SHARE * articles) lines.add(line);
    if (lines.size > 0) recurring.set(key, lines);
  }
  return { recurring };
}

/** Inline tags do not end a line: "Par <a>Oumar Sidibé</a>" is one line, as the HTML path sees it. */
const INLINE_TAG = /<\/?(?:a|span|strong|em|b|i|u|small|time|abbr|mark|sup|sub)\b[^>]*>/gi;

/** Lines of a raw article: its text lines, or the text runs between tags of its HTML. */
function linesOf(raw: RawArticle): string[] {
  if (raw.text) return raw.text.split(/\r?\n/);
  if (raw.html) {
    return raw.html
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
      .replace(INLINE_TAG, '')
      .split(/<[^>]*>/);
  }
  return [];
}
