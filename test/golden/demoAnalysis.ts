// The demo corpus analysed once, with its gold labels, shared by the golden tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectInputs } from '../../src/ingest/readInputs.js';
import { analyzeCorpus } from '../../src/pipeline.js';
import { buildReport, type Report } from '../../src/report/buildReport.js';

export interface DemoGold {
  articles: Array<{ id: string; published: string | null; event: string; duplicateOf: string | null; boilerplate: string[]; mustKeep: string[]; bodyStartsWith: string }>;
  events: Array<{ id: string; articles: string[]; start: string; end: string; storyline: string }>;
  storylines: Array<{ id: string; events: string[] }>;
  duplicates: Array<{ origin: string; members: string[] }>;
  entities: Array<{ name: string; type: string; variants: string[]; roles: string[] }>;
  distinct: Array<[string, string]>;
  roleMentions: Array<{ article: string; text: string; refersTo: string }>;
  dates: Array<{ article: string; text: string; value: string }>;
  quotes: Array<{ article: string; text: string; speaker: string | null; direct: boolean; form: string; part?: number }>;
}

const root = join(import.meta.dirname, '..', '..', 'demo');

export const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as DemoGold;

let cached: Promise<Report> | undefined;

export function demoReport(): Promise<Report> {
  cached ??= (async () => {
    const { raws, problems } = await collectInputs([join(root, 'articles')]);
    return buildReport(analyzeCorpus(raws, { problems }), 'test');
  })();
  return cached;
}

/** Case-, accent- and space-insensitive form, for comparing names and roles. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
