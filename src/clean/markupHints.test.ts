import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HtmlElement } from './htmlTree.js';
import { elementSignals, extendHint, isHidden, ROOT_HINT } from './markupHints.js';

function el(tag: string, attrs: Record<string, string> = {}): HtmlElement {
  return { tag, attrs, children: [], parent: null };
}

function chain(...elements: HtmlElement[]) {
  return elements.reduce(extendHint, ROOT_HINT);
}

test('a blog post classed after its categories and tags carries no widget word', () => {
  const signals = elementSignals(el('div', { class: 'post hentry category-popular tag-social-media format-video' }));
  assert.deepEqual(signals.negatives, []);
});

test('layout switches are no widgets, in dashes or in camel case', () => {
  assert.deepEqual(elementSignals(el('div', { class: 'content-with-sidebar-wrp withSidebar has-comments' })).negatives, []);
  assert.deepEqual(elementSignals(el('div', { class: 'sidebar' })).negatives, ['sidebar']);
});

test('below the element named as the article body, the wrappers\' weak words no longer count; strong ones do', () => {
  const story = chain(el('div', { class: 'box modal' }), el('div', { class: 'article-header' }), el('div', { class: 'entry-content' }));
  assert.deepEqual([...story.negatives], []);
  const teaser = chain(el('div', { class: 'related-posts' }), el('div', { class: 'entry-content' }));
  assert.deepEqual([...teaser.negatives], ['related']);
  assert.equal(elementSignals(el('div', { class: 'post-list-article__text' })).body, false, 'a teaser card is no body');
});

test('an author box and a comment reply weigh as strongly as a related box', () => {
  assert.ok(chain(el('div', { class: 'authorprofile' })).score <= -4);
  assert.ok(chain(el('div', { class: 'js_reply' })).score <= -4);
});

test('hidden: by attribute, by framework class, but not a React-streamed segment', () => {
  assert.equal(isHidden(el('div', { hidden: '' })), true);
  assert.equal(isHidden(el('div', { hidden: '', id: 'S:1a' })), false);
  assert.equal(isHidden(el('span', { class: 'sr-only' })), true);
  assert.equal(isHidden(el('div', { class: 'hidden lg:flex' })), false);
});

test('an accordion\'s folded panel under its shown title is text; a lone hidden box is not', () => {
  const faq = el('div');
  const question = el('h3');
  question.children.push('Combien de temps dure la batterie ?');
  const answer = el('div', { style: 'display: none;' });
  answer.children.push('Environ sept heures.');
  faq.children.push(question, '\n  ', answer);
  question.parent = faq;
  answer.parent = faq;
  assert.equal(isHidden(answer), false);
  const popup = el('div', { style: 'display:none' });
  const box = el('div');
  box.children.push(el('p'), popup);
  popup.parent = box;
  assert.equal(isHidden(popup), true);
  assert.equal(isHidden(el('div', { style: 'display:none' })), true);
});

test('call-to-action and donation boxes are widgets', () => {
  assert.deepEqual(elementSignals(el('div', { class: 'cta-global' })).negatives, ['cta']);
  assert.deepEqual(elementSignals(el('div', { id: 'donation-box' })).negatives, ['donat']);
  assert.deepEqual(elementSignals(el('div', { class: 'factual' })).negatives, []);
});

test('a caption, a credit or an image\'s metadata weighs as a widget inside the body', () => {
  for (const name of ['wp-caption', 'img-metadata', 'detail-img__description', 'lightbox__wrapper', 'photo-credit', 'legende']) {
    assert.ok(chain(el('div', { class: name })).score <= -4, name);
  }
});

test('a pull quote repeats the story: a widget', () => {
  assert.ok(chain(el('div', { class: 'Pullquote-pullquote' })).score <= -4);
  assert.ok(chain(el('aside', { class: 'pull-quote' })).score <= -4);
});

test("a shop's review widget is named after its vendor and weighs as a widget", () => {
  assert.deepEqual(elementSignals(el('div', { class: 'bloc-trustpilot' })).negatives, ['trustpilot']);
  assert.ok(chain(el('div', { class: 'yotpo-reviews' })).score <= -4);
});

test('a French "en savoir plus" box weighs as a read-more box', () => {
  assert.deepEqual(elementSignals(el('div', { class: 'paragraph--type--en-savoir-plus' })).negatives, ['savoir-plus']);
  assert.deepEqual(elementSignals(el('div', { class: 'savoir_plus_block' })).negatives, ['savoir_plus']);
});

test('a tag or role named like an Object.prototype member is no hint (it was read as a NaN score)', () => {
  for (const name of ['constructor', 'toString', '__proto__']) {
    assert.equal(chain(el(name)).score, 0, `tag ${name}`);
    assert.equal(chain(el('div', { role: name })).score, 0, `role ${name}`);
  }
  assert.ok(chain(el('article')).score > 0);
});
