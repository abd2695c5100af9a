import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureIO, fillStore, FIXTURE_RAWS, tempStorePath } from '../../store/testing/fixtureStore.js';
import { command } from './show.js';

test('recoupe show prints an event with sources folded by duplicate group, quotes and claims', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const io = captureIO();
    assert.equal(await command.run(['e1', '--db', tmp.db], io), 0);
    const text = io.stdout.join('\n');
    assert.match(text, /^e1 {2}Bamako : des élections annoncées\n {4}when {7}2024-03-05 → 2024-03-07\n {4}storyline {2}s1 /);
    assert.match(text, /\n {4}sources {4}3 articles, 2 independent origins\n/);
    assert.match(text, /Sources\n {2}2024-03-05 {2}Journal A .*\[b1\]\n {4}↳ 2024-03-06 {2}Journal C .*\[b3\] {2}exact duplicate\n {2}2024-03-07 {2}Journal B .*\[b2\]/);
    assert.match(text, /« Le scrutin aura lieu en juillet » — speaker unknown {2}\[b1\]/);
    assert.match(text, /Claims\n {2}3 sources, 2 origins: Bamako : des élections annoncées/);
    assert.match(text, /Entities\n(.*\n)* {2}Bamako \(location\) · 3 mentions/);
  } finally {
    tmp.dispose();
  }
});

test('recoupe show --json gives the whole event; an unknown id is an error', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const io = captureIO();
    assert.equal(await command.run(['e2', '--db', tmp.db, '--json'], io), 0);
    const detail = JSON.parse(io.stdout.join('')) as { event: { id: string }; articles: { article: { text: string } }[] };
    assert.equal(detail.event.id, 'e2');
    assert.equal(detail.articles[0]?.article.text, 'The Ministers met in Kyiv on Monday.');

    const missing = captureIO();
    assert.equal(await command.run(['e42', '--db', tmp.db], missing), 1);
    assert.match(missing.stderr.join(''), /no event e42/);
    await assert.rejects(command.run(['--db', tmp.db], captureIO()), /give one event id/);
  } finally {
    tmp.dispose();
  }
});
