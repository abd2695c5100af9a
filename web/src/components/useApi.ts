// Loads what a page shows, aborting the previous request when its inputs change.
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string; status: number } | { state: 'done'; data: T };

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (data) => setLoaded({ state: 'done', data }),
      (error: { name?: string; message?: string; status?: number }) => {
        if (error?.name === 'AbortError') return;
        setLoaded({ state: 'error', message: error?.message ?? String(error), status: error?.status ?? 0 });
      },
    );
    return () => controller.abort();
  }, deps);
  return loaded;
}
