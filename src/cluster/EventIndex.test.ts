import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../article.js';
import { DuplicateIndex } from '../dedup/DuplicateIndex.js';
import { makeArticle } from '../dedup/testing/makeArticle.js';
import {
  DIOP_MOSCOW_EN,
  LAVROV_BAMAKO_EN,
  LAVROV_BAMAKO_FR,
  LAVROV_PRETORIA_EN,
  QUAKE_MOROCCO_EN,
  QUAKE_TURKEY_EN,
} from '../dedup/testing/stories.js';
import { EventIndex } from './EventIndex.js';
import { countOrigins, originsOf } from '../crosscheck/countOrigins.js';

function story(id: string, paragraphs: string[], published: string, lang = 'en', title = paragraphs[0]!.split(/[,.]/)[0]!): Article {
  return makeArticle({ id, text: paragraphs.join('\n\n'), title, published, lang });
}

function run(articles: Article[]) {
  const dedup = new DuplicateIndex();
  const events = new EventIndex();
  const placed = new Map(articles.map((a) => [a.id, events.add(a, dedup.add(a))]));
  return { dedup, events, placed };
}

const bamakoFr = story('bamako-fr', LAVROV_BAMAKO_FR, '2023-02-07T11:00:00+01:00', 'fr');
const bamakoEn = story('bamako-en', LAVROV_BAMAKO_EN, '2023-02-07T15:00:00Z');
const bamakoEnLater = story('bamako-en-2', [LAVROV_BAMAKO_EN[2]!, LAVROV_BAMAKO_EN[0]!, LAVROV_BAMAKO_EN[3]!], '2023-02-08T09:00:00Z', 'en', 'Mali owes no one an explanation for its partners, Diop tells Lavrov');
// Written apart from the English report, not rendered from it: another order, other details, so
// the translation check of dedup/ rightly sees two independent reports (LAVROV_BAMAKO_FR follows
// LAVROV_BAMAKO_EN paragraph by paragraph and is grouped with it as a translation).
const bamakoFrOwn = story(
  'bamako-fr-own',
  [
    'Bamako a déroulé le tapis rouge mardi pour Sergueï Lavrov, premier chef de la diplomatie russe à fouler le sol malien.',
    'À l’aéroport, Abdoulaye Diop attendait son homologue, que le colonel Assimi Goïta a ensuite reçu en fin de matinée.',
    'Dans l’entourage de la junte, on insiste sur les hélicoptères livrés par la Russie et sur la coopération militaire, que Paris et ses alliés dénoncent.',
  ],
  '2023-02-07T18:30:00+01:00',
  'fr',
);
const moscow = story('moscow', DIOP_MOSCOW_EN, '2024-02-26T16:00:00Z');
const pretoria = story('pretoria', LAVROV_PRETORIA_EN, '2023-01-23T12:00:00Z');

describe('EventIndex', () => {
  it('puts a French and an English article about Lavrov in Bamako in one event', () => {
    const { placed } = run([bamakoFr, bamakoEn, bamakoEnLater]);
    assert.equal(placed.get('bamako-en'), placed.get('bamako-fr'));
    assert.equal(placed.get('bamako-en-2'), placed.get('bamako-fr'));
  });

  it('keeps Diop in Moscow a year later apart, in the same storyline; Lavrov in Pretoria in another', () => {
    const { events, placed } = run([pretoria, bamakoFr, bamakoEn, moscow]);
    const bamako = placed.get('bamako-fr')!;
    assert.notEqual(placed.get('moscow'), bamako);
    assert.notEqual(placed.get('pretoria'), bamako);
    const storylineOf = new Map(events.events().map((e) => [e.id, e.storyline]));
    assert.equal(storylineOf.get(placed.get('moscow')!), storylineOf.get(bamako));
    assert.notEqual(storylineOf.get(placed.get('pretoria')!), storylineOf.get(bamako));
    const arc = events.storylines().find((s) => s.id === storylineOf.get(bamako))!;
    assert.deepEqual(arc.events, [bamako, placed.get('moscow')]);
  });

  it('never merges two earthquakes a month apart in different countries', () => {
    const turkey = story('turkey', QUAKE_TURKEY_EN, '2023-02-06T06:00:00Z');
    const morocco = story('morocco', QUAKE_MOROCCO_EN, '2023-03-08T23:00:00Z');
    const { placed } = run([turkey, morocco]);
    assert.notEqual(placed.get('turkey'), placed.get('morocco'));
  });

  it('never merges them on the same day either: the names differ', () => {
    const turkey = story('turkey', QUAKE_TURKEY_EN, '2023-02-06T06:00:00Z');
    const morocco = story('morocco', QUAKE_MOROCCO_EN, '2023-02-06T09:00:00Z');
    const { placed } = run([turkey, morocco]);
    assert.notEqual(placed.get('turkey'), placed.get('morocco'));
  });

  it('keeps two earthquakes in different countries in different storylines', () => {
    const turkey = story('turkey', QUAKE_TURKEY_EN, '2023-02-06T06:00:00Z');
    const morocco = story('morocco', QUAKE_MOROCCO_EN, '2023-02-20T09:00:00Z');
    const { events, placed } = run([turkey, morocco]);
    const storylineOf = new Map(events.events().map((e) => [e.id, e.storyline]));
    assert.notEqual(storylineOf.get(placed.get('turkey')!), storylineOf.get(placed.get('morocco')!));
  });

  it('sends a duplicate to its origin’s event and counts it once', () => {
    const copy = story('bamako-copy', ['Updated at noon.', ...LAVROV_BAMAKO_EN.slice(1)], '2023-02-07T16:00:00Z');
    const { dedup, events, placed } = run([bamakoFrOwn, bamakoEn, copy]);
    assert.equal(placed.get('bamako-copy'), placed.get('bamako-en'));
    const event = events.events().find((e) => e.id === placed.get('bamako-en'))!;
    assert.deepEqual(event.articles, ['bamako-fr-own', 'bamako-en', 'bamako-copy']);
    const duplicateOf = new Map(event.articles.map((id) => [id, dedup.originOf(id) === id ? null : dedup.originOf(id) ?? null]));
    assert.equal(countOrigins(event.articles, originsOf([bamakoFrOwn, bamakoEn, copy], duplicateOf)), 2);
  });

  it('counts a translation once with the report it renders', () => {
    const { dedup, events, placed } = run([bamakoFr, bamakoEn]);
    assert.equal(placed.get('bamako-en'), placed.get('bamako-fr'));
    const event = events.events().find((e) => e.id === placed.get('bamako-fr'))!;
    const duplicateOf = new Map(event.articles.map((id) => [id, dedup.originOf(id) === id ? null : dedup.originOf(id) ?? null]));
    assert.equal(countOrigins(event.articles, originsOf([bamakoFr, bamakoEn], duplicateOf)), 1);
  });

  it('dates an event from its articles and titles it with a member headline', () => {
    const { events, placed } = run([bamakoFr, bamakoEn, bamakoEnLater]);
    const event = events.events().find((e) => e.id === placed.get('bamako-fr'))!;
    assert.equal(event.start, '2023-02-07');
    assert.ok(event.end === '2023-02-07' || event.end === '2023-02-08', String(event.end));
    assert.ok([bamakoFr.title, bamakoEn.title, bamakoEnLater.title].includes(event.title));
    assert.equal(events.eventOf('bamako-en'), event.id);
    assert.equal(events.eventOf('unknown'), undefined);
  });

  it('gives the same events after saving and loading between adds as in one run', () => {
    const turkey = story('turkey', QUAKE_TURKEY_EN, '2023-02-06T06:00:00Z');
    const copy = story('bamako-copy', LAVROV_BAMAKO_EN.slice(0, 4), '2023-02-07T18:00:00Z');
    const articles = [pretoria, turkey, bamakoFr, bamakoEn, copy, bamakoEnLater, moscow];
    const batch = run(articles);

    let dedupState = new DuplicateIndex().toJSON();
    let eventState = new EventIndex().toJSON();
    const placed = new Map<string, string>();
    for (const article of articles) {
      const dedup = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(dedupState)));
      const events = EventIndex.fromJSON(JSON.parse(JSON.stringify(eventState)));
      placed.set(article.id, events.add(article, dedup.add(article)));
      dedupState = dedup.toJSON();
      eventState = events.toJSON();
    }
    const reloaded = EventIndex.fromJSON(JSON.parse(JSON.stringify(eventState)));
    assert.deepEqual(placed, batch.placed);
    assert.deepEqual(reloaded.events(), batch.events.events());
    assert.deepEqual(reloaded.storylines(), batch.events.storylines());
  });

  it('lists the same events and storylines when listed after every add as when listed once', () => {
    const turkey = story('turkey', QUAKE_TURKEY_EN, '2023-02-06T06:00:00Z');
    const articles = [pretoria, turkey, bamakoFr, bamakoEn, bamakoEnLater, moscow];
    const batch = run(articles);
    const dedup = new DuplicateIndex();
    const listed = new EventIndex();
    for (const article of articles) {
      listed.add(article, dedup.add(article));
      listed.events();
      listed.storylines();
    }
    assert.deepEqual(listed.events(), batch.events.events());
    assert.deepEqual(listed.storylines(), batch.events.storylines());
  });

  it('names a storyline after its first event', () => {
    const { events, placed } = run([bamakoFr, bamakoEn, pretoria, moscow]);
    const bamako = events.events().find((e) => e.id === placed.get('bamako-fr'))!;
    assert.equal(bamako.storyline, `s${bamako.id.slice(1)}`);
    assert.ok(events.storylines().some((s) => s.id === bamako.storyline && s.events.includes(placed.get('moscow')!)));
  });

  it('takes odd articles without throwing', () => {
    const events = new EventIndex();
    const empty = makeArticle({ id: 'empty', text: '', title: '', published: null, lang: '' });
    const broken = { ...makeArticle({ id: 'broken', text: 'x' }), text: null, mentions: null, dates: null, published: 'soon' } as unknown as Article;
    assert.match(events.add(empty, { duplicateOf: null, kind: null, similarity: 0 }), /^e\d+$/);
    assert.match(events.add(broken, { duplicateOf: 'nowhere', kind: 'near', similarity: 0.9 }), /^e\d+$/);
    assert.equal(events.add(empty), events.eventOf('empty'));
    assert.equal(events.events().length, 2);
  });
});
