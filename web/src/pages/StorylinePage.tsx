// A storyline: its events in chronological order, as a timeline; and the list of storylines.
import { api } from '../api.js';
import { EventRow } from '../components/EventRow.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { formatRange, useI18n } from '../i18n.js';
import { href, Link, type Location } from '../router.js';

export function StorylinePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const loaded = useApi((signal) => api.storyline(id, signal), [id]);
  return (
    <Status loaded={loaded}>
      {({ storyline, events }) => (
        <div>
          <header class="page-header">
            <p class="muted">
              {t('storyline')} · {formatRange(events[0]?.start ?? null, events.at(-1)?.end ?? null, lang, t('undated'))}
            </p>
            <h1>{storyline.title}</h1>
          </header>
          <ol class="event-list storyline-timeline">
            {events.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </ol>
        </div>
      )}
    </Status>
  );
}

export function StorylinesPage({ location }: { location: Location }) {
  const { t } = useI18n();
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const loaded = useApi((signal) => api.storylines({ limit: 50, offset }, signal), [offset]);
  return (
    <section>
      <h1>{t('storylines')}</h1>
      <Status loaded={loaded}>
        {(page) => (
          <>
            <ul class="storyline-list">
              {page.items.map((storyline) => (
                <li key={storyline.id}>
                  <Link href={`/storylines/${encodeURIComponent(storyline.id)}`}>{storyline.title}</Link>{' '}
                  <span class="muted">{t('eventCount', { count: storyline.events.length })}</span>
                </li>
              ))}
            </ul>
            <Pager total={page.total} limit={page.limit} offset={page.offset} hrefFor={(o) => href('/storylines', { offset: o || undefined })} />
          </>
        )}
      </Status>
    </section>
  );
}
