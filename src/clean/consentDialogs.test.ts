import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const furniture = (lines: string[]) => pageFeatures(lines).lines.map((line) => line.furniture !== null);

// A short news item, then the site's cookie settings copied with it (the shape of a German
// battery-industry site's page, our sentences).
const STORY = [
  'Zellwerk in Tennessee wird erweitert',
  'Der Batteriehersteller investiert nach eigenen Angaben weitere 275 Millionen US-Dollar in sein Werk in Spring Hill, um die Produktion früher hochzufahren.',
  'Die Anlage soll ein benachbartes Montagewerk mit Zellen für mehrere Elektroautos beliefern und bis 2030 ihre volle Kapazität erreichen.',
];
const DIALOG = [
  'Wie wir Cookies verwenden',
  'Notwendige Website Cookies',
  'Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren Dienste und Funktionen zur Verfügung zu stellen, und ohne sie geht es nicht.',
  'Da diese Cookies für die Dienste unbedingt erforderlich sind, hat ihre Ablehnung Auswirkungen darauf, wie unsere Webseite funktioniert, und das sollten Sie wissen.',
  'Hier klicken, um notwendige Cookies zu aktivieren/deaktivieren.',
  'Google Analytics Cookies',
  'Diese Cookies sammeln Informationen, die uns dabei helfen zu verstehen, wie unsere Seite genutzt wird und wie gut unsere Marketingkampagnen wirken, ganz anonym.',
  'Hier klicken, um Google Maps zu aktivieren/deaktivieren.',
  'Hier klicken, um Videoeinbettungen zu aktivieren/deaktivieren.',
  'Andere Cookies',
];

test("a cookie settings dialog goes whole, its switches with it, and the story above it is the article", () => {
  assert.deepEqual(furniture([...STORY, ...DIALOG]), [false, false, false, ...DIALOG.map(() => true)]);
  const verdicts = classifyLines([...STORY, ...DIALOG]);
  assert.deepEqual(verdicts.slice(1, 3).map((v) => v.content), [true, true]);
  assert.ok(verdicts.slice(3).every((v) => !v.content));
});

test('an article about cookies is no dialog: it names them as often, but offers no switch and no "our website"', () => {
  const article = [
    'La CNIL inflige une amende à un moteur de recherche pour ses cookies',
    'La Commission nationale de l’informatique et des libertés a sanctionné jeudi un moteur de recherche qui déposait des cookies publicitaires sans le consentement des internautes.',
    'Selon le régulateur, refuser les cookies demandait plusieurs clics quand les accepter n’en demandait qu’un, ce que la loi interdit depuis 2021.',
    'L’entreprise conteste la décision et affirme que ses cookies servent d’abord à mesurer l’audience, une utilisation que la loi tolère.',
    'Les associations de consommateurs saluent une décision qui devrait pousser d’autres sites à revoir leurs bandeaux de cookies dans les prochains mois.',
  ];
  assert.deepEqual(furniture(article), article.map(() => false));
});

test("a banner's line or two naming cookies is left to the lexicon", () => {
  const lines = [...STORY, 'Hier klicken, um notwendige Cookies zu aktivieren/deaktivieren.', 'Diese Seite verwendet Cookies, mehr in den Einstellungen.'];
  assert.deepEqual(furniture(lines).slice(0, 4), [false, false, false, false]);
});
