import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from './testing/testApp.js';
import { startServer, UnsafeBindError } from './startServer.js';

const article = { title: 'Kyiv: talks', text: 'Ministers met in Kyiv for talks.' };

describe('security', () => {
  it('sends a Content-Security-Policy that forbids inline script on every response', async () => {
    const t = await testApp();
    try {
      for (const path of ['/api/events', '/api/events/nope', '/']) {
        const csp = (await t.app.request(path)).headers.get('Content-Security-Policy') ?? '';
        assert.match(csp, /script-src 'self'(;|$)/, path);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
        assert.match(csp, /object-src 'none'/);
      }
      assert.equal((await t.app.request('/api/events')).headers.get('X-Content-Type-Options'), 'nosniff');
    } finally {
      await t.dispose();
    }
  });

  it('takes writes only with the token when one is set; reads stay open', async () => {
    const t = await testApp({ token: 's3cret' });
    try {
      const anonymous = await t.postJson('/api/articles', article);
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.error.code, 'unauthorized');
      assert.equal((await t.postJson('/api/articles', article, { Authorization: 'Bearer wrong!' })).status, 401);
      assert.equal((await t.postJson('/api/articles', article, { Authorization: 'Bearer s3cret' })).status, 200);
      assert.equal((await t.postJson('/api/articles', { ...article, title: 'b' }, { 'X-Recoupe-Token': 's3cret' })).status, 200);
      assert.equal((await t.get('/api/events')).status, 200);
    } finally {
      await t.dispose();
    }
  });

  it('refuses writes sent by a page of another site', async () => {
    const t = await testApp();
    try {
      const { status } = await t.postJson('/api/articles', article, { Origin: 'https://evil.example' });
      assert.equal(status, 401);
      assert.equal((await t.postJson('/api/articles', article, { Origin: 'http://localhost' })).status, 200);
    } finally {
      await t.dispose();
    }
  });

  it('on loopback, refuses requests addressed to another host name (DNS rebinding)', async () => {
    const t = await testApp({ loopbackOnly: true });
    try {
      assert.equal((await t.app.request('/api/events', { headers: { Host: 'evil.example:8080' } })).status, 401);
      assert.equal((await t.app.request('/api/events', { headers: { Host: '127.0.0.1:8080' } })).status, 200);
      assert.equal((await t.app.request('/api/events', { headers: { Host: 'localhost:8080' } })).status, 200);
    } finally {
      await t.dispose();
    }
  });

  it('will not bind beyond loopback without a token', async () => {
    const t = await testApp();
    try {
      await assert.rejects(startServer({ store: t.store, ingestor: t.store, host: '0.0.0.0', port: 0 }), UnsafeBindError);
      const server = await startServer({ store: t.store, ingestor: t.store, port: 0 });
      try {
        assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        const response = await fetch(`${server.url}/api/stats`);
        assert.equal(response.status, 200);
      } finally {
        await server.close();
      }
    } finally {
      await t.dispose();
    }
  });
});
