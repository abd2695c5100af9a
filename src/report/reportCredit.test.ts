// The agency credit from a page to the JSON report: an HTML page whose byline credits a wire
// beside its writer, a text copied from a page whose dateline names the wire, and an outlet's
// own piece crediting none. The articles are ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../article.js';
import { analyzeCorpus } from '../pipeline.js';
import { reportErrors } from '../../test/validateReport.js';
import { buildReport } from './buildReport.js';

const BODY = [
  'Des pluies diluviennes se sont abattues mardi sur la ville de Kayes, dans l’ouest du Mali, provoquant la crue du fleuve Sénégal.',
  'Selon la protection civile, au moins quatorze personnes ont perdu la vie et des centaines de familles ont dû quitter leur maison.',
  'Le gouverneur de la région a ouvert trois écoles pour accueillir les sinistrés, qui manquent d’eau potable et de nourriture.',
];

const PAGE: RawArticle = {
  id: 'page',
  file: 'page.html',
  notes: [],
  html: `<html lang="fr"><head><title>Crue meurtrière à Kayes</title>
    <meta property="og:site_name" content="Le Courrier du Fleuve">
    <meta name="author" content="Awa Diallo avec AFP">
    <meta property="article:published_time" content="2024-08-20T09:00:00Z"></head>
    <body><article><h1>Crue meurtrière à Kayes</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
};

const TEXT: RawArticle = {
  id: 'text',
  file: 'text.txt',
  notes: [],
  outlet: 'Bamako Matin',
  published: '2024-08-21',
  text: ['Crue meurtrière à Kayes', '', `KAYES (Reuters) – ${BODY[0]}`, '', BODY[1], '', BODY[2]].join('\n'),
};

const OWN: RawArticle = {
  id: 'own',
  file: 'own.txt',
  notes: [],
  outlet: 'Le Courrier du Fleuve',
  published: '2024-08-22',
  text: ['Kayes : les digues en question', '', 'Les habitants des quartiers bas de Kayes réclament depuis des années des digues le long du fleuve.', '', 'La mairie promet une étude avant la prochaine saison des pluies, a déclaré son adjoint aux travaux.'].join('\n'),
};

test('the report carries each article’s agency credit apart from its author, from HTML and from text', () => {
  const report = buildReport(analyzeCorpus([PAGE, TEXT, OWN]), 'test');
  assert.deepEqual(reportErrors(report), []);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  assert.deepEqual([byId.get('page')!.author, byId.get('page')!.credit], ['Awa Diallo', 'AFP']);
  assert.deepEqual([byId.get('text')!.outlet, byId.get('text')!.credit], ['Bamako Matin', 'Reuters']);
  assert.equal(byId.get('own')!.credit, null);
});

test('an HTML dateline cut off the body still gives the report its credit', () => {
  const page: RawArticle = {
    id: 'dateline',
    file: 'dateline.html',
    notes: [],
    html: `<html lang="fr"><head><title>Crue meurtrière à Kayes</title><meta property="og:site_name" content="Gazette de Kayes"></head>
      <body><article><h1>Crue meurtrière à Kayes</h1><p>KAYES (AFP) – ${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p></article></body></html>`,
  };
  const report = buildReport(analyzeCorpus([page]), 'test');
  assert.deepEqual(reportErrors(report), []);
  const [article] = report.articles;
  assert.deepEqual([article!.outlet, article!.credit, article!.author], ['Gazette de Kayes', 'AFP', null]);
});

/** An outlet's page of `paragraphs`, signed by a writer "avec AFP". */
function creditedPage(id: string, outlet: string, published: string, title: string, paragraphs: readonly string[]): RawArticle {
  return {
    id,
    file: `${id}.html`,
    notes: [],
    outlet,
    published,
    html: `<html lang="fr"><head><meta name="author" content="Moussa Traoré avec AFP"></head>
      <body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  };
}

const OWN_WORDS = [
  'À Kayes, la montée des eaux a surpris les habitants en pleine nuit, et quatorze d’entre eux ont péri selon la protection civile.',
  'Dans les quartiers bas, des centaines de familles ont quitté leur maison ; trois écoles de la ville accueillent désormais les sinistrés.',
  'Les secours venus de Bamako peinent à arriver, les routes étant coupées par la crue du fleuve Sénégal en plusieurs endroits.',
];

test('a shared agency credit counts once only for one text: the same dispatch is one origin, two rewrites two', () => {
  const sameDispatch = analyzeCorpus([
    creditedPage('d1', 'Le Courrier du Fleuve', '2024-08-20', 'Crue meurtrière à Kayes', BODY),
    creditedPage('d2', 'Gazette de Kayes', '2024-08-20', 'Kayes : la crue fait quatorze morts', BODY),
  ]);
  const rewritten = analyzeCorpus([
    creditedPage('r1', 'Le Courrier du Fleuve', '2024-08-20', 'Crue meurtrière à Kayes', BODY),
    creditedPage('r2', 'Gazette de Kayes', '2024-08-20', 'Kayes : la crue fait quatorze morts', OWN_WORDS),
  ]);
  const credits = (analysis: ReturnType<typeof analyzeCorpus>) => analysis.articles.map((a) => a.credit);
  assert.deepEqual([credits(sameDispatch), credits(rewritten)], [['AFP', 'AFP'], ['AFP', 'AFP']]);
  const events = (analysis: ReturnType<typeof analyzeCorpus>) => buildReport(analysis, 'test').events.map((e) => [e.sources, e.origins]);
  assert.deepEqual(events(sameDispatch), [[2, 1]]);
  assert.deepEqual(events(rewritten), [[2, 2]]);
});
