import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { looksLikeCode } from './codeLine.js';

test('statements and shell commands read as code; menus and prose in parentheses do not', () => {
  assert.ok(looksLikeCode('var req = new Request("/index.html"); console.log(req.method);'));
  assert.ok(looksLikeCode('$ git clone https://example.org/depot.git'));
  assert.ok(looksLikeCode('if (total > 0) { render(total); }'));
  assert.ok(!looksLikeCode('Accueil Politique Économie Culture Sport'));
  assert.ok(!looksLikeCode('Bamako (Mali) (AFP) (Reuters)'));
  assert.ok(!looksLikeCode('Le score final (3-1) a surpris les supporters (et les joueurs).'));
});

test('a code listing between two paragraphs of a technical article stays with them', () => {
  const lines = [
    'The new client library lets you send a request in one call and read the answer when it comes back, without any callback to register.',
    'const answer = await client.get("/stations"); render(answer.items);',
    'The call returns a promise, so the page goes on loading while the request is on its way to the server and back.',
    'Accueil Politique Économie Culture Sport',
  ];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, false]);
});
