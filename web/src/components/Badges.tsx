import { useI18n } from '../i18n.js';

/** "4 sources · 3 independent origins": reprints of one dispatch count once. */
export function OriginsBadge({ articles, origins }: { articles: number; origins: number }) {
  const { t } = useI18n();
  return (
    <span class="badge" title={t('originsHelp')}>
      {t('sources', { count: articles })}
      {origins !== articles && <> · {t('origins', { count: origins })}</>}
    </span>
  );
}

/** How well a claim is corroborated: by how many independent origins. */
export function CorroborationBadge({ origins }: { origins: number }) {
  const { t } = useI18n();
  const level = origins >= 3 ? 'strong' : origins === 2 ? 'some' : 'single';
  return (
    <span class={`badge corroboration-${level}`} title={t('originsHelp')}>
      {origins === 1 ? t('singleOrigin') : t('confirmedBy', { count: origins })}
    </span>
  );
}
