// One event: what it is (summary), what the sources agree on (claims and how many independent
// origins back each), where they differ (conflicts), who said what, who is involved, and the
// sources themselves side by side.
import { useEffect } from 'preact/hooks';
import { api, type EventPage as EventData, type Source } from '../api.js';
import { CorroborationBadge, OriginsBadge } from '../components/Badges.js';
import { valueAnchor } from '../components/HighlightedText.js';
import { sourceName, SourceColumns } from '../components/SourceColumns.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { formatDate, formatRange, useI18n } from '../i18n.js';
import { href, Link, scrollToFragment } from '../router.js';

export function EventPage({ id }: { id: string }) {
  const loaded = useApi((signal) => api.event(id, signal), [id]);
  return <Status loaded={loaded}>{(page) => <EventView page={page} />}</Status>;
}

function EventView({ page }: { page: EventData }) {
  const { t, lang } = useI18n();
  const { event } = page;
  const byId = new Map(page.sources.map((s) => [s.id, s]));
  const nameOf = (id: string) => {
    const source = byId.get(id);
    return source ? sourceName(source) : id;
  };
  useEffect(scrollToFragment, [page]);
  return (
    <div class="event-page">
      <header class="page-header">
        <p class="muted">
          {formatRange(event.start, event.end, lang, t('undated'))}
          {page.storyline && page.storyline.events.length > 1 && (
            <>
              {' · '}
              <Link href={`/storylines/${encodeURIComponent(page.storyline.id)}`}>
                {t('storylineOf', { count: page.storyline.events.length })}
              </Link>
            </>
          )}
        </p>
        <h1>{event.title}</h1>
        <OriginsBadge articles={page.sources.length} origins={page.origins} />
      </header>

      {page.summary.length > 0 && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('summary')}</h2>
          <p class="summary">
            {page.summary.map((sentence, i) => (
              <span key={i}>
                {sentence.text} <SourceRef source={byId.get(sentence.article)} />{' '}
              </span>
            ))}
          </p>
        </section>
      )}

      <div class="findings">
        {page.claims.length > 0 && (
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">{t('claims')}</h2>
            <ul class="claims">
              {page.claims.map((claim) => (
                <li key={claim.id}>
                  <CorroborationBadge origins={claim.origins} /> {claim.text}{' '}
                  <span class="muted">({claim.articles.map(nameOf).filter(unique).join(', ')})</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {page.conflicts.length > 0 && (
          <section aria-labelledby="conflicts-heading">
            <h2 id="conflicts-heading">{t('conflicts')}</h2>
            <ul class="conflicts">
              {page.conflicts.map((conflict) => (
                <li key={conflict.id}>
                  <strong>{conflict.about}</strong>{' '}
                  <span class={`badge verdict-${conflict.verdict}`}>{t(conflict.verdict === 'update' ? 'verdictUpdate' : 'verdictContradiction')}</span>
                  <ul>
                    {groupValues(conflict.values).map(({ value, values }) => (
                      <li key={value}>
                        <mark class="m-conflict">{value}</mark>{' '}
                        {values.map((v, i) => (
                          <span key={v.article}>
                            {i > 0 && ', '}
                            <SourceRef source={byId.get(v.article)} anchor={valueAnchor(conflict.id, v.article)} />
                            {v.published && <span class="muted"> {formatDate(v.published, lang)}</span>}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      {page.quotes.length > 0 && (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{t('quotes')}</h2>
          <ul class="quotes">
            {groupQuotes(page.quotes).map(({ quote, sources }, i) => (
              <li key={i}>
                <blockquote>
                  {quote.text}
                  <footer>
                    {quote.speaker ? (
                      <Link href={`/entities/${encodeURIComponent(quote.speaker)}`}>{quote.speakerName ?? quote.speaker}</Link>
                    ) : (
                      (quote.speakerName ?? t('unknownSpeaker'))
                    )}
                    {' · '}
                    <span class="muted">{sources.map(nameOf).filter(unique).join(', ')}</span>
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}

      {page.entities.length > 0 && (
        <section aria-labelledby="entities-heading">
          <h2 id="entities-heading">{t('entities')}</h2>
          <ul class="chips">
            {page.entities.map((entity) => (
              <li key={entity.id}>
                <Link href={`/entities/${encodeURIComponent(entity.id)}`} class={`chip m-${entity.type}`} title={entity.roles.join(' · ') || undefined}>
                  {entity.name} <span class="muted">{entity.mentions}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={href('/', { entity: page.entities[0]!.id })}>{t('otherEventsWith', { name: page.entities[0]!.name })}</Link>
          </p>
        </section>
      )}

      {page.dates.length > 0 && (
        <section aria-labelledby="dates-heading">
          <h2 id="dates-heading">{t('datesMentioned')}</h2>
          <ol class="date-list">
            {groupDates(page.dates).map(({ value, texts, articles }) => (
              <li key={value}>
                <span class="m-date date-value">{formatDate(value, lang)}</span> <span class="muted">«&nbsp;{texts.join(' », « ')}&nbsp;»</span>{' '}
                <span class="muted">({articles.map(nameOf).filter(unique).join(', ')})</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <SourceColumns page={page} />

      {Object.keys(page.versions).length > 0 && (
        <details class="versions">
          <summary>{t('versions')}</summary>
          <ul>
            {Object.entries(page.versions).map(([stage, version]) => (
              <li key={stage}>
                <code>{stage}</code> {version}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A link to a source's column, or to one place in its text (`anchor`). */
function SourceRef({ source, anchor }: { source: Source | undefined; anchor?: string }) {
  if (!source) return null;
  return (
    <a href={`#${anchor ?? `source-${source.id}`}`} class="source-ref">
      {sourceName(source)}
    </a>
  );
}

/** The dates the sources mention, one line per value in time order, with how each wrote it. */
function groupDates(dates: EventData['dates']) {
  const groups = new Map<string, { value: string; texts: string[]; articles: string[] }>();
  for (const date of dates) {
    const group = groups.get(date.value) ?? { value: date.value, texts: [], articles: [] };
    if (!group.texts.includes(date.text)) group.texts.push(date.text);
    group.articles.push(date.article);
    groups.set(date.value, group);
  }
  return [...groups.values()].sort((a, b) => a.value.localeCompare(b.value));
}

/** One line per distinct value, with every source that gives it, earliest first. */
function groupValues(values: EventData['conflicts'][number]['values']) {
  const groups = new Map<string, typeof values>();
  for (const value of values) groups.set(value.value, [...(groups.get(value.value) ?? []), value]);
  return [...groups].map(([value, members]) => ({ value, values: members }));
}

/** One line per group of quotes of the same words, with every article that carries it. */
function groupQuotes(quotes: EventData['quotes']) {
  const groups = new Map<string, { quote: EventData['quotes'][number]; sources: string[] }>();
  quotes.forEach((quote, i) => {
    const key = quote.group ?? `single-${i}`;
    const group = groups.get(key);
    if (group) group.sources.push(quote.article);
    else groups.set(key, { quote, sources: [quote.article] });
  });
  return [...groups.values()];
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}
