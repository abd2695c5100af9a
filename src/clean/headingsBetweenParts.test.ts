import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

// Names and figures: the standfirst stays out of the body's densest run, and is taken back on its own.
const STANDFIRST = 'Riverside pool: cracks in main basin, eleven million euros of repairs, Northfield and Eastbury pools for clubs. Council vote 31 to 4, reopening planned in 2026.';
const BODY = [
  'The regional council approved on Tuesday a plan to close the Riverside pool for two years, after an inspection found cracks in its main basin.',
  'Swimmers from the three clubs that train there will be sent to the pools of Northfield and Eastbury, the council said, with buses paid by the town.',
  'The repairs are expected to cost eleven million euros, a third of which the national sports agency has agreed to pay, according to the mayor.',
];

function page(between: string): string[] {
  return ['Home', 'Sport', 'Riverside pool to close for two years', 'By Jane Doe', '12 March 2024', STANDFIRST, between, ...BODY, 'Share', 'Most read', 'Weather'];
}

test('a short line between a kept part (the standfirst) and the first paragraph belongs to the article', () => {
  const lines = page('RIVERSIDE, NORTHSHIRE');
  const verdicts = classifyLines(lines);
  const at = lines.indexOf('RIVERSIDE, NORTHSHIRE');
  assert.equal(verdicts[at - 1].reason, 'standfirst');
  assert.deepEqual(verdicts[at], { content: true, reason: 'heading' });
});

test('a byline or a sentence in that place is not taken', () => {
  for (const between of ['By Jane Doe', 'Photo taken by the author.']) {
    const lines = page(between);
    assert.equal(classifyLines(lines)[lines.lastIndexOf(between)].content, false, between);
  }
});

test("a kicker and a work's title between two paragraphs of a review round-up head the next item", () => {
  const review = [
    'Le documentaire suit pendant deux ans une troupe de théâtre amateur dans un village du Jura, de la première lecture du texte jusqu’au soir de la première.',
    'La réalisatrice filme les répétitions dans la salle des fêtes, les disputes sur la distribution des rôles et les doutes de chacun avant de monter sur scène.',
    'On sort de ce film avec l’envie de pousser la porte du théâtre le plus proche, et c’est sans doute le plus beau compliment qu’on puisse lui faire.',
    'Les comédiens, tous bénévoles, répètent le soir après leur travail, et certains font une heure de route pour venir jusqu’à la salle des fêtes du village.',
    'Le metteur en scène, un ancien instituteur, les pousse à oser, à se tromper et à recommencer, avec une patience que la caméra saisit sans jamais appuyer.',
  ];
  const next = [
    'Ce film d’animation raconte le voyage d’une petite fille qui traverse les saisons à la recherche de son chat, perdu un soir de tempête près de la mer.',
    'Les décors peints à la main changent de couleur avec les mois, et la musique accompagne chaque saison d’un instrument différent, du violon à la flûte.',
    'La petite fille croise sur sa route un renard, un vieux pêcheur et une bande d’oiseaux qui lui indiquent chacun une direction différente pour trouver son chat.',
    'Le film dure un peu plus d’une heure, ce qui le rend parfait pour les plus jeunes, qui pourront le voir en famille pendant les vacances de fin d’année.',
  ];
  const kicker = 'Pour les enfants qui aiment les saisons';
  // An English title on a French page: no French stop word, a menu's line for the classes.
  const title = 'The Wind Cat of Four Seasons Returns (animation, 1h12, Arte France)';
  const lines = ['Accueil', 'Écrans', ...review, kicker, title, ...next, 'Partager', 'Les plus lus'];
  const verdicts = classifyLines(lines);
  assert.equal(verdicts[lines.indexOf(review[4])].content, true);
  assert.deepEqual(verdicts[lines.indexOf(kicker)], { content: true, reason: 'heading' });
  assert.deepEqual(verdicts[lines.indexOf(title)], { content: true, reason: 'heading' });
});

test('a subheading in capitals between two kept lines of the body heads the next one; an acronym alone does not', () => {
  // A list of names after the heading: the line below reads as near-good, not as prose.
  const names = 'The Eastbury club lost to Northfield on Sunday, with Jane Doe, Awa Diallo and Marie Curie swimming';
  for (const [label, kept] of [['THE EASTBURY CLUB', true], ['NSA', false]] as const) {
    const lines = ['Home', ...BODY, label, names, ...BODY.map((line) => `${line} The pool reopens in 2026.`), 'Most read'];
    const verdicts = classifyLines(lines).map((v) => v.content);
    assert.equal(verdicts[lines.indexOf(label)], kept, label);
  }
});
