import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { isArrowButton, isTeaserLine } from './teaserLine.js';

const words = (line: string): number => line.split(/\s+/u).filter((w) => w !== '').length;
const teaser = (line: string): boolean => isTeaserLine(line, words(line));

test('a headline printed two or three times in one line is a flattened teaser card', () => {
  assert.ok(teaser('Comment bien ranger son garage Comment bien ranger son garage'));
  assert.ok(teaser('Why Tidal Power Stalled Why Tidal Power Stalled Why Tidal Power Stalled'));
  assert.ok(teaser('Le port de Cotonou double ses quaisLe port de Cotonou double ses quais'));
});

test('a sentence, or a short name printed twice, is no repeated headline', () => {
  assert.ok(!teaser('Le port de Cotonou double ses quais, et le port de Lomé suit.'));
  assert.ok(!teaser('Oui oui'));
  assert.ok(!teaser('New York New York'));
});

test('an excerpt cut short and its link is a teaser', () => {
  assert.ok(teaser('Le maire a présenté lundi son plan pour les quais, qui… Lire la suite'));
  assert.ok(teaser('Tidal turbines were once the next big thing. Then the money… Read more Read more'));
  assert.ok(teaser('Die Stadt baut die Brücke neu. Der Verkehr wird umgeleitet. mehr'));
  assert.ok(teaser('I have not written here for a while, but the new season […]'));
  assert.ok(teaser('Scientists find a new mechanism for memory A new study maps the brain area at work. Read now'));
});

test('prose that ends on a link word, or on an ellipsis alone, is no teaser', () => {
  assert.ok(!teaser('Les usagers en demandent toujours plus'));
  assert.ok(!teaser('Il hésite, puis se tait…'));
  assert.ok(!teaser('« Nous avons vu [...] le pire », raconte-t-elle.'));
});

test('a teaser line between two paragraphs goes, the paragraphs stay', () => {
  const lines = [
    'Le conseil municipal de Porto-Novo a voté jeudi le budget du nouveau marché couvert, après trois heures de débat.',
    'Pourquoi les marchés ferment plus tôt en été Pourquoi les marchés ferment plus tôt en été',
    'Les commerçants, qui réclamaient ce marché depuis dix ans, ont salué un vote attendu et promis de s’y installer dès l’ouverture.',
    'Les travaux doivent commencer en mars et durer dix-huit mois, selon le maire, qui promet un chantier sans retard.',
  ];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, false, true, true]);
  assert.equal(classifyLines(lines)[1].reason, 'teaser');
});

test('a media kicker before a pipe marks a link to a video or a recording', () => {
  assert.ok(isTeaserLine('WATCH | Ferry service resumes between Dakar and Gorée', 8));
  assert.ok(isTeaserLine('Video | Die Fähre nach Gorée fährt wieder', 7));
  assert.ok(!isTeaserLine('Nachricht | Die Fähre nach Gorée fährt wieder', 7));
  assert.ok(!isTeaserLine('We watch | and wait for the ferry to Gorée', 9));
});

test('a link printed after its arrow is a teaser', () => {
  assert.ok(isTeaserLine('>> Hier finden Sie außerdem alle Termine für 2025 im Überblick', 10));
  assert.ok(!isTeaserLine('> quoted line of an e-mail', 5));
});

test('a link or a button printed before its arrow goes; an arrow inside a line does not', () => {
  assert.ok(isArrowButton('Voir tous les fauteuils en rotin →', 6, 0x2192));
  assert.ok(isArrowButton('See all garden deals ➜', 4, 0x279c));
  assert.ok(!isArrowButton('Prix : 20 €→', 4, 0x2192));
  const guide = [
    'Le rotin naturel supporte mal la pluie : rentrez vos fauteuils dès l’automne et huilez-les une fois par an pour les garder souples.',
    'Voir tous les fauteuils en rotin →',
    'La résine tressée imite le rotin et reste dehors toute l’année, mais elle se décolore au soleil si elle n’est pas traitée contre les UV.',
  ];
  assert.deepEqual(classifyLines(guide).map((v) => v.content), [true, false, true]);
});
