// The UI is built by `npm ci` (the prepare script). When web/dist is missing all the same (a
// checkout without install scripts), the first `recoupe serve` builds it with Vite if present.
import { dirname, join } from 'node:path';
import { loadWebAssets, WEB_DIST, type WebAssets } from './webAssets.js';

export async function ensureWebAssets(log: (text: string) => void, dir: string = WEB_DIST): Promise<WebAssets | null> {
  const built = loadWebAssets(dir);
  if (built) return built;
  log('recoupe serve: the web UI is not built yet; building it (once)…');
  try {
    const vite = await import('vite');
    await vite.build({ configFile: join(dirname(dir), 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    log(`recoupe serve: could not build the UI (${(error as Error).message}); the API works, pages say how to build it`);
    return null;
  }
  return loadWebAssets(dir);
}
