import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenNames, sameGivenName, sameGivenNames } from './givenNames.js';

test('titles, possessives and middle initials are not given names', () => {
  assert.deepEqual(givenNames(['commerce', 'secretary', 'gary', 'locke']), ['commerce', 'gary']);
  assert.deepEqual(givenNames(['boston', "herald's", 'michael', 'silverman']), ['michael']);
  assert.deepEqual(givenNames(['raymond', 'w.', 'kelly']), ['raymond', 'w']);
  assert.deepEqual(givenNames(['manager', 'a.', 'j.', 'smith']), ['a', 'j']);
  assert.deepEqual(givenNames(['secretary', 'locke']), []);
  assert.deepEqual(givenNames(['m.', 'diop']), []);
});

test('one given name written several ways', () => {
  for (const [a, b] of [['serguei', 'sergey'], ['abdoulaye', 'abdallah'], ['bill', 'william'], ['ray', 'raymond'], ['al', 'albert'], ['mo', 'maurice'], ['j.', 'jean'], ['jean-marie', 'jean']]) {
    assert.ok(sameGivenName(a!, b!), `${a} ~ ${b}`);
  }
  for (const [a, b] of [['abdoulaye', 'moussa'], ['abdelkader', 'abdoulaye'], ['edgar', 'herbert']]) {
    assert.ok(!sameGivenName(a!, b!), `${a} !~ ${b}`);
  }
  assert.ok(sameGivenNames(['luann', 'marie'], ['luann']));
});
