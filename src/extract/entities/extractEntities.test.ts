import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from './extractEntities.js';
import { testArticle } from './testArticle.js';
import type { EntityMention } from '../../article.js';

function find(mentions: EntityMention[], text: string): EntityMention {
  const found = mentions.find((m) => m.text === text);
  assert.ok(found, `no mention "${text}" in ${JSON.stringify(mentions.map((m) => m.text))}`);
  return found;
}

const BAMAKO_FR =
  'Sergueï Lavrov, ministre russe des Affaires étrangères, est arrivé lundi à Bamako. ' +
  'Il a été reçu par le président de la transition, le colonel Assimi Goïta. ' +
  'Le chef de la diplomatie malienne, Abdoulaye Diop, a salué « une coopération exemplaire ». ' +
  'Selon M. Lavrov, les instructeurs du groupe Wagner resteront au Mali après le départ de la MINUSMA. ' +
  '« Nous ne partirons pas », a résumé le chef de la diplomatie malienne.';

test('French: spans, types and fullest names', () => {
  const text = BAMAKO_FR;
  const mentions = extractEntities(testArticle(text));
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(
    { type: find(mentions, 'Sergueï Lavrov').type, name: find(mentions, 'M. Lavrov').name },
    { type: 'person', name: 'Sergueï Lavrov' },
  );
  assert.equal(find(mentions, 'Bamako').type, 'location');
  assert.equal(find(mentions, 'Mali').type, 'location');
  assert.equal(find(mentions, 'MINUSMA').type, 'organization');
  assert.equal(find(mentions, 'groupe Wagner').type, 'organization', 'a lower-case head before a body is part of its name');
  assert.equal(find(mentions, 'colonel Assimi Goïta').name, 'Assimi Goïta');
});

test('French: roles attached by apposition on either side', () => {
  const text = BAMAKO_FR;
  const mentions = extractEntities(testArticle(text));
  const lavrov = find(mentions, 'Sergueï Lavrov');
  assert.equal(lavrov.role, 'ministre russe des Affaires étrangères');
  assert.equal(text.slice(lavrov.roleSpan!.start, lavrov.roleSpan!.end), lavrov.role);
  assert.equal(find(mentions, 'Abdoulaye Diop').role, 'chef de la diplomatie malienne');
  assert.equal(find(mentions, 'colonel Assimi Goïta').role, 'président de la transition');
});

test('French: a role-only mention names the holder found in the article', () => {
  const mentions = extractEntities(testArticle(BAMAKO_FR));
  const last = mentions.at(-1)!;
  assert.equal(last.text, 'le chef de la diplomatie malienne');
  assert.equal(last.roleOnly, true);
  assert.equal(last.type, 'person');
  assert.equal(last.name, 'Abdoulaye Diop');
});

test('mentions are sorted and overlap only where a name sits inside a role-only mention', () => {
  const mentions = extractEntities(testArticle(BAMAKO_FR));
  for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i]!.start >= mentions[i - 1]!.end);
  const text = "Le président de l'Action nationale a commenté le rapport.";
  const nested = extractEntities(testArticle(text));
  assert.deepEqual(nested.map((m) => [m.text, m.type, m.roleOnly ?? false]), [
    ["Le président de l'Action nationale", 'person', true],
    ['Action nationale', 'organization', false],
  ]);
});

test('a capitalised common word opening a sentence is not a name', () => {
  const mentions = extractEntities(testArticle('Selon Moscou, la situation reste calme. Mais Bamako dément.'));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Moscou', 'location'], ['Bamako', 'location']]);
});

test('particles, hyphenated first names and capitals in surnames', () => {
  const text = 'Jean-Yves Le Drian a reçu Mohamed Ould Ghazouani. Plus tard, LAVROV a parlé avec Sergueï Lavrov.';
  const mentions = extractEntities(testArticle(text));
  assert.equal(find(mentions, 'Jean-Yves Le Drian').type, 'person');
  assert.equal(find(mentions, 'Mohamed Ould Ghazouani').type, 'person');
  assert.equal(find(mentions, 'LAVROV').name, 'Sergueï Lavrov');
});

test('a woman of the same surname is not resolved to the man', () => {
  const text = 'Abdoulaye Diop était présent. Mme Diop, avocate à Dakar, a répondu plus tard.';
  const mentions = extractEntities(testArticle(text));
  assert.equal(find(mentions, 'Mme Diop').name, 'Diop');
});

test('organisation acronyms and lower-case names: ONU, Nations unies, Union africaine', () => {
  const text = "Les Nations unies et l'Union africaine ont réuni la CEDEAO ; l'ONU a salué les FAMa.";
  const mentions = extractEntities(testArticle(text));
  assert.deepEqual(
    mentions.map((m) => [m.text, m.type]),
    [['Nations unies', 'organization'], ['Union africaine', 'organization'], ['CEDEAO', 'organization'], ['ONU', 'organization'], ['FAMa', 'organization']],
  );
  assert.equal(find(mentions, 'ONU').name, find(mentions, 'Nations unies').name);
});

test('English: pre-name titles, roles and surname capitals', () => {
  const text = 'Russian Foreign Minister Sergei Lavrov arrived in Bamako on Monday. LAVROV then met the Malian foreign minister, Abdoulaye Diop, and Mr Diop thanked Moscow.';
  const mentions = extractEntities(testArticle(text, 'en'));
  const lavrov = find(mentions, 'Sergei Lavrov');
  assert.equal(lavrov.role, 'Russian Foreign Minister');
  assert.equal(find(mentions, 'LAVROV').name, 'Sergei Lavrov');
  assert.equal(find(mentions, 'Abdoulaye Diop').role, 'Malian foreign minister');
  assert.equal(find(mentions, 'Mr Diop').name, 'Abdoulaye Diop');
  assert.equal(find(mentions, 'Moscow').type, 'location');
  assert.ok(!mentions.some((m) => m.text === 'Monday'));
});

test('bad input never throws', () => {
  const article = testArticle('');
  assert.deepEqual(extractEntities(article), []);
  assert.deepEqual(extractEntities({ ...article, text: undefined as unknown as string }), []);
  assert.ok(Array.isArray(extractEntities(testArticle('\u0000 ¬¬ -- M. . .', ''))));
});

const types = (text: string, lang = 'fr') => extractEntities(testArticle(text, lang)).map((m) => [m.text, m.type, m.name]);

test('bodies named in lower case: a national army, a staff, a ministry with its complement', () => {
  assert.deepEqual(types("Les combats opposent l'armée malienne aux rebelles. L'état-major général des armées a fait état de pertes."), [
    ['armée malienne', 'organization', 'Forces armées maliennes'],
    ['état-major général des armées', 'organization', 'état-major général des armées'],
  ]);
  assert.deepEqual(types('Le bilan a été donné par le ministère taliban de la Gestion des catastrophes.'), [
    ['ministère taliban de la Gestion des catastrophes', 'organization', 'ministère taliban de la Gestion des catastrophes'],
  ]);
  assert.deepEqual(types('A column of the Malian army was hit.', 'en'), [['Malian army', 'organization', 'Malian Armed Forces']]);
  assert.deepEqual(types('Le ministère dément.'), [], 'a bare head is a common noun');
});

test('a body spelled out before its acronym is one name, and the acronym takes it', () => {
  const mentions = extractEntities(testArticle('Selon le Centre national pour la recherche scientifique et technique (CNRST), le séisme était fort.'));
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.name]), [
    ['Centre national pour la recherche scientifique et technique', 'organization', 'Centre national pour la recherche scientifique et technique'],
    ['CNRST', 'organization', 'Centre national pour la recherche scientifique et technique'],
  ]);
});

test('the words around a name type it: nearness, place nouns, body heads, determiners, lists', () => {
  const at = (text: string, name: string, lang = 'fr') => extractEntities(testArticle(text, lang)).find((m) => m.name === name || m.text === name);
  assert.equal(at('Des combats ont eu lieu près de Tinzaouatène.', 'Tinzaouatène')?.type, 'location');
  assert.equal(at("Le séisme a frappé la province d'Al Haouz.", 'Al Haouz')?.text, "province d'Al Haouz");
  assert.equal(at('The worst damage was in Zinda Jan district.', 'Zinda Jan', 'en')?.type, 'location');
  assert.equal(at('Une présence attribuée au groupe paramilitaire Wagner.', 'groupe Wagner')?.text, 'groupe paramilitaire Wagner');
  assert.equal(at('Les troupes ont quitté la Dalmatie.', 'Dalmatie')?.type, 'location');
  assert.equal(at('Les emprises à Tessalit, Aguelhok et Kidal seront remises.', 'Aguelhok')?.type, 'location');
});

test('no name: a lone unknown word opening a sentence, roman numerals, OCR glue', () => {
  assert.deepEqual(types('Rescuers were struggling on Monday.', 'en'), []);
  assert.deepEqual(types('Le chapitre III détermine la quantité.'), []);
  assert.deepEqual(types('Prigojine n\'a pas répondu.').map(([, type]) => type), ['person'], 'unless its verb follows');
  assert.deepEqual(types('MANTOUE, 15 juillet. Hier, le feu a cessé.').map(([, type]) => type), ['location'], 'a dateline is a place');
});

test('a title that is an office is a role; an indefinite apposition is one too', () => {
  const mentions = extractEntities(testArticle("Présidée par le roi Mohammed VI. « Rien », a confié Lahcen, un habitant de Moulay Brahim."));
  assert.equal(find(mentions, 'roi Mohammed VI').role, 'roi');
  assert.equal(find(mentions, 'Lahcen').role, 'habitant de Moulay Brahim');
});

test('French: peoples are neither persons, places nor bodies; a surname before a party acronym stays a person', () => {
  const text = 'Les Touareg et les Peuls ont fui. Un diplomate West African a parlé. Bardella (RN) a répondu.';
  const mentions = extractEntities(testArticle(text));
  for (const people of ['Touareg', 'Peuls', 'West African']) assert.equal(find(mentions, people).type, 'other', people);
  assert.equal(find(mentions, 'Bardella').type, 'person');
  assert.equal(find(mentions, 'RN').type, 'organization');
});

test('French: a noble name after an honorific, a place hidden in a contraction, capitals in a headline', () => {
  const text = 'M. de Bismarck est arrivé du Havre. BOURSE DE PARIS';
  const mentions = extractEntities(testArticle(text));
  assert.equal(find(mentions, 'M. de Bismarck').type, 'person');
  assert.equal(find(mentions, 'Havre').type, 'location');
  assert.equal(find(mentions, 'PARIS').type, 'location');
});

test('French: a newspaper title is a work, not an organisation', () => {
  const mentions = extractEntities(testArticle('Selon le Times et la Gazette de Lausanne, l’AFP a tort.'));
  assert.equal(find(mentions, 'Times').type, 'other');
  assert.equal(find(mentions, 'Gazette de Lausanne').type, 'other');
});
