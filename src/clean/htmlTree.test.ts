import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapsedLength, collapseSpace, parseHtml, walkElements, type HtmlElement } from './htmlTree.js';

function first(html: string, tag: string): HtmlElement {
  return [...walkElements(parseHtml(html).root)].find((e) => e.tag === tag)!;
}

test('the attributes rules read are kept, entities decoded, the first of a repeated name wins', () => {
  const a = first('<p><A HREF="/?a=1&amp;b=2" Class="lien  une" class="second" rel=nofollow hidden>x</a></p>', 'a');
  assert.deepEqual(a.attrs, { href: '/?a=1&b=2', class: 'lien  une', rel: 'nofollow', hidden: '' });
});

test('attributes no rule reads are not stored', () => {
  const img = first('<img src="/photo.jpg" srcset="/a.jpg 1x, /b.jpg 2x" alt="Le port de Dakar" data-id="7" class="photo">', 'img');
  assert.deepEqual(img.attrs, { class: 'photo' });
});

test('metadata attributes of meta, time and html are kept', () => {
  const doc = parseHtml('<html lang="fr"><head><meta property="og:title" content="Titre"><meta http-equiv="content-language" content="fr"></head><body><time datetime="2024-05-02" itemprop="datePublished">2 mai</time></body></html>');
  const elements = [...walkElements(doc.root)];
  assert.deepEqual(elements.filter((e) => e.tag === 'meta').map((e) => e.attrs), [
    { property: 'og:title', content: 'Titre' },
    { 'http-equiv': 'content-language', content: 'fr' },
  ]);
  assert.deepEqual(elements.find((e) => e.tag === 'time')!.attrs, { datetime: '2024-05-02', itemprop: 'datePublished' });
  assert.equal(elements.find((e) => e.tag === '#html')!.attrs.lang, 'fr');
});

test('spaces are collapsed to one, invisible break hints dropped, the ends trimmed', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['Déjà vu', 'Déjà vu'],
    ['  Déjà\n\t vu ', 'Déjà vu'],
    ['a\u00a0b\u200b\u200bc', 'a b c'],
    ['can\u00addi\u00adda\u00adture', 'candidature'],
    ['\ufeffTitre', 'Titre'],
    ['a \u00ad b', 'a b'],
    [' ', ''],
    ['x ', 'x'],
  ];
  for (const [text, expected] of cases) assert.equal(collapseSpace(text), expected, JSON.stringify(text));
});

test('the collapsed length is the length of the collapsed text, without building it', () => {
  const texts = [
    '', ' ', 'Déjà vu', '  Déjà\n\t vu ', 'a\u00a0b\u200b\u200bc', 'can\u00addi\u00adda\u00adture', '\ufeffTitre',
    'a \u00ad b', '\u00ad', ' \u2060 x \ufeff ', 'x\u2009\u202f\u3000y', 'a\u2028b\u2029\u1680c\u205f', '\u200b', '😀  😀 ',
    'Lire aussi\r\n  :  la suite\u00a0»', '\u000b\u000cz\u0085',
  ];
  for (const text of texts) assert.equal(collapsedLength(text), collapseSpace(text).length, JSON.stringify(text));
});

test("the document's elements are its walk from the root, <html> and <body> markers included", () => {
  const pages = [
    '<meta charset="utf-8"><html lang="fr"><head><title>T</title><link rel="canonical" href="/a"></head><body class="post"><div><p>Un <b>deux</b><br>trois</p></div><script>x</script><ul><li>a<li>b</ul></body></html>',
    '<p>sans html<body id="late"><html dir="ltr"><p>fin',
    '',
  ];
  for (const html of pages) {
    const doc = parseHtml(html);
    const walked = [...walkElements(doc.root)];
    assert.equal(doc.elements.length, walked.length);
    assert.ok(doc.elements.every((element, i) => element === walked[i]));
  }
});
