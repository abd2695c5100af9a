import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAgencyCredit } from './agencyCredit.js';

const credit = (text: string) => isAgencyCredit(text, text.split(/\s+/).length);

test('a photographer and an agency after a slash make a credit', () => {
  assert.ok(credit('Ammar Awad / Reuters'));
  assert.ok(credit('(Awa Diallo / AP)'));
  assert.ok(credit('Noel Celis/AFP via Getty Images'));
  assert.ok(credit('Philipp von Ditfurth/dpa'));
});

test('a slash in a headline, a date or a sentence is no credit', () => {
  assert.ok(!credit('Mali/Niger : la frontière rouverte'));
  assert.ok(!credit('12/03/2024'));
  assert.ok(!credit('Le rapport a été transmis à la presse / AFP.'));
  assert.ok(!credit('Input/output errors on the storage array'));
});
