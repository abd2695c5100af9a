// The own-events set (eval/own-events): its gold labels and its articles as the pipeline reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../../src/article.js';
import { isProblem, readInputs } from '../../src/ingest/readInputs.js';
import { repoRoot } from '../sharedData.js';

export const OWN_EVENTS_DIR = join(repoRoot, 'eval', 'own-events');

export interface OwnEventsGold {
  articles: Array<{
    id: string;
    file: string;
    outlet: string;
    title: string;
    published: string | null;
    publishedInferable: boolean;
    event: string;
    duplicateOf: string | null;
    duplicateKind?: string;
  }>;
  events: Array<{ id: string; title: string; articles: string[]; start: string; end: string; storyline: string; origins: number }>;
  storylines: Array<{ id: string; title: string; events: string[] }>;
  duplicates: Array<{ origin: string; members: string[] }>;
}

export function readOwnEventsGold(): OwnEventsGold {
  return JSON.parse(readFileSync(join(OWN_EVENTS_DIR, 'gold.json'), 'utf8')) as OwnEventsGold;
}

export async function readOwnEventsRaws(): Promise<RawArticle[]> {
  const raws: RawArticle[] = [];
  for await (const item of readInputs([join(OWN_EVENTS_DIR, 'articles')])) if (!isProblem(item)) raws.push(item);
  return raws;
}
