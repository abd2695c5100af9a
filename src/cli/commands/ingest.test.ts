import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../store/sqlite/SqliteStore.js';
import { captureIO, tempStorePath } from '../../store/testing/fixtureStore.js';
import { tinyAnalyzer } from '../../store/testing/tinyAnalyzer.js';
import { command, ingestPaths } from './ingest.js';

function writeInputs(dir: string) {
  const record = (id: string, title: string, text: string, published: string) =>
    JSON.stringify({ id, title, text, published, source: 'Journal A', lang: 'fr' });
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      record('b1', 'Bamako : des élections annoncées', 'Le gouvernement de Bamako annonce des élections.', '2024-03-05'),
      record('b2', 'Bamako, le calendrier', 'Diop confirme le calendrier à Bamako.', '2024-03-07'),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'kyiv.txt'), 'Kyiv: ministers meet\n\nThe Ministers met in Kyiv on Monday.');
  writeFileSync(join(dir, 'broken.json'), '{"title": "half a record"');
  writeFileSync(join(dir, 'empty.txt'), '');
}

test('ingest reads folders in batches, warns about each bad file, and re-ingesting adds nothing', async () => {
  const tmp = tempStorePath();
  const store = SqliteStore.open(tmp.db, { analyzer: tinyAnalyzer });
  try {
    const inputs = join(tmp.dir, 'inputs');
    mkdirSync(inputs);
    writeInputs(inputs);
    const io = captureIO();
    const first = await ingestPaths(store, [inputs], io, { batchSize: 2 });
    assert.deepEqual(
      { read: first.read, added: first.added, skipped: first.skipped, unreadable: first.unreadable, events: first.events },
      { read: 3, added: 3, skipped: 0, unreadable: 2, events: 2 },
    );
    assert.equal(io.stderr.filter((line) => line.startsWith('warning: ')).length, 2);
    assert.match(io.stderr.join('\n'), /broken\.json: /);
    assert.match(io.stderr.join('\n'), /empty\.txt: empty file/);
    assert.deepEqual((await store.event('e1'))?.articles.map((a) => a.article.id), ['b1', 'b2'], 'joined across batches');

    const again = await ingestPaths(store, [inputs], captureIO(), { batchSize: 2 });
    assert.deepEqual({ added: again.added, skipped: again.skipped, events: again.events }, { added: 0, skipped: 3, events: 0 });
    assert.equal((await store.stats()).articles, 3);
  } finally {
    await store.close();
    tmp.dispose();
  }
});

test('ingest exits non-zero only when nothing could be read', async () => {
  const tmp = tempStorePath();
  try {
    writeFileSync(join(tmp.dir, 'broken.json'), '{"title": "half a record"');
    const io = captureIO();
    assert.equal(await command.run([join(tmp.dir, 'broken.json'), join(tmp.dir, 'missing.txt'), '--db', tmp.db], io), 1);
    assert.match(io.stderr.join('\n'), /missing\.txt: /);
    assert.match(io.stderr.at(-1)!, /0 articles read \(0 new, 0 already stored, 2 unreadable files\)/);
    await assert.rejects(command.run(['--db', tmp.db], captureIO()), /give at least one file or folder/);
  } finally {
    tmp.dispose();
  }
});

test('recoupe ingest runs the whole pipeline into the store; a second run adds nothing', async () => {
  const tmp = tempStorePath();
  try {
    writeFileSync(
      join(tmp.dir, 'diop.txt'),
      'Mali : le ministre Abdoulaye Diop annonce des élections\n\nBamako, 5 mars 2024. Le ministre malien des Affaires étrangères, ' +
        'Abdoulaye Diop, a annoncé lundi la tenue d’élections en juillet. « Le scrutin aura lieu à la date prévue », a déclaré M. Diop.',
    );
    writeFileSync(
      join(tmp.dir, 'kyiv.txt'),
      'Ukraine: ministers meet in Kyiv\n\nKyiv, 20 April 2024. Foreign ministers met in Kyiv on Saturday to discuss reconstruction.',
    );
    const first = captureIO();
    assert.equal(await command.run([tmp.dir, '--db', tmp.db], first), 0);
    assert.match(first.stderr.at(-1)!, /2 articles read \(2 new, 0 already stored\)/);

    // The store sits in the folder it reads: its own files are not inputs.
    const second = captureIO();
    assert.equal(await command.run([tmp.dir, '--db', tmp.db], second), 0);
    assert.equal(second.stderr.length, 1, second.stderr.join('\n'));
    assert.match(second.stderr.at(-1)!, /2 articles read \(0 new, 2 already stored\); 0 events created or updated; store holds 2 articles/);

    const store = SqliteStore.open(tmp.db);
    try {
      const hits = await store.search('election');
      assert.deepEqual(hits.articles.items.map((h) => h.article), ['diop']);
      assert.ok((await store.entities({ name: 'Diop' })).total >= 1, 'the pipeline found and stored the minister');
    } finally {
      await store.close();
    }
  } finally {
    tmp.dispose();
  }
});
