// The store and the JSON report tell one story: for the demo corpus, every event's sources,
// independent origins, duplicate groups and their origins, title and date span read from a store
// (what `recoupe events`, `recoupe show`, the API and the UI show) equal what `recoupe analyze
// --json` gives for the same articles; in one batch, and in two (an ingest stream adds articles
// in publication order across its batches as the batch run does, so it must end where the
// batch run does). Run against SQLite, and PostgreSQL when a test server is reachable.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { RawArticle } from '../article.js';
import { collectInputs } from '../ingest/readInputs.js';
import { analyzeCorpus } from '../pipeline.js';
import { buildReport, type Report } from '../report/buildReport.js';
import { loadPipelineAnalyzer, type Analyzer } from './Analyzer.js';
import type { Store } from './Store.js';
import { eachStore } from './testing/eachStore.js';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'articles');

interface EventView {
  id: string;
  title: string;
  start: string | null;
  end: string | null;
  storyline: string;
  articles: string[];
  sources: number;
  origins: number;
  outlets: string[];
  duplicateGroups: { origin: string; members: string[] }[];
}

function fromReport(report: Report): EventView[] {
  return report.events.map((event) => {
    const members = new Set(event.articles);
    return {
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      storyline: event.storyline,
      articles: [...event.articles].sort(),
      sources: event.sources,
      origins: event.origins,
      outlets: [...event.outlets].sort(),
      duplicateGroups: report.duplicates
        .map((group) => ({ origin: group.origin, members: group.members.filter((m) => members.has(m)).sort() }))
        .filter((group) => group.members.length > 1)
        .sort((a, b) => a.origin.localeCompare(b.origin)),
    };
  });
}

async function fromStore(store: Store): Promise<EventView[]> {
  const { items } = await store.events({ limit: 500 });
  const views: EventView[] = [];
  for (const summary of items) {
    const detail = await store.event(summary.id);
    assert.ok(detail, `event ${summary.id} is listed and readable`);
    assert.equal(detail.origins, summary.origins, `${summary.id}: one count of origins in the list and the event`);
    views.push({
      id: summary.id,
      title: summary.title,
      start: summary.start,
      end: summary.end,
      storyline: summary.storyline,
      articles: [...detail.event.articles].sort(),
      sources: summary.articles,
      origins: summary.origins,
      outlets: [...summary.outlets].sort(),
      duplicateGroups: detail.duplicateGroups
        .map((group) => ({ origin: group.origin, members: [...group.members].sort() }))
        .sort((a, b) => a.origin.localeCompare(b.origin)),
    });
  }
  return views.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

for (const { name, open, skip } of await eachStore()) {
  describe(`${name} and the JSON report agree on the demo corpus`, { skip }, () => {
    let raws: RawArticle[];
    let report: Report;
    let expected: EventView[];
    let analyzer: Analyzer;
    before(async () => {
      raws = (await collectInputs([DEMO])).raws;
      report = buildReport(analyzeCorpus(raws), 'test');
      expected = fromReport(report);
      analyzer = await loadPipelineAnalyzer();
    });

    test('ingested in one batch', () =>
      open(analyzer, async (store) => {
        await store.ingest(raws);
        assert.deepEqual(await fromStore(store), expected);
      }));

    test('ingested in two batches, the older half first', () =>
      open(analyzer, async (store) => {
        // The report lists articles in the order the corpus placed them: publication order.
        const older = new Set(report.articles.slice(0, Math.floor(report.articles.length / 2)).map((a) => a.id));
        await store.ingest(raws.filter((raw) => older.has(raw.id)));
        await store.ingest(raws.filter((raw) => !older.has(raw.id)));
        assert.deepEqual(await fromStore(store), expected);
      }));
  });
}
