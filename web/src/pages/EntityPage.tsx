// One entity: every spelling the sources used, the roles they gave it, its events and its quotes.
import { api, type EntityPage as EntityData } from '../api.js';
import { EventRow } from '../components/EventRow.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { useI18n } from '../i18n.js';
import { href, Link, type Location } from '../router.js';

const PAGE_SIZE = 50;

export function EntityPage({ id, location }: { id: string; location: Location }) {
  const eventsOffset = Number(location.query.get('eventsOffset') ?? 0) || 0;
  const quotesOffset = Number(location.query.get('quotesOffset') ?? 0) || 0;
  const loaded = useApi((signal) => api.entity(id, { limit: PAGE_SIZE, eventsOffset, quotesOffset }, signal), [id, eventsOffset, quotesOffset]);
  const pageHref = (offsets: { eventsOffset?: number; quotesOffset?: number }) =>
    href(`/entities/${encodeURIComponent(id)}`, { eventsOffset: eventsOffset || undefined, quotesOffset: quotesOffset || undefined, ...offsets });
  return <Status loaded={loaded}>{(page) => <EntityView page={page} pageHref={pageHref} />}</Status>;
}

function EntityView({ page, pageHref }: { page: EntityData; pageHref: (offsets: { eventsOffset?: number; quotesOffset?: number }) => string }) {
  const { t } = useI18n();
  const { entity, events, quotes } = page;
  const spellings = [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
  return (
    <div class="entity-page">
      <header class="page-header">
        <p class="muted">
          <span class={`chip m-${entity.type}`}>{t(`type_${entity.type}`)}</span>{' '}
          {t('entityCounts', { articles: entity.articles, events: entity.events })}
        </p>
        <h1>{entity.name}</h1>
      </header>
      <div class="findings">
        <section aria-labelledby="spellings-heading">
          <h2 id="spellings-heading">{t('spellings', { count: spellings.length })}</h2>
          <ul class="chips">
            {spellings.map((spelling) => (
              <li key={spelling}>
                <span class="chip">{spelling}</span>
              </li>
            ))}
          </ul>
        </section>
        {entity.roles.length > 0 && (
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">{t('roles')}</h2>
            <ul>
              {entity.roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <section aria-labelledby="entity-events-heading">
        <h2 id="entity-events-heading">{t('eventCount', { count: events.total })}</h2>
        <ul class="event-list">
          {events.items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ul>
        <Pager total={events.total} limit={events.limit} offset={events.offset} hrefFor={(o) => pageHref({ eventsOffset: o || undefined })} />
        {events.total > 0 && <Link href={href('/', { entity: entity.id })}>{t('filterTimeline')}</Link>}
      </section>
      {quotes.total > 0 && (
        <section aria-labelledby="entity-quotes-heading">
          <h2 id="entity-quotes-heading">{t('quotesBy', { count: quotes.total })}</h2>
          <ul class="quotes">
            {quotes.items.map((quote, i) => (
              <li key={i}>
                <blockquote>
                  {quote.text}
                  <footer>
                    {quote.event ? <Link href={`/events/${encodeURIComponent(quote.event)}#source-${quote.article}`}>{quote.title ?? quote.article}</Link> : quote.article}
                    {quote.cue && <span class="muted"> · {quote.cue}</span>}
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
          <Pager total={quotes.total} limit={quotes.limit} offset={quotes.offset} hrefFor={(o) => pageHref({ quotesOffset: o || undefined })} />
        </section>
      )}
    </div>
  );
}
