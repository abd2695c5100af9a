// The frame of every page: navigation, quick search ("/" focuses it), language switch, and the
// page the path asks for.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from './i18n.js';
import { EntitiesPage } from './pages/EntitiesPage.js';
import { EntityPage } from './pages/EntityPage.js';
import { EventPage } from './pages/EventPage.js';
import { EventsPage } from './pages/EventsPage.js';
import { IngestPage } from './pages/IngestPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { StorylinePage, StorylinesPage } from './pages/StorylinePage.js';
import { href, Link, match, navigate, useLocation, type Location } from './router.js';

function route(location: Location) {
  const { path } = location;
  let params;
  if (path === '/' || path === '/events') return <EventsPage location={location} />;
  if ((params = match('/events/:id', path))) return <EventPage id={params.id!} />;
  if (path === '/storylines') return <StorylinesPage location={location} />;
  if ((params = match('/storylines/:id', path))) return <StorylinePage id={params.id!} />;
  if (path === '/entities') return <EntitiesPage location={location} />;
  if ((params = match('/entities/:id', path))) return <EntityPage id={params.id!} location={location} />;
  if (path === '/search') return <SearchPage location={location} />;
  if (path === '/ingest') return <IngestPage />;
  return null;
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const search = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
      event.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // After a navigation, move focus to the page so that keyboard and screen-reader users start there.
  useEffect(() => {
    if (!window.location.hash) main.current?.focus({ preventScroll: true });
  }, [location.path]);

  const page = route(location);
  const current = (prefix: string) => (location.path === prefix || (prefix !== '/' && location.path.startsWith(prefix)) ? 'page' : undefined);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="app-header container-fluid">
        <nav aria-label={t('mainNav')}>
          <ul>
            <li>
              <Link href="/" class="brand">
                recoupe
              </Link>
            </li>
            <li>
              <Link href="/" aria-current={current('/') ?? current('/events')}>
                {t('navEvents')}
              </Link>
            </li>
            <li>
              <Link href="/storylines" aria-current={current('/storylines')}>
                {t('storylines')}
              </Link>
            </li>
            <li>
              <Link href="/entities" aria-current={current('/entities')}>
                {t('navEntities')}
              </Link>
            </li>
            <li>
              <Link href="/ingest" aria-current={current('/ingest')}>
                {t('navIngest')}
              </Link>
            </li>
          </ul>
          <ul>
            <li>
              <form
                role="search"
                class="quick-search"
                onSubmit={(event) => {
                  event.preventDefault();
                  const q = search.current?.value.trim();
                  if (q) navigate(href('/search', { q }));
                }}
              >
                <input ref={search} type="search" name="q" placeholder={t('quickSearch')} aria-label={t('search')} aria-keyshortcuts="/" />
              </form>
            </li>
            <li>
              <button class="outline secondary lang-switch" onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')} lang={lang === 'fr' ? 'en' : 'fr'}>
                {lang === 'fr' ? 'English' : 'Français'}
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} class="container-fluid">
        {page ?? (
          <article class="error">
            {t('notFound')} <Link href="/">{t('navEvents')}</Link>
          </article>
        )}
      </main>
      <footer class="app-footer container-fluid muted">
        <a href="/api/openapi.json">{t('apiDocs')}</a>
      </footer>
    </>
  );
}
