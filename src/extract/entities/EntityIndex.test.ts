import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityIndex } from './EntityIndex.js';
import { extractEntities } from './extractEntities.js';
import { testArticle } from './testArticle.js';
import type { Article } from '../../article.js';

function article(id: string, text: string, lang = 'fr'): Article {
  const a = testArticle(text, lang, id);
  a.mentions = extractEntities(a);
  return a;
}

const STORY: [string, string, string, string][] = [
  ['a1', 'e1', 'fr', 'Sergueï Lavrov, ministre russe des Affaires étrangères, est arrivé à Bamako. Le chef de la diplomatie malienne, Abdoulaye Diop, l\'a accueilli.'],
  ['a2', 'e1', 'en', 'Russian Foreign Minister Sergei Lavrov met Abdullah Diop in Bamako. LAVROV praised the Malian Armed Forces.'],
  ['a3', 'e1', 'fr', 'M. Lavrov a quitté le Mali. « Le partenariat continue », a résumé le chef de la diplomatie malienne. Aminata Diop, avocate, a critiqué la visite.'],
  ['a4', 'e2', 'fr', "Le colonel Assimi Goïta a reçu l'ONU. Le président de la transition, Assimi Goita, s'est exprimé devant les Nations unies."],
];

function build(articles = STORY): EntityIndex {
  const index = new EntityIndex();
  for (const [id, event, lang, text] of articles) index.add(article(id, text, lang), event);
  return index;
}

/** Articles whose mentions the index gives `id`, on a fresh build of STORY. */
function articlesOf(id: string): string[] {
  const index = new EntityIndex();
  return STORY.filter(([articleId, event, lang, text]) => index.add(article(articleId, text, lang), event).includes(id)).map(([articleId]) => articleId);
}

function named(index: EntityIndex, name: string) {
  return index.entities().filter((e) => e.aliases.some((a) => a.includes(name)));
}

test('variants of one name merge across articles and languages', () => {
  const index = build();
  const lavrovs = named(index, 'Lavrov').concat(named(index, 'LAVROV'));
  assert.equal(new Set(lavrovs.map((e) => e.id)).size, 1);
  const lavrov = lavrovs[0]!;
  assert.equal(lavrov.name, 'Sergueï Lavrov');
  assert.deepEqual(articlesOf(lavrov.id), ['a1', 'a2', 'a3']);
  assert.ok(lavrov.roles.includes('ministre russe des Affaires étrangères'));
  const goitas = named(index, 'Go');
  assert.equal(new Set(goitas.map((e) => e.id)).size, 1);
  assert.equal(goitas[0]!.name, 'Assimi Goïta');
});

test('a first-name variant merges, another first name does not', () => {
  const index = build();
  const diops = index.entities().filter((e) => e.type === 'person' && e.name.endsWith('Diop'));
  assert.deepEqual(diops.map((e) => e.name).sort(), ['Abdoulaye Diop', 'Aminata Diop']);
  const abdoulaye = diops.find((e) => e.name === 'Abdoulaye Diop')!;
  assert.ok(abdoulaye.aliases.includes('Abdullah Diop'));
});

test('organisations merge by known key: ONU = Nations unies', () => {
  const index = build();
  const un = index.entities().filter((e) => e.aliases.includes('ONU') || e.aliases.includes('Nations unies'));
  assert.equal(un.length, 1);
});

test('holderOfRole links a role stated another way in the event', () => {
  const index = build();
  const diop = index.entities().find((e) => e.name === 'Abdoulaye Diop')!;
  assert.equal(index.holderOfRole('ministre malien des Affaires étrangères', 'e1'), diop.id);
  assert.equal(index.holderOfRole('chef de la diplomatie malienne', 'e1'), diop.id);
  assert.equal(index.holderOfRole('chef de la diplomatie malienne', 'e2'), null);
  const goita = index.entities().find((e) => e.name === 'Assimi Goïta')!;
  assert.equal(index.holderOfRole('président de la transition', 'e2'), goita.id);
});

test('the role-only mention gets the holder id', () => {
  const index = new EntityIndex();
  index.add(article(STORY[0]![0], STORY[0]![3]), 'e1');
  const a3 = article('a3', STORY[2]![3]);
  const ids = index.add(a3, 'e1');
  const roleOnly = a3.mentions.findIndex((m) => m.roleOnly);
  const diop = index.entities().find((e) => e.name === 'Abdoulaye Diop')!;
  assert.equal(ids[roleOnly], diop.id);
});

test('two Diops with clashing roles in one event stay apart', () => {
  const index = build([
    ['b1', 'e9', 'fr', 'M. Diop, ministre sénégalais de la Défense, a parlé.'],
    ['b2', 'e9', 'fr', 'M. Diop, ministre malien de la Défense, a répondu.'],
  ]);
  assert.equal(index.entities().filter((e) => e.type === 'person').length, 2);
});

test('entities carry no mentions: those are read from the articles', () => {
  for (const entity of build().entities()) assert.deepEqual([entity.articles, entity.mentions], [[], []]);
});

test('batch and incremental (save, reload, add) give the same index', () => {
  const batch = build();
  let incremental = new EntityIndex();
  for (const [id, event, lang, text] of STORY) {
    incremental = EntityIndex.fromJSON(JSON.parse(JSON.stringify(incremental.toJSON())));
    incremental.add(article(id, text, lang), event);
  }
  assert.deepEqual(incremental.entities(), batch.entities());
  assert.deepEqual(incremental.toJSON(), batch.toJSON());
});

test('ids are n1, n2… and one per mention, in order', () => {
  const index = new EntityIndex();
  const a = article('a1', STORY[0]![3]);
  const ids = index.add(a, 'e1');
  assert.equal(ids.length, a.mentions.length);
  assert.equal(ids[0], 'n1');
  assert.equal(index.get('n1')!.name, 'Sergueï Lavrov');
  assert.equal(index.get('n999'), undefined);
  assert.doesNotThrow(() => EntityIndex.fromJSON(null).entities());
});

test("a body's acronym, exonyms and spellings of a place hold across languages", () => {
  const index = build([
    ['c1', 'e5', 'fr', 'Le Cadre stratégique permanent (CSP) a revendiqué une victoire près de Tinzaouatène. Moscou se tait.'],
    ['c2', 'e5', 'en', 'Rebels of the Permanent Strategic Framework (CSP) fought near Tin Zaouatene. Moscow was silent.'],
    ['c3', 'e5', 'fr', 'Le CSP a diffusé des images prises à Tin-Zaouatène.'],
  ]);
  const holding = (alias: string) => index.entities().filter((e) => e.aliases.includes(alias)).map((e) => e.id);
  assert.deepEqual(holding('Permanent Strategic Framework'), holding('Cadre stratégique permanent'));
  assert.deepEqual(holding('Tin Zaouatene'), holding('Tinzaouatène'));
  assert.deepEqual(holding('Tin-Zaouatène'), holding('Tinzaouatène'));
  assert.deepEqual(holding('Moscow'), holding('Moscou'));
  assert.equal(index.get(holding('CSP')[0]!)!.name, 'Cadre stratégique permanent', 'the spelling that expands the acronym names it');
  assert.equal(index.get(holding('Tinzaouatène')[0]!)!.name, 'Tinzaouatène');
});

test('transliterations of an unknown place meet within an event only', () => {
  const index = build([
    ['d1', 'e6', 'fr', 'Le district de Zindajan est le plus touché.'],
    ['d2', 'e6', 'en', 'The worst damage was in Zendeh Jan district.'],
    ['d3', 'e7', 'en', 'Elsewhere, Zondajan district was spared.'],
  ]);
  const id = (alias: string) => index.entities().find((e) => e.aliases.includes(alias))?.id;
  assert.equal(id('Zendeh Jan'), id('Zindajan'));
  assert.notEqual(id('Zondajan'), id('Zindajan'), 'same skeleton, other event: kept apart');
});
