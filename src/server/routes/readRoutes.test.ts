import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testApp } from '../testing/testApp.js';
import {
  EntityPageSchema,
  EventPageSchema,
  EventSummarySchema,
  pageOf,
  SearchResultSchema,
  StorylineDetailSchema,
} from '../schemas/responses.js';

describe('read API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => {
    t = await testApp();
  });
  after(() => t.dispose());

  it('lists events newest first with source and origin counts', async () => {
    const { status, body } = await t.get('/api/events');
    assert.equal(status, 200);
    pageOf(EventSummarySchema, 'x').parse(body);
    assert.deepEqual(
      body.items.map((e: any) => [e.title, e.articles, e.origins]),
      [
        ['Kyiv: ministers meet', 1, 1],
        ['Bamako : des élections annoncées', 3, 2],
      ],
    );
  });

  it('filters events by date range, language, text and entity, and paginates', async () => {
    const ids = async (query: string) => (await t.get(`/api/events?${query}`)).body.items.map((e: any) => e.title.split(/\W/)[0]);
    assert.deepEqual(await ids('from=2024-04'), ['Kyiv']);
    assert.deepEqual(await ids('to=2024-03-31'), ['Bamako']);
    assert.deepEqual(await ids('lang=en'), ['Kyiv']);
    assert.deepEqual(await ids('text=scrutin'), ['Bamako']);
    const diop = (await t.get('/api/entities?name=diop')).body.items[0];
    assert.deepEqual(await ids(`entity=${diop.id}`), ['Bamako']);
    const page = (await t.get('/api/events?limit=1&offset=1')).body;
    assert.deepEqual([page.items.length, page.total, page.limit, page.offset], [1, 2, 1, 1]);
  });

  it('answers a bad query with 400, the field and the reason', async () => {
    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=abc', 'query.limit'],
      ['offset=-1', 'query.offset'],
      ['from=yesterday', 'query.from'],
      ['lang=French', 'query.lang'],
    ]) {
      const { status, body } = await t.get(`/api/events?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'invalid_request');
      assert.equal(body.error.issues[0].field, field);
      assert.match(body.error.message, new RegExp(`^${field.replace('.', '\\.')}: .+`));
    }
    const search = await t.get('/api/search?q=');
    assert.equal(search.status, 400);
    assert.equal(search.body.error.issues[0].field, 'query.q');
  });

  it('serves an event page: sources earliest first with highlight spans into their text', async () => {
    const { status, body } = await t.get('/api/events/e1');
    assert.equal(status, 200);
    EventPageSchema.parse(body);
    assert.deepEqual(
      body.sources.map((s: any) => [s.id, s.duplicateOf]),
      [
        ['b1', null],
        ['b3', 'b1'],
        ['b2', null],
      ],
    );
    assert.deepEqual(body.duplicateGroups, [{ origin: 'b1', members: ['b1', 'b3'] }]);
    assert.equal(body.origins, 2, 'the count the event list gives');
    const b1 = body.sources[0];
    const quote = b1.marks.find((m: any) => m.kind === 'quote');
    assert.equal(b1.text.slice(quote.start, quote.end).replace(/[«»]/g, '').trim(), 'Le scrutin aura lieu en juillet');
    const bamako = b1.marks.find((m: any) => m.kind === 'entity' && m.label === 'Bamako');
    assert.equal(b1.text.slice(bamako.start, bamako.end), 'Bamako');
    assert.equal(bamako.ref, body.entities.find((e: any) => e.name === 'Bamako').id);
    for (const source of body.sources) {
      for (let i = 1; i < source.marks.length; i++) assert.ok(source.marks[i - 1].start <= source.marks[i].start, 'marks sorted');
    }
  });

  it('answers 404 with a JSON error for a missing event, storyline, entity, article or route', async () => {
    for (const path of ['/api/events/e999', '/api/storylines/s999', '/api/entities/p999', '/api/articles/zz', '/api/nothing-here']) {
      const { status, body } = await t.get(path);
      assert.equal(status, 404, path);
      assert.equal(body.error.code, 'not_found');
    }
  });

  it('serves storylines with their timeline', async () => {
    const list = (await t.get('/api/storylines')).body;
    assert.equal(list.total, 2);
    const bamako = list.items.find((s: any) => s.title.startsWith('Bamako'));
    const { status, body } = await t.get(`/api/storylines/${bamako.id}`);
    assert.equal(status, 200);
    StorylineDetailSchema.parse(body);
    assert.deepEqual(body.events.map((e: any) => e.id), ['e1']);
  });

  it('serves an entity with its spellings, events and quotes placed in their event', async () => {
    const diop = (await t.get('/api/entities?name=Diop&type=person')).body.items[0];
    const { status, body } = await t.get(`/api/entities/${diop.id}`);
    assert.equal(status, 200);
    EntityPageSchema.parse(body);
    assert.equal(body.entity.name, 'Diop');
    assert.deepEqual(body.events.items.map((e: any) => e.id), ['e1']);
    assert.equal(body.quotes.total, body.quotes.items.length);
    for (const quote of body.quotes.items) assert.equal(quote.event, 'e1');
    const empty = (await t.get(`/api/entities/${diop.id}?eventsOffset=5&limit=1`)).body;
    assert.deepEqual([empty.events.items, empty.events.total, empty.events.limit], [[], 1, 1]);
    assert.equal((await t.get('/api/entities?type=animal')).status, 400);
  });

  it('searches articles with highlighted snippets, and matching entities', async () => {
    const { status, body } = await t.get('/api/search?q=Bamako&limit=2');
    assert.equal(status, 200);
    SearchResultSchema.parse(body);
    assert.equal(body.articles.total, 3);
    assert.equal(body.articles.items.length, 2);
    const hit = body.articles.items[0];
    const mark = hit.snippet.marks[0];
    assert.equal(hit.snippet.text.slice(mark.start, mark.end), 'Bamako');
    assert.deepEqual(body.entities.map((e: any) => e.name), ['Bamako']);
  });

  it('serves one article with its spans, and store stats', async () => {
    const { body } = await t.get('/api/articles/b2');
    assert.equal(body.event, 'e1');
    assert.equal(body.credit, null);
    assert.ok(body.marks.length > 0);
    const stats = (await t.get('/api/stats')).body;
    assert.equal(stats.articles, 4);
    assert.equal(stats.events, 2);
  });

  it('publishes an OpenAPI 3.1 document of every route', async () => {
    const { status, body } = await t.get('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    assert.deepEqual(Object.keys(body.paths).sort(), [
      '/articles',
      '/articles/{id}',
      '/entities',
      '/entities/{id}',
      '/events',
      '/events/{id}',
      '/files',
      '/search',
      '/stats',
      '/storylines',
      '/storylines/{id}',
    ]);
    assert.ok(body.components.schemas.EventPage);
    assert.deepEqual(
      body.paths['/events'].get.parameters.map((p: any) => p.name).sort(),
      ['entity', 'from', 'lang', 'limit', 'offset', 'place', 'text', 'to'],
    );
  });
});
