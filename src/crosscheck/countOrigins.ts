// Independent origins: a dispatch and its reprints are one origin, and so are the editions of one
// outlet ("lemonde.fr" and "Le Monde"), so four outlets reprinting AFP corroborate nothing.
import type { Article } from '../article.js';
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
  for (const a of articles) {
    const dup = duplicateOf.get(a.id);
    if (dup) {
      if (!parent.has(dup)) parent.set(dup, dup);
      union(a.id, dup);
    }
    const outlet = outletKey(a.outlet);
    if (!outlet) continue;
    const first = byOutlet.get(outlet);
    if (first) union(a.id, first);
    else byOutlet.set(outlet, a.id);
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

export function countOrigins(articleIds: Iterable<string>, origins: Map<string, string>): number {
  return new Set([...articleIds].map((id) => origins.get(id) ?? id)).size;
}

// "https://www.lemonde.fr", "Le Monde", "LE MONDE" -> "lemonde"; "theguardian.com" -> "theguardian".
export function outletKey(outlet: string | null | undefined): string | null {
  if (!outlet) return null;
  const key = fold(outlet)
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '')
    .replace(/\.(?:fr|com|net|org|info|co\.uk|co|be|ch|ca|sn|ml|ci|bf|ne|cm|ma|dz|tn|de|es|it|io|news)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key || null;
}
