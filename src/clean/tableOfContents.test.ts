import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { CONTENTS, INTRO, SECTIONS } from './fixtures/lakeChadArticle.js';

test('a table of contents whose entries are the headings below, and the introduction above it, are the article', () => {
  const lines = ['Accueil', 'Rubriques', 'Connexion', ...INTRO, ...CONTENTS, ...SECTIONS];
  const verdicts = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, 3), [false, false, false]);
  assert.deepEqual(verdicts.slice(3, 3 + INTRO.length + CONTENTS.length), [...INTRO, ...CONTENTS].map(() => true));
  assert.deepEqual(verdicts.slice(3 + INTRO.length + CONTENTS.length), SECTIONS.map(() => true));
});

test('a menu above the article is no contents, even when its footer prints it again', () => {
  const menu = ['Actualités', 'Économie', 'Culture', 'Sport', 'Nous contacter'];
  const lines = [...menu, ...SECTIONS.filter((_, i) => i % 2 === 1), ...menu];
  const verdicts = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, menu.length), menu.map(() => false));
  assert.deepEqual(verdicts.slice(-menu.length), menu.map(() => false));
});

test('a section the contents name is taken back where a box cut it from the body', () => {
  // The body weighs enough that a last section of one paragraph, past a menu-like line, is no run of its own.
  const long = `${INTRO[0]} ${INTRO[1]} ${SECTIONS[1]} ${SECTIONS[3]} ${SECTIONS[5]}`;
  const body = SECTIONS.slice(0, -2).map((line, i) => (i % 2 === 1 ? long : line));
  const box = 'Pêche Élevage Agriculture Commerce Transport Tourisme Énergie Mines Industrie';
  const lines = ['Accueil', ...INTRO, ...CONTENTS, ...body, box, ...SECTIONS.slice(-2), 'Les plus lus'];
  assert.deepEqual(classifyLines(lines).map((v) => v.content).slice(-4), [false, true, true, false]);
});

test("a live blog's contents, one headline a post, are its own however long the headlines", () => {
  const headlines = [
    'Lac Tchad : prises en baisse, pêcheurs de Bol et Baga Sola inquiets avant la saison sèche',
    'Sécheresse : N’Djamena débloque une aide d’urgence pour les villages riverains du Kanem et du Lac',
    'Niger : réouverture de la route Diffa-Bosso après six mois de fermeture, commerçants soulagés',
    'Transfert Oubangui-Tchad : nouveau financement réclamé, Abuja et Yaoundé partants pour la relance',
  ];
  const posts = [
    'Selon les coopératives de Bol, les prises de la semaine sont les plus faibles depuis dix ans, faute de crue suffisante.',
    'Le ministre de l’Agriculture a détaillé mardi un plan de distribution de semences et de vivres dans les trois provinces.',
    'Les commerçants pourront de nouveau rejoindre les marchés de la rive ouest, fermés depuis les attaques du printemps dernier.',
    'Réunis à N’Djamena, les ministres des pays riverains ont demandé un nouveau financement pour l’étude de faisabilité.',
  ];
  const promos = ['Afficher plus', 'À découvrir', 'PODCAST - Le club Afrique', 'Suivez le Sahel avec notre application'];
  const lines = ['Accueil', 'Afrique', 'Sommaire', ...headlines, ...promos, ...headlines.flatMap((headline, k) => [headline, posts[k]]), 'Accueil'];
  const verdicts = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(verdicts.slice(3, 3 + headlines.length), headlines.map(() => true));
});

test('the standfirst above a byline and the contents is the article', () => {
  const contents = ['Sommaire', ...CONTENTS.slice(1).map((entry) => entry.replace(/^[\d.]+ /, ''))];
  // Paragraphs long enough that the standfirst's own run is too light to join the body.
  const more = ' Les habitants des villages voisins racontent que la vie a beaucoup changé depuis vingt ans, et que les jeunes partent vers les villes.';
  const sections = SECTIONS.map((line, i) => (i % 2 === 1 ? line + more : line));
  const lead = 'Les pêcheurs du lac Tchad voient ses rives reculer, et les îles flottantes du sud, faites de papyrus et de roseaux, se vident peu à peu.';
  const header = ['Par Awa Diallo', 'Publié le 14 novembre 2023', 'Partager', 'Facebook', 'Copier le lien', 'Photo AFP'];
  const verdicts = classifyLines(['Accueil', 'Afrique', 'Tchad', lead, ...header, ...contents, ...sections]);
  assert.equal(verdicts[3].reason, 'standfirst');
  assert.deepEqual(verdicts.slice(4, 4 + header.length).map((v) => v.content), header.map(() => false));
});
