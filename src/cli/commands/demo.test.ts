import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../main.js';
import { captureIO, tempStorePath } from '../../store/testing/fixtureStore.js';
import { skipPostgresReason, withTestSchema } from '../../server/testing/testDatabase.js';

const skipPostgres = await skipPostgresReason();

describe('recoupe demo', () => {
  it('analyses the demo corpus into a SQLite file and prints its events', { timeout: 120_000 }, async () => {
    const temp = tempStorePath();
    try {
      const io = captureIO();
      assert.equal(await main(['demo', '--brief', '--db', temp.db], io), 0);
      assert.match(io.stdout.join(''), /Lavrov/);
      assert.match(io.stderr.join(''), new RegExp(`into ${temp.db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    } finally {
      temp.dispose();
    }
  });

  it('analyses it into PostgreSQL given a postgres:// URL, its password not shown', { skip: skipPostgres ?? false, timeout: 120_000 }, () =>
    withTestSchema(async (url) => {
      const withPassword = new URL(url);
      withPassword.password = 'hunter2';
      const io = captureIO();
      assert.equal(await main(['demo', '--brief', '--db', withPassword.href], io), 0);
      assert.match(io.stdout.join(''), /Lavrov/);
      assert.doesNotMatch(io.stderr.join(''), /hunter2/);
    }),
  );
});
