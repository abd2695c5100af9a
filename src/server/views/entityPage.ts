import { pageBounds, type EntityDetail, type Page } from '../../store/Store.js';
import type { ReadStore } from '../ports.js';
import type { EntityPage } from '../schemas/responses.js';

export interface EntityPageQuery {
  limit?: number;
  eventsOffset?: number;
  quotesOffset?: number;
}

/**
 * The entity with a page of its events and of its quotes, each quote placed in its event so the
 * UI can link it to its context. A much-cited person has thousands of both.
 */
export async function entityPage(store: ReadStore, detail: EntityDetail, query: EntityPageQuery = {}): Promise<EntityPage> {
  const { limit } = pageBounds({ limit: query.limit });
  const articles = new Map<string, Promise<{ event: string; title: string } | null>>();
  const placeOf = (id: string) => {
    let found = articles.get(id);
    if (!found) {
      found = store.article(id).then((stored) => (stored ? { event: stored.placement.event, title: stored.article.title } : null));
      articles.set(id, found);
    }
    return found;
  };
  const quotes = slice(detail.quotes, limit, query.quotesOffset);
  const placed = await Promise.all(
    quotes.items.map(async (quote) => {
      const place = await placeOf(quote.article);
      return { ...quote, event: place?.event ?? null, title: place?.title ?? null };
    }),
  );
  return { entity: detail.entity, events: slice(detail.events, limit, query.eventsOffset), quotes: { ...quotes, items: placed } };
}

function slice<T>(items: T[], limit: number, offset = 0): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}
