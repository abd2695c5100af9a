import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAgencyCredit } from './agencyCredit.js';
import { isCaptionCredit } from './captionCredit.js';
import { endsWithAnyCredit } from './creditLine.js';
import { HAS_COLON, HAS_COMMISSION_WORD, HAS_COPYRIGHT_SIGN, HAS_DIGIT_WORD, HAS_OPEN_PAREN, HAS_PIPE, HAS_SLASH } from './lineMarks.js';
import { scanLine } from './scanLine.js';
import { isTeaserLine } from './teaserLine.js';

test('the scan records the separators a line holds and the words that open on a figure', () => {
  const marks = scanLine('Des pêcheurs sur le fleuve à Mopti. Photo: Awa Traoré / Sahel Images').marks;
  assert.equal(marks & HAS_COLON, HAS_COLON);
  assert.equal(marks & HAS_SLASH, HAS_SLASH);
  assert.equal(marks & (HAS_OPEN_PAREN | HAS_COPYRIGHT_SIGN | HAS_PIPE | HAS_DIGIT_WORD), 0);
  assert.equal(scanLine('VIDEO | Les pluies reviennent sur Ségou').marks & HAS_PIPE, HAS_PIPE);
  assert.equal(scanLine('© Journal du Delta (tous droits)').marks & (HAS_OPEN_PAREN | HAS_COPYRIGHT_SIGN), HAS_OPEN_PAREN | HAS_COPYRIGHT_SIGN);
  assert.equal(scanLine('kadi75 il y a 3 jours').marks & HAS_DIGIT_WORD, HAS_DIGIT_WORD);
  // A figure inside a word ("kadi75") opens none.
  assert.equal(scanLine('kadi75 a répondu').marks & HAS_DIGIT_WORD, 0);
});

test('a commission word is marked whatever its case and accents, and only as a whole word', () => {
  assert.equal(scanLine('Le marché de Gao. Issa Maïga pour Le Courrier du Nord').marks & HAS_COMMISSION_WORD, HAS_COMMISSION_WORD);
  assert.equal(scanLine('Der Markt in Gao. Issa Maïga für Die Zeitung').marks & HAS_COMMISSION_WORD, HAS_COMMISSION_WORD);
  assert.equal(scanLine('Un marché pourtant animé').marks & HAS_COMMISSION_WORD, 0);
});

// Lines we wrote in the shapes each rule reads: the rules given the scan's marks say what they
// say without them, on lines that match and on lines that do not.
const LINES = [
  'Des pêcheurs sur le fleuve à Mopti. Photo: Awa Traoré / Sahel Images',
  'Awa Traoré / Reuters',
  'Awa Traoré/AFP via Getty Images',
  'Le marché de Gao au petit matin. Issa Maïga for The Delta Courier',
  'The river port at dawn. (Photo by Issa Maïga)',
  'Les pluies reviennent sur Ségou. © Journal du Delta',
  'Les pluies reviennent sur Ségou (c) Journal du Delta',
  'VIDEO | Les pluies reviennent sur Ségou',
  'Comment la ville a vécu la crue de 2024 Comment la ville a vécu la crue de 2024',
  'La crue a duré trois semaines, selon la mairie, et les écoles ont rouvert lundi.',
  'Trois questions au maire de Ségou sur la crue […]',
  'Accueil',
  'Source : mairie de Ségou',
];

test('the credit and teaser rules read the same verdicts with the marks as without', () => {
  for (const line of LINES) {
    const scan = scanLine(line);
    const last = line.charCodeAt(line.length - 1);
    assert.equal(endsWithAnyCredit(line, scan.wordCount, last, scan.marks), endsWithAnyCredit(line, scan.wordCount, last), line);
    assert.equal(isAgencyCredit(line, scan.wordCount, scan.marks), isAgencyCredit(line, scan.wordCount), line);
    assert.equal(isTeaserLine(line, scan.wordCount, last, scan.marks), isTeaserLine(line, scan.wordCount, last), line);
    assert.equal(isCaptionCredit(line, scan.wordCount, scan.captionLabel, scan.marks), isCaptionCredit(line, scan.wordCount, scan.captionLabel), line);
  }
  // And each rule takes some of the lines, so the comparison is not of falses only.
  const taken = (rule: (line: string, scan: ReturnType<typeof scanLine>) => boolean) => LINES.filter((line) => rule(line, scanLine(line)));
  assert.deepEqual(taken((l, s) => endsWithAnyCredit(l, s.wordCount, l.charCodeAt(l.length - 1), s.marks)), [LINES[0], LINES[3], LINES[4], LINES[12]]);
  assert.deepEqual(taken((l, s) => isAgencyCredit(l, s.wordCount, s.marks)), [LINES[1], LINES[2]]);
  assert.deepEqual(taken((l, s) => isTeaserLine(l, s.wordCount, l.charCodeAt(l.length - 1), s.marks)), [LINES[7], LINES[8], LINES[10]]);
  assert.deepEqual(taken((l, s) => isCaptionCredit(l, s.wordCount, s.captionLabel, s.marks)), [LINES[0], LINES[5], LINES[6]]);
});
