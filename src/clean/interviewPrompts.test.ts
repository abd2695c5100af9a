import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const INTRO = [
  'Chaque mois, nous demandons à trois cuisiniers amateurs de nous raconter leur cuisine de tous les jours, celle qui se prépare en rentrant du travail.',
  'Ils ont accepté de répondre aux mêmes questions, et chacun nous a confié une recette que nous avons testée dans notre cuisine avant de la publier ici.',
];
const PROMPT = 'Votre recette pour un dîner rapide.';

/** One guest: name, a question, its reply (each guest learnt from someone else), the prompt and its reply (or a reply without a dash). */
function guest(name: string, teacher: string, dish: string, dashed = true): string[] {
  return [
    name,
    'Comment avez-vous commencé à cuisiner pour les autres ?',
    `— J'ai appris en regardant ${teacher}, qui préparait le repas du dimanche pour toute la famille, et je continue aujourd'hui avec mes enfants.`,
    PROMPT,
    `${dashed ? '— ' : ''}${dish}, prêt en vingt minutes avec ce qui reste dans le réfrigérateur, et toujours un peu de citron pour réveiller le plat.`,
  ];
}

test("an interview's refrain, answered after a dash at each guest, is the article's", () => {
  const lines = ['Accueil', 'Cuisine', ...INTRO, ...guest('Anne Morel', 'ma grand-mère', 'Une omelette aux herbes'), ...guest('Paul Girard', 'mon père', 'Des pâtes aux courgettes'), ...guest('Lina Haddad', 'une voisine', 'Une soupe de lentilles', false), 'Mentions légales'];
  const verdicts = classifyLines(lines);
  const copies = lines.flatMap((line, i) => (line === PROMPT ? [i] : []));
  assert.equal(copies.length, 3);
  for (const i of copies) assert.equal(verdicts[i].content, true, `copy at ${i}: ${verdicts[i].reason}`);
  assert.equal(verdicts[copies[0]].reason, 'interview-prompt');
});

test('a notice printed at each break, never answered, stays template', () => {
  const notice = 'Livraison offerte dès cinquante euros.';
  const lines = ['Accueil', ...INTRO, notice, ...guest('Anne Morel', 'ma grand-mère', 'Une omelette aux herbes'), notice, ...guest('Paul Girard', 'mon père', 'Des pâtes aux courgettes'), notice, 'Mentions légales'];
  const verdicts = classifyLines(lines);
  for (let i = 0; i < lines.length; i++) if (lines[i] === notice) assert.equal(verdicts[i].content, false);
});

test('one copy answered after a dash is not a refrain', () => {
  const lines = ['Accueil', ...INTRO, ...guest('Anne Morel', 'ma grand-mère', 'Une omelette aux herbes'), ...guest('Paul Girard', 'mon père', 'Des pâtes aux courgettes', false), ...guest('Lina Haddad', 'une voisine', 'Une soupe de lentilles', false), 'Mentions légales'];
  const verdicts = classifyLines(lines);
  for (let i = 0; i < lines.length; i++) if (lines[i] === PROMPT) assert.equal(verdicts[i].content, false, `copy at ${i}`);
});
