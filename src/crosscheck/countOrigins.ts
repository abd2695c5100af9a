// Independent origins: a dispatch and its reprints are one origin, and so are the editions of one
// outlet ("lemonde.fr" and "Le Monde"), so four outlets reprinting AFP corroborate nothing.
// An agency credit (Article.credit, "avec AFP") joins nothing here, by decision: two outlets running
// one dispatch with near-identical text are already one origin through duplicateOf (dedup), and two
// different texts crediting one agency are each an outlet's own writing from the wire's material,
// which a credit alone cannot tell from a copy; joining them would undercount corroboration.
import type { Article } from '../article.js';
import { NEWS_AGENCIES } from '../clean/locales/agencies.js';
import { fold } from './text.js';

/** Article id -> origin key; articles with one key are one source. Reads only ids and outlets. */
export function originsOf(articles: Pick<Article, 'id' | 'outlet'>[], duplicateOf: Map<string, string | null>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const a of articles) {
    parent.set(a.id, a.id);
  }
  const byOutlet = new Map<string, string>();
  // A name's initials ("Agence Sahel Presse" -> ASP) meet an outlet written as that acronym, never
  // another name with the same initials: they wait here for the acronym, under its key.
  const byInitials = new Map<string, string>();
  for (const a of articles) {
    const dup = duplicateOf.get(a.id);
    if (dup) {
      if (!parent.has(dup)) parent.set(dup, dup);
      union(a.id, dup);
    }
    for (const outlet of outletKeys(a.outlet)) {
      if (outlet.startsWith(INITIALS)) {
        const acronym = ACRONYM + outlet.slice(INITIALS.length);
        const owner = byOutlet.get(acronym);
        if (owner) union(a.id, owner);
        else if (!byInitials.has(acronym)) byInitials.set(acronym, a.id);
        continue;
      }
      const first = byOutlet.get(outlet) ?? byInitials.get(outlet);
      if (first) union(a.id, first);
      if (!byOutlet.has(outlet)) byOutlet.set(outlet, a.id);
    }
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

export function countOrigins(articleIds: Iterable<string>, origins: Map<string, string>): number {
  return new Set([...articleIds].map((id) => origins.get(id) ?? id)).size;
}

/**
 * The outlets of a set of articles, one spelling per outlet (the rule of originsOf: "The Meridian
 * Post" and "meridianpost.example" are one): a name rather than a domain, else the first seen.
 */
export function distinctOutlets(outlets: Iterable<string | null | undefined>): string[] {
  const written = [...new Set([...outlets].filter((o): o is string => typeof o === 'string' && o.trim() !== ''))];
  const groups = originsOf(written.map((outlet, i) => ({ id: String(i), outlet })), new Map());
  const shown = new Map<string, string>();
  written.forEach((outlet, i) => {
    const root = groups.get(String(i))!;
    const current = shown.get(root);
    if (current === undefined || (isHost(current) && !isHost(outlet))) shown.set(root, outlet);
  });
  return [...shown.values()];
}

function isHost(outlet: string): boolean {
  const folded = fold(outlet.trim());
  return HOST.test(folded) && !/\s/.test(folded);
}

/**
 * Articles a name may open with and a domain glues to the name: "The Meridian Post" is
 * "meridianpost.example", "Le Soleil" is "lesoleil.sn". Elided "l'" is left out: "liberation.fr"
 * is no "l'iberation".
 */
const LEADING_ARTICLES = ['the', 'les', 'le', 'la', 'el', 'il', 'der', 'die', 'das'];
/** Shorter than this, what an article leaves of a glued domain is no name ("lesoir" is not "les" + "oir"). */
const MIN_NAME_AFTER_ARTICLE = 4;
/** Second-level labels of country domains: "bbc.co.uk" is "bbc", "gov.sn" is no outlet name. */
const SECOND_LEVEL_LABELS = new Set(['co', 'com', 'org', 'net', 'gov', 'gouv', 'ac', 'edu', 'info', 'news']);
/** A host, not a name: no space, at least one dot, a final label of letters ("meridianpost.example"). */
const HOST = /^(?:https?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,24}(?:[:/?#].*)?$/u;

// "https://www.lemonde.fr", "Le Monde", "LE MONDE" -> "lemonde"; "theguardian.com" -> "theguardian".
export function outletKey(outlet: string | null | undefined): string | null {
  return outletKeys(outlet)[0] ?? null;
}

/**
 * The keys one outlet may be written under; two outlets sharing a key are one. The first is the
 * name as written, glued; then that name without its article; a name's initials, for an outlet
 * written as an acronym ("AFP", "(ASP)"); and a news agency's code when its full name is known.
 * Names are compared whole: "Le Monde Afrique" and "Le Monde diplomatique" keep their own key,
 * because a shared first word does not show a shared newsroom ("France 24" is not "France Inter").
 * A domain is one outlet whatever its subdomain ("afrique.lemonde.fr", "m.lemonde.fr": editions
 * and mobile copies of one site).
 */
export function outletKeys(outlet: string | null | undefined): string[] {
  if (!outlet || !outlet.trim()) return [];
  const folded = fold(outlet.trim());
  const keys: string[] = [];
  const push = (key: string | null | undefined) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  if (isHost(folded)) {
    const label = registrableLabel(folded);
    push(label);
    push(withoutGluedArticle(label));
    push(agencyKey(label));
    return keys;
  }
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  push(words.join(''));
  if (words.length > 1 && LEADING_ARTICLES.includes(words[0]!)) push(words.slice(1).join(''));
  const acronym = outlet.trim().replace(/^\(|\)$/g, '');
  if (/^\p{Lu}{2,6}$/u.test(acronym)) push(ACRONYM + acronym.toLowerCase());
  else push(initialsKey(outlet));
  push(agencyKey(folded));
  return keys;
}

function registrableLabel(host: string): string {
  const labels = host.replace(/^https?:\/\//, '').replace(/[:/?#].*$/, '').split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL_LABELS.has(labels[labels.length - 1]!)) labels.pop();
  return (labels[labels.length - 1] ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function withoutGluedArticle(label: string): string | null {
  for (const article of LEADING_ARTICLES) {
    if (label.startsWith(article) && label.length - article.length >= MIN_NAME_AFTER_ARTICLE) return label.slice(article.length);
  }
  return null;
}

const ACRONYM = 'acr:';
const INITIALS = 'ini:';

/** Words a name's initials skip: "Agence de presse africaine" -> APA, "Associated Press" -> AP. */
const INITIALS_SKIP = new Set(['the', 'le', 'la', 'les', 'de', 'du', 'des', 'of', 'and', 'et', "d'", "l'"]);
/**
 * "Agence Sahel Presse" -> "ini:asp", met by an outlet written "ASP" ("acr:asp"); originsOf joins
 * initials to acronyms only, so two names sharing initials are not joined by them.
 */
function initialsKey(outlet: string): string | null {
  const words = outlet.split(/[\s\-–]+/u).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return INITIALS + fold(words.map((w) => w[0]).join(''));
}

const AGENCY_BY_NAME = new Map<string, string>(
  NEWS_AGENCIES.flatMap((agency) => [agency.code, ...agency.names].map((name) => [fold(name).replace(/[^\p{L}\p{N}]+/gu, ''), agency.code.toLowerCase()])),
);

function agencyKey(folded: string): string | null {
  const code = AGENCY_BY_NAME.get(folded.replace(/[^\p{L}\p{N}]+/gu, ''));
  return code ? `agency:${code}` : null;
}
