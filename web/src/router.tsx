// A small history router: the path picks the page, the query string holds its state, so every
// view (filters, search, page number) is a link that can be kept and shared.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  // A link to a part of a page (#source-a12) scrolls there once the page has loaded it.
  if (!options.replace && !to.includes('#')) window.scrollTo(0, 0);
}

/**
 * Scrolls to the element the URL's #fragment names once the page has rendered it, and marks it
 * (CSS :target does not follow history.pushState).
 */
export function scrollToFragment(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  for (const old of document.querySelectorAll('.targeted')) old.classList.remove('targeted');
  if (!target) return;
  target.closest('details')?.setAttribute('open', '');
  target.classList.add('targeted');
  target.scrollIntoView({ block: 'start', inline: 'nearest' });
}

window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});
// An in-page link (#value-e2-x1-a3) marks its target as a link from another page does.
window.addEventListener('hashchange', () => scrollToFragment());

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return location;
}

/** `/events/:id` against `/events/e12` -> { id: 'e12' }, else null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(':')) params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

export function href(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface LinkProps {
  href: string;
  class?: string;
  title?: string;
  'aria-current'?: 'page';
  children?: ComponentChildren;
}

/** An ordinary link (opens in a new tab, copies) that navigates in place on a plain click. */
export function Link({ href: to, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
