// The built UI (web/dist), read into memory once: a few hundred kilobytes, served without a
// disk read. Hashed assets are cached for good; index.html is revalidated so a rebuilt UI shows.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface WebAsset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  cacheControl: string;
}

export interface WebAssets {
  /** The asset at a URL path, or the UI's index for any other page path (client-side routes). */
  get(path: string): WebAsset | null;
}

export function loadWebAssets(dir: string = WEB_DIST): WebAssets | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const assets = new Map<string, WebAsset>();
  for (const file of walk(dir)) {
    const path = `/${relative(dir, file).split(sep).join('/')}`;
    assets.set(path, {
      body: new Uint8Array(readFileSync(file)),
      type: TYPES[extname(file)] ?? 'application/octet-stream',
      cacheControl: path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  const index = assets.get('/index.html')!;
  return {
    get(path) {
      const asset = assets.get(path);
      if (asset) return asset;
      // A missing file under /assets/ is a 404, not the index: a stale page asking for an old bundle.
      return path.startsWith('/assets/') || extname(path) ? null : index;
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
