import assert from 'node:assert/strict';
import { test } from 'node:test';
import { takeBackArticleParts } from './articleParts.js';
import { BULLET_MARKS, isBullet } from './bulletLists.js';
import { lineClass, type LineVerdict } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';
import { isNoteLine, NOTE_MARKS } from './noteLists.js';
import { CONTINUATION_MIN_WORDS } from './proseContinuation.js';

// takeBackArticleParts runs a finder only where its lines may be: these tests hold the marks it
// counts to the finders' own tests of a line, over every char a line may open on.

test('a bullet opens on one of BULLET_MARKS, whatever the char', () => {
  for (let code = 1; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    if (isBullet(`${c} Added a second trapdoor`)) assert.ok(BULLET_MARKS.includes(c), `U+${code.toString(16)}`);
  }
  for (const c of BULLET_MARKS) assert.ok(isBullet(`${c} Added a second trapdoor`), c);
});

test('a note opens on one of NOTE_MARKS, whatever the char', () => {
  for (let code = 1; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    if (isNoteLine(`${c} Diallo 2024, p. 4.`) || isNoteLine(`${c}3] Diallo 2024, p. 4.`)) assert.ok(NOTE_MARKS.includes(c), `U+${code.toString(16)}`);
  }
  for (const c of NOTE_MARKS) assert.ok(isNoteLine(`${c} Diallo 2024, p. 4.`) || isNoteLine(`${c}3] Diallo 2024, p. 4.`), c);
});

const P1 = 'Le conseil municipal a voté mardi la fermeture de la piscine du quartier nord après une inspection.';
const P2 = 'Les inspecteurs ont trouvé des fissures dans le bassin principal et dans la charpente du toit, selon la mairie.';
const P3 = 'Les travaux dureront au moins deux ans, et les clubs de natation iront nager dans la commune voisine.';

test('a page with no line left out is left as it is', () => {
  const page = pageFeatures([P1, P2, P3]);
  const verdicts: LineVerdict[] = [P1, P2, P3].map(() => ({ content: true, reason: 'good' }));
  takeBackArticleParts(page, page.lines.map((line, i) => lineClass(line, page.density?.[i] ?? null)), verdicts);
  assert.deepEqual(verdicts.map((v) => v.reason), ['good', 'good', 'good']);
});

test('a spec sheet of just enough lines between two parts is taken back: the run gate lets it through', () => {
  const lines = [P1, P2, 'Dimensions :', '- 13,3 x 21,2 cm', 'Composition : acrylique, bambou', 'Recharge : câble USB', P3];
  const page = pageFeatures(lines);
  const verdicts: LineVerdict[] = lines.map((_, i) => (i < 2 || i === 6 ? { content: true, reason: 'good' } : { content: false, reason: 'bad' }));
  takeBackArticleParts(page, page.lines.map((line, i) => lineClass(line, page.density?.[i] ?? null)), verdicts);
  assert.deepEqual(verdicts.map((v) => v.reason), ['good', 'good', 'spec-line', 'spec-line', 'spec-line', 'spec-line', 'good']);
});

test('a sentence of just enough words below the body is taken back: the prose gate lets it through', () => {
  const lines = [P1, P2, 'Les clubs de natation iront nager cet été.'];
  const page = pageFeatures(lines);
  assert.equal(page.lines[2].wordCount, CONTINUATION_MIN_WORDS);
  const verdicts: LineVerdict[] = [{ content: true, reason: 'good' }, { content: true, reason: 'good' }, { content: false, reason: 'outside-body' }];
  takeBackArticleParts(page, page.lines.map((line, i) => lineClass(line, page.density?.[i] ?? null)), verdicts);
  assert.deepEqual(verdicts.map((v) => v.reason), ['good', 'good', 'prose-continued']);
});
