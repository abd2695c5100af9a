import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeContract } from '../storeContract.js';
import { tinyAnalyzer } from '../testing/tinyAnalyzer.js';
import { MIGRATION_CASES } from '../testing/migrationCases.js';
import { SqliteStore } from './SqliteStore.js';
import { migrate, readMigrations, schemaVersion } from './migrate.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'recoupe-store-'));
}

storeContract('SqliteStore', async () => {
  const dir = tempDir();
  return {
    open: async (analyzer) => SqliteStore.open(join(dir, 'test.db'), { analyzer }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

test('migrations bring an empty file to the latest version, and reopening applies nothing', () => {
  const dir = tempDir();
  try {
    const db = new Database(join(dir, 'm.db'));
    const latest = readMigrations().at(-1)!.version;
    assert.deepEqual(migrate(db), readMigrations().map((m) => m.version));
    assert.equal(schemaVersion(db), latest);
    assert.deepEqual(migrate(db), []);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a later migration applies on top of a store that has data', async () => {
  const dir = tempDir();
  try {
    const store = SqliteStore.open(join(dir, 's.db'), { analyzer: tinyAnalyzer });
    await store.ingest([{ id: 'a', file: 'a.txt', title: 'Lyon : essai', text: 'Un texte à Lyon.', notes: [] }]);
    await store.close();

    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    const next = readMigrations().at(-1)!.version + 1;
    for (const m of readMigrations()) writeFileSync(join(migrations, `${String(m.version).padStart(3, '0')}-${m.name}.sql`), m.sql);
    writeFileSync(join(migrations, `${next}-article-note.sql`), 'ALTER TABLE articles ADD COLUMN reviewer TEXT;');
    const db = new Database(join(dir, 's.db'));
    assert.deepEqual(migrate(db, readMigrations(migrations)), [next]);
    assert.equal(db.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const { name, before, raws, asItWas, check } of MIGRATION_CASES) {
  test(`opening a store of schema ${before.sqlite} ${name}, and loses nothing`, async () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    try {
      const store = SqliteStore.open(path, { analyzer: tinyAnalyzer });
      await store.ingest(raws);
      await store.close();
      const old = new Database(path);
      for (const sql of asItWas) old.exec(sql);
      old.prepare('DELETE FROM schema_version WHERE version > ?').run(before.sqlite);
      old.close();

      const reopened = SqliteStore.open(path, { analyzer: tinyAnalyzer });
      try {
        await check(reopened);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a store written by a newer recoupe is refused, not guessed at', () => {
  const dir = tempDir();
  try {
    const db = new Database(join(dir, 'n.db'));
    migrate(db);
    db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (999, ?, ?)').run('future', 'now');
    db.close();
    assert.throws(() => SqliteStore.open(join(dir, 'n.db')), /newer than this recoupe knows/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store runs in WAL mode', async () => {
  const dir = tempDir();
  try {
    const store = SqliteStore.open(join(dir, 'w.db'), { analyzer: tinyAnalyzer });
    await store.close();
    const db = new Database(join(dir, 'w.db'));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
