// What the markup says about an element before its text is read: semantic tags, ARIA roles,
// schema.org itemprops and the words site templates put in class and id names.
import type { HtmlElement } from './htmlTree.js';

/** Tags whose whole subtree is furniture on nearly every site. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'form', 'menu', 'dialog', 'figcaption', 'select',
]);

/** Positive evidence: the strongest one along the ancestor chain counts, once. */
const TAG_POSITIVE: ReadonlyMap<string, number> = new Map([['article', 2], ['main', 2]]);
const ROLE_POSITIVE: ReadonlyMap<string, number> = new Map([['main', 2], ['article', 1]]);
/**
 * Class/id words of article containers, matched as substrings like Readability does, because
 * templates glue words ("articleBody", "post-content", "c-article__text").
 */
const POSITIVE_NAMES = /article|body|content|entry|main|post|text|story|prose|chapo|chapeau|corps|texte|paragraph|hentry|blog/;
const ITEMPROP_BODY = 6;
/**
 * The class names templates give the element holding the article's paragraphs. Whatever its
 * wrappers are called (a "modal-enabled" box, an "article-header" that a template wraps around
 * the whole story), their weak negative words are layout: they do not count below it.
 */
const BODY_NAMES = /(?:^|[-_])(?:entry|article|story|post|news)[-_]{0,2}(?:content|body|text)(?:$|[-_])|articlebody|storybody/;
/** A teaser card names its text the same way: "post-list-article__text", "card-article-body". */
const CARD_NAMES = /list|card|teaser|item|preview|excerpt|summary|related|promo/;

function isBodyName(token: string): boolean {
  return BODY_NAMES.test(token) && !CARD_NAMES.test(token);
}
const BODY_NAME_POSITIVE = 3;
const NAME_POSITIVE = 2;

/**
 * Negative evidence, each kind counted once along the chain however many levels repeat it: a
 * BEM template writes "sidebar-grid > sidebar-grid__container > sidebar-grid__content", which
 * is one "sidebar", not three.
 */
const NEGATIVE_WEIGHTS: Record<string, number> = {
  'tag:nav': 5, 'tag:aside': 4, 'tag:footer': 4, 'tag:form': 2, 'tag:menu': 5, 'tag:dialog': 5,
  'tag:figcaption': 5, 'tag:header': 1, 'tag:figure': 1, 'tag:address': 2,
  'role:navigation': 5, 'role:complementary': 4, 'role:contentinfo': 4, 'role:banner': 3,
  'role:search': 5, 'role:dialog': 5, 'role:alert': 3, 'role:menu': 5, 'role:menubar': 5,
};
/** "tag:nav" for the tags NEGATIVE_WEIGHTS names, built once instead of per element met. */
const TAG_NEGATIVE_KEYS: ReadonlyMap<string, string> = new Map(
  Object.keys(NEGATIVE_WEIGHTS).filter((key) => key.startsWith('tag:')).map((key) => [key.slice(4), key]),
);
/**
 * Words of widgets; the third-party ones by vendor name (outbrain, taboola for teasers;
 * trustpilot, yotpo, bazaarvoice, avis-verifies for a shop's star ratings and customer quotes).
 */
const NEGATIVE_NAMES = /comment(?!ary)|pull-?quote|(?<![a-z])repl(?:y|ies)(?![a-z])|share|sharing|social|related|recommend|sidebar|side-bar|widget|footer|header|\bnav|navbar|navigation|menu|breadcrumb|newsletter|subscri|promo|sponsor|advert|\bads?\b|\bad-|banner|cookie|consent|gdpr|popup|modal|outbrain|taboola|trustpilot|yotpo|bazaarvoice|avis-?verifies|teaser|\btags?\b|keyword|author-?(?:bio|profile|box|info|desc)|about-?(?:the-)?author|author|byline|caption|(?:img|image|photo|picture)[-_]{0,2}(?:meta|info|desc|source)|lightbox|credit|legende|legend|disclaimer|pagination|pager|\bprint|toolbar|masthead|\bskip|lire-aussi|read-?more|savoir[-_]?plus|more-?stories|most-?read|popular|trending|overlay|\brail|signup|login|paywall|(?<![a-z])cta(?![a-z])|donat|embed|video|gallery|slideshow|carousel|rating|survey|poll(?![a-z])|\bmeta\b|dateline|timestamp|kicker|follow|\btoc\b|table-of-contents|card|listing|teaser|promo/g;
const STRONG_NEGATIVE_NAMES = /pull-?quote|cta|donat|poll|survey|caption|(?:img|image|photo|picture)[-_]{0,2}(?:meta|info|desc|source)|lightbox|credit|legende|legend|comment|repl(?:y|ies)|cookie|consent|newsletter|related|recommend|outbrain|taboola|trustpilot|yotpo|bazaarvoice|avis-?verifies|most-?read|popular|trending|share|social|sidebar|breadcrumb|signup|subscri|listing|card|author-?(?:bio|profile|box|info|desc)|about-?(?:the-)?author/;
const NAME_NEGATIVE = 2;
/**
 * NEGATIVE_NAMES tried once on the whole lowercased class and id: none of its words spans a
 * space, so a list it finds nothing in holds no token it would find anything in, and is not
 * split (most class lists of a page name no widget).
 */
const ANY_NEGATIVE_NAME = new RegExp(NEGATIVE_NAMES.source);
/** Every BODY_NAMES alternative holds one of these words: without them no token is a body name. */
const BODY_WORD = /body|content|text/;
/**
 * "without-sidebar", "has-comments", "content-with-sidebar-wrp", "withSidebar": a layout switch
 * of the page (or a wrapper that sits beside a sidebar), not a widget. Read on the name as
 * written, for its camel case.
 */
/**
 * The classes a blog engine gives a post after its categories and tags ("category-popular",
 * "tag-social-media", "format-video"): the site's words for the story, not widgets.
 */
const TAXONOMY_CLASS = /^(?:category|tag|format|status|type)-[\w-]+$/;
const LAYOUT_MODIFIER = /(?:^|[-_])(?:[Hh]as|[Ww]ith|[Ww]ithout|[Nn]o|[Ss]how|[Hh]ide|[Ii]s)(?:[-_]|[A-Z])/;
const STRONG_NAME_NEGATIVE = 4;

export interface ElementSignals {
  positive: number;
  negatives: string[];
  /** Names itself the article's body (itemprop articleBody, "entry-content", "article__body"). */
  body: boolean;
}

/** What one element says of itself (not its ancestors). */
export function elementSignals(element: HtmlElement): ElementSignals {
  const attrs = element.attrs;
  const role = attrs.role === undefined ? '' : attrs.role.toLowerCase();
  const itempropBody = attrs.itemprop !== undefined && attrs.itemprop.toLowerCase().includes('articlebody');
  // Most elements have neither class nor id: their names say nothing, and are not built or split.
  const named = attrs.class !== undefined || attrs.id !== undefined;
  const ofNames = named ? nameSignals(`${attrs.class ?? ''} ${attrs.id ?? ''}`) : NO_NAMES;
  let positive = Math.max(TAG_POSITIVE.get(element.tag) ?? 0, role === '' ? 0 : ROLE_POSITIVE.get(role) ?? 0);
  const body = itempropBody || ofNames.body;
  if (itempropBody) positive = ITEMPROP_BODY;
  else if (body) positive = Math.max(positive, BODY_NAME_POSITIVE);
  else if (ofNames.positive) positive = Math.max(positive, NAME_POSITIVE);
  const negatives: string[] = [];
  const tagKey = TAG_NEGATIVE_KEYS.get(element.tag);
  if (tagKey !== undefined) negatives.push(tagKey);
  if (role !== '' && `role:${role}` in NEGATIVE_WEIGHTS) negatives.push(`role:${role}`);
  for (const word of ofNames.negatives) negatives.push(word);
  return { positive, negatives, body };
}

/** What an element's class and id names say, whatever its tag. */
interface NameSignals {
  /** A token names the article's body ("entry-content"). */
  body: boolean;
  /** POSITIVE_NAMES found in the names. */
  positive: boolean;
  /** The widget words of the tokens, in order. */
  negatives: readonly string[];
}

const NO_NAMES: NameSignals = { body: false, positive: false, negatives: [] };

/**
 * A page repeats its class lists ("card__title" on each of 40 teasers, "c-paragraph" on each
 * paragraph), and the outlet's next page repeats them again: each list is read once, then looked
 * up. Long lists are read each time (they would hold the cache's memory), and the cache starts
 * afresh when full, so a page of a million distinct names costs no more than reading them.
 */
const NAME_CACHE: Map<string, NameSignals> = new Map();
const NAME_CACHE_MAX = 10_000;
const CACHED_NAMES_MAX_CHARS = 300;

function nameSignals(rawNames: string): NameSignals {
  const cached = NAME_CACHE.get(rawNames);
  if (cached !== undefined) return cached;
  const names = rawNames.toLowerCase();
  const negatives: string[] = [];
  if (ANY_NEGATIVE_NAME.test(names)) {
    for (const raw of rawNames.split(/\s+/)) {
      if (LAYOUT_MODIFIER.test(raw) || TAXONOMY_CLASS.test(raw)) continue;
      const token = raw.toLowerCase();
      for (const word of token.match(NEGATIVE_NAMES) ?? []) negatives.push(word.replace(/^\W+|-$/g, ''));
    }
  }
  const signals: NameSignals = {
    body: BODY_WORD.test(names) && names.split(/\s+/).some(isBodyName),
    positive: POSITIVE_NAMES.test(names),
    negatives,
  };
  if (rawNames.length <= CACHED_NAMES_MAX_CHARS) {
    if (NAME_CACHE.size >= NAME_CACHE_MAX) NAME_CACHE.clear();
    NAME_CACHE.set(rawNames, signals);
  }
  return signals;
}

/** Weight of one negative kind. */
export function negativeWeight(key: string): number {
  return NEGATIVE_WEIGHTS[key] ?? (STRONG_NEGATIVE_NAMES.test(key) ? STRONG_NAME_NEGATIVE : NAME_NEGATIVE);
}

/** Chain evidence -> one number: positive = article, negative = furniture. */
export function hintScore(positive: number, negatives: ReadonlySet<string>): number {
  let score = positive;
  for (const key of negatives) score -= negativeWeight(key);
  return score;
}

/** Evidence accumulated from the root down to one element. */
export interface ChainHint {
  positive: number;
  negatives: ReadonlySet<string>;
  /** The element that brought each negative kind into the chain. */
  carriers: ReadonlyMap<string, HtmlElement>;
  score: number;
}

export const ROOT_HINT: ChainHint = { positive: 0, negatives: new Set(), carriers: new Map(), score: 0 };

export function extendHint(parent: ChainHint, element: HtmlElement): ChainHint {
  const own = elementSignals(element);
  if (own.body) parent = withoutWeakNegatives(parent);
  const positive = Math.max(parent.positive, own.positive);
  const added = own.negatives.length === 0 ? own.negatives : own.negatives.filter((n) => !parent.negatives.has(n));
  if (positive === parent.positive && added.length === 0) return parent;
  let { negatives, carriers } = parent;
  if (added.length > 0) {
    negatives = new Set([...negatives, ...added]);
    const more = new Map(carriers);
    for (const key of added) more.set(key, element);
    carriers = more;
  }
  return { positive, negatives, carriers, score: hintScore(positive, negatives) };
}

/**
 * A React server-rendered page streams each suspended part as `<div hidden id="S:2">…</div>`
 * at the end of the body, and a script swaps it in for its placeholder: shown once the page
 * runs, so it is page text (a Next.js news page may hold its whole article that way).
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-z]+$/;

/**
 * The chain as an article body sees it: the wrappers' weak words (a "header", a "modal") were
 * layout; the strong ones stay, since a related-stories box holds teasers classed "entry-content"
 * too.
 */
function withoutWeakNegatives(hint: ChainHint): ChainHint {
  const negatives = new Set<string>();
  const carriers = new Map<string, HtmlElement>();
  for (const key of hint.negatives) {
    if (negativeWeight(key) < STRONG_NAME_NEGATIVE) continue;
    negatives.add(key);
    carriers.set(key, hint.carriers.get(key)!);
  }
  return { positive: hint.positive, negatives, carriers, score: hintScore(hint.positive, negatives) };
}

/** Hidden by the page itself: never shown, so never article text. */
export function isHidden(element: HtmlElement): boolean {
  const attrs = element.attrs;
  if ('hidden' in attrs && !STREAMED_SEGMENT_ID.test(attrs.id ?? '')) return true;
  if (attrs.class !== undefined && hiddenByClass(attrs.class)) return true;
  if (attrs['aria-hidden'] === 'true' && element.tag !== 'body') return true;
  const style = attrs.style;
  if (style === undefined || !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  return !collapsedPanel(element);
}

/** What a reader clicks to unfold the panel after it: a question, a section title. */
const PANEL_TITLE_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'button', 'dt']);

/**
 * An accordion pairs a title with its panel in a small wrapper (or a short run of pairs): past
 * this many siblings the panel is not looked for, so 50,000 hidden siblings cost no square.
 */
const MAX_PANEL_SIBLINGS = 64;

/**
 * An accordion's panel: hidden by an inline style that the page's script flips when the title
 * just above it is clicked ("<h3>Quelle huile utiliser ?</h3><div style="display: none"><p>Tout
 * dépend…"). The title is shown, so the answer is the page's text as much as an open <details>.
 */
function collapsedPanel(element: HtmlElement): boolean {
  const siblings = element.parent?.children;
  if (!siblings || siblings.length > MAX_PANEL_SIBLINGS) return false;
  for (let i = siblings.indexOf(element) - 1; i >= 0; i--) {
    const sibling = siblings[i];
    if (typeof sibling === 'string') {
      if (/\S/.test(sibling)) return false;
      continue;
    }
    return PANEL_TITLE_TAGS.has(sibling.tag) && !isHidden(sibling);
  }
  return false;
}

/**
 * Class names of the common CSS frameworks that hide an element ("hidden", "d-none") or keep it
 * for screen readers only ("visually-hidden", "sr-only": "Article content", "Advertisement").
 */
const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'is-hidden', 'd-none', 'hide', 'visually-hidden', 'visuallyhidden', 'sr-only',
  'screen-reader-text', 'screen-reader-only', 'element-invisible', 'offscreen', 'u-hidden',
]);
/** A breakpoint that shows the element again ("hidden md:grid", "d-none d-md-block"). */
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:[a-z0-9]+:(?:block|flex|grid|inline|table|contents)|d-[a-z]+-(?:block|flex|grid|inline)|visible-[a-z]+)/;

/** Any of HIDDEN_CLASSES within the names: most class lists hold none, and are not split. */
const HIDDEN_CLASS_WITHIN = new RegExp([...HIDDEN_CLASSES].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

function hiddenByClass(names: string): boolean {
  const lower = names.toLowerCase();
  if (!HIDDEN_CLASS_WITHIN.test(lower)) return false;
  const tokens = lower.split(/\s+/);
  if (!tokens.some((t) => HIDDEN_CLASSES.has(t))) return false;
  return !SHOWN_AT_BREAKPOINT.test(lower);
}
