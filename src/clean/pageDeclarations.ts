// What a page says it is, before its text is read: og:type, the JSON-LD @type of its top-level
// objects, the CMS's body classes, a robots noindex, a title or first heading that reads as an
// error ("Erreur 404", "Page introuvable"). Each signal is named data with its reason; the
// verdict that weighs them with the text is in pageKind.ts.
import { collapseSpace, isElement, textOf, type HtmlDocument, type HtmlElement } from './htmlTree.js';

export interface PageDeclarations {
  /** Evidence that the page presents one article ("og:type=article", "json-ld NewsArticle"). */
  article: string[];
  /** Evidence that it presents a list of articles ("json-ld CollectionPage", "body class archive"). */
  listing: string[];
  /** Evidence that it is an error page ("title: Page introuvable", "body class error404"). */
  error: string[];
  /** A robots noindex: error pages carry it, so do some archives; never decisive alone. */
  noindex: boolean;
}

/** og:type values of one story; "website" is what sites put on everything else (and on some stories). */
const OG_ARTICLE_TYPES = /^(?:article|news|blog ?post|article:\w+)$/i;

/** schema.org types of one story: the page declares itself as such. */
const JSON_LD_ARTICLE_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report',
  'ScholarlyArticle', 'TechArticle', 'SocialMediaPosting',
]);
/**
 * schema.org types of a page of many items. A plain WebPage or WebSite is neither: sites put
 * them beside a NewsArticle and on home pages alike.
 */
const JSON_LD_LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);

/**
 * Body classes that CMS templates write for the kind of page they render (WordPress `single`,
 * `archive`, `error404`; Drupal `node-type-article`, `page-taxonomy-term`; many themes
 * `page-404`). Matched as whole class tokens.
 */
const BODY_CLASS_ARTICLE = /^(?:single|single-post|single-format-\w+|postid-\d+|node-type-article|page-node-type-article|article-page|page-article|template-article)$/;
const BODY_CLASS_LISTING = /^(?:archive|category|tag|tag-archive|category-archive|search-results|blog|paged|page-taxonomy-term|path-frontpage|section-front|home-page|homepage)$/;
const BODY_CLASS_ERROR = /^(?:error404|error-404|page-404|not-found|page-not-found|error-page)$/;

/**
 * Titles of error pages, matched on the whole of a <title> part (split at the site separator)
 * or on the whole first <h1>, never inside a longer headline: "404", "Erreur 404 - Page
 * introuvable", "Oups ! Cette page n'existe pas", "Page not found", "Seite nicht gefunden".
 * "404 migrants secourus en mer" is a story: the number must stand alone or with error words.
 */
export const ERROR_TITLES: readonly RegExp[] = [
  /^(?:(?:erreur|error|fehler|errore|code)\s*:?\s*)?(?:404|410)(?:\s*[-–—:!.|]?\s*(?:(?:page|file|document|contenu)\s+)?(?:not\s+found|introuvable|non\s+trouv[ée]e|gone|error|erreur|nicht\s+gefunden))?$/i,
  /^(?:(?:oups|oops|whoops|désolé|desole|sorry)\s*[!,.…]*\s*)?(?:(?:cette|la|this|the)\s+)?page\s+(?:introuvable|non\s+trouv[ée]e|inexistante|non\s+disponible|indisponible|not\s+found|(?:does\s+not|doesn't)\s+exist|n'existe\s+(?:pas|plus))(?:\s+(?:ou|or)\s+[^.!?]*)?$/i,
  /^(?:(?:oups|oops|whoops|désolé|desole|sorry)\s*[!,.…]*\s*)?(?:cette|la|this|the)\s+page\s+(?:est\s+introuvable|n'existe\s+(?:pas|plus)|(?:cannot|can't|could\s+not)\s+be\s+found|(?:does\s+not|doesn't)\s+exist|no\s+longer\s+exists|is\s+missing)(?:\s+(?:ou|or)\s+[^.!?]*)?$/i,
  /^(?:(?:erreur|error)\s*[:–-]\s*)?(?:not\s+found|contenu\s+introuvable|article\s+introuvable|document\s+introuvable|nothing\s+found)$/i,
  /^(?:seite\s+nicht\s+gefunden|página\s+no\s+encontrada|pagina\s+non\s+trovata|strona\s+nie\s+znaleziona)$/i,
];
/** An error title is a few words; a longer heading is a story's. */
const ERROR_TITLE_MAX_WORDS = 12;

const TITLE_SEPARATORS = /\s+[|–—\-·•»]\s+|\s+::\s+/;

export function readPageDeclarations(doc: HtmlDocument): PageDeclarations {
  const found: PageDeclarations = { article: [], listing: [], error: [], noindex: false };
  let ogType: string | null = null;
  let h1: HtmlElement | null = null;
  for (const element of doc.elements) {
    if (element.tag === 'meta') {
      const key = (element.attrs.property ?? element.attrs.name ?? '').toLowerCase();
      const content = (element.attrs.content ?? '').trim();
      if (key === 'og:type' && ogType === null) ogType = content;
      else if (key === 'robots' && /\bnoindex\b/i.test(content)) found.noindex = true;
    } else if (element.tag === 'h1' && h1 === null) {
      h1 = element;
    }
  }
  if (ogType !== null) {
    if (OG_ARTICLE_TYPES.test(ogType)) found.article.push(`og:type=${ogType}`);
  }
  for (const type of jsonLdTypes(doc.jsonLd)) {
    if (JSON_LD_ARTICLE_TYPES.has(type)) found.article.push(`json-ld ${type}`);
    else if (JSON_LD_LISTING_TYPES.has(type)) found.listing.push(`json-ld ${type}`);
  }
  for (const token of bodyClasses(doc)) {
    if (BODY_CLASS_ARTICLE.test(token)) found.article.push(`body class ${token}`);
    else if (BODY_CLASS_LISTING.test(token)) found.listing.push(`body class ${token}`);
    else if (BODY_CLASS_ERROR.test(token)) found.error.push(`body class ${token}`);
  }
  const titlePart = doc.titleTag.split(TITLE_SEPARATORS).find(isErrorTitle);
  if (titlePart) found.error.push(`title "${titlePart}"`);
  const heading = h1 ? textOf(h1) : '';
  if (isErrorTitle(heading)) found.error.push(`h1 "${heading}"`);
  return found;
}

export function isErrorTitle(text: string): boolean {
  const title = collapseSpace(text).replace(/’/g, "'").replace(/[\s!.…]+$/, '');
  if (title === '' || title.split(' ').length > ERROR_TITLE_MAX_WORDS) return false;
  return ERROR_TITLES.some((pattern) => pattern.test(title));
}

/** The @type of each top-level object and @graph member; nested items (an ItemList's) are not the page. */
function jsonLdTypes(scripts: readonly string[]): string[] {
  const types: string[] = [];
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const top = Array.isArray(data) ? data : [data];
    for (const item of top) {
      if (!item || typeof item !== 'object') continue;
      const object = item as Record<string, unknown>;
      const graph = Array.isArray(object['@graph']) ? (object['@graph'] as unknown[]) : [];
      for (const member of [object, ...graph]) {
        if (!member || typeof member !== 'object') continue;
        const type = (member as Record<string, unknown>)['@type'];
        for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
      }
    }
  }
  return types;
}

function bodyClasses(doc: HtmlDocument): string[] {
  const body = doc.root.children.find((c): c is HtmlElement => isElement(c) && c.tag === '#body');
  return (body?.attrs.class ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
