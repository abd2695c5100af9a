import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineClass } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';
import { readingLength } from './readingLength.js';

test('a CJK character reads as two Latin letters, other scripts as one', () => {
  assert.equal(readingLength('Kidal'), 5);
  assert.equal(readingLength('東京で会議'), 10);
  assert.equal(readingLength('서울 회의'), 9);
});

test('on a page without a stop-word list, a CJK sentence of 30 characters is prose, not a short line', () => {
  // Our sentences: "Open the settings screen from the Start menu and choose the app's properties."
  const step = '設定画面をスタートメニューから開き、アプリのプロパティを右クリックで選択します。';
  const page = pageFeatures([step, '以下、その手順。']);
  assert.equal(page.density, null);
  assert.equal(lineClass(page.lines[0], null), 'good');
  assert.equal(lineClass(page.lines[1], null), 'short');
});
