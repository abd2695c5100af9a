// What makes two raw articles "the same content": re-ingesting a file, or the same page found
// under another path, adds nothing. The id and the path are left out on purpose (they say where
// the article was found, not what it says); everything a reader would see is in.
import { createHash } from 'node:crypto';
import type { RawArticle } from '../article.js';

const HASHED_FIELDS = ['title', 'text', 'html', 'url', 'published', 'lang', 'outlet', 'author'] as const;

export function contentHash(raw: RawArticle): string {
  const hash = createHash('sha256');
  for (const field of HASHED_FIELDS) {
    // A separator that cannot occur in text keeps ("ab","c") apart from ("a","bc").
    hash.update(field).update('\u0000').update(raw[field] ?? '').update('\u0001');
  }
  return hash.digest('base64url').slice(0, 32);
}

/**
 * The id to store an article under when its given id is taken by other content:
 * `a1` -> `a1~2`, `a1~3`… The given id stays readable in the suffixed one.
 */
export function freeId(given: string, taken: (id: string) => boolean): string {
  if (!taken(given)) return given;
  for (let n = 2; ; n++) {
    const candidate = `${given}~${n}`;
    if (!taken(candidate)) return candidate;
  }
}
