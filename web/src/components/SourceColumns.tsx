// The event's sources side by side, each with its text highlighted (entities, dates, quotes,
// conflicting values). Reprints are folded under the article they copy; boilerplate lines the
// cleaner took out are hidden behind a disclosure.
import { useState } from 'preact/hooks';
import type { EventPage, Mark, Source } from '../api.js';
import { formatDate, useI18n, type StringKey } from '../i18n.js';
import { HighlightedText } from './HighlightedText.js';

const KINDS: { kind: Mark['kind']; label: StringKey }[] = [
  { kind: 'entity', label: 'legendEntities' },
  { kind: 'date', label: 'legendDates' },
  { kind: 'quote', label: 'legendQuotes' },
  { kind: 'conflict', label: 'legendConflicts' },
];

export function SourceColumns({ page }: { page: EventPage }) {
  const { t } = useI18n();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const copiesOf = new Map<string, Source[]>();
  for (const source of page.sources) {
    if (!source.duplicateOf) continue;
    copiesOf.set(source.duplicateOf, [...(copiesOf.get(source.duplicateOf) ?? []), source]);
  }
  const present = new Set(page.sources.map((s) => s.id));
  // A copy whose original is in another event still gets its own column.
  const columns = page.sources.filter((s) => !s.duplicateOf || !present.has(s.duplicateOf));
  const toggle = (kind: string) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setHidden(next);
  };
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sourcesHeading', { count: page.sources.length })}</h2>
      <fieldset class="legend" aria-label={t('legend')}>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} class={`legend-item m-${kind === 'entity' ? 'entity m-person' : kind}`}>
            <input type="checkbox" role="switch" checked={!hidden.has(kind)} onChange={() => toggle(kind)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div class={`source-columns ${[...hidden].map((k) => `hide-${k}`).join(' ')}`} tabIndex={0} aria-label={t('sourcesHeading', { count: page.sources.length })}>
        {columns.map((source) => (
          <SourceColumn key={source.id} source={source} copies={copiesOf.get(source.id) ?? []} />
        ))}
      </div>
    </section>
  );
}

function SourceColumn({ source, copies }: { source: Source; copies: Source[] }) {
  const { t } = useI18n();
  return (
    <article class="source" id={`source-${source.id}`} data-article={source.id}>
      <SourceHeader source={source} />
      <div class="source-text" lang={source.lang}>
        <HighlightedText text={source.text} marks={source.marks} article={source.id} />
      </div>
      {source.removed.length > 0 && (
        <details class="boilerplate">
          <summary>{t('boilerplateHidden', { count: source.removed.length })}</summary>
          <ul>
            {source.removed.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {source.notes.length > 0 && (
        <details class="notes">
          <summary>{t('notes', { count: source.notes.length })}</summary>
          <ul>
            {source.notes.map((note, i) => (
              <li key={i}>
                <code>{note.stage}</code> {note.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {copies.length > 0 && (
        <details class="copies">
          <summary>{t('copiesFolded', { count: copies.length, outlets: copies.map(sourceName).join(', ') })}</summary>
          {copies.map((copy) => (
            <div key={copy.id} class="copy" id={`source-${copy.id}`} data-article={copy.id}>
              <SourceHeader source={copy} />
              <div class="source-text" lang={copy.lang}>
                <HighlightedText text={copy.text} marks={copy.marks} article={copy.id} />
              </div>
            </div>
          ))}
        </details>
      )}
    </article>
  );
}

function SourceHeader({ source }: { source: Source }) {
  const { t, lang } = useI18n();
  const link = safeUrl(source.url);
  return (
    <header>
      <p class="source-outlet">
        <strong>{sourceName(source)}</strong>
        {source.published && <span class="muted"> · {formatDate(source.published, lang)}</span>}
        {source.credit && <span class="muted"> · {t('creditedTo', { agency: source.credit })}</span>}
        <span class="lang-tag">{source.lang}</span>
        {source.duplicateKind && <span class="badge">{t(source.duplicateKind === 'exact' ? 'exactCopy' : 'nearCopy')}</span>}
      </p>
      <h3 class="source-title">{source.title}</h3>
      {link && (
        <a href={link} rel="noopener noreferrer nofollow" target="_blank" class="source-link">
          {new URL(link).host}
        </a>
      )}
    </header>
  );
}

/** The outlet, else the site's host, else the article's id (its file name). */
export function sourceName(source: Source): string {
  const link = safeUrl(source.url);
  return source.outlet ?? (link ? new URL(link).host.replace(/^www\./, '') : source.id);
}

/** Only http(s) addresses become links: `javascript:` and `data:` URLs in an article stay text. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
