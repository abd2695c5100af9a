// People, places and organisations: the most mentioned first, by name (any spelling, accents
// and case ignored) and type.
import { api } from '../api.js';
import { Pager } from '../components/Pager.js';
import { Status } from '../components/Status.js';
import { useApi } from '../components/useApi.js';
import { useI18n } from '../i18n.js';
import { href, Link, navigate, type Location } from '../router.js';

const TYPES = ['person', 'organization', 'location', 'other'] as const;
const PAGE_SIZE = 50;

export function EntitiesPage({ location }: { location: Location }) {
  const { t } = useI18n();
  const name = location.query.get('name') ?? undefined;
  const type = location.query.get('type') ?? undefined;
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const loaded = useApi((signal) => api.entities({ name, type, limit: PAGE_SIZE, offset }, signal), [name, type, offset]);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    navigate(href('/entities', { name: String(form.get('name') ?? '').trim(), type: String(form.get('type') ?? '') }));
  };
  return (
    <section>
      <h1>{t('entities')}</h1>
      <form class="filters" onSubmit={onSubmit} key={location.query.toString()}>
        <label>
          {t('name')}
          <input name="name" type="search" defaultValue={name} />
        </label>
        <label>
          {t('type')}
          <select name="type" defaultValue={type ?? ''}>
            <option value="">{t('anyType')}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`type_${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      <Status loaded={loaded}>
        {(page) => (
          <>
            <table class="entity-table">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('type')}</th>
                  <th scope="col">{t('otherSpellings')}</th>
                  <th scope="col" class="numeric">{t('articlesColumn')}</th>
                  <th scope="col" class="numeric">{t('eventsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((entity) => (
                  <tr key={entity.id}>
                    <td>
                      <Link href={`/entities/${encodeURIComponent(entity.id)}`}>{entity.name}</Link>
                    </td>
                    <td>
                      <span class={`chip m-${entity.type}`}>{t(`type_${entity.type}`)}</span>
                    </td>
                    <td class="muted">{entity.aliases.filter((a) => a !== entity.name).slice(0, 4).join(' · ')}</td>
                    <td class="numeric">{entity.articles}</td>
                    <td class="numeric">{entity.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={page.limit} offset={page.offset} hrefFor={(o) => href('/entities', { name, type, offset: o || undefined })} />
          </>
        )}
      </Status>
    </section>
  );
}
