import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind, boilerplateKindOf, isMediaRailMarker, isPaywallEnd, isPaywallEndOf, isTailMarker } from './boilerplateLexicon.js';
import { scanLine } from './scanLine.js';
import { classifyLines } from './classifyLines.js';

test('a live feed beside the article opens on its label, a tail marker', () => {
  assert.ok(isTailMarker('Direct'));
  assert.ok(isTailMarker('En continu'));
  assert.ok(!isTailMarker('En direct de Bamako, le correspondant raconte'));
});

test("a caption's own label, a lone picture credit and notes under a wire story are furniture", () => {
  assert.equal(boilerplateKind('Media caption The minister spoke to reporters in Dakar'), 'prefix');
  assert.equal(boilerplateKind('Legende: Der Minister in Dakar.'), 'prefix');
  assert.equal(boilerplateKind('Getty'), 'line');
  assert.equal(boilerplateKind('Crowds at the rally on Monday.Credit...Jane Doe/The Harbour Times'), 'caption');
  assert.equal(boilerplateKind('Reporting by Jane Doe in Dakar; Editing by John Roe'), 'prefix');
  assert.equal(boilerplateKind('By signing up, you confirm that you are over the age of 16.'), 'prefix');
  assert.equal(boilerplateKind('Reporters in Dakar spoke to the minister on Monday.'), null);
});

test("a registration wall's pitch, a comment form's messages and a personal-archive credit are furniture", () => {
  assert.equal(boilerplateKind('Create an account or sign in to continue reading the story.'), 'prefix');
  assert.equal(boilerplateKind('Unlimited digital access to the Daily Courier.'), 'prefix');
  assert.equal(boilerplateKind('Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später.'), 'prefix');
  assert.equal(boilerplateKind('Box aufklappen Box zuklappen'), 'line');
  assert.equal(boilerplateKind('личный архив Ивана Петрова'), 'prefix');
  assert.equal(boilerplateKind('The council created an account of the floods for residents.'), null);
});

test('a notice is furniture however long its line; other prefixes only on a short one', () => {
  const consent = 'An dieser Stelle finden Sie einen von der Redaktion ausgewählten externen Inhalt, der den Artikel ergänzt. ' +
    'Sie können ihn mit einem Klick anzeigen lassen und die Zustimmung jederzeit wieder zurücknehmen.';
  assert.equal(boilerplateKind(consent), 'prefix');
  const prose = 'Photographs taken in Gao last week show the market rebuilt, the stalls open again and the traders back ' +
    'after two years away, according to the mayor who visited on Monday with the governor.';
  assert.equal(boilerplateKind(prose), null);
});

test('below a media rail\'s marker the story never resumes, however many of its words a teaser shares', () => {
  assert.ok(isMediaRailMarker('Nos Vidéos') && isTailMarker('Nos Vidéos'));
  assert.ok(!isMediaRailMarker('Lire aussi'));
  const p1 = 'Le budget de la ville prévoit une hausse des dépenses pour les écoles et les transports publics dès la rentrée prochaine.';
  const p2 = 'Le maire a défendu ce budget devant le conseil municipal, qui doit encore voter les dépenses des écoles le mois prochain.';
  const teaser = 'Budget des écoles : la ville peut-elle vraiment payer les transports publics de la rentrée ?';
  const summary = 'Les dépenses de la ville pour les écoles et les transports publics augmentent encore cette année, selon le budget.';
  const verdicts = classifyLines([p1, p2, 'Nos Vidéos', teaser, summary]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, false, false, false]);
});

test('a paywall notice is read on furniture and promotion lines, and never on a lexicon line', () => {
  const notice = 'Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés.';
  const scan = scanLine(notice);
  assert.ok(isPaywallEnd(notice, scan.wordCount));
  assert.ok(isPaywallEndOf(notice, scan, 'promo'));
  // Neither furniture nor a promotion word: no notice, whatever it says.
  assert.equal(isPaywallEndOf(notice, { ...scan, promoCues: 0 }, null), false);
  // A whole line of the lexicons ('line') is no notice: none of them holds a notice's phrase.
  for (const line of ['Accueil', 'Partager', '***']) {
    const lineScan = scanLine(line);
    assert.equal(boilerplateKindOf(line, lineScan), 'line', line);
    assert.equal(isPaywallEndOf(line, lineScan, 'line'), isPaywallEnd(line, lineScan.wordCount), line);
  }
});
