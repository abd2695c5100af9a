import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from './htmlTree.js';
import { declaredLanguage, readPageMetadata, withoutSiteSuffix } from './readPageMetadata.js';

function meta(html: string) {
  return readPageMetadata(parseHtml(html), []);
}

test('title: og:title first, then JSON-LD, h1, <title> minus the site', () => {
  assert.equal(meta('<meta property="og:title" content="A"><h1>B</h1>').title, 'A');
  assert.equal(meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"C"}</script><h1>B</h1>').title, 'C');
  assert.equal(meta('<title>Au Mali, la junte reçoit Lavrov | Le Monde</title>').title, 'Au Mali, la junte reçoit Lavrov');
});

test('published: meta, JSON-LD, <time>, then the URL', () => {
  assert.equal(meta('<meta property="article:published_time" content="2023-02-07T18:32:00Z">').published, '2023-02-07T18:32:00Z');
  assert.equal(meta('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-02-07"}]}</script>').published, '2023-02-07');
  assert.equal(meta('<time datetime="2023-02-07T10:00">7 février</time>').published, '2023-02-07T10:00');
  const fromUrl = meta('<link rel="canonical" href="https://x.example/2023/02/07/mali">');
  assert.deepEqual([fromUrl.published, fromUrl.publishedSource, fromUrl.url], ['2023-02-07', 'url', 'https://x.example/2023/02/07/mali']);
});

test('author, outlet and language', () => {
  const m = meta('<html lang="fr-FR"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Awa Diallo"},{"name":"Marc Petit"}],"publisher":{"name":"Sahel Actu"}}</script>');
  assert.deepEqual([m.author, m.outlet, m.lang], ['Awa Diallo, Marc Petit', 'Sahel Actu', 'fr']);
  assert.equal(meta('<meta property="og:locale" content="en_GB">').lang, 'en');
  // No declared site name: the title's edge that is also the text of a link home.
  const undeclared = (title: string, home: string) => meta(`<title>${title}</title><nav><a href="${home}">The Northern Ledger</a> | <a href="/world">World</a></nav><h1>Ambush</h1>`);
  assert.equal(undeclared('Ambush in the dunes | The Northern Ledger', '/').outlet, 'The Northern Ledger');
  assert.equal(undeclared('The Northern Ledger – Ambush in the dunes', 'https://ledger.example/').outlet, 'The Northern Ledger');
  assert.equal(undeclared('Ambush in the dunes | World', '/').outlet, null, 'a section named in the title is no outlet');
  assert.equal(meta('<title>Site update - News</title><a href="/">News</a>').outlet, null, 'a generic home link names no outlet');
  assert.equal(undeclared('Ambush in the dunes | The Northern Ledger', '/about').outlet, null, 'a link elsewhere is not home');
  assert.equal(meta('<p>rien</p>').lang, '');
});

test('declared language and site suffixes', () => {
  assert.equal(declaredLanguage('FR'), 'fr');
  assert.equal(declaredLanguage('français'), '');
  assert.equal(withoutSiteSuffix('Mali : la junte expulse l’ambassadeur - lemonde.fr', null), 'Mali : la junte expulse l’ambassadeur');
  assert.equal(withoutSiteSuffix('Mali : la junte expulse l’ambassadeur', 'Le Monde'), 'Mali : la junte expulse l’ambassadeur');
});

const MICRODATA_DATES: [html: string, published: string][] = [
  ['<meta property="article:published" itemprop="datePublished" content="2016-07-29T16:42:34-04:00">', '2016-07-29T16:42:34-04:00'],
  ['<span itemprop="datePublished" content="2024-03-12T10:05">12 mars</span>', '2024-03-12T10:05'],
  ['<time itemprop="datePublished" datetime="2024-03-12">12 mars</time>', '2024-03-12'],
];

test('published: every name of a meta tag is a key, and microdata dates on any element', () => {
  for (const [html, published] of MICRODATA_DATES) assert.equal(meta(html).published, published, html);
});

test('author: JSON-LD first, then meta tags; a desk or an agency is no author', () => {
  assert.equal(meta('<meta name="author" content="Jane Roe"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Awa Diallo"}}</script>').author, 'Awa Diallo');
  const wire = meta('<meta name="author" content="AFP">');
  assert.deepEqual([wire.author, wire.credit], [null, 'AFP']);
  assert.equal(meta('<meta name="author" content="La Rédaction"><h1>Un titre de plusieurs mots</h1><p>Par Awa Diallo</p>').author, 'Awa Diallo');
});

test('modified: a <time> classed as the update, unless it is also the publication', () => {
  const edited = meta('<time class="entry-date published" datetime="2024-05-06T08:15"></time><time class="updated" datetime="2024-05-07T09:00"></time>');
  assert.deepEqual([edited.published, edited.modified], ['2024-05-06T08:15', '2024-05-07T09:00']);
  const never = meta('<time class="entry-date published updated" datetime="2016-02-28T22:37"></time>');
  assert.deepEqual([never.published, never.modified], ['2016-02-28T22:37', null]);
});

test('author: JSON-LD of a gallery, its creator, and Person objects referenced by @id', () => {
  assert.equal(meta('<script type="application/ld+json">{"@type":"ImageGallery","creator":{"@type":"Person","name":"Kwame Asante"}}</script>').author, 'Kwame Asante');
  const graph = '{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#b"},{"@id":"#a"}]},{"@type":"Person","@id":"#a","name":"Awa Diallo"},{"@type":"Person","@id":"#b","name":"Marc Petit"}]}';
  assert.deepEqual(meta(`<script type="application/ld+json">${graph}</script>`).authors, ['Marc Petit', 'Awa Diallo']);
});
