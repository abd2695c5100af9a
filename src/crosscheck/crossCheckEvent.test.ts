import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheckEvent } from './crossCheckEvent.js';
import { loadFixture, toArticle } from './fixtures/loadFixture.js';
import type { Conflict } from '../article.js';

const run = (name: string) => crossCheckEvent(loadFixture(name));
const valuesOf = (c: Conflict) => c.values.map((v) => [v.article, v.value]);

test('a toll of 12 against 14 within the hour is a contradiction', () => {
  const { conflicts } = run('toll-contradiction');
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.kind, 'number');
  assert.equal(conflicts[0]!.about, 'death toll');
  assert.equal(conflicts[0]!.verdict, 'contradiction');
  assert.deepEqual(valuesOf(conflicts[0]!), [['a1', '12'], ['a2', '14']]);
});

test('every conflict value points at its words in its article', () => {
  const fixture = loadFixture('toll-contradiction');
  const texts = new Map(fixture.articles.map((a) => [a.id, a.text]));
  const [conflict] = crossCheckEvent(fixture).conflicts;
  assert.deepEqual(conflict!.values.map((v) => texts.get(v.article)!.slice(v.start, v.end)), ['12', 'Quatorze']);
});

test('a toll revised upward hours later is an update', () => {
  const { conflicts } = run('toll-update');
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.verdict, 'update');
  assert.deepEqual(valuesOf(conflicts[0]!), [['b1', '12'], ['b2', '14']]);
});

test('the same figures published in the reverse order are a contradiction', () => {
  const fixture = loadFixture('toll-update');
  const [b1, b2] = fixture.articles;
  const swapped = { ...fixture, articles: [{ ...b1!, published: b2!.published }, { ...b2!, published: b1!.published }] };
  assert.equal(crossCheckEvent(swapped).conflicts[0]!.verdict, 'contradiction');
});

test('"en 2009" against "depuis 2021" is a date conflict about the arrival', () => {
  const { conflicts } = run('arrival-years');
  const dates = conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1);
  assert.equal(dates[0]!.about, 'year of arrival');
  assert.deepEqual(valuesOf(dates[0]!), [['c1', '2009'], ['c2', 'since 2021']]);
});

test('a dispatch and its reprints never conflict, even when a reprint edits the toll', () => {
  const { conflicts, claims } = run('reprints');
  assert.deepEqual(conflicts, []);
  // The edited toll is its own claim: the dispatch's figure is confirmed only by its reprint.
  const lead = claims.find((c) => c.text.includes('12 morts'))!;
  assert.deepEqual(lead.articles, ['d1', 'd2']);
  assert.equal(lead.origins, 1);
  const rescue = claims.find((c) => c.text.includes('survivants'))!;
  assert.equal(rescue.articles.length, 3);
  assert.equal(rescue.origins, 1);
});

test('the same reprints from independent outlets disagree', () => {
  const fixture = loadFixture('reprints');
  const { conflicts } = crossCheckEvent({ ...fixture, duplicateOf: new Map() });
  assert.equal(conflicts.length, 1);
});

test('two first names for the minister of one role are a name conflict', () => {
  const { conflicts } = run('minister-names');
  const names = conflicts.filter((c) => c.kind === 'name');
  assert.equal(names.length, 1);
  assert.deepEqual(valuesOf(names[0]!), [['f1', 'Abdoulaye Diop'], ['f2', 'Moussa Diop']]);
});

test('"environ 1 500 combattants" against "hundreds of fighters" disagree across languages', () => {
  const { conflicts } = run('fighters-estimates');
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.about, 'fighters');
  assert.deepEqual(valuesOf(conflicts[0]!), [['g1', '≈1500'], ['g2', '200–999']]);
});

test('claims carry their evidence and count independent origins', () => {
  const fixture = loadFixture('toll-contradiction');
  const { claims } = crossCheckEvent(fixture);
  const flight = claims.find((c) => c.text.includes('assaillants'))!;
  assert.deepEqual(flight.articles.sort(), ['a1', 'a2']);
  assert.equal(flight.origins, 2);
  const texts = new Map(fixture.articles.map((a) => [a.id, a.text]));
  for (const claim of claims) for (const e of claim.evidence) assert.equal(texts.get(e.article)!.slice(e.start, e.end), e.text);
});

test('the summary takes sentences from both sources, each with its span', () => {
  const fixture = loadFixture('toll-contradiction');
  const { summary } = crossCheckEvent(fixture);
  assert.ok(summary.length >= 3 && summary.length <= 5);
  assert.deepEqual(new Set(summary.map((s) => s.article)), new Set(['a1', 'a2']));
  const texts = new Map(fixture.articles.map((a) => [a.id, a.text]));
  for (const s of summary) assert.equal(texts.get(s.article)!.slice(s.start, s.end), s.text);
});

test('bad input gives empty results instead of throwing', () => {
  const event = { id: 'e9', title: '', articles: [], start: null, end: null, storyline: 's9' };
  assert.deepEqual(crossCheckEvent({ event, articles: [], duplicateOf: new Map() }), { claims: [], conflicts: [], summary: [] });
  const odd = toArticle({ id: 'z', text: '... 12 ... «» 2009', lang: 'xx', published: 'not a date' });
  const result = crossCheckEvent({ event, articles: [odd, { ...odd, id: 'y' }], duplicateOf: new Map() });
  assert.deepEqual(result.conflicts, []);
});
