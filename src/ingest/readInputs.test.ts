import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs, parseFile } from './readInputs.js';
import type { RawArticle } from '../article.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

const body = 'Le ministre malien des Affaires étrangères a reçu son homologue russe à Bamako.';

test('folders are read recursively; ids are file names without extension', async () => {
  const dir = folder({ 'a.txt': body, 'sub/b.txt': body, 'sub/deeper/c.html': `<html><body><p>${body}</p></body></html>` });
  const { raws, problems } = await collectInputs([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(raws.map((r) => r.id).sort(), ['a', 'b', 'c']);
  assert.ok(raws.find((r) => r.id === 'c')?.html);
});

test('a .txt that holds HTML is read as HTML', () => {
  const html = `<!DOCTYPE html><html><head><title>t</title></head><body><p>${body}</p></body></html>`;
  const [raw] = [...parseFile(Buffer.from(html), 'page.txt')] as RawArticle[];
  assert.ok(raw.html);
  assert.equal(raw.text, undefined);
});

test('JSON object with id, title and published', () => {
  const json = JSON.stringify({ id: 'dispatch-7', title: 'Titre', text: body, published: '2023-02-07', source: 'Bamako Matin' });
  const [raw] = [...parseFile(Buffer.from(json), 'x.json')] as RawArticle[];
  assert.equal(raw.id, 'dispatch-7');
  assert.equal(raw.title, 'Titre');
  assert.equal(raw.published, '2023-02-07');
  assert.equal(raw.outlet, 'Bamako Matin');
  assert.equal(raw.text, body);
});

test('news-please files work as they are', () => {
  const json = JSON.stringify({
    authors: ['Awa Traoré', 'Jean Dupont'],
    date_publish: '2023-02-07 18:32:00',
    language: 'fr',
    maintext: body,
    source_domain: 'courrier-sahel.example',
    title: 'Lavrov à Bamako',
    url: 'https://courrier-sahel.example/lavrov',
  });
  const [raw] = [...parseFile(Buffer.from(json), 'np/lavrov.json')] as RawArticle[];
  assert.equal(raw.id, 'lavrov');
  assert.equal(raw.text, body);
  assert.equal(raw.published, '2023-02-07 18:32:00');
  assert.equal(raw.lang, 'fr');
  assert.equal(raw.outlet, 'courrier-sahel.example');
  assert.equal(raw.author, 'Awa Traoré, Jean Dupont');
});

test('JSONL: one article per line, a bad line is reported by number, the rest are read', () => {
  const lines = [JSON.stringify({ id: 'a', text: body }), '{oops', JSON.stringify({ id: 'b', html: `<p>${body}</p>` })].join('\n');
  const items = [...parseFile(Buffer.from(lines), 'batch.jsonl')];
  const problems = items.filter((i) => 'message' in i);
  const raws = items.filter((i) => !('message' in i)) as RawArticle[];
  assert.deepEqual(raws.map((r) => r.id), ['a', 'b']);
  assert.match((problems[0] as { message: string }).message, /line 2/);
});

test('RSS with content:encoded and Atom entries', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Sahel Monitor</title>
  <item><title>Visite</title><link>https://s.example/1</link><guid>visite-1</guid><pubDate>Tue, 07 Feb 2023 18:00:00 GMT</pubDate>
  <description>Court</description><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>
  </channel></rss>`;
  const [raw] = [...parseFile(Buffer.from(rss), 'feed.xml')] as RawArticle[];
  assert.equal(raw.id, 'visite-1');
  assert.equal(raw.outlet, 'Sahel Monitor');
  assert.equal(raw.url, 'https://s.example/1');
  assert.equal(raw.published, 'Tue, 07 Feb 2023 18:00:00 GMT');
  assert.ok(raw.html?.includes(body));

  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atlas Info</title>
  <entry><title>Séisme</title><link href="https://a.example/s"/><id>tag:a.example,2023:s</id><published>2023-09-09T08:00:00Z</published>
  <author><name>Leila</name></author><content type="html">&lt;p&gt;${body}&lt;/p&gt;</content></entry></feed>`;
  const [entry] = [...parseFile(Buffer.from(atom), 'atlas.atom')] as RawArticle[];
  assert.equal(entry.id, 'atlas-1');
  assert.equal(entry.author, 'Leila');
  assert.equal(entry.url, 'https://a.example/s');
  assert.ok(entry.html?.includes(body));
});

test('Windows-1252 text decodes without mojibake', () => {
  const [raw] = [...parseFile(Buffer.from(body, 'latin1'), 'legacy.txt')] as RawArticle[];
  assert.equal(raw.text, body);
  assert.equal(raw.notes[0]?.rule, 'charset-guessed');
});

test('bad files each give one problem naming the file, and the batch goes on', async () => {
  const dir = folder({
    'empty.txt': '',
    'blank.txt': '   \n  ',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'broken.json': '{"id": "x", "text": ',
    'nothing.json': JSON.stringify({ id: 'y', title: 'no body' }),
    'good.txt': body,
  });
  const { raws, problems } = await collectInputs([dir, join(dir, 'missing.txt')]);
  assert.deepEqual(raws.map((r) => r.id), ['good']);
  const byFile = Object.fromEntries(problems.map((p) => [p.file.slice(dir.length + 1), p.message]));
  assert.match(byFile['empty.txt'], /empty/);
  assert.match(byFile['blank.txt'], /no text/);
  assert.match(byFile['binary.txt'], /binary/);
  assert.match(byFile['broken.json'], /invalid JSON/);
  assert.match(byFile['nothing.json'], /no text or html/);
  assert.match(byFile['missing.txt'], /no such file/);
});

test('oversized files are refused before being read', async () => {
  const dir = folder({ 'huge.txt': Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) });
  const { raws, problems } = await collectInputs([dir]);
  assert.equal(raws.length, 0);
  assert.match(problems[0].message, /too large/);
});

test('two files with the same id: the second is renamed with a note', async () => {
  const dir = folder({ 'a.txt': body, 'a.html': `<p>${body}</p><p>${body}</p><p>x</p>` });
  const { raws } = await collectInputs([dir]);
  assert.deepEqual(raws.map((r) => r.id), ['a', 'a-2']);
  assert.equal(raws[1].notes.at(-1)?.rule, 'duplicate-id');
});
