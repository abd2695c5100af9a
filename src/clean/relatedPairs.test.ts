import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const OPENING = [
  'Les ostréiculteurs du bassin ont vu leurs ventes reculer de moitié cet hiver, après deux alertes sanitaires qui ont fermé les parcs pendant plusieurs semaines.',
  "La préfecture a levé l'interdiction au début du mois, mais les restaurateurs de la côte disent que leurs clients hésitent encore à commander des huîtres.",
];
const RESUMED = [
  "Pour regagner la confiance des acheteurs, la coopérative a décidé de publier chaque semaine les résultats des analyses menées dans chacun de ses parcs.",
  'Elle espère que les fêtes de fin d’année, qui font à elles seules un tiers du chiffre annuel, effaceront une partie des pertes accumulées depuis novembre.',
];
const LINKS = ['Sécheresse : les huîtres du littoral atlantique menacées par une saison sans pluie', 'Comment les pêcheurs bretons se préparent à la fermeture du golfe cet hiver ?'];

test('two headlines between two paragraphs, saying nothing of the one below, are related links', () => {
  const lines = ['Accueil', 'Économie', ...OPENING, ...LINKS, ...RESUMED, 'Mentions légales'];
  const verdicts = classifyLines(lines);
  for (const link of LINKS) assert.deepEqual(verdicts[lines.indexOf(link)], { content: false, reason: 'related-link' }, link);
  for (const paragraph of [...OPENING, ...RESUMED]) assert.equal(verdicts[lines.indexOf(paragraph)].content, true, paragraph);
});

test('a heading and its subheading announce the paragraph below, and stay', () => {
  const heading = 'Une coopérative qui veut montrer ses analyses à tous les clients';
  const subheading = 'Des résultats publiés chaque semaine pour regagner la confiance des acheteurs';
  const lines = ['Accueil', ...OPENING, heading, subheading, ...RESUMED, 'Mentions légales'];
  const verdicts = classifyLines(lines);
  assert.notEqual(verdicts[lines.indexOf(heading)].reason, 'related-link');
  assert.notEqual(verdicts[lines.indexOf(subheading)].reason, 'related-link');
});

test("questions in a row are the writer's, and one headline alone is left to the subheading rules", () => {
  const questions = ['Qui paiera les semaines perdues par les producteurs du bassin cet hiver ?', 'Et pourquoi les contrôles ont-ils tant tardé cette année ?'];
  let lines = ['Accueil', ...OPENING, ...questions, ...RESUMED, 'Mentions légales'];
  let verdicts = classifyLines(lines);
  for (const question of questions) assert.notEqual(verdicts[lines.indexOf(question)].reason, 'related-link', question);
  lines = ['Accueil', ...OPENING, LINKS[0], ...RESUMED, 'Mentions légales'];
  verdicts = classifyLines(lines);
  assert.notEqual(verdicts[lines.indexOf(LINKS[0])].reason, 'related-link');
});

test('two headlines inside the article between a box label and an ad are a box of links; a heading and its subheading above a paragraph stay', () => {
  const boxed = ['Les huîtres du bassin de nouveau autorisées à la vente après les analyses', 'La coopérative des parcs du bassin cherche des saisonniers pour les fêtes'];
  let lines = ['Accueil', ...OPENING, 'Lire la suite', ...boxed, 'Publicité', ...RESUMED, 'Mentions légales'];
  let verdicts = classifyLines(lines);
  for (const link of boxed) assert.deepEqual(verdicts[lines.indexOf(link)], { content: false, reason: 'related-link' }, link);
  const heading = 'Une coopérative qui veut montrer ses analyses à tous les clients';
  const subheading = 'Des résultats publiés chaque semaine pour regagner la confiance des acheteurs';
  lines = ['Accueil', ...OPENING, 'Publicité', heading, subheading, ...RESUMED, 'Mentions légales'];
  verdicts = classifyLines(lines);
  assert.notEqual(verdicts[lines.indexOf(heading)].reason, 'related-link');
  assert.notEqual(verdicts[lines.indexOf(subheading)].reason, 'related-link');
});
