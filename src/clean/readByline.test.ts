import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from './htmlTree.js';
import { readByline } from './readByline.js';

const BODY = '<p>Un paragraphe du corps assez long pour compter comme le début du texte, avec des phrases qui décrivent les faits du jour et leurs suites attendues dans les semaines à venir, à Bamako comme ailleurs dans le pays.</p>';
const read = (html: string) => readByline(parseHtml(html), null);

test('a visible date line near the headline, its time, and an update line apart', () => {
  const signed = read(`<h1>Un titre de plusieurs mots</h1><p>Publié le 12 mars 2024 à 10h05 | Mis à jour le 13 mars 2024</p>${BODY}`);
  assert.deepEqual([signed.publishedLine, signed.updatedLine], ['2024-03-12T10:05', '2024-03-13']);
  assert.equal(read(`<h1>Un titre de plusieurs mots</h1><span>12/03/2024 - 10:05</span>${BODY}`).publishedLine, '2024-03-12T10:05');
});

test('a date line above the headline, in its header, counts', () => {
  assert.equal(read(`<header><time>12 mars 2024</time><h1>Un titre de plusieurs mots</h1></header>${BODY}`).publishedLine, '2024-03-12');
});

test('dates of a sidebar, an aside or past the body start are another article\'s', () => {
  assert.equal(read(`<h1>Un titre de plusieurs mots</h1>${BODY}${BODY}<p>Publié le 2 mars 2024</p>`).publishedLine, null);
  assert.equal(read(`<h1>Un titre de plusieurs mots</h1><aside><p>Publié le 2 mars 2024</p></aside>${BODY}`).publishedLine, null);
  assert.equal(read(`<h1>Un titre de plusieurs mots</h1><div class="related"><p>Publié le 2 mars 2024</p></div>${BODY}`).publishedLine, null);
});

test('a byline line, before or after the date on one line', () => {
  assert.deepEqual(read(`<h1>Un titre de plusieurs mots</h1><p>Par Awa Diallo · Publié le 12 mars 2024 · Lecture 4 min</p>${BODY}`).text.authors, ['Awa Diallo']);
  assert.deepEqual(read(`<h1>Un titre de plusieurs mots</h1><p>Publié le 12 mars 2024 par Awa Diallo</p>${BODY}`).text.authors, ['Awa Diallo']);
  assert.deepEqual(read(`<h1>Un titre de plusieurs mots</h1><p>Awa Diallo, correspondante à Bamako</p>${BODY}`).text.authors, ['Awa Diallo']);
});

test('a sentence that says "by" somebody is no byline', () => {
  assert.deepEqual(read('<h1>Un titre de plusieurs mots</h1><p>The memo follows attacks on the alliance by US President Donald Trump.</p>').text.authors, []);
});

test('byline markup: author links, byline elements, microdata; comments and look-alike names are not', () => {
  assert.deepEqual(read('<div class="c-byline"><a href="/a">Awa Diallo</a><a href="/m">Marc Petit</a></div>').markup.authors, ['Awa Diallo', 'Marc Petit']);
  assert.deepEqual(read('<a rel="author" href="/a">Jane Doe</a>').markup.authors, ['Jane Doe']);
  assert.deepEqual(read('<div id="authorization"><a>Sign In</a> <a>Sign Up</a></div>').markup.authors, []);
  assert.deepEqual(read('<div class="comment"><span class="author">Jean Dupont</span></div>').markup.authors, []);
  assert.deepEqual(read('<span itemprop="author" itemscope><span itemprop="name">Awa Diallo</span>, Bamako</span>').microdata.authors, ['Awa Diallo']);
});

test('a page of thousands of author elements in an aside or of short <h1>s is read in a bounded look', () => {
  const aside = read(`<aside>${'<div class="author">Jean Dupont</div>'.repeat(5000)}</aside><div class="byline">Par Awa Diallo</div>`);
  assert.deepEqual(aside.markup.authors, []);
  const headlines = read(`${'<h1>a</h1>'.repeat(5000)}<p>Publié le 12 mars 2024</p>`);
  assert.equal(headlines.publishedLine, null);
});
