// A temporary store filled by tinyAnalyzer, for the tests of commands that read a store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '../../article.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import { tinyAnalyzer } from './tinyAnalyzer.js';

export interface CapturedIO {
  out(text: string): void;
  err(text: string): void;
  interactive: boolean;
  stdout: string[];
  stderr: string[];
}

export function captureIO(): CapturedIO {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), interactive: false, stdout, stderr };
}

export function tempStorePath(): { dir: string; db: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-cli-'));
  return { dir, db: join(dir, 'recoupe.db'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function fillStore(db: string, raws: RawArticle[]): Promise<void> {
  const store = SqliteStore.open(db, { analyzer: tinyAnalyzer });
  try {
    await store.ingest(raws);
  } finally {
    await store.close();
  }
}

export function fixtureRaw(id: string, title: string, text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return { id, file: `${id}.txt`, title, text, lang: 'fr', notes: [], ...extra };
}

/** Two events: Bamako (an article, its reprint, a follow-up), Kyiv (one English article). */
export const FIXTURE_RAWS: RawArticle[] = [
  fixtureRaw('b1', 'Bamako : des élections annoncées', 'Le gouvernement de Bamako annonce des élections. « Le scrutin aura lieu en juillet », dit Diop.', {
    published: '2024-03-05',
    outlet: 'Journal A',
  }),
  fixtureRaw('b2', 'Bamako, le calendrier électoral', 'Diop confirme le calendrier des Élections à Bamako.', {
    published: '2024-03-07',
    outlet: 'Journal B',
  }),
  fixtureRaw('b3', 'Bamako : reprise', 'Le gouvernement de Bamako annonce des élections. « Le scrutin aura lieu en juillet », dit Diop.', {
    published: '2024-03-06',
    outlet: 'Journal C',
  }),
  fixtureRaw('k1', 'Kyiv: ministers meet', 'The Ministers met in Kyiv on Monday.', { published: '2024-04-20', lang: 'en', outlet: 'Wire' }),
];
