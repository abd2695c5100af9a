import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, identifyLanguage } from './identifyLanguage.js';
import type { Article } from '../article.js';

test('French and English news sentences', () => {
  assert.equal(detectLanguage('Le ministre russe des Affaires étrangères est arrivé lundi soir à Bamako.'), 'fr');
  assert.equal(detectLanguage('Russian foreign minister arrives in Bamako for talks with the junta'), 'en');
});

test('other European languages by stop words', () => {
  assert.equal(detectLanguage('Der russische Außenminister ist am Montag in Bamako eingetroffen und hat mit der Regierung gesprochen.'), 'de');
  assert.equal(detectLanguage('El ministro ruso de Asuntos Exteriores llegó el lunes a Bamako para una visita de dos días.'), 'es');
});

test('a language without a stop-word list, by trigrams', () => {
  const russian = 'Министр иностранных дел России прибыл в Бамако для переговоров с руководством страны о сотрудничестве в области безопасности и поставках зерна.';
  assert.equal(detectLanguage(russian), 'ru');
});

test('too little text: the declared language, normalised, else und', () => {
  assert.equal(detectLanguage('Bamako', 'fr-FR'), 'fr');
  assert.equal(detectLanguage('Bamako'), 'und');
});

test('a wrong declaration is overruled with a note', () => {
  const article = {
    title: 'Lavrov à Bamako',
    text: 'Le chef de la diplomatie russe a été reçu par le président de la transition, qui a salué une coopération « exemplaire ».',
    lang: 'en',
    notes: [],
  } as unknown as Article;
  const result = identifyLanguage(article);
  assert.equal(result.lang, 'fr');
  assert.equal(result.notes[0].rule, 'declared-language-overruled');
});
