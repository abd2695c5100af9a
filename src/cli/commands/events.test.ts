import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureIO, fillStore, FIXTURE_RAWS, tempStorePath } from '../../store/testing/fixtureStore.js';
import { command } from './events.js';

test('recoupe events prints a table, newest first, with sources and independent origins', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const io = captureIO();
    assert.equal(await command.run(['--db', tmp.db], io), 0);
    const lines = io.stdout.join('\n').split('\n');
    assert.match(lines[0]!, /^id\s+dates\s+sources\s+title$/);
    assert.match(lines[1]!, /^e2\s+2024-04-20\s+1\s+Kyiv: ministers meet$/);
    assert.match(lines[2]!, /^e1\s+2024-03-05 → 2024-03-07\s+3 \(2 origins\)\s+Bamako : des élections annoncées$/);
    assert.equal(lines.at(-1), '2 events');
  } finally {
    tmp.dispose();
  }
});

test('recoupe events filters by entity name, language and dates, and pages', async () => {
  const tmp = tempStorePath();
  try {
    await fillStore(tmp.db, FIXTURE_RAWS);
    const ids = async (...args: string[]) => {
      const io = captureIO();
      assert.equal(await command.run(['--db', tmp.db, '--json', ...args], io), 0);
      return (JSON.parse(io.stdout.join('')) as { items: { id: string }[] }).items.map((e) => e.id);
    };
    assert.deepEqual(await ids('--entity', 'diop'), ['e1']);
    assert.deepEqual(await ids('--lang', 'en'), ['e2']);
    assert.deepEqual(await ids('--to', '2024-03'), ['e1']);
    assert.deepEqual(await ids('--limit', '1', '--offset', '1'), ['e1']);

    const io = captureIO();
    assert.equal(await command.run(['--db', tmp.db, '--limit', '1'], io), 0);
    assert.match(io.stdout.join(''), /events 1–1 of 2 \(--limit, --offset for more\)/);
  } finally {
    tmp.dispose();
  }
});

test('recoupe events explains an unknown entity, a bad date and a missing store', async () => {
  const tmp = tempStorePath();
  try {
    const missing = captureIO();
    assert.equal(await command.run(['--db', tmp.db], missing), 1);
    assert.match(missing.stderr.join(''), /no store at .*recoupe ingest/);

    await fillStore(tmp.db, FIXTURE_RAWS);
    const unknown = captureIO();
    assert.equal(await command.run(['--db', tmp.db, '--entity', 'Nobody'], unknown), 1);
    assert.match(unknown.stderr.join(''), /no entity matches "Nobody"/);
    await assert.rejects(command.run(['--db', tmp.db, '--from', 'mars 2024'], captureIO()), /dates are ISO/);
  } finally {
    tmp.dispose();
  }
});
