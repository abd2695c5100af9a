import type { EventSummary } from '../api.js';
import { formatRange, useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { OriginsBadge } from './Badges.js';

/** One event in a list: title, dates, sources and independent origins, outlets, languages. */
export function EventRow({ event }: { event: EventSummary }) {
  const { t, lang } = useI18n();
  return (
    <li class="event-row">
      <div class="event-when">{formatRange(event.start, event.end, lang, t('undated'))}</div>
      <div class="event-what">
        <Link href={`/events/${encodeURIComponent(event.id)}`} class="event-title">
          {event.title}
        </Link>
        <div class="event-meta">
          <OriginsBadge articles={event.articles} origins={event.origins} />
          {event.outlets.length > 0 && <span class="muted">{event.outlets.slice(0, 5).join(', ')}{event.outlets.length > 5 ? '…' : ''}</span>}
          {event.langs.map((l) => (
            <span key={l} class="lang-tag">
              {l}
            </span>
          ))}
        </div>
      </div>
    </li>
  );
}
