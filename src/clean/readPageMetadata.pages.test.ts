// Pages written by the team in the shapes outlets use (metadataPages/<name>/source.html and
// expected-metadata.json): WordPress, Drupal, a daily's JSON-LD @graph, an African outlet with a
// visible byline and date only, microdata, an AMP gallery, a wire credit, a desk signature.
// One test per field, through the whole clean stage so that datelines count too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from './cleanArticle.js';
import { parseHtml } from './htmlTree.js';
import { readPageMetadata } from './readPageMetadata.js';

const pages = join(dirname(fileURLToPath(import.meta.url)), 'metadataPages');
const ARTICLE_FIELDS = ['title', 'published', 'modified', 'author', 'outlet', 'url', 'lang'] as const;

for (const name of readdirSync(pages)) {
  const html = readFileSync(join(pages, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(pages, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
  const article = cleanArticle({ id: name, file: `${name}/source.html`, html, notes: [] });
  const meta = readPageMetadata(parseHtml(html), []);
  describe(`metadata page ${name}`, () => {
    for (const field of ARTICLE_FIELDS) {
      test(field, () => assert.equal(article[field] ?? null, expected[field]));
    }
    test('credit', () => assert.equal(meta.credit, expected.credit));
  });
}
