import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { command } from './report.js';
import { UsageError } from '../command.js';

const quiet = () => {
  const err: string[] = [];
  return { io: { out: () => {}, err: (t: string) => err.push(t), interactive: false }, err };
};

test('no path is a usage error', async () => {
  await assert.rejects(command.run([], quiet().io), UsageError);
});

test('a folder with nothing readable fails without writing a report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-report-cli-'));
  try {
    writeFileSync(join(dir, 'empty.json'), '[]');
    const { io, err } = quiet();
    assert.equal(await command.run([dir, '-o', join(dir, 'out.html')], io), 1);
    assert.match(err.join('\n'), /nothing could be analysed/);
    assert.throws(() => readFileSync(join(dir, 'out.html')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('one article gives a report that shows it as a single origin', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-report-cli-'));
  try {
    const article = { id: 'a1', source: 'Le Quotidien', published: '2024-03-05T10:00:00Z', lang: 'fr', title: 'Une attaque près de Mopti', text: "Une attaque contre un convoi a fait 12 morts mardi près de Mopti, dans le centre du Mali. L'armée a lancé des opérations dans la zone." };
    writeFileSync(join(dir, 'a1.json'), JSON.stringify(article));
    const out = join(dir, 'report.html');
    assert.equal(await command.run([join(dir, 'a1.json'), '-o', out, '--title', 'Mopti <test>'], quiet().io), 0);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /<title>Mopti &lt;test&gt;<\/title>/);
    assert.match(page, /single origin/);
    assert.match(page, /Une attaque contre un convoi a fait 12 morts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
