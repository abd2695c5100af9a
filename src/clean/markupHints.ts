// What the markup says about an element before its text is read: semantic tags, ARIA roles,
// schema.org itemprops and the words site templates put in class and id names.
import type { HtmlElement } from './htmlTree.js';

/** Tags whose whole subtree is furniture on nearly every site. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'form', 'menu', 'dialog', 'figcaption', 'select',
]);

const TAG_HINT: Record<string, number> = {
  article: 2, main: 2, header: -1, figure: -1, nav: -5, aside: -4, footer: -4, form: -2,
  menu: -5, dialog: -5, figcaption: -5, address: -2,
};

const ROLE_HINT: Record<string, number> = {
  main: 2, article: 1, navigation: -5, complementary: -4, contentinfo: -4, banner: -3,
  search: -5, dialog: -5, alert: -3, menu: -5, menubar: -5,
};

/**
 * Class/id words. Matched as substrings like Readability does, because templates glue words
 * ("articleBody", "post-content", "c-article__text"); the negative list is checked on the same
 * string, so "article-footer" scores +2 -3.
 */
const POSITIVE_NAMES = /article|body|content|entry|main|post|text|story|prose|chapo|chapeau|corps|texte|paragraph|hentry|blog/;
const NEGATIVE_NAMES = /comment|share|sharing|social|related|recommend|sidebar|side-bar|widget|footer|header|\bnav|navbar|navigation|menu|breadcrumb|newsletter|subscri|promo|sponsor|advert|\bads?\b|\bad-|banner|cookie|consent|gdpr|popup|modal|outbrain|taboola|teaser|\btags?\b|keyword|author|byline|caption|credit|legende|legend|disclaimer|pagination|pager|\bprint|toolbar|masthead|\bskip|lire-aussi|read-?more|more-?stories|most-?read|popular|trending|overlay|\brail|signup|login|paywall|banner|embed|video|gallery|slideshow|carousel|rating|survey|\bmeta\b|date|dateline|timestamp|kicker|follow|toc\b|table-of-contents/;
const STRONG_NEGATIVE_NAMES = /comment|cookie|consent|newsletter|related|recommend|outbrain|taboola|most-?read|share|social|sidebar|breadcrumb|paywall|signup|subscri/;

/** Hints of one element alone (not its ancestors): positive = article, negative = furniture. */
export function elementHint(element: HtmlElement): number {
  let hint = TAG_HINT[element.tag] ?? 0;
  const attrs = element.attrs;
  const role = attrs.role?.toLowerCase();
  if (role && role in ROLE_HINT) hint += ROLE_HINT[role];
  const itemprop = attrs.itemprop?.toLowerCase() ?? '';
  if (itemprop.includes('articlebody') || itemprop === 'text') hint += 6;
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase();
  if (names.trim() !== '') {
    const positive = POSITIVE_NAMES.test(names);
    const negative = NEGATIVE_NAMES.test(names);
    if (positive) hint += 2;
    if (negative) hint -= STRONG_NEGATIVE_NAMES.test(names) ? 4 : 2;
  }
  return hint;
}

/** Hidden by the page itself: never shown, so never article text. */
export function isHidden(element: HtmlElement): boolean {
  const attrs = element.attrs;
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true' && element.tag !== 'body') return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
