// Hostile or broken input: a clear note and an empty or partial result, never a throw, < 1 s.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../article.js';
import { cleanArticle, MAX_TEXT_CHARS } from './cleanArticle.js';
import { collectBlocks, MAX_BLOCK_CHARS, MAX_BLOCKS } from './collectBlocks.js';
import { dropBulkyScripts } from './dropBulkyScripts.js';
import { MAX_BODY_MATCH_CHARS } from './extractMainText.js';
import { MAX_ELEMENTS, parseHtml, walkElements } from './htmlTree.js';

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

test('a text over the size limit is cut at a line break, with a note, and its article kept', () => {
  const article = `${PROSE}\nLes producteurs de Koutiala attendent les premières livraisons avant les semis de juin, selon la chambre d'agriculture régionale.\n`;
  const lines: string[] = [];
  for (let i = 0, size = article.length; size <= MAX_TEXT_CHARS * 1.5; i++) {
    lines.push(`Commentaire n° ${i} | Répondre | Signaler`);
    size += lines.at(-1)!.length + 1;
  }
  const text = article + lines.join('\n');
  const cleaned = timed({ text }).article;
  const note = cleaned.notes.find((n) => n.rule === 'text-too-large');
  assert.ok(note, 'the cut is noted');
  const kept = Number(/cut at (\d+)/.exec(note.message)![1]);
  assert.ok(kept <= MAX_TEXT_CHARS && text[kept] === '\n', 'cut at the last line break before the limit');
  assert.ok(cleaned.text.includes('Sikasso') && cleaned.text.includes('Koutiala'));
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

// Pages near the input size limit: bounds that hold whatever the machine (bench/hostile.ts times them).

function teaserCards(count: number): string {
  const cards = Array.from({ length: count }, (_, i) =>
    `<li class="card"><h3><a href="/a/${i}">Titre de l'article numéro ${i} sur la vie locale</a></h3><p>${PROSE}</p><span>12 mars 2024</span></li>`).join('');
  return `<html><body><ul>${cards}</ul></body></html>`;
}

test('20,000 teaser cards: the tree and the blocks are capped, and the page is a listing', () => {
  const html = teaserCards(20_000);
  const doc = parseHtml(html);
  let elements = 0;
  for (const _ of walkElements(doc.root)) elements++;
  assert.ok(doc.cut);
  // Besides the root and the markers of <html> and <body>.
  assert.ok(elements <= MAX_ELEMENTS + 3, `${elements} elements`);
  assert.ok(collectBlocks(doc.root).blocks.length <= MAX_BLOCKS);
  const { article } = timed({ html });
  assert.equal(article.text, '');
  assert.ok(article.notes.some((n) => n.rule === 'page-cut'));
  assert.ok(article.notes.some((n) => n.rule === 'listing-page'));
});

test('200,000 unclosed elements are read without the parser slowing down', () => {
  const html = `<p>${PROSE}</p><p>${PROSE}</p>${'<div><span>'.repeat(100_000)}<p>fin</p>`;
  const { article } = timed({ html });
  assert.ok(article.text.includes('Sikasso'));
  assert.ok(article.notes.some((n) => n.rule === 'deep-nesting'));
});

test('one text node of megabytes is cut to a bounded block', () => {
  const { article } = timed({ html: `<p>${PROSE}</p><p>${'mot '.repeat(1_500_000)}</p>` });
  assert.ok(article.text.includes('Sikasso'));
  assert.ok(article.text.length <= MAX_BLOCK_CHARS + PROSE.length + 2);
  assert.ok(article.notes.some((n) => n.rule === 'text-cut'));
});

test('a page over the size cap loses its scripts before its story', () => {
  const script = `<script>var state = "${'a1'.repeat(3_000_000)}";</script>`;
  const ldJson = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Plan de relance"}</script>';
  const { article } = timed({ html: `<html><head>${ldJson}${script}</head><body><p>${PROSE}</p><p>${PROSE}</p></body></html>` });
  assert.ok(article.text.includes('Sikasso'));
  assert.equal(article.title, 'Plan de relance');
});

test('scripts dropped before the cut: JSON-LD kept, an unclosed script left to the parser', () => {
  assert.equal(dropBulkyScripts('<p>a</p><SCRIPT src="x">var b;</script ><style>p{}</style><p>c</p>'), '<p>a</p><SCRIPT src="x"></script ><style></style><p>c</p>');
  const ld = '<script type="application/ld+json">{}</script>';
  assert.equal(dropBulkyScripts(ld), ld);
  assert.equal(dropBulkyScripts('<script>a</script><script>b'), '<script></script><script>b');
});

test('a class of a megabyte is cut before the markup words are read in it', () => {
  const html = `<div class="${'share '.repeat(200_000)}" data-x="${'y'.repeat(1_000_000)}"><p>${PROSE}</p><p>${PROSE}</p></div>`;
  const doc = parseHtml(html);
  const div = [...walkElements(doc.root)].find((e) => e.tag === 'div')!;
  assert.ok(div.attrs.class !== undefined && div.attrs.class.length <= 10_000);
  assert.ok(timed({ html }).article.notes.every((n) => n.rule !== 'internal-error'));
});

test('a JSON-LD body of megabytes is searched only as far as MAX_BODY_MATCH_CHARS', () => {
  const body = `${PROSE} `.repeat(20_000);
  const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script><p>${PROSE}</p><p>${PROSE}</p>`;
  const { article } = timed({ html });
  assert.ok(body.length > MAX_BODY_MATCH_CHARS);
  assert.ok(article.text.includes('Sikasso'));
});
