import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectBlocks } from './collectBlocks.js';
import { parseHtml } from './htmlTree.js';
import { scoreBlocks } from './scoreBlocks.js';
import { chooseStoplist } from './textStats.js';

function weights(html: string): Map<string, number> {
  const { blocks } = collectBlocks(parseHtml(html).root);
  const scored = scoreBlocks(blocks, { stoplist: chooseStoplist(blocks.map((b) => b.text)), articleBody: null });
  return new Map(scored.map((b) => [b.text, b.weight]));
}

test('a field of a specification sheet is left to its neighbours, a run of bare words is not', () => {
  const prose = "La théière se pose sur le feu et garde la chaleur pendant plus d'une heure, même dans une pièce froide.";
  const w = weights(`<div><p>${prose}</p><p>Composition : fonte émaillée, poignée en hêtre massif</p>
    <p>Fonte émaillée poignée hêtre massif couvercle inox bec verseur</p></div>`);
  assert.equal(w.get('Composition : fonte émaillée, poignée en hêtre massif'), 0);
  assert.ok(w.get('Fonte émaillée poignée hêtre massif couvercle inox bec verseur')! < 0);
});
