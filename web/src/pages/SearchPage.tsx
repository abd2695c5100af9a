// Full-text search: matching entities first (a name is usually what the analyst typed), then
// articles ranked by relevance with the matching words marked, each leading to its event.
import { api } from '../api.js';
import { Snippet } from '../components/HighlightedText.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { formatDate, useI18n } from '../i18n.js';
import { href, Link, navigate, type Location } from '../router.js';

export function SearchPage({ location }: { location: Location }) {
  const { t, lang } = useI18n();
  const q = location.query.get('q')?.trim() ?? '';
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const loaded = useApi((signal) => (q ? api.search({ q, limit: 20, offset }, signal) : Promise.resolve(null)), [q, offset]);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    navigate(href('/search', { q: value }));
  };
  return (
    <section>
      <h1>{t('search')}</h1>
      <form role="search" onSubmit={onSubmit} key={q}>
        <fieldset role="group">
          <input name="q" type="search" defaultValue={q} placeholder={t('searchPlaceholder')} aria-label={t('search')} autofocus />
          <button type="submit">{t('search')}</button>
        </fieldset>
      </form>
      {q && (
        <Status loaded={loaded}>
          {(result) =>
            result && (
              <>
                {result.entities.length > 0 && (
                  <section aria-labelledby="search-entities">
                    <h2 id="search-entities">{t('entities')}</h2>
                    <ul class="chips">
                      {result.entities.map((entity) => (
                        <li key={entity.id}>
                          <Link href={`/entities/${encodeURIComponent(entity.id)}`} class={`chip m-${entity.type}`}>
                            {entity.name} <span class="muted">{t('sources', { count: entity.articles })}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                <section aria-labelledby="search-articles">
                  <h2 id="search-articles">{t('articleCount', { count: result.articles.total })}</h2>
                  <ul class="hits">
                    {result.articles.items.map((hit) => (
                      <li key={hit.article}>
                        {hit.event ? (
                          <Link href={`/events/${encodeURIComponent(hit.event)}#source-${hit.article}`} class="hit-title">
                            {hit.title}
                          </Link>
                        ) : (
                          <strong>{hit.title}</strong>
                        )}
                        <div class="muted">
                          {[hit.outlet, formatDate(hit.published, lang)].filter(Boolean).join(' · ')}
                        </div>
                        <p class="snippet">
                          <Snippet text={hit.snippet.text} marks={hit.snippet.marks} />
                        </p>
                      </li>
                    ))}
                  </ul>
                  <Pager
                    total={result.articles.total}
                    limit={result.articles.limit}
                    offset={result.articles.offset}
                    hrefFor={(o) => href('/search', { q, offset: o || undefined })}
                  />
                </section>
              </>
            )
          }
        </Status>
      )}
    </section>
  );
}
