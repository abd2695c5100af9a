import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const BODY = [
  '先週、自宅のパソコンを新しいものに買い替えたので、古いパソコンに保存していた写真をすべて移すことにしました。',
  '写真は全部で三万枚ほどあり、外付けのハードディスクを使うと一晩かかることが分かったので、別の方法を探しました。',
  'いろいろ試した結果、ネットワーク経由で転送するのがいちばん簡単で、しかも速いということが分かりました。',
];
const STEPS = ['以下、その手順です。', 'まず両方のパソコンを同じネットワークにつなぎます。', '古いパソコンで共有フォルダを作り、', '「共有」をクリック。', '新しいパソコンからそのフォルダを開いて写真をコピーします。'];

test('short steps in Japanese going on below the body are the article', () => {
  const lines = ['ホーム', 'パソコン', ...BODY, ...STEPS, '関連記事', '新しいキーボードを試してみた', 'プライバシー'];
  const verdicts = classifyLines(lines);
  for (const step of STEPS) assert.equal(verdicts[lines.indexOf(step)].content, true, step);
  assert.equal(verdicts[lines.indexOf('新しいキーボードを試してみた')].content, false);
});

test('lines without a sentence mark below the body, a menu, stay out', () => {
  const menu = ['ニュース', 'スポーツ', 'エンタメ', '天気'];
  const lines = ['ホーム', ...BODY, ...menu, 'プライバシー'];
  const verdicts = classifyLines(lines);
  for (const item of menu) assert.equal(verdicts[lines.indexOf(item)].content, false, item);
});
