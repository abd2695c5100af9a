// Hostile or broken input: a clear note and an empty or partial result, never a throw, < 1 s.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../article.js';
import { cleanArticle } from './cleanArticle.js';

const PROSE =
  "Le Premier ministre malien a présenté jeudi devant le Conseil national de transition un plan de relance agricole, qui prévoit la distribution d'engrais aux producteurs de coton de la région de Sikasso.";

function timed(input: { html?: string; text?: string }): { article: Article; ms: number } {
  const started = performance.now();
  const article = cleanArticle({ id: 'bad', file: 'bad', notes: [], ...input });
  return { article, ms: performance.now() - started };
}

test('truncated HTML keeps the text it has', () => {
  const { article, ms } = timed({ html: `<html><body><article><p>${PROSE}</p><p>${PROSE.slice(0, 120)}` });
  assert.ok(article.text.startsWith('Le Premier ministre malien'));
  assert.ok(ms < 1000);
});

test('malformed tags and stray closings do not lose the article', () => {
  const { article } = timed({ html: `<div><p>${PROSE}</span></div></div><p class=>${PROSE}<b><i>fin</b></i>` });
  assert.ok(article.text.includes('Sikasso'));
});

test('a home page with only headlines gives a note and no article', () => {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">Titre numéro ${i} de la une du jour</a></li>`).join('');
  const { article, ms } = timed({ html: `<html><body><nav><ul>${links}</ul></nav></body></html>` });
  assert.equal(article.text, '');
  assert.ok(article.notes.some((n) => n.rule === 'no-article'));
  assert.ok(ms < 1000);
});

test('a 404 page gives a note and no article', () => {
  const { article } = timed({ html: '<html><head><title>Page introuvable</title></head><body><h1>Erreur 404</h1><p>Page introuvable</p></body></html>' });
  assert.equal(article.text, '');
  assert.ok(article.notes.length > 0);
});

test('a giant inline script is skipped quickly', () => {
  const script = `<script>var data = "${'x'.repeat(3_000_000)}";</script>`;
  const { article, ms } = timed({ html: `<html><head>${script}</head><body><p>${PROSE}</p><p>${PROSE}</p></body></html>` });
  assert.ok(article.text.includes('Sikasso'));
  assert.ok(!article.text.includes('xxxx'));
  assert.ok(ms < 1000, `${ms} ms`);
});

test('10,000 nested divs neither overflow the stack nor hang', () => {
  const html = `${'<div>'.repeat(10_000)}<p>${PROSE}</p><p>${PROSE}</p>${'</div>'.repeat(10_000)}`;
  const { article, ms } = timed({ html });
  assert.ok(article.text.includes('Sikasso'));
  assert.ok(article.notes.some((n) => n.rule === 'deep-nesting'));
  assert.ok(ms < 1000, `${ms} ms`);
});

test('binary bytes masquerading as HTML give a note and no text', () => {
  const bytes = new Uint8Array(8000).map((_, i) => (i * 7919) % 256);
  const html = new TextDecoder('utf-8').decode(bytes);
  const { article, ms } = timed({ html });
  assert.equal(article.text, '');
  assert.ok(article.notes.some((n) => n.rule === 'binary-input'));
  assert.ok(ms < 1000);
});

test('neither HTML nor text gives a note', () => {
  const { article } = timed({});
  assert.equal(article.text, '');
  assert.ok(article.notes.some((n) => n.rule === 'empty-input'));
});

test('invalid JSON-LD is noted and the page still cleaned', () => {
  const { article } = timed({ html: `<script type="application/ld+json">{"@type": "NewsArticle",</script><p>${PROSE}</p><p>${PROSE}</p>` });
  assert.ok(article.text.includes('Sikasso'));
  assert.ok(article.notes.some((n) => n.rule === 'json-ld-invalid'));
});
