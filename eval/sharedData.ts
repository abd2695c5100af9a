import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared/data beside the repository (or $RECOUPE_SHARED_DATA), or null when absent. */
export function sharedDataDir(): string | null {
  const dir = process.env.RECOUPE_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
  return existsSync(dir) ? dir : null;
}

export function sharedDataset(name: string): string | null {
  const base = sharedDataDir();
  if (!base) return null;
  const dir = join(base, name);
  return existsSync(dir) ? dir : null;
}

/** The records of a JSON Lines file, blank lines skipped. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
