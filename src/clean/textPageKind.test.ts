import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from './cleanArticle.js';
import { readPage } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';
import type { TextPageVerdict } from './textPageKind.js';

const here = dirname(fileURLToPath(import.meta.url));
const golden = (name: string) => readFileSync(join(here, 'fixtures', name, 'input.txt'), 'utf8');
const kept = (name: string) => readFileSync(join(here, 'textFixtures', name), 'utf8');

function kindOf(text: string): TextPageVerdict {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return readPage(pageFeatures(lines)).kind;
}

test('a home page copied as text is a listing: its text is emptied, with a note saying why', () => {
  const verdict = kindOf(golden('fr-home-page-text'));
  assert.equal(verdict.kind, 'listing');
  assert.equal(verdict.cards, 8);
  assert.match(verdict.evidence[0], /^8 cards .*lines 11-13/);
  const article = cleanArticle({ id: 'h', file: 'h.txt', text: golden('fr-home-page-text'), notes: [] });
  assert.equal(article.text, '');
  const note = article.notes.find((n) => n.rule === 'listing-page');
  assert.ok(note && /8 cards/.test(note.message), JSON.stringify(article.notes));
  assert.ok(!article.notes.some((n) => n.rule === 'no-article'));
});

test('a section front of headlines and date lines is a listing', () => {
  const verdict = kindOf(golden('fr-section-front-text'));
  assert.equal(verdict.kind, 'listing');
  assert.equal(verdict.ownChars, 0);
});

test('a 404 page is an error page, its message quoted as evidence', () => {
  const verdict = kindOf(golden('fr-404-text'));
  assert.equal(verdict.kind, 'error');
  assert.match(verdict.evidence[0], /line 7 "Erreur 404"/);
  const english = 'The Lagoon Herald\nNews\nSport\nPage not found\nSorry, the page you are looking for does not exist or has been moved.\nGo to the home page\n© The Lagoon Herald';
  assert.equal(kindOf(english).kind, 'error');
  const article = cleanArticle({ id: 'e', file: 'e.txt', text: golden('fr-404-text'), notes: [] });
  assert.equal(article.text, '');
  assert.ok(article.notes.some((n) => n.rule === 'error-page'));
});

test('an interview of short questions and answers and a list-heavy explainer stay articles', () => {
  for (const name of ['fr-interview.txt', 'fr-explainer.txt']) {
    const text = kept(name);
    assert.equal(kindOf(text).kind, 'article', name);
    const article = cleanArticle({ id: name, file: name, text, notes: [] });
    assert.ok(!article.notes.some((n) => n.rule === 'listing-page' || n.rule === 'error-page'), name);
  }
  const interview = cleanArticle({ id: 'i', file: 'i.txt', text: kept('fr-interview.txt'), notes: [] }).text;
  for (const answer of ['Par leur hauteur, oui.', 'Elles protègent les villes.', 'La région de Gaya']) assert.ok(interview.includes(answer), answer);
  const explainer = cleanArticle({ id: 'x', file: 'x.txt', text: kept('fr-explainer.txt'), notes: [] }).text;
  assert.ok(explainer.includes("Le franc CFA n'est pas concerné"));
});

const CARDS = [
  ['Bénin : le port de Cotonou affiche une baisse de son trafic', "Les exportations vers le Niger ont chuté de moitié en un an, selon l'autorité portuaire."],
  ['Pétrole : le premier baril nigérien chargé à Sèmè', "Le brut d'Agadem est arrivé au terminal après un trajet de près de deux mille kilomètres."],
  ['Mali : les commerçants de Gao dénoncent la hausse des prix', 'Le sac de sucre a gagné cinq mille francs en deux semaines sur le grand marché.'],
  ['Burkina Faso : une nouvelle route vers le Ghana inaugurée', 'Les travaux avaient commencé il y a quatre ans et ont été financés par une banque régionale.'],
  ["Tchad : la saison des pluies s'annonce précoce", 'Les services météorologiques prévoient des pluies supérieures à la normale dans le sud.'],
  ['Sénégal : le nouveau gouvernement présente son programme', 'Le Premier ministre a détaillé devant les députés les priorités de son équipe.'],
];
const datedCards = CARDS.map(([headline, teaser], i) => `${headline}\nPublié le 0${i + 1}/05/2024 à 10:00\n${teaser}`).join('\n');

test('a brief of two paragraphs above a column of dated teasers stays an article', () => {
  const brief =
    'Niger : Niamey rouvre sa frontière avec le Bénin\nPublié le 12/05/2024 à 09:10\n' +
    'Le gouvernement nigérien a annoncé dimanche la réouverture de la frontière avec le Bénin, fermée depuis juillet dernier.\n' +
    'Les camions bloqués à Malanville devraient pouvoir passer dès lundi, selon les transporteurs.\n';
  assert.equal(kindOf(brief + datedCards).kind, 'article');
  // The same cards alone are a listing.
  assert.equal(kindOf(`Sahel Actu\nAfrique\n${datedCards}\n© Sahel Actu 2024`).kind, 'listing');
});

test('timed entries of a live blog all speak of one event: an article', () => {
  const entries = [
    ["Kidal : les premiers blindés entrent dans la ville", "Les blindés de l'armée ont franchi l'entrée sud de Kidal vers midi, selon des habitants."],
    ["Kidal : les rebelles se replient vers le nord", "Les combattants ont quitté Kidal par la route d'Anéfis, selon une source sécuritaire."],
    ['Kidal : le camp de la Minusma occupé par les soldats', "Le camp laissé vide à Kidal depuis octobre est désormais tenu par l'armée malienne."],
    ['Kidal : la population reste terrée chez elle', 'Les rues de Kidal sont désertes et les boutiques fermées, racontent des témoins.'],
    ['Kidal : Bamako revendique le contrôle total de la ville', "Un communiqué de l'état-major affirme que Kidal est sous contrôle de l'armée."],
    ["Kidal : l'Algérie appelle à la retenue", "Alger demande aux parties présentes à Kidal de préserver l'accord de paix."],
  ];
  const blog = entries.map(([headline, text], i) => `1${i}h30\n${headline}\n${text}`).join('\n');
  assert.equal(kindOf(`Direct\n${blog}`).kind, 'article');
});

test('an article quoting an error message, even under a "Page introuvable" line, stays an article: it says more than an error page', () => {
  const text =
    "Le site du ministère de la Communication est inaccessible depuis lundi. À l'adresse habituelle, un message indique que « la page que vous cherchez n'existe pas », sans autre explication, et les journalistes qui tentaient d'y consulter les communiqués officiels ont dû se tourner vers les réseaux sociaux du gouvernement.\n" +
    "Contacté, le service informatique évoque une migration technique et promet un retour à la normale d'ici la fin de la semaine, sans en préciser la date exacte.\n" +
    "L'Union des journalistes rappelle que le site est la seule source des textes officiels publiés en conseil des ministres.";
  assert.equal(kindOf(text).kind, 'article');
  assert.equal(kindOf(`Page introuvable\n${text}`).kind, 'article');
});
