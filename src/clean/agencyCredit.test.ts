import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAgencyCredit } from './agencyCredit.js';

const CREDITS = ['Ammar Awad / Reuters', '(Awa Diallo / AP)', 'Noel Celis/AFP via Getty Images', 'Philipp von Ditfurth/dpa'];
const NOT_CREDITS = [
  'Mali/Niger : la frontière rouverte',
  '12/03/2024',
  'Le rapport a été transmis à la presse / AFP.',
  'Input/output errors on the storage array',
];

test('a photographer and an agency after a slash make a credit; a slash in a headline, a date or a sentence does not', () => {
  const credit = (text: string) => isAgencyCredit(text, text.split(/\s+/).length);
  assert.deepEqual(CREDITS.filter((t) => !credit(t)), []);
  assert.deepEqual(NOT_CREDITS.filter(credit), []);
});
