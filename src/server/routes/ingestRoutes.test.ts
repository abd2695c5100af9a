import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testApp } from '../testing/testApp.js';
import { IngestReportSchema } from '../schemas/responses.js';
import { MAX_JSON_BYTES } from './ingestRoutes.js';

const lyon = { title: 'Lyon : un sommet régional', text: 'Le sommet de Lyon réunit les maires de la région.', published: '2024-05-02', lang: 'fr' };

describe('ingest API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.dispose());

  it('stores one JSON article, and it shows in events and search at once', async () => {
    const { status, body } = await t.postJson('/api/articles', lyon);
    assert.equal(status, 200);
    IngestReportSchema.parse(body);
    assert.deepEqual(body.added, ['lyon-un-sommet-regional']);
    assert.equal(body.events.length, 1);
    const events = (await t.get('/api/events')).body;
    assert.equal(events.items[0].title, lyon.title);
    assert.equal((await t.get('/api/search?q=maires')).body.articles.total, 1);
  });

  it('stores a batch, as an array or {articles}, and skips content already stored', async () => {
    const second = { ...lyon, title: 'Lyon, suite', text: 'Les maires de Lyon signent un accord.', published: '2024-05-03' };
    const first = await t.postJson('/api/articles', { articles: [lyon, second] });
    assert.equal(first.body.added.length, 2);
    const again = await t.postJson('/api/articles', [lyon]);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.added, []);
    assert.equal(again.body.skipped.length, 1);
  });

  it('names the field and the reason of an invalid article', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ articles: [lyon, { title: 'no body' }] }, 'body.articles.1.text', /text or html/],
      [[{ ...lyon, text: 42 }], 'body.0.text', /string/],
      [{ title: 'only a title' }, 'body.text', /text or html/],
      [{ articles: [] }, 'body.articles', /1/],
      [5, 'body', /article object/],
    ];
    for (const [payload, field, reason] of cases) {
      const { status, body } = await t.postJson('/api/articles', payload);
      assert.equal(status, 400, JSON.stringify(payload));
      assert.equal(body.error.issues[0].field, field, JSON.stringify(payload));
      assert.match(body.error.issues[0].reason, reason);
    }
    assert.equal((await t.get('/api/stats')).body.articles, 4, 'nothing was written');
  });

  it('refuses malformed JSON, other content types and bodies over the limit', async () => {
    const post = (body: string, type: string) => t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': type }, body });
    const malformed = await post('{"title": ', 'application/json');
    assert.equal(malformed.status, 400);
    assert.equal(((await malformed.json()) as any).error.code, 'invalid_request');
    assert.equal((await post('hello', 'text/plain')).status, 415);
    const huge = await post(JSON.stringify({ title: 'big', text: 'x'.repeat(MAX_JSON_BYTES) }), 'application/json');
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as any).error.code, 'payload_too_large');
  });

  it('reads uploaded files of every format, reporting the unreadable ones', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Lyon : la fête des lumières\n\nLa ville de Lyon accueille la fête.'], { type: 'text/plain' }), 'fete.txt');
    form.append(
      'files',
      new Blob(['<html><head><title>Paris vote</title></head><body><article><h1>Paris vote</h1><p>Le conseil de Paris a voté le budget.</p></article></body></html>'], {
        type: 'text/html',
      }),
      'paris.html',
    );
    form.append('files', new Blob([JSON.stringify([{ title: 'Gao', text: 'Les habitants de Gao attendent la pluie.' }])]), 'gao.json');
    form.append('files', new Blob([new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])]), 'photo.jpg');
    form.append('files', new Blob(['']), 'empty.txt');
    const response = await t.app.request('/api/files', { method: 'POST', body: form });
    assert.equal(response.status, 200);
    const body = IngestReportSchema.parse(await response.json());
    assert.equal(body.read, 3);
    assert.deepEqual(body.added.sort(), ['fete', 'gao', 'paris']);
    assert.deepEqual(body.problems.map((p) => p.file).sort(), ['empty.txt', 'photo.jpg']);
  });

  it('reads one raw file body named by ?name=', async () => {
    const response = await t.app.request('/api/files?name=dakar.txt', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Dakar : la pluie\n\nDe fortes pluies sont tombées sur Dakar.',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as any).added, ['dakar']);
    const empty = await t.app.request('/api/files', { method: 'POST', body: new FormData() });
    assert.equal(empty.status, 400);
    const image = await t.app.request('/api/files', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: 'x' });
    assert.equal(image.status, 415);
  });
});
