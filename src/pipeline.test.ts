import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, byPublication, Corpus } from './pipeline.js';
import { MINI } from '../test/fixtures/mini/articles.js';

test('the same visit reported by three outlets is one event; the earthquake another', () => {
  const analysis = analyzeCorpus(MINI);
  const eventOf = Object.fromEntries(analysis.articles.map((a) => [a.id, a.event]));
  assert.equal(eventOf.matin, eventOf.depeche);
  assert.equal(eventOf.matin, eventOf.undated);
  assert.notEqual(eventOf.matin, eventOf.quake);
});

test('a reprint with a changed first words is a duplicate of the earlier dispatch', () => {
  const analysis = analyzeCorpus(MINI);
  const depeche = analysis.articles.find((a) => a.id === 'depeche');
  assert.equal(depeche?.duplicateOf, 'matin');
  assert.equal(analysis.articles.find((a) => a.id === 'undated')?.duplicateOf, null);
});

test('an undated article takes its event’s date, flagged as inferred', () => {
  const undated = analyzeCorpus(MINI).articles.find((a) => a.id === 'undated');
  assert.equal(undated?.publishedSource, 'inferred');
  assert.match(undated?.published ?? '', /^2023-02-0[67]/);
  assert.ok(undated?.notes.some((n) => n.rule === 'published-inferred'));
});

test('mentions carry their corpus entity id; spellings of one person share it', () => {
  const analysis = analyzeCorpus(MINI);
  const lavrov = analysis.entities.find((e) => e.aliases.some((a) => /Lavrov/.test(a)));
  assert.ok(lavrov, 'Lavrov is an entity');
  for (const article of analysis.articles.filter((a) => a.event === analysis.articles[0].event)) {
    const mention = article.mentions.find((m) => /Lavrov/.test(m.text));
    if (mention) assert.equal(mention.entity, lavrov.id, `${article.id}: ${mention.text}`);
  }
});

test('incremental adds through a JSON round-trip give the batch result', () => {
  const articles = byPublication(MINI.map((raw) => analyzeArticle(raw)));
  const batch = Corpus.empty();
  for (const article of articles) batch.add(article);

  let incremental = Corpus.empty();
  for (const article of articles) {
    incremental = Corpus.fromJSON(JSON.parse(JSON.stringify(incremental.toJSON())));
    incremental.add(article);
  }
  assert.deepEqual(incremental.events(), batch.events());
  assert.deepEqual(incremental.entities(), batch.entities());
  assert.deepEqual(incremental.duplicateGroups(), batch.duplicateGroups());
});

test('analyzeArticle never throws, whatever the input', () => {
  const nested = `${'<div>'.repeat(10_000)}texte${'</div>'.repeat(10_000)}`;
  for (const raw of [
    { id: 'empty', file: 'x', text: '', notes: [] },
    { id: 'nested', file: 'x', html: nested, notes: [] },
    { id: 'odd', file: 'x', text: '\u0000\uFFFD« » “ ” ' + '»'.repeat(500), notes: [] },
  ]) {
    const article = analyzeArticle(raw);
    assert.equal(article.id, raw.id);
  }
});

test('publication order is the order of the instants, whatever the time zone the dates are written in', () => {
  const articles = [
    { id: 'a', published: '2025-03-22T15:30:00Z' },
    { id: 'b', published: '2025-03-22T16:05:00+01:00' },
    { id: 'c', published: null },
    { id: 'd', published: '2025-03-22' },
  ];
  assert.deepEqual(byPublication(articles).map((a) => a.id), ['d', 'b', 'a', 'c']);
});
