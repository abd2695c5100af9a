// Query latency of the SQLite store at the size the API must serve (100,000 articles), for the
// requests the HTTP API and UI will make. The store is filled through the real write path
// (writePlan) with synthetic data shaped like a news corpus: events of 1–12 articles, a
// Zipf-like vocabulary, entities shared across events. Nothing here runs in the tests.
//
//   npx tsx src/store/sqlite/benchStore.ts [articles]      (default 100000)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, EntityType } from '../../article.js';
import type { BatchPlan, EventRecord } from '../planBatch.js';
import type { Store } from '../Store.js';
import { SqliteStore } from './SqliteStore.js';
import { writePlan } from './writePlan.js';
import Database from 'better-sqlite3';

const WORDS = (
  'gouvernement élection ministre président armée attaque accord sommet réforme budget grève manifestation ' +
  'tribunal procès enquête police frontière réfugiés sécurité économie inflation énergie pétrole gaz climat ' +
  'inondation séisme incendie bilan victimes blessés otages négociations sanctions diplomatie ambassade ' +
  'parlement vote loi décret opposition coalition candidat scrutin campagne sondage résultats région village ' +
  'capitale province hôpital école université entreprise usine emploi salaire prix marché banque dette ' +
  'government election minister president army attack agreement summit reform strike protest court trial ' +
  'police border refugees security economy energy oil climate flood earthquake fire toll victims talks'
).split(' ');
const PLACES = ['Bamako', 'Paris', 'Kyiv', 'Dakar', 'Niamey', 'Lyon', 'Gao', 'Tombouctou', 'Kharkiv', 'Odesa'];
const OUTLETS = ['Journal A', 'Journal B', 'Agence C', 'Radio D', 'Wire E', 'Hebdo F', 'Quotidien G'];
const BATCH = 2000;
const RUNS = 100;
/** Distinct words in the synthetic corpus; frequencies follow Zipf's law as in real text. */
const VOCABULARY_SIZE = 30_000;
const SYLLABLES = 'ba be bi bo da de di do fa fe fi ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo'.split(' ');

/**
 * Ranked vocabulary: pseudo-words, with the real words above placed at ranks 100-3000, where
 * a news topic's words sit (the top ranks are function words nobody searches for).
 */
function vocabulary(random: () => number): { words: string[]; sample: () => string } {
  const words = Array.from({ length: VOCABULARY_SIZE }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
    return `${word}x`;
  });
  WORDS.forEach((word, i) => (words[100 + Math.floor((i * 2900) / WORDS.length)] = word));
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= VOCABULARY_SIZE; rank++) cumulative.push((sum += 1 / rank));
  const sample = () => {
    const target = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  return { words, sample };
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export async function run(articles = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const started = Date.now();
    const { events, entities } = fill(path, articles);
    const size = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    console.log(
      `filled ${articles} articles, ${events} events, ${entities} entities in ${((Date.now() - started) / 1000).toFixed(1)}s ` +
        `(${(size / 1048576).toFixed(0)} MB)`,
    );
    const store = SqliteStore.open(path);
    try {
      await measure(store, events, entities);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function fill(path: string, total: number): { events: number; entities: number } {
  const random = rng(42);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const word = vocabulary(random).sample;
  const entityCount = Math.round(total / 5);
  const entityName = (i: number) => (i < PLACES.length ? PLACES[i]! : `Nom${i} Personne${i % 997}`);
  const entityType = (i: number): EntityType => (i < PLACES.length ? 'location' : i % 7 === 0 ? 'organization' : 'person');

  void SqliteStore.open(path).close();
  const writer = new Database(path);
  let articleNo = 0;
  let eventNo = 0;
  while (articleNo < total) {
    const plan: BatchPlan = {
      result: { added: [], skipped: [], failed: [], degraded: [], renamed: [], events: [] },
      articles: [],
      duplicateGroups: new Map(),
      displacedKinds: new Map(),
      events: { upsert: [], moved: [], remove: [] },
      storylines: { upsert: [], remove: [] },
      entities: { upsert: [], remove: [] },
    };
    while (plan.articles.length < BATCH && articleNo < total) {
      eventNo++;
      const id = `e${eventNo}`;
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000);
      const size = Math.min(1 + Math.floor(-Math.log(random()) * 3), 12);
      const cast = Array.from({ length: 6 }, () => Math.floor(entityCount * random() ** 3));
      const members: Article[] = [];
      for (let k = 0; k < size && articleNo < total; k++) {
        articleNo++;
        const published = new Date(day.getTime() + k * 3_600_000 * 7).toISOString().slice(0, 10);
        const body = Array.from({ length: 120 }, word);
        const names = cast.slice(0, 3).map(entityName);
        const text = `${names.join(', ')} : ${body.join(' ')}.`;
        const article: Article = {
          id: `a${articleNo}`,
          file: `bench/a${articleNo}.txt`,
          url: null,
          outlet: pick(OUTLETS),
          author: null,
          title: `${pick(PLACES)} : ${word()} ${word()} ${word()}`,
          published,
          publishedSource: 'metadata',
          lang: random() < 0.8 ? 'fr' : 'en',
          text,
          removed: [],
          dates: [],
          mentions: [],
          quotes: [],
          notes: [],
        };
        members.push(article);
        plan.articles.push({
          article,
          givenId: article.id,
          hash: `h${articleNo}`,
          placement: { article: article.id, duplicateOf: null, duplicateKind: null, event: id, mentionEntities: [] },
        });
      }
      const record: EventRecord = {
        cluster: {
          id,
          title: members[0]!.title,
          articles: members.map((a) => a.id),
          start: members[0]!.published,
          end: members.at(-1)!.published,
          storyline: `s${1 + Math.floor(eventNo / 4)}`,
        },
        fingerprint: id,
        articles: members.length,
        origins: members.length,
        outlets: [...new Set(members.map((a) => a.outlet!))],
        langs: [...new Set(members.map((a) => a.lang))],
        entities: [...new Set(cast)].map((e) => ({ entity: `p${e}`, mentions: 1 + Math.floor(random() * 5), articles: 1 })),
        findings: {
          quotes: members.slice(0, 2).map((a) => ({
            article: a.id, start: 0, end: 10, text: body(word), speaker: `p${cast[0]}`, speakerName: entityName(cast[0]!),
            direct: true, cue: 'a déclaré', group: null,
          })),
          dates: [],
          claims: [{ id: `${id}-c1`, event: id, text: body(word), articles: members.map((a) => a.id), origins: members.length, evidence: [] }],
          conflicts: [],
          summary: [{ article: members[0]!.id, text: body(word), start: 0, end: 10 }],
        },
      };
      plan.events.upsert.push(record);
      if (eventNo % 4 === 1) {
        const storyline = record.cluster.storyline;
        plan.storylines.upsert.push({
          storyline: { id: storyline, title: record.cluster.title, events: [id] },
          sortKey: record.cluster.end ?? '',
        });
      }
    }
    writer.transaction(() => writePlan(writer, plan, { bench: '1' }))();
  }
  const entityPlan: BatchPlan['entities'] = { upsert: [], remove: [] };
  for (let i = 0; i < entityCount; i++) {
    const name = entityName(i);
    entityPlan.upsert.push({ id: `p${i}`, name, type: entityType(i), aliases: [name.split(' ')[0]!], roles: [] });
  }
  writer.transaction(() =>
    writePlan(
      writer,
      {
        result: { added: [], skipped: [], failed: [], degraded: [], renamed: [], events: [] },
        articles: [],
        duplicateGroups: new Map(),
        displacedKinds: new Map(),
        events: { upsert: [], moved: [], remove: [] },
        storylines: { upsert: [], remove: [] },
        entities: entityPlan,
      },
      { bench: '1' },
    ),
  )();
  writer.pragma('optimize');
  writer.close();
  return { events: eventNo, entities: entityCount };
}

function body(word: () => string): string {
  return Array.from({ length: 12 }, word).join(' ');
}

export async function measure(store: Store, events: number, entities: number) {
  const random = rng(7);
  const int = (n: number) => Math.floor(random() * n);
  const hot = () => `p${int(Math.min(entities, 200))}`;
  const year = () => 2015 + int(10);
  const cases: [string, () => Promise<unknown>][] = [
    ['events, page 1', () => store.events({ limit: 50 })],
    ['events, deep page', () => store.events({ limit: 50, offset: 5000 + int(5000) })],
    ['events, one month', () => {
      const month = `${year()}-0${1 + int(9)}`;
      return store.events({ from: month, to: month });
    }],
    ['events, entity', () => store.events({ entity: hot() })],
    ['events, language', () => store.events({ lang: 'en' })],
    ['events, place', () => store.events({ place: PLACES[int(PLACES.length)] })],
    ['events, text', () => store.events({ text: WORDS[int(WORDS.length)] })],
    ['events, text + year', () => store.events({ text: WORDS[int(WORDS.length)], from: `${year()}`, to: `${year()}` })],
    ['event detail', () => store.event(`e${1 + int(events)}`)],
    ['entity detail', () => store.entity(hot())],
    ['entities by name', () => store.entities({ name: `nom${int(entities)}` })],
    ['storylines', () => store.storylines({ limit: 50 })],
    ['search, common word', () => store.search(WORDS[int(10)]!)],
    ['search, rare word', () => store.search(WORDS[WORDS.length - 1 - int(20)]!)],
    ['search, two words', () => store.search(`${WORDS[int(30)]} ${WORDS[int(60)]}`)],
    ['search, stop word', () => store.search(vocabulary(random).words[int(5)]!)],
  ];
  console.log(`${'request'.padEnd(22)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const [name, request] of cases) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await request();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`${name.padEnd(22)} ${at(0.5).padStart(8)} ${at(0.95).padStart(8)} ${at(1).padStart(8)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run(Number(process.argv[2] ?? 100_000));
