import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureIO, fillStore, FIXTURE_RAWS, tempStorePath } from '../../store/testing/fixtureStore.js';
import { command } from './search.js';

test('recoupe search finds accented words without accents and marks the matches', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const io = captureIO();
    assert.equal(await command.run(['election', '--db', tmp.db], io), 0);
    const text = io.stdout.join('\n');
    assert.match(text, /Articles \(3\)/);
    assert.match(text, / {2}b2 {2}2024-03-07 {2}Journal B {2}event e1 {2}Bamako, le calendrier électoral\n {6}.*\[Élections\]/);
  } finally {
    tmp.dispose();
  }
});

test('recoupe search lists matching entities and says when nothing matches', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const io = captureIO();
    assert.equal(await command.run(['KYIV', '--db', tmp.db, '--json'], io), 0);
    const result = JSON.parse(io.stdout.join('')) as { entities: { name: string }[]; articles: { total: number } };
    assert.deepEqual(result.entities.map((e) => e.name), ['Kyiv']);
    assert.equal(result.articles.total, 1);

    const none = captureIO();
    assert.equal(await command.run(['introuvable', '--db', tmp.db], none), 0);
    assert.equal(none.stdout.join(''), 'no matching articles');
  } finally {
    tmp.dispose();
  }
});
