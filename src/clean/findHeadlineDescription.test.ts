import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';
import { collectBlocks } from './collectBlocks.js';
import { findHeadlineDescription } from './findHeadlineDescription.js';
import { parseHtml } from './htmlTree.js';
import { scoreBlocks } from './scoreBlocks.js';

const LONG = [
  "Cette bouilloire en fonte émaillée chauffe un litre d'eau en quelques minutes sur tous les feux, induction comprise, et garde la chaleur longtemps après.",
  "Son émail intérieur ne retient ni le goût du calcaire ni les odeurs, et il se nettoie d'un simple rinçage à l'eau chaude sans produit.",
  "La poignée en bois de hêtre reste froide au toucher pendant la chauffe, ce qui permet de servir le thé sans gant ni torchon.",
];
const SHORT = "Une bouilloire en fonte qui chauffe vite et garde l'eau chaude pour toute la théière, sur tous les feux de la cuisine.";

function shopPage(): string {
  return `<html><body><nav><a href="/">Accueil</a> <a href="/cuisine">Cuisine</a></nav>
    <div class="product-layout">
      <div class="left-column"><div class="product-long">${LONG.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <div class="sidebar right-column">
        <h1>Bouilloire en fonte émaillée</h1><div class="price">59,00 €</div>
        <div class="product-description-short"><p>${SHORT}</p></div>
        <div class="related-products"><p><a href="/a">Théière en fonte</a></p><p><a href="/b">Tasses en grès</a></p></div>
      </div>
    </div><footer>Mentions légales</footer></body></html>`;
}

test("a shop page's short description under its headline, in the headline's own column, joins the long one", () => {
  const text = cleanArticle({ id: 'a', file: 'a', html: shopPage(), notes: [] }).text;
  for (const p of LONG) assert.ok(text.includes(p));
  assert.ok(text.includes(SHORT));
  assert.ok(!text.includes('Théière en fonte'));
});

test("a description under a headline right above the body is left to the standfirst rules", () => {
  const html = `<html><body><h1>Titre</h1><p class="story-desc">${SHORT}</p>${LONG.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  const blocks = scoreBlocks(collectBlocks(parseHtml(html).root).blocks, { stoplist: null, articleBody: null });
  const body = blocks.filter((b) => LONG.includes(b.text));
  assert.deepEqual(findHeadlineDescription(blocks, new Set(body), body[0].index), []);
});
