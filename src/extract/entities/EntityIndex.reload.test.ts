// Save and reload at any point, then go on adding: the index must be the one of a run never
// saved. A store checkpoints whenever its policy says so, so every point between two adds counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityIndex } from './EntityIndex.js';
import { extractEntities } from './extractEntities.js';
import { testArticle } from './testArticle.js';
import { VARIANT_STORIES } from './fixtures/variantStories.js';
import type { Article } from '../../article.js';

interface Add {
  article: Article;
  event: string;
}

/**
 * The variant stories (role holders, surname-only joins, one name in two languages), plus a
 * story where the same surnames and roles come back in another event: two events whose articles
 * interleave, as a store ingests them.
 */
function fixture(): Add[] {
  const adds: Add[] = [];
  const stories = VARIANT_STORIES.map((story) => story.articles.map((a) => ({ ...a, event: story.event })));
  // People met without a role before they are given one elsewhere: they hold it from then on,
  // in the events they meet after, never back in this one.
  stories.unshift([
    { id: 'y1', lang: 'fr', event: 'niamey', text: 'Choguel Kokalla Maïga a rencontré Abdoulaye Diop à Niamey.' },
    { id: 'y2', lang: 'fr', event: 'niamey', text: 'Le président nigérien a reçu Choguel Maïga.' },
    { id: 'y3', lang: 'fr', event: 'niamey', text: 'Le Premier ministre a jugé la rencontre utile. Le chef de la diplomatie malienne a approuvé.' },
  ]);
  // A key learnt by an older entity after a newer one: "CSP" alone must keep finding the newer.
  stories.push([
    { id: 'z1', lang: 'fr', event: 'kidal', text: 'Le Cadre stratégique permanent a démenti toute présence à Kidal.' },
    { id: 'z2', lang: 'fr', event: 'kidal', text: "Le CSP a revendiqué l'attaque près de Kidal." },
    { id: 'z3', lang: 'fr', event: 'kidal', text: 'Le Cadre stratégique permanent (CSP) a publié un communiqué.' },
    { id: 'z4', lang: 'fr', event: 'kidal', text: 'Le CSP a diffusé des images de Kidal.' },
  ]);
  stories.push([
    { id: 'x1', lang: 'fr', event: 'diop-dakar', text: 'À Dakar, M. Diop, ministre sénégalais de la Défense, a reçu Assimi Goïta. Le colonel Goïta a salué la coopération.' },
    { id: 'x2', lang: 'en', event: 'diop-dakar', text: "Senegal's defence minister, Mr Diop, said Colonel Goita had asked for help. Lavrov was not mentioned." },
    { id: 'x3', lang: 'fr', event: 'lavrov-bamako', text: 'Le ministre russe des Affaires étrangères, Sergueï Lavrov, a quitté Bamako. M. Diop, chef de la diplomatie malienne, l\'a raccompagné.' },
    { id: 'x4', lang: 'fr', event: 'diop-dakar', text: 'Le ministre sénégalais de la Défense a démenti. Aminata Diop, avocate, a demandé des comptes à M. Diop.' },
  ]);
  // Round robin: one article of each story in turn, so events interleave.
  for (let i = 0; stories.some((s) => i < s.length); i++) {
    for (const story of stories) {
      const a = story[i];
      if (!a) continue;
      const article = testArticle(a.text, a.lang, a.id);
      article.mentions = extractEntities(article);
      adds.push({ article, event: a.event });
    }
  }
  return adds;
}

const reload = (index: EntityIndex) => EntityIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));

const ROLES = [
  ...VARIANT_STORIES.flatMap((s) => s.holders.map(([role]) => role)),
  'ministre sénégalais de la Défense',
  'chef de la diplomatie malienne',
  'ministre russe des Affaires étrangères',
  'premier ministre',
];
const EVENTS = [...VARIANT_STORIES.map((s) => s.event), 'diop-dakar', 'niamey', 'kidal'];

function holders(index: EntityIndex): (string | null)[] {
  return EVENTS.flatMap((event) => ROLES.map((role) => index.holderOfRole(role, event)));
}

test('reloaded after every add, the index gives every mention the id of a run never reloaded', () => {
  const adds = fixture();
  const never = new EntityIndex();
  let reloaded = new EntityIndex();
  for (const [step, { article, event }] of adds.entries()) {
    reloaded = reload(reloaded);
    assert.deepEqual(reloaded.add(article, event), never.add(article, event), `ids of ${article.id} (add ${step + 1})`);
    assert.deepEqual(holders(reloaded), holders(never), `role holders after ${article.id}`);
  }
  assert.deepEqual(reloaded.toJSON(), never.toJSON());
  assert.deepEqual(reloaded.entities(), never.entities());
  assert.ok(holders(never).some((h) => h !== null), 'the fixture has role holders');
});

test('reloaded once at any point, the index ends as a run never reloaded', () => {
  const adds = fixture();
  const never = new EntityIndex();
  for (const { article, event } of adds) never.add(article, event);
  for (let at = 1; at < adds.length; at++) {
    let index = new EntityIndex();
    for (const [step, { article, event }] of adds.entries()) {
      if (step === at) index = reload(index);
      index.add(article, event);
    }
    assert.deepEqual(index.toJSON(), never.toJSON(), `reloaded before add ${at + 1}`);
  }
});

test('a surname alone joins its person of the same event after a reload', () => {
  const adds = fixture();
  let index = new EntityIndex();
  const idOf = new Map<string, string>();
  for (const { article, event } of adds) {
    index = reload(index);
    index.add(article, event).forEach((id, i) => idOf.set(`${article.id}:${article.mentions[i]!.text}`, id));
  }
  assert.equal(idOf.get('v4:Mr Diop'), idOf.get('v1:Abdoulaye Diop'));
  assert.equal(idOf.get('v3:M. Lavrov'), idOf.get('v1:Sergueï Lavrov'));
  assert.notEqual(idOf.get('x1:M. Diop'), idOf.get('v1:Abdoulaye Diop'), 'another Diop, in another event');
});
