import { useI18n } from '../i18n.js';
import { Link } from '../router.js';

export function Pager({ total, limit, offset, hrefFor }: { total: number; limit: number; offset: number; hrefFor: (offset: number) => string }) {
  const { t } = useI18n();
  if (total <= limit) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={t('pages')}>
      {offset > 0 ? <Link href={hrefFor(Math.max(0, offset - limit))}>← {t('previous')}</Link> : <span />}
      <span class="muted">{t('range', { from: offset + 1, to: last, total })}</span>
      {last < total ? <Link href={hrefFor(offset + limit)}>{t('next')} →</Link> : <span />}
    </nav>
  );
}
