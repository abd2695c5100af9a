import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { MINI } from './fixtures/mini/articles.js';
import { captureIO } from './captureIO.js';
import { reportErrors } from './validateReport.js';

function miniFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-cli-'));
  for (const raw of MINI) {
    const { notes: _notes, file: _file, outlet, ...fields } = raw;
    writeFileSync(join(dir, `${raw.id}.json`), JSON.stringify({ ...fields, source: outlet }));
  }
  return dir;
}

test('analyze --json prints one report that validates against the schema', async () => {
  const io = captureIO();
  const status = await main(['analyze', miniFolder(), '--json'], io);
  assert.equal(status, 0, io.stderr);
  const report = JSON.parse(io.stdout);
  assert.deepEqual(reportErrors(report), []);
  assert.equal(report.articles.length, MINI.length);
  for (const article of report.articles) {
    for (const date of report.dates.filter((d: { article: string }) => d.article === article.id)) {
      assert.equal(article.text.slice(date.start, date.end), date.text, 'date offsets point into the clean text');
    }
  }
  for (const entity of report.entities) {
    for (const mention of entity.mentions) {
      const article = report.articles.find((a: { id: string }) => a.id === mention.article);
      assert.equal(article.text.slice(mention.start, mention.end), mention.text, 'mention offsets point into the clean text');
    }
  }
});

test('analyze without --json prints events for a person', async () => {
  const io = captureIO();
  assert.equal(await main(['analyze', miniFolder()], io), 0);
  assert.match(io.stdout, /^e\d+ {2}/m);
  assert.match(io.stdout, /sources +\d+ article/);
  assert.match(io.stdout, /Lavrov/);
});

test('bad files are warned about by name; the rest is analysed', async () => {
  const dir = miniFolder();
  writeFileSync(join(dir, 'broken.json'), '{"text": ');
  writeFileSync(join(dir, 'empty.txt'), '');
  const io = captureIO();
  assert.equal(await main(['analyze', dir, '--json'], io), 0);
  assert.match(io.stderr, /broken\.json: invalid JSON/);
  assert.match(io.stderr, /empty\.txt: empty file/);
  const report = JSON.parse(io.stdout);
  assert.equal(report.articles.length, MINI.length);
  assert.equal(report.problems.length, 2);
});

test('exit status is non-zero only when nothing could be analysed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-cli-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const io = captureIO();
  assert.equal(await main(['analyze', dir], io), 1);
  assert.match(io.stderr, /nothing could be analysed/);
});

test('usage errors and unknown commands', async () => {
  const io = captureIO();
  assert.equal(await main(['analyze'], io), 2);
  assert.match(io.stderr, /Usage: recoupe analyze/);
  assert.equal(await main(['frobnicate'], io), 2);
  assert.match(io.stderr, /unknown command/);
});
