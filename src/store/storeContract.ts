// The behaviour every Store must show, run against each implementation (SQLite now,
// PostgreSQL later) by its own test file. It uses tinyAnalyzer, whose grouping rules are
// predictable, so that what is checked is the store, not the pipeline's heuristics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../article.js';
import type { Analyzer } from './Analyzer.js';
import type { Store } from './Store.js';
import { FAIL_MARKER, tinyAnalyzer } from './testing/tinyAnalyzer.js';

export interface StoreHarness {
  /** A new connection to the same store, created empty by the harness. */
  open(analyzer?: Analyzer): Promise<Store>;
  dispose(): Promise<void>;
}

function raw(id: string, title: string, text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return { id, file: `${id}.txt`, title, text, lang: 'fr', notes: [], ...extra };
}

const BAMAKO_1 = raw('b1', 'Bamako : des élections annoncées', 'Le gouvernement de Bamako annonce des élections. « Le scrutin aura lieu », dit Diop.', {
  published: '2024-03-05',
  outlet: 'Journal A',
});
const BAMAKO_2 = raw('b2', 'Bamako, le calendrier électoral', 'Diop confirme le calendrier des Élections à Bamako.', {
  published: '2024-03-07',
  outlet: 'Journal B',
});
const BAMAKO_REPRINT = raw('b3', 'Bamako : reprise', BAMAKO_1.text!, { published: '2024-03-06', outlet: 'Journal C' });
const KYIV = raw('k1', 'Kyiv: ministers meet', 'The Ministers met in Kyiv on Monday. Shmyhal spoke first.', {
  published: '2024-04-20',
  lang: 'en',
  outlet: 'Wire',
});
/** Journal A again, under its web address: another edition of one outlet, not another origin. */
const BAMAKO_SAME_OUTLET = raw('b4', 'Bamako : le vote se prépare', 'Les listes électorales sont affichées à Bamako.', {
  published: '2024-03-08',
  outlet: 'https://www.journala.fr',
});
const PARIS = raw('p1', 'Paris accueille un sommet', 'Un sommet se tient à Paris avec Macron.', { published: '2024-06-01' });

export function storeContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  async function withStore(analyzer: Analyzer | undefined, body: (store: Store, harness: StoreHarness) => Promise<void>) {
    const harness = await makeHarness();
    const store = await harness.open(analyzer ?? tinyAnalyzer);
    try {
      await body(store, harness);
    } finally {
      await store.close();
      await harness.dispose();
    }
  }

  test(`${name}: an ingest stores articles, events, entities and findings`, () =>
    withStore(undefined, async (store) => {
      const result = await store.ingest([BAMAKO_1, BAMAKO_2, KYIV]);
      assert.deepEqual(result.added.sort(), ['b1', 'b2', 'k1']);
      assert.deepEqual(result.failed, []);
      const stats = await store.stats();
      assert.equal(stats.articles, 3);
      assert.equal(stats.events, 2);
      assert.equal(stats.schemaVersion >= 1, true);
      assert.deepEqual(stats.versions, tinyAnalyzer.versions);

      const stored = await store.article('b1');
      assert.equal(stored?.article.text, BAMAKO_1.text);
      assert.equal(stored?.placement.event, 'e1');
      assert.deepEqual(stored?.article.mentions.map((m) => m.entity), stored?.placement.mentionEntities);
      assert.equal(stored?.placement.mentionEntities.length, 4);
    }));

  test(`${name}: re-ingesting the same content adds nothing`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, KYIV]);
      const before = await store.stats();
      const again = await store.ingest([{ ...BAMAKO_1, id: 'other-id', file: 'copy/b1.txt' }, KYIV]);
      assert.deepEqual(again.added, []);
      assert.deepEqual(
        again.skipped.map((s) => [s.id, s.storedAs]),
        [['other-id', 'b1'], ['k1', 'k1']],
      );
      assert.deepEqual(await store.stats(), before);
    }));

  test(`${name}: the same id with other content is kept under a suffixed id`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1]);
      const result = await store.ingest([{ ...PARIS, id: 'b1' }]);
      assert.deepEqual(result.renamed, [{ from: 'b1', to: 'b1~2' }]);
      assert.equal((await store.article('b1~2'))?.article.title, PARIS.title);
      assert.equal((await store.article('b1'))?.article.title, BAMAKO_1.title);
    }));

  test(`${name}: a new article joins its stored event, whose findings are recomputed`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, KYIV]);
      const result = await store.ingest([BAMAKO_2, BAMAKO_REPRINT]);
      assert.deepEqual(result.events, ['e1'], 'only the touched event is recomputed');

      const detail = await store.event('e1');
      assert.ok(detail);
      assert.deepEqual(detail.articles.map((a) => a.article.id), ['b1', 'b3', 'b2'], 'earliest first');
      assert.deepEqual(detail.duplicateGroups, [{ origin: 'b1', members: ['b1', 'b3'] }]);
      assert.deepEqual(detail.claims[0]?.articles.sort(), ['b1', 'b2', 'b3']);
      assert.equal(detail.claims[0]?.origins, 2, 'the reprint is not an independent origin');
      assert.deepEqual(detail.quotes.map((q) => q.text), ['Le scrutin aura lieu', 'Le scrutin aura lieu']);
      assert.equal(detail.storyline?.id, 's1');
      assert.equal(detail.entities.find((e) => e.name === 'Bamako')?.mentions, 3);
      assert.deepEqual(detail.versions, tinyAnalyzer.versions);

      const [summary] = (await store.events({ entity: detail.entities[0]!.id })).items;
      assert.deepEqual(
        { id: summary?.id, articles: summary?.articles, origins: summary?.origins, start: summary?.start, end: summary?.end },
        { id: 'e1', articles: 3, origins: 2, start: '2024-03-05', end: '2024-03-07' },
      );
      assert.deepEqual(summary?.outlets, ['Journal A', 'Journal B', 'Journal C']);
    }));

  test(`${name}: an event counts its origins by crosscheck's rule: reprints and editions of one outlet once`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, BAMAKO_REPRINT]);
      await store.ingest([BAMAKO_SAME_OUTLET, BAMAKO_2]);
      const [summary] = (await store.events()).items;
      assert.deepEqual([summary?.id, summary?.articles, summary?.origins], ['e1', 4, 2]);
      assert.equal((await store.event('e1'))?.origins, 2, 'the event page gives the list\'s count');
    }));

  test(`${name}: events are filtered by date range, entity, place, language and text`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, BAMAKO_2, KYIV, PARIS]);
      const ids = async (query: Parameters<Store['events']>[0]) => (await store.events(query)).items.map((e) => e.id);

      assert.deepEqual(await ids({}), ['e3', 'e2', 'e1'], 'newest first');
      assert.deepEqual(await ids({ from: '2024-03-07' }), ['e3', 'e2', 'e1'], 'overlapping the range');
      assert.deepEqual(await ids({ from: '2024-03-08' }), ['e3', 'e2']);
      assert.deepEqual(await ids({ from: '2024-03', to: '2024-03' }), ['e1'], 'month precision, both ends inclusive');
      assert.deepEqual(await ids({ to: '2024-04-20' }), ['e2', 'e1']);
      assert.deepEqual(await ids({ lang: 'EN' }), ['e2']);
      assert.deepEqual(await ids({ place: 'kyiv' }), ['e2']);
      assert.deepEqual(await ids({ text: 'ELECTION' }), ['e1']);
      const macron = (await store.entities({ name: 'macron' })).items[0];
      assert.deepEqual(await ids({ entity: macron?.id }), ['e3']);
      assert.deepEqual(await ids({ entity: 'no-such-entity' }), []);
    }));

  test(`${name}: pages of events carry the total count`, () =>
    withStore(undefined, async (store) => {
      const raws = Array.from({ length: 7 }, (_, i) =>
        raw(`t${i}`, `Sujet${i} du jour`, `Texte numéro ${i}.`, { published: `2024-01-0${i + 1}` }),
      );
      await store.ingest(raws);
      const first = await store.events({ limit: 3 });
      const last = await store.events({ limit: 3, offset: 6 });
      assert.equal(first.total, 7);
      assert.deepEqual(first.items.map((e) => e.title), ['Sujet6 du jour', 'Sujet5 du jour', 'Sujet4 du jour']);
      assert.deepEqual(last.items.map((e) => e.title), ['Sujet0 du jour']);
      assert.equal((await store.events({ limit: 2, from: '2024-01-06' })).total, 2);
    }));

  test(`${name}: search ignores accents and case, in French and English`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, BAMAKO_2, KYIV]);
      const hits = async (query: string) => (await store.search(query)).articles.items.map((h) => h.article).sort();

      assert.deepEqual(await hits('élection'), ['b1', 'b2'], 'singular finds plurals, any case');
      assert.deepEqual(await hits('ELECTIONS'), ['b1', 'b2']);
      assert.deepEqual(await hits('minister'), ['k1']);
      assert.deepEqual(await hits('diop calendrier'), ['b2'], 'every word must match');
      assert.deepEqual(await hits('introuvable'), []);

      const result = await store.search('Élections');
      const hit = result.articles.items.find((h) => h.article === 'b2')!;
      assert.equal(hit.event, 'e1');
      assert.deepEqual(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end)), ['Élections']);
      assert.deepEqual(
        (await store.search('bamako')).entities.map((e) => e.name),
        ['Bamako'],
      );
    }));

  test(`${name}: entities are found by name and come with their events and quotes`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, BAMAKO_2, KYIV]);
      const page = await store.entities({ name: 'DIOP' });
      assert.deepEqual(page.items.map((e) => [e.name, e.articles, e.events]), [['Diop', 2, 1]]);
      const detail = await store.entity(page.items[0]!.id);
      assert.deepEqual(detail?.events.map((e) => e.id), ['e1']);
      assert.deepEqual((await store.entities({ type: 'location' })).items.map((e) => e.name), ['Bamako', 'Kyiv']);
      assert.equal(await store.entity('no-such-entity'), null);
    }));

  test(`${name}: storylines list their events as a timeline`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([BAMAKO_1, KYIV]);
      assert.equal((await store.storylines()).total, 2);
      const detail = await store.storyline('s1');
      assert.deepEqual(detail?.events.map((e) => e.id), ['e1']);
      assert.equal(await store.storyline('s99'), null);
      assert.equal(await store.event('e99'), null);
    }));

  test(`${name}: an article that fails is reported and skipped, the rest land`, () =>
    withStore(undefined, async (store) => {
      await store.ingest([KYIV]);
      const bad = raw('bad', 'Bamako : incident', `Texte ${FAIL_MARKER}.`, { published: '2024-03-05T12:00' });
      const result = await store.ingest([BAMAKO_1, bad, BAMAKO_2]);
      assert.deepEqual(result.added.sort(), ['b1', 'b2']);
      assert.deepEqual(result.failed.map((p) => p.file), ['bad.txt']);
      assert.equal(await store.article('bad'), null);
      assert.deepEqual((await store.event('e2'))?.articles.map((a) => a.article.id), ['b1', 'b2']);
      assert.equal((await store.stats()).articles, 3);
    }));

  test(`${name}: an article that breaks its whole batch is found and left out, the rest land`, () =>
    withStore(undefined, async (store, harness) => {
      await store.ingest([KYIV]);
      await store.close();
      // The analyzer gives this article no file: the store refuses to write it, so its batch cannot commit.
      const poisoned: Analyzer = {
        ...tinyAnalyzer,
        analyzeArticle: (raw) => {
          const article = tinyAnalyzer.analyzeArticle(raw);
          return raw.id === 'p1' ? { ...article, file: null as unknown as string } : article;
        },
      };
      const reopened = await harness.open(poisoned);
      try {
        const result = await reopened.ingest([BAMAKO_1, PARIS, BAMAKO_2]);
        assert.deepEqual(result.added, ['b1', 'b2']);
        assert.deepEqual(result.failed.map((p) => p.file), ['p1.txt']);
        assert.deepEqual((await reopened.stats()).articles, 3);
        assert.equal((await reopened.article('k1'))?.article.text, KYIV.text);
      } finally {
        await reopened.close();
      }
    }));

  test(`${name}: an article keeps the agency it credits, apart from its author`, () =>
    withStore(undefined, async (store) => {
      const dispatch = raw('w1', 'Paris : grève des trains', 'PARIS (AFP) – La grève des trains se poursuit.', { author: 'Awa Diallo' });
      await store.ingest([dispatch, PARIS]);
      const stored = (await store.article('w1'))!.article;
      assert.deepEqual([stored.author, stored.credit], ['Awa Diallo', 'AFP']);
      assert.equal((await store.article('p1'))!.article.credit, null);
    }));

  test(`${name}: a store reopened keeps its data and goes on incrementally`, () =>
    withStore(undefined, async (store, harness) => {
      await store.ingest([BAMAKO_1, KYIV]);
      await store.close();
      const reopened = await harness.open(tinyAnalyzer);
      try {
        assert.equal((await reopened.stats()).articles, 2);
        const result = await reopened.ingest([BAMAKO_2, BAMAKO_1]);
        assert.deepEqual(result.added, ['b2']);
        assert.deepEqual(result.events, ['e1']);
        assert.equal((await reopened.event('e1'))?.articles.length, 2);
      } finally {
        await reopened.close();
      }
    }));

  test(`${name}: progress is reported for every new article`, () =>
    withStore(undefined, async (store) => {
      const seen: [number, number][] = [];
      await store.ingest([BAMAKO_1, KYIV], { onProgress: (done, total) => seen.push([done, total]) });
      assert.deepEqual(seen, [[1, 2], [2, 2]]);
    }));
}
