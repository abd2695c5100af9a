import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDatelineWire, readTextCredits, readTextWire, type TextCredit } from './readTextMetadata.js';

/** The outlet a text's credit lines state. */
const readTextCredit = (text: string): TextCredit | null => readTextCredits(text, false).outlet;

const body = 'Les pluies de la nuit ont inondé trois quartiers de la ville, selon la protection civile.';

test('a copyright footer names the publisher, with the line as evidence', () => {
  const credit = readTextCredit(`Crue du fleuve à Gaya\n${body}\n© Le Courrier du Dallol 2024 – Tous droits réservés`);
  assert.deepEqual(credit, { outlet: 'Le Courrier du Dallol', author: null, line: '© Le Courrier du Dallol 2024 – Tous droits réservés', rule: 'copyright' });
  assert.equal(readTextCredit(`${body}\nCopyright © 2019-2024 The Lagoon Herald. All rights reserved.`)?.outlet, 'The Lagoon Herald');
  assert.equal(readTextCredit(`${body}\nGaya Matin – Tous droits réservés`)?.outlet, 'Gaya Matin');
});

test('a picture credit is no publisher', () => {
  assert.equal(readTextCredit(`${body}\nPhoto : © Studio Kalo / Agence Delta Presse`), null);
  assert.equal(readTextCredit(`${body}\n© Issa Kalo/ADP`), null);
});

test('a masthead alone on the first line', () => {
  assert.equal(readTextCredit(`L'Écho du Dallol\nCrue du fleuve à Gaya\n${body}`)?.rule, 'masthead');
  assert.equal(readTextCredit(`LA GAZETTE DU DALLOL\n${body}`)?.outlet, 'LA GAZETTE DU DALLOL');
  // A headline is no masthead, even one naming an outlet.
  assert.equal(readTextCredit(`Presse : la Gazette du Dallol suspendue\n${body}`), null);
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\n${body}`), null);
});

test('a byline naming the outlet gives the outlet and the writer; one naming a place gives nothing', () => {
  const credit = readTextCredit(`Crue du fleuve à Gaya\nPar Mariama Issa, Agence Delta Presse\n${body}`);
  assert.equal(credit?.outlet, 'Agence Delta Presse');
  assert.equal(credit?.author, 'Mariama Issa');
  assert.equal(readTextCredit(`Floods in Gaya\nBy John Okafor, The Lagoon Herald\n${body}`)?.outlet, 'The Lagoon Herald');
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\nPar Mariama Issa, Gaya\n${body}`), null);
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\nPar ailleurs, Le Monde a parlé.\n${body}`), null);
});

test('a wire dateline or a source line names the wire when no publisher line does', () => {
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\nGAYA (ADP) – ${body}`)?.outlet, 'ADP');
  assert.equal(readTextCredit(`Gaya, 12 août 2024 (ADP) – ${body}`)?.line, 'Gaya, 12 août 2024 (ADP)');
  assert.equal(readTextCredit(`Floods in Gaya\nLAGOS (Reuters) - ${body}`)?.outlet, 'Reuters');
  assert.equal(readTextCredit(`${body}\nSource : AFP`)?.outlet, 'AFP');
  // The publisher's footer wins over the wire it reprints.
  assert.equal(readTextCredit(`GAYA (ADP) – ${body}\n© Gaya Matin 2024`)?.outlet, 'Gaya Matin');
});

test('"Avec AFP" and a sentence holding a cue name no outlet', () => {
  assert.equal(readTextCredit(`${body}\nAvec AFP`), null);
  assert.equal(readTextCredit(`${body}\nLa source : un témoin a tout vu.`), null);
  assert.equal(readTextCredit(`Le Conseil national (CNSP) a parlé.\n${body}`), null);
});

test('a masthead with its slogan, at the top or in the last lines', () => {
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\n${body}\nCommentaires (0)\nL'Écho du Dallol – le journal qui vous ressemble`)?.outlet, "L'Écho du Dallol");
  assert.equal(readTextCredit(`GAZETTE DU DALLOL | l'info en continu\nCrue du fleuve à Gaya\n${body}`)?.outlet, 'GAZETTE DU DALLOL');
  // Mid-page, a name and a dash open a sentence or a teaser, not a masthead.
  assert.equal(readTextCredit(`Crue du fleuve à Gaya\nRadio Dallol – les auditeurs témoignent\n${body}\n${body}\n${body}\n${body}`), null);
});

test('cleanArticle: a pasted text gets its outlet from its credit line, with a note, and its date from "Mis en ligne le"', async () => {
  const { cleanArticle } = await import('./cleanArticle.js');
  const text = `Crue du fleuve à Gaya : trois quartiers sous les eaux\nRÉGIONS\nMis en ligne le 14/08/2024 à 16h05\n${body}\n` +
    `Les secours ont relogé deux cents familles dans les écoles de la commune, a précisé le maire au téléphone.\n© Le Courrier du Dallol 2024`;
  const article = cleanArticle({ id: 'x', file: 'x.txt', text, notes: [] });
  assert.equal(article.outlet, 'Le Courrier du Dallol');
  assert.equal(article.published, '2024-08-14T16:05');
  assert.ok(article.notes.some((n) => n.rule === 'outlet-from-text' && n.message.includes('© Le Courrier du Dallol 2024')));
  // An outlet given with the article wins, and no note claims otherwise.
  const given = cleanArticle({ id: 'y', file: 'y.json', text, outlet: 'dallol-courrier.example', notes: [] });
  assert.equal(given.outlet, 'dallol-courrier.example');
  assert.ok(!given.notes.some((n) => n.rule === 'outlet-from-text'));
});

test('credit lines are found however the lines are spaced: CRLF, no-break spaces, blank lines, a long line skipped', () => {
  const long = `${body} `.repeat(3);
  assert.equal(readTextCredit(`\r\n\n${long}\r\n  \u00a0© Gaya Matin 2024\r\n\n`)?.outlet, 'Gaya Matin');
  assert.equal(readTextCredit(`\n\n  Par Mariama Issa, Agence Delta Presse \r\n${body}`)?.author, 'Mariama Issa');
  assert.equal(readTextCredit(`${body}\r\n\t(Source : AFP)\r\n`)?.outlet, 'AFP');
  // A copyright sign inside a paragraph longer than any credit line is no credit.
  assert.equal(readTextCredit(`${long} © Gaya Matin 2024`), null);
  assert.equal(readTextCredit('\n \n'), null);
});

test('a dateline credits the wire in its brackets, the same rule for a text line and a head cut off a page', () => {
  const cases: [line: string, wire: string | null][] = [
    ['BAMAKO (AFP) –', 'AFP'],
    ['BAMAKO (AFP) – Le ministre est arrivé.', 'AFP'],
    ['Paris, 12 mars 2024 (Reuters) -', 'Reuters'],
    ['NIAMEY (ANP) —', 'ANP'],
    ['BAMAKO —', null],
    ['MALI', null],
    ['Le Conseil (CNSP) a parlé - hier.', null],
  ];
  for (const [line, wire] of cases) {
    assert.equal(readDatelineWire(line), wire, line);
    assert.equal(readTextWire(`${line}\n${body}`)?.outlet ?? null, wire, line);
  }
});
