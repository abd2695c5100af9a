import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind, isTailMarker } from './boilerplateLexicon.js';
import { classifyLines, lineClass } from './classifyLines.js';
import { STOPLISTS } from './textStats.js';

const P1 = "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.";
const P2 = "Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.";
const P3 = "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies.";

test('boilerplate phrases from the French and English lexicons', () => {
  assert.equal(boilerplateKind('A lire aussi : Au Niger, les militaires suspendent la coopération'), 'prefix');
  assert.equal(boilerplateKind('À (re)lire : Le Mali et la Russie'), 'prefix');
  assert.equal(boilerplateKind('Publicité'), 'line');
  assert.equal(boilerplateKind('Leave a Reply'), 'line');
  assert.equal(boilerplateKind('Photo : AFP'), 'prefix');
  assert.equal(boilerplateKind('© 2023 Sahel Actu'), 'copyright');
  assert.equal(boilerplateKind(P1), null);
  assert.ok(isTailMarker('AUTRES INFOS'));
  assert.ok(isTailMarker('Les plus lus'));
});

test('line classes from length, stop-word density and recurrence', () => {
  const fr = STOPLISTS.fr;
  assert.equal(lineClass(P1, fr), 'good');
  assert.equal(lineClass('Afrique', fr), 'short');
  assert.equal(lineClass('Burkina Faso Niger Tchad Guinée Sénégal Mauritanie Algérie Maroc', fr), 'bad');
  assert.equal(lineClass('Offre spéciale : 1 euro le premier mois', fr, new Set(['offre speciale 1 euro le premier mois'])), 'bad');
});

test('context keeps a subheading between paragraphs and drops menus around', () => {
  const lines = ['Accueil', 'Monde', P1, P2, 'Une reprise symbolique', P3, 'Partager', 'Facebook'];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [false, false, true, true, true, true, false, false]);
});

test('after a tail marker, headlines go', () => {
  const lines = [P1, P2, P3, 'AUTRES INFOS', 'Burkina Faso : un nouveau gouvernement nommé', 'Sénégal : la campagne s’ouvre'];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [true, true, true, false, false, false]);
});

test('empty input gives no verdicts', () => {
  assert.deepEqual(classifyLines([]), []);
});
