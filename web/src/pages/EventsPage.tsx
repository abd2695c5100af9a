// The events timeline: newest first, grouped by the month they start in, filtered by dates,
// entity, place, language and words. Filters live in the URL.
import { useState } from 'preact/hooks';
import { api, type EventSummary } from '../api.js';
import { EventRow } from '../components/EventRow.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { formatDate, useI18n } from '../i18n.js';
import { href, Link, navigate, type Location } from '../router.js';

const FILTERS = ['from', 'to', 'entity', 'place', 'lang', 'text'] as const;
const PAGE_SIZE = 50;

export function EventsPage({ location }: { location: Location }) {
  const { t, lang } = useI18n();
  const query = Object.fromEntries(FILTERS.map((name) => [name, location.query.get(name) ?? undefined]));
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const key = location.query.toString();
  const loaded = useApi((signal) => api.events({ ...query, limit: PAGE_SIZE, offset }, signal), [key]);
  const entity = useApi(
    (signal) => (query.entity ? api.entity(query.entity, { limit: 1 }, signal).then((page) => page.entity.name) : Promise.resolve(null)),
    [query.entity],
  );

  const [unknownEntity, setUnknownEntity] = useState<string | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next[name] = value;
    }
    // A name typed in the entity box becomes the id of the most mentioned entity of that name.
    const entityName = String(form.get('entityName') ?? '').trim();
    if (entityName) {
      const [best] = (await api.entities({ name: entityName, limit: 1 })).items;
      if (!best) return setUnknownEntity(entityName);
      next.entity = best.id;
    }
    setUnknownEntity(null);
    navigate(href('/', next));
  };

  return (
    <section>
      <h1>{t('eventsTitle')}</h1>
      <form class="filters" onSubmit={onSubmit} key={key} aria-label={t('filters')}>
        <label>
          {t('from')}
          <input name="from" placeholder={t('datePlaceholder')} defaultValue={query.from} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </label>
        <label>
          {t('to')}
          <input name="to" placeholder={t('datePlaceholder')} defaultValue={query.to} pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </label>
        <label>
          {t('entity')}
          <input name="entityName" type="search" placeholder={query.entity && entity.state === 'done' ? (entity.data ?? '') : ''} />
        </label>
        <label>
          {t('place')}
          <input name="place" defaultValue={query.place} />
        </label>
        <label>
          {t('language')}
          <select name="lang" defaultValue={query.lang ?? ''}>
            <option value="">{t('anyLanguage')}</option>
            <option value="fr">français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('words')}
          <input name="text" type="search" defaultValue={query.text} />
        </label>
        {query.entity && <input type="hidden" name="entity" value={query.entity} />}
        <button type="submit">{t('apply')}</button>
      </form>
      {unknownEntity && (
        <p class="error" role="alert">
          {t('noEntity', { name: unknownEntity })}
        </p>
      )}
      {query.entity && (
        <p class="active-filter">
          {t('mentioning')} <strong>{entity.state === 'done' ? entity.data : query.entity}</strong>{' '}
          <Link href={href('/', { ...query, entity: undefined })}>{t('clearFilter')}</Link>
        </p>
      )}
      <Status loaded={loaded}>
        {(page) => (
          <>
            <p class="muted" aria-live="polite">
              {t('eventCount', { count: page.total })}
            </p>
            {page.items.length === 0 ? <EmptyHint /> : <Timeline events={page.items} lang={lang} />}
            <Pager total={page.total} limit={page.limit} offset={page.offset} hrefFor={(o) => href('/', { ...query, offset: o || undefined })} />
          </>
        )}
      </Status>
    </section>
  );
}

function Timeline({ events, lang }: { events: EventSummary[]; lang: 'fr' | 'en' }) {
  const { t } = useI18n();
  const groups: [string, EventSummary[]][] = [];
  for (const event of events) {
    // The store orders events by their last day: group them by the month of that day.
    const month = (event.end ?? event.start)?.slice(0, 7) ?? '';
    const last = groups.at(-1);
    if (last && last[0] === month) last[1].push(event);
    else groups.push([month, [event]]);
  }
  return (
    <div class="timeline">
      {groups.map(([month, list]) => (
        <section key={month} class="timeline-group">
          <h2 class="timeline-month">{month ? formatDate(month, lang) : t('undated')}</h2>
          <ul class="event-list">
            {list.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function EmptyHint() {
  const { t } = useI18n();
  return (
    <p>
      {t('noEvents')} <Link href="/ingest">{t('addArticles')}</Link>
    </p>
  );
}
