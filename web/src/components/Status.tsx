import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n.js';
import type { Loaded } from './useApi.js';

/** Renders the page once loaded; a busy indicator or the error until then. */
export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { t } = useI18n();
  if (loaded.state === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (loaded.state === 'error') {
    return (
      <div class="error" role="alert">
        {loaded.status === 404 ? t('notFound') : t('loadFailed', { message: loaded.message })}
      </div>
    );
  }
  return <>{children(loaded.data)}</>;
}
