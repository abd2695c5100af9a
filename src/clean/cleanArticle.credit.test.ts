// The agency credit of an HTML page whose body opens on a dateline: splitLead cuts "BAMAKO (AFP) –"
// off the text, and the credit it names must survive the cut. A byline or meta tag that credits
// the piece wins over the dateline. The pages are ours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';

const FIRST = 'Le ministre des transports a annoncé jeudi la reprise des vols entre la capitale et Tombouctou, suspendus depuis le mois de janvier faute de carburant pour les appareils de la compagnie nationale.';
const SECOND = 'Les commerçants du nord, qui acheminaient leurs marchandises par la route au prix de longues journées de voyage, saluent une décision attendue depuis des semaines et espèrent une baisse des prix.';

/** An outlet's page whose first paragraph opens with `lead`, with `head` inside <head>. */
function page(lead: string, head = ''): string {
  return `<html lang="fr"><head><title>Les vols reprennent vers Tombouctou</title>${head}</head>
    <body><article><h1>Les vols reprennent vers Tombouctou</h1><p>${lead}${FIRST}</p><p>${SECOND}</p></article></body></html>`;
}

const clean = (html: string) => cleanArticle({ id: 'p', file: 'p.html', html, notes: [] });

test('a dateline split off the first paragraph gives its credit; the text is the same as without it', () => {
  const cases: [lead: string, credit: string | null][] = [
    ['BAMAKO (AFP) – ', 'AFP'],
    ['Bamako, 14 mars 2024 (Reuters) - ', 'Reuters'],
    ['GAO (AMAP) — ', 'AMAP'],
    ['BAMAKO – ', null],
    ['', null],
  ];
  const plain = clean(page('')).text;
  for (const [lead, credit] of cases) {
    const article = clean(page(lead));
    assert.equal(article.credit, credit, lead);
    assert.equal(article.text, plain, lead);
  }
});

test('the dateline without a year stays in the text and still gives its credit', () => {
  const article = clean(page('Paris, 14 mars (Reuters) - '));
  assert.ok(article.text.startsWith('Paris, 14 mars (Reuters) - Le ministre'));
  assert.equal(article.credit, 'Reuters');
});

test('the dateline also dates the page, as before', () => {
  assert.equal(clean(page('Bamako, 14 mars 2024 (AFP) – ')).published, '2024-03-14');
});

test('an outlet’s own piece, signed by its writer, credits no agency', () => {
  const article = clean(page('', '<meta name="author" content="Fatoumata Keïta">'));
  assert.deepEqual([article.author, article.credit], ['Fatoumata Keïta', null]);
});

test('a byline crediting a wire wins over the dateline', () => {
  const article = clean(page('BAMAKO (AFP) – ', '<meta name="author" content="Fatoumata Keïta avec Reuters">'));
  assert.deepEqual([article.author, article.credit], ['Fatoumata Keïta', 'Reuters']);
});

/** The same page with `dateline` in an element of its own above the first paragraph. */
function pageWithDatelineElement(dateline: string): string {
  return page('').replace('<p>', `<p class="dateline">${dateline}</p><p>`);
}

test('a dateline in an element of its own gives its credit and date, and stays out of the text', () => {
  const cases: [dateline: string, credit: string | null, published: string | null][] = [
    ['BAMAKO (AFP)', 'AFP', null],
    ['GAO (AMAP) —', 'AMAP', null],
    ['Bamako, 14 mars 2024 (Reuters)', 'Reuters', '2024-03-14'],
  ];
  const plain = clean(page('')).text;
  for (const [dateline, credit, published] of cases) {
    const article = clean(pageWithDatelineElement(dateline));
    assert.equal(article.credit, credit, dateline);
    assert.equal(article.published, published, dateline);
    assert.equal(article.text, plain, dateline);
  }
});

test('a short element above the body that is no dateline credits nothing', () => {
  for (const other of ['Partager sur Facebook', 'Lecture : 3 min', 'Mali (photo d’archives)']) {
    const article = clean(pageWithDatelineElement(other));
    assert.equal(article.credit, null, other);
  }
});
