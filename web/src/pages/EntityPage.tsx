// One entity: every spelling the sources used, the roles they gave it, its events and its quotes.
import { api, type EntityPage as EntityData } from '../api.js';
import { EventRow } from '../components/EventRow.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { useI18n, type StringKey } from '../i18n.js';
import { href, Link } from '../router.js';

const TYPE_LABEL: Record<EntityData['entity']['type'], StringKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  location: 'typeLocation',
  other: 'typeOther',
};

export function EntityPage({ id }: { id: string }) {
  const loaded = useApi((signal) => api.entity(id, signal), [id]);
  return <Status loaded={loaded}>{(page) => <EntityView page={page} />}</Status>;
}

function EntityView({ page }: { page: EntityData }) {
  const { t } = useI18n();
  const { entity } = page;
  const spellings = [entity.name, ...entity.aliases.filter((a) => a !== entity.name)];
  return (
    <div class="entity-page">
      <header class="page-header">
        <p class="muted">
          <span class={`chip m-${entity.type}`}>{t(TYPE_LABEL[entity.type])}</span>{' '}
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
        <h2 id="entity-events-heading">{t('eventCount', { count: page.events.length })}</h2>
        <ul class="event-list">
          {page.events.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ul>
        {page.events.length > 0 && <Link href={href('/', { entity: entity.id })}>{t('filterTimeline')}</Link>}
      </section>
      {page.quotes.length > 0 && (
        <section aria-labelledby="entity-quotes-heading">
          <h2 id="entity-quotes-heading">{t('quotesBy', { count: page.quotes.length })}</h2>
          <ul class="quotes">
            {page.quotes.map((quote, i) => (
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
        </section>
      )}
    </div>
  );
}
