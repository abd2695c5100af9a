import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from './cleanArticle.js';

const DESCRIPTION = [
  "Ce poêle à bois en acier chauffe une pièce de quarante mètres carrés et garde la braise toute la nuit grâce à sa double combustion.",
  "Sa vitre reste propre par un balayage d'air chaud, et le cendrier se vide par l'avant sans qu'il faille attendre que le foyer refroidisse.",
  "Il se raccorde à un conduit de quinze centimètres et se pose sur une plaque de sol, sans autre travaux dans la plupart des maisons.",
];

function productPage(table: string): string {
  return `<html><body><nav><a href="/">Accueil</a></nav><main>
    <div class="product-body">${DESCRIPTION.map((p) => `<p>${p}</p>`).join('')}</div>
    <section class="specs"><h2>Caractéristiques</h2>${table}</section>
    </main><footer>Mentions légales</footer></body></html>`;
}

const rows = (pairs: [string, string][]) => `<table>${pairs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;

test("a product's table of label-value rows right after its description is read with its heading", () => {
  const html = productPage(rows([['Matière', 'Acier'], ['Puissance', '8 kW'], ['Poids', '96 kg']]));
  const text = cleanArticle({ id: 'a', file: 'a', html, notes: [] }).text;
  for (const p of DESCRIPTION) assert.ok(text.includes(p));
  for (const cell of ['Caractéristiques', 'Matière', 'Acier', '8 kW', '96 kg']) assert.ok(text.includes(cell), cell);
});

test('a table of links or of fewer than three rows is not a specification sheet', () => {
  const links = productPage(`<table><tr><td><a href="/a">Poêles</a></td><td><a href="/b">Inserts</a></td></tr>
    <tr><td><a href="/c">Granulés</a></td><td><a href="/d">Bûches</a></td></tr><tr><td><a href="/e">Conduits</a></td><td><a href="/f">Plaques</a></td></tr></table>`);
  assert.ok(!cleanArticle({ id: 'b', file: 'b', html: links, notes: [] }).text.includes('Granulés'));
  const short = productPage(rows([['Prix', '1 290 €'], ['Stock', 'Disponible']]));
  assert.ok(!cleanArticle({ id: 'c', file: 'c', html: short, notes: [] }).text.includes('Disponible'));
});
