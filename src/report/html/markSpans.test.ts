import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markSpans } from './markSpans.js';

test('marks wrap their spans and the text around is escaped', () => {
  const out = markSpans('<b>12</b> morts', [{ start: 3, end: 5, kind: 'conflict', title: 'toll "12"', priority: 2, anchor: 'x1' }]);
  assert.equal(out, '&lt;b&gt;<mark class="conflict" title="toll &quot;12&quot;" id="x1">12</mark>&lt;/b&gt; morts');
});

test('where marks overlap the higher priority shows, and nothing is lost', () => {
  const text = 'Le bilan est de 12 morts.';
  const out = markSpans(text, [
    { start: 0, end: text.length, kind: 'corroborated', title: 'c', priority: 1 },
    { start: 16, end: 18, kind: 'conflict', title: 'x', priority: 3 },
  ]);
  assert.equal(out, '<mark class="corroborated" title="c">Le bilan est de </mark><mark class="conflict" title="x">12</mark><mark class="corroborated" title="c"> morts.</mark>');
  assert.equal(out.replace(/<[^>]+>/g, ''), text);
});

test('spans outside the text are ignored', () => {
  assert.equal(markSpans('abc', [{ start: 2, end: 9, kind: 'conflict', title: '', priority: 1 }, { start: -1, end: 1, kind: 'q', title: '', priority: 1 }]), 'abc');
});
