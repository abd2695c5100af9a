// The read side: thin routes over the Store. Input is validated by the schemas before a
// handler runs; a missing item is thrown as a domain error and mapped to 404 in errors.ts.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ReadStore } from '../ports.js';
import { notFound } from '../errors.js';
import { EntityPageQuerySchema, EntityQuerySchema, EventQuerySchema, IdParamSchema, PageQuerySchema, SearchQuerySchema } from '../schemas/requests.js';
import {
  EntityPageSchema,
  EntitySummarySchema,
  EventPageSchema,
  EventSummarySchema,
  pageOf,
  SearchResultSchema,
  SourceSchema,
  StatsSchema,
  StorylineDetailSchema,
} from '../schemas/responses.js';
import { StorylineSchema } from '../schemas/model.js';
import { entityPage } from '../views/entityPage.js';
import { eventPage } from '../views/eventPage.js';
import { sourceView } from '../views/sourceView.js';
import { errors, jsonBody } from './openapiHelpers.js';

const listEvents = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'Events, newest first, filtered and paginated',
  request: { query: EventQuerySchema },
  responses: { 200: jsonBody(pageOf(EventSummarySchema, 'EventSummaryPage'), 'A page of events'), 400: errors[400] },
});

const getEvent = createRoute({
  method: 'get',
  path: '/events/{id}',
  tags: ['events'],
  summary: 'One event: sources with highlight spans, summary, claims, conflicts, quotes, entities, duplicates',
  request: { params: IdParamSchema },
  responses: { 200: jsonBody(EventPageSchema, 'The event'), 404: errors[404] },
});

const listStorylines = createRoute({
  method: 'get',
  path: '/storylines',
  tags: ['storylines'],
  summary: 'Storylines, latest first',
  request: { query: PageQuerySchema },
  responses: { 200: jsonBody(pageOf(StorylineSchema, 'StorylinePage'), 'A page of storylines'), 400: errors[400] },
});

const getStoryline = createRoute({
  method: 'get',
  path: '/storylines/{id}',
  tags: ['storylines'],
  summary: 'One storyline and its timeline of events',
  request: { params: IdParamSchema },
  responses: { 200: jsonBody(StorylineDetailSchema, 'The storyline'), 404: errors[404] },
});

const listEntities = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['entities'],
  summary: 'Entities, most mentioned first, by name or alias',
  request: { query: EntityQuerySchema },
  responses: { 200: jsonBody(pageOf(EntitySummarySchema, 'EntitySummaryPage'), 'A page of entities'), 400: errors[400] },
});

const getEntity = createRoute({
  method: 'get',
  path: '/entities/{id}',
  tags: ['entities'],
  summary: 'One entity: every spelling, roles, a page of its events and of its quotes',
  request: { params: IdParamSchema, query: EntityPageQuerySchema },
  responses: { 200: jsonBody(EntityPageSchema, 'The entity'), 404: errors[404] },
});

const getArticle = createRoute({
  method: 'get',
  path: '/articles/{id}',
  tags: ['articles'],
  summary: 'One article with its highlight spans',
  request: { params: IdParamSchema },
  responses: { 200: jsonBody(SourceSchema, 'The article'), 404: errors[404] },
});

const search = createRoute({
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'Full-text search over articles, and the entities whose names match',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonBody(SearchResultSchema, 'Matching articles and entities'), 400: errors[400] },
});

const stats = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['store'],
  summary: 'Counts of what the store holds',
  responses: { 200: jsonBody(StatsSchema, 'Store statistics') },
});

export function readRoutes(app: OpenAPIHono, store: ReadStore): void {
  app.openapi(listEvents, async (c) => c.json(await store.events(c.req.valid('query')), 200));

  app.openapi(getEvent, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await store.event(id);
    if (!detail) throw notFound('event', id);
    return c.json(eventPage(detail), 200);
  });

  app.openapi(listStorylines, async (c) => c.json(await store.storylines(c.req.valid('query')), 200));

  app.openapi(getStoryline, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await store.storyline(id);
    if (!detail) throw notFound('storyline', id);
    return c.json(detail, 200);
  });

  app.openapi(listEntities, async (c) => c.json(await store.entities(c.req.valid('query')), 200));

  app.openapi(getEntity, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await store.entity(id);
    if (!detail) throw notFound('entity', id);
    return c.json(await entityPage(store, detail, c.req.valid('query')), 200);
  });

  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const stored = await store.article(id);
    if (!stored) throw notFound('article', id);
    const event = await store.event(stored.placement.event);
    return c.json(sourceView(stored, event?.conflicts ?? []), 200);
  });

  app.openapi(search, async (c) => {
    const { q, ...page } = c.req.valid('query');
    return c.json(await store.search(q, page), 200);
  });

  app.openapi(stats, async (c) => c.json(await store.stats(), 200));
}
