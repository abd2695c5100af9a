import type { EntityDetail } from '../../store/Store.js';
import type { ReadStore } from '../ports.js';
import type { EntityPage } from '../schemas/responses.js';

/** The entity with each quote placed in its event, so the UI can link a quote to its context. */
export async function entityPage(store: ReadStore, detail: EntityDetail): Promise<EntityPage> {
  const articles = new Map<string, Promise<{ event: string; title: string } | null>>();
  const placeOf = (id: string) => {
    let found = articles.get(id);
    if (!found) {
      found = store.article(id).then((stored) => (stored ? { event: stored.placement.event, title: stored.article.title } : null));
      articles.set(id, found);
    }
    return found;
  };
  const quotes = await Promise.all(
    detail.quotes.map(async (quote) => {
      const place = await placeOf(quote.article);
      return { ...quote, event: place?.event ?? null, title: place?.title ?? null };
    }),
  );
  return { ...detail, quotes };
}
