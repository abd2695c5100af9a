// Golden pages written by the team (fixtures/<name>/input.* + expected.json), one test per field.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { Article } from '../article.js';
import { buildCleanContext, cleanArticle, VERSION } from './cleanArticle.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const FIELDS = ['title', 'published', 'publishedSource', 'author', 'outlet', 'url', 'lang', 'text', 'removed'] as const;

// Golden pages are folders: a module of shared test text may sit beside them (lakeChadArticle.ts).
for (const name of readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
  const dir = join(fixtures, name);
  const html = existsSync(join(dir, 'input.html')) ? readFileSync(join(dir, 'input.html'), 'utf8') : undefined;
  const text = existsSync(join(dir, 'input.txt')) ? readFileSync(join(dir, 'input.txt'), 'utf8') : undefined;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Partial<Article>;
  const article = cleanArticle({ id: name, file: `${name}/input`, html, text, notes: [] });
  describe(`golden page ${name}`, () => {
    for (const field of FIELDS) {
      test(field, () => assert.deepEqual(article[field], expected[field]));
    }
    test('later-stage fields are empty', () => {
      assert.deepEqual([article.dates, article.mentions, article.quotes], [[], [], []]);
    });
  });
}

describe('cleanArticle contract', () => {
  const html = readFileSync(join(fixtures, 'fr-news-page', 'input.html'), 'utf8');

  test('fields given by the input win over the page', () => {
    const a = cleanArticle({ id: 'a', file: 'f', html, title: 'Titre donné', outlet: 'Agence', published: '08/02/2023', notes: [] });
    assert.equal(a.title, 'Titre donné');
    assert.equal(a.outlet, 'Agence');
    assert.equal(a.published, '2023-02-08');
    assert.equal(a.publishedSource, 'metadata');
  });

  test('empty given fields are filled from the page', () => {
    const a = cleanArticle({ id: 'a', file: 'f', html, title: '', outlet: ' ', notes: [] });
    assert.equal(a.outlet, 'Le Journal du Sahel');
    assert.match(a.title, /^Lavrov à Bamako/);
  });

  test('id and file are copied, VERSION is exported', () => {
    const a = cleanArticle({ id: 'a7', file: 'pages/a7.html', html, notes: [] });
    assert.deepEqual([a.id, a.file], ['a7', 'pages/a7.html']);
    assert.match(VERSION, /^clean-/);
  });

  test('lines recurring across an outlet are removed through the context', () => {
    const page = (n: number) =>
      `Offre spéciale : 1 euro le premier mois chez Sahel Actu\nLe gouvernement de transition a annoncé ${n} nouvelles mesures pour la sécurité des routes du nord, selon un communiqué publié mardi à Bamako.\nLes transporteurs attendaient depuis des mois une réponse des autorités sur les attaques qui visent les convois de camions dans la région.`;
    const raws = [1, 2, 3].map((n) => ({ id: `a${n}`, file: `sahel/${n}.txt`, outlet: 'Sahel Actu', text: page(n), notes: [] }));
    const context = buildCleanContext(raws);
    const a = cleanArticle(raws[0], context);
    assert.ok(!a.text.includes('Offre spéciale'));
    assert.ok(a.removed.includes('Offre spéciale : 1 euro le premier mois chez Sahel Actu'));
  });

  test('the context reaches the HTML path too', () => {
    const page = (n: number) => `<html><body><article>
      <p>Le gouvernement de transition a annoncé ${n} nouvelles mesures pour la sécurité des routes du nord, selon un communiqué publié mardi à Bamako.</p>
      <p>Offre découverte réservée aux lecteurs de <b>Sahel Actu</b>, valable jusqu'à la fin du mois en cours.</p>
      <p>Les transporteurs attendaient depuis ${n + 2} mois une réponse des autorités sur les attaques qui visent les convois de camions dans la région.</p>
      </article></body></html>`;
    const raws = [1, 2, 3].map((n) => ({ id: `h${n}`, file: `sahel/${n}.html`, outlet: 'Sahel Actu', html: page(n), notes: [] }));
    const without = cleanArticle(raws[0]);
    const a = cleanArticle(raws[0], buildCleanContext(raws));
    assert.ok(without.text.includes('Offre découverte'));
    assert.ok(!a.text.includes('Offre découverte'));
    assert.ok(a.text.includes('Les transporteurs attendaient'));
  });

  test('a dateline opening an HTML body is split off and dates the article', () => {
    const a = cleanArticle({ id: 'd', file: 'd.html', notes: [], html: `<html><body><article>
      <p>Rabat, 9 septembre 2023 (DA) – Le séisme qui a frappé le Maroc dans la nuit de vendredi à samedi a fait au moins 1 037 morts, selon le ministère de l'Intérieur.</p>
      <p>La secousse, d'une magnitude de 6,8, s'est produite à 23h11 heure locale, à quelque 70 kilomètres au sud-ouest de Marrakech.</p>
      </article></body></html>` });
    assert.match(a.text, /^Le séisme qui a frappé/);
    assert.equal(a.published, '2023-09-09');
    assert.equal(a.publishedSource, 'dateline');
    assert.ok(a.removed.includes('Rabat, 9 septembre 2023 (DA) –'));
  });
});

test('the modification date the page declares is kept beside the publication date', () => {
  const a = cleanArticle({ id: 'm', file: 'm.html', notes: [], html: `<html><head>
    <meta property="article:published_time" content="2023-02-07T18:32:00Z">
    <meta property="article:modified_time" content="2023-02-08T09:00:00Z"></head><body><article>
    <p>Le ministre russe des Affaires étrangères est arrivé mardi à Bamako pour une visite de deux jours, la première d'un chef de la diplomatie russe au Mali.</p>
    <p>Il a été reçu par le président de la transition, avec qui il a évoqué la coopération militaire et les livraisons de céréales.</p>
    </article></body></html>` });
  assert.equal(a.published, '2023-02-07T18:32:00Z');
  assert.equal(a.modified, '2023-02-08T09:00:00Z');
});
