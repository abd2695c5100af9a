import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectBlocks } from './collectBlocks.js';
import { findDetachedProse } from './findDetachedProse.js';
import { type HtmlElement, isElement, parseHtml } from './htmlTree.js';
import { scoreBlocks } from './scoreBlocks.js';
import { chooseStoplist } from './textStats.js';

const PROSE = [
  "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.",
  'Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.',
  "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies en décembre.",
  'Les rebelles touareg, qui contrôlaient la ville depuis 2012, ont affirmé avoir quitté leurs positions pour éviter des pertes civiles.',
  "Kidal est le berceau des rébellions touareg depuis l'indépendance, et sa reprise par l'État malien a une portée symbolique considérable pour le pouvoir de Bamako.",
];
/** Three paragraphs: enough prose (400 characters and more) for a run. */
const RUN = `<p>${PROSE[2]}</p><p>${PROSE[3]}</p><p>${PROSE[4]}</p>`;

function byClass(root: HtmlElement, name: string): HtmlElement {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if ((e.attrs.class ?? '').split(' ').includes(name)) return e;
    for (const c of e.children) if (isElement(c)) stack.push(c);
  }
  throw new Error(name);
}

function detached(html: string): string[] {
  const doc = parseHtml(html);
  const { blocks } = collectBlocks(doc.root);
  const scored = scoreBlocks(blocks, { stoplist: chooseStoplist(blocks.map((b) => b.text)), articleBody: null });
  const container = byClass(doc.root, 'body');
  const kept = new Set(scored.filter((b) => b.weight > 0.45));
  return findDetachedProse(scored, container, new Set([...kept].filter((b) => isInsideBody(b.owner, container)))).map((b) => b.text);
}

function isInsideBody(e: HtmlElement | null, container: HtmlElement): boolean {
  for (; e; e = e.parent) if (e === container) return true;
  return false;
}

test('prose in a sibling wrapper after the body is found, with its question lines', () => {
  const html = `<div class="body"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div>
    <div class="faq"><h2>Des questions ?</h2>${RUN}</div>`;
  assert.deepEqual(detached(html), ['Des questions ?', PROSE[2], PROSE[3], PROSE[4]]);
});

test('a run under a new headline or in another <article> below the story is the next story', () => {
  const afterHeadline = `<div class="body"><p>${PROSE[0]}</p></div><div><h1>Le Niger ferme son espace aérien</h1>${RUN}</div>`;
  assert.deepEqual(detached(afterHeadline), []);
  const otherArticle = `<article><div class="body"><p>${PROSE[0]}</p></div></article><article>${RUN}</article>`;
  assert.deepEqual(detached(otherArticle), []);
});

test('a run with a negative markup word or too little prose is left out', () => {
  assert.deepEqual(detached(`<div class="body"><p>${PROSE[0]}</p></div><div class="related">${RUN}</div>`), []);
  assert.deepEqual(detached(`<div class="body"><p>${PROSE[0]}</p></div><div><p>${PROSE[2]}</p></div>`), []);
});

test('a linked teaser headline opens no run: the notes after a box of teasers come without the teasers', () => {
  const html = `<div class="body"><p>${PROSE[0]}</p><p>${PROSE[1]}</p></div>
    <ul><li><h2><a href="/a">Le Mali quitte la Cédéao</a></h2><div>par Awa Traoré, le 3 mai</div></li></ul>
    <div><h2>Notes</h2>${RUN}</div>`;
  assert.deepEqual(detached(html), ['Notes', PROSE[2], PROSE[3], PROSE[4]]);
});
