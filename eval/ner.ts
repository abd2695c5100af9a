// Named entities on HIPE-2022 French newspapers (dev), scored as HIPE does: strict (exact span
// and type) and fuzzy (overlapping span, same type), micro-averaged, overall, per type and per
// sub-corpus. Then a variant-resolution check on stories we wrote (src/extract/entities/fixtures).
//
// Choices, stated once:
// - Gold types PERSON, LOCATION, ORGANISATION are scored; PRODUCT and TIME are left out of the
//   gold (we do not recognise products — newspaper titles, works — nor time as entities here;
//   dates are the dates stage's job). Our 'other' and role-only mentions are left out of the
//   predictions: HIPE annotates names, not roles standing alone.
// - In hipe2020 (and mostly in newseye) a person's gold span covers title + name + function
//   ("M. Hagenbeck, le célèbre marchand d'animaux de Hambourg"); there our person span is widened
//   to its attached roleSpan, and names nested inside that widened span are dropped (HIPE scores
//   them in another layer). letemps spans are name-only (title included), as our mention spans are.
// - Documents with no gold entity at all are left out of the main scores: 20 letemps documents
//   (62k characters, one a 22k-character parliamentary report full of names) were plainly not
//   annotated, and counting every name in them as a false positive measures the gap, not us.
//   `hipe.raw.*` keeps them in, as the official HIPE scorer would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalResult } from './types.js';
import { sharedDataset } from './sharedData.js';
import type { Article, EntityType } from '../src/article.js';
import { extractEntities } from '../src/extract/entities/extractEntities.js';
import { EntityIndex } from '../src/extract/entities/EntityIndex.js';
import { VARIANT_STORIES } from '../src/extract/entities/fixtures/variantStories.js';

interface GoldEntity {
  start: number;
  end: number;
  type: string;
}

interface Doc {
  id: string;
  dataset: string;
  text: string;
  entities: GoldEntity[];
}

interface Item {
  start: number;
  end: number;
  type: EntityType;
}

const GOLD_TYPES: Record<string, EntityType> = { PERSON: 'person', LOCATION: 'location', ORGANISATION: 'organization' };
const TYPES: EntityType[] = ['person', 'location', 'organization'];

function article(id: string, text: string, lang: string): Article {
  return { id, file: id, url: null, outlet: null, author: null, title: '', published: null, publishedSource: null, lang, text, removed: [], dates: [], mentions: [], quotes: [], notes: [] };
}

export function predictedItems(doc: Doc): Item[] {
  const mentions = extractEntities(article(doc.id, doc.text, 'fr')).filter((m) => !m.roleOnly && m.type !== 'other');
  const items: Item[] = mentions.map((m) => {
    if (doc.dataset === 'letemps' || m.type !== 'person' || !m.roleSpan) return { start: m.start, end: m.end, type: m.type };
    return { start: Math.min(m.start, m.roleSpan.start), end: Math.max(m.end, m.roleSpan.end), type: m.type };
  });
  return items.filter((item) => !items.some((o) => o !== item && o.start <= item.start && item.end <= o.end && o.end - o.start > item.end - item.start));
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

function match(gold: Item[], predicted: Item[], fuzzy: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const hit = predicted.findIndex((p, i) => !used.has(i) && p.type === g.type && (fuzzy ? p.start < g.end && g.start < p.end : p.start === g.start && p.end === g.end));
    if (hit >= 0) {
      used.add(hit);
      tp++;
    }
  }
  return tp;
}

const f1 = (c: Counts) => {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function scoreHipe(docs: Doc[]): { metrics: Record<string, number>; rows: string[] } {
  const counts = new Map<string, Counts>();
  const bump = (key: string, tp: number, predicted: number, gold: number) => {
    const c = counts.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
    c.tp += tp;
    c.predicted += predicted;
    c.gold += gold;
    counts.set(key, c);
  };
  for (const doc of docs) {
    const gold: Item[] = doc.entities.filter((e) => GOLD_TYPES[e.type]).map((e) => ({ start: e.start, end: e.end, type: GOLD_TYPES[e.type]! }));
    const predicted = predictedItems(doc);
    for (const mode of ['strict', 'fuzzy'] as const) {
      const fuzzy = mode === 'fuzzy';
      bump(`${mode}.all`, match(gold, predicted, fuzzy), predicted.length, gold.length);
      bump(`${mode}.${doc.dataset}`, match(gold, predicted, fuzzy), predicted.length, gold.length);
      for (const type of TYPES) {
        const g = gold.filter((x) => x.type === type);
        const p = predicted.filter((x) => x.type === type);
        bump(`${mode}.${type}`, match(g, p, fuzzy), p.length, g.length);
      }
    }
  }
  const metrics: Record<string, number> = {};
  const rows = ['', '  scope                      strict P / R / F1        fuzzy P / R / F1'];
  const scopes = ['all', ...TYPES, 'hipe2020', 'letemps', 'newseye'];
  for (const scope of scopes) {
    const strict = f1(counts.get(`strict.${scope}`) ?? { tp: 0, predicted: 0, gold: 0 });
    const fuzzy = f1(counts.get(`fuzzy.${scope}`) ?? { tp: 0, predicted: 0, gold: 0 });
    metrics[`hipe.${scope}.strict.f1`] = strict.f;
    metrics[`hipe.${scope}.fuzzy.f1`] = fuzzy.f;
    if (scope === 'all') {
      metrics['hipe.all.fuzzy.precision'] = fuzzy.p;
      metrics['hipe.all.fuzzy.recall'] = fuzzy.r;
    }
    const fmt = (x: { p: number; r: number; f: number }) => `${x.p.toFixed(3)} / ${x.r.toFixed(3)} / ${x.f.toFixed(3)}`;
    rows.push(`  ${scope.padEnd(26)} ${fmt(strict)}    ${fmt(fuzzy)}`);
  }
  return { metrics, rows };
}

/** Planted variants must merge, planted look-alikes must not, planted roles must be held. */
export function scoreVariants(): Record<string, number> {
  let mergePairs = 0;
  let merged = 0;
  let apartPairs = 0;
  let falseMerges = 0;
  let roles = 0;
  let rolesHeld = 0;
  let holders = 0;
  let holdersFound = 0;
  let missing = 0;
  for (const story of VARIANT_STORIES) {
    const index = new EntityIndex();
    const idOf = new Map<string, string>();
    for (const a of story.articles) {
      const art = article(a.id, a.text, a.lang);
      art.mentions = extractEntities(art);
      index.add(art, story.event).forEach((id, i) => idOf.set(art.mentions[i]!.text, idOf.get(art.mentions[i]!.text) ?? id));
    }
    const id = (surface: string) => {
      const found = idOf.get(surface);
      if (!found) missing++;
      return found;
    };
    for (const group of story.merge) {
      for (const other of group.slice(1)) {
        mergePairs++;
        const a = id(group[0]!);
        if (a && a === id(other)) merged++;
      }
    }
    for (const [x, y] of story.apart) {
      apartPairs++;
      const a = id(x);
      if (a && a === id(y)) falseMerges++;
    }
    for (const [surface, role] of story.roles) {
      roles++;
      const entity = index.get(id(surface) ?? '');
      if (entity?.roles.includes(role)) rolesHeld++;
    }
    for (const [role, surface] of story.holders) {
      holders++;
      const expected = id(surface);
      if (expected && index.holderOfRole(role, story.event) === expected) holdersFound++;
    }
  }
  return {
    'variants.merge.recall': mergePairs ? merged / mergePairs : 0,
    'variants.merged': merged,
    'variants.merge.pairs': mergePairs,
    'variants.false.merges': falseMerges,
    'variants.apart.pairs': apartPairs,
    'variants.roles.attached': roles ? rolesHeld / roles : 0,
    'variants.holders.found': holders ? holdersFound / holders : 0,
    'variants.surfaces.missing': missing,
  };
}

export async function run(): Promise<EvalResult> {
  const variants = scoreVariants();
  const dir = sharedDataset('ner-fr');
  if (!dir) return { metrics: variants, table: '  (ner-fr dataset absent: HIPE scores skipped)' };
  const docs = readFileSync(join(dir, 'hipe2022-fr-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc);
  const annotated = docs.filter((d) => d.entities.length > 0);
  const started = Date.now();
  const { metrics, rows } = scoreHipe(annotated);
  const seconds = (Date.now() - started) / 1000;
  const raw = scoreHipe(docs).metrics;
  metrics['hipe.raw.all.strict.f1'] = raw['hipe.all.strict.f1']!;
  metrics['hipe.raw.all.fuzzy.f1'] = raw['hipe.all.fuzzy.f1']!;
  const chars = annotated.reduce((n, d) => n + d.text.length, 0);
  metrics['hipe.speed.kchars.per.second'] = chars / 1000 / Math.max(0.001, seconds);
  return { metrics: { ...metrics, ...variants }, table: rows.join('\n') };
}
