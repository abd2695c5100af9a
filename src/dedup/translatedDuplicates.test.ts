// Issue #4 end to end for translations: a French dispatch and its English machine translation
// are one duplicate group (kind "translation") in the JSON report and in every store, and count
// as one independent origin of their event; an independent English report counts as another.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../article.js';
import { analyzeCorpus } from '../pipeline.js';
import { buildReport, type Report } from '../report/buildReport.js';
import { loadPipelineAnalyzer, type Analyzer } from '../store/Analyzer.js';
import { eachStore } from '../store/testing/eachStore.js';
import { TRANSLATION_STORIES } from './testing/translations.js';

const story = TRANSLATION_STORIES[0]!;
const OUTLETS = { original: 'Agence Sahel', translation: 'Global Reprints', independent: 'The Daily Courier' };

const raws: RawArticle[] = (['original', 'translation', 'independent'] as const).map((role) => ({
  id: role,
  file: `${role}.txt`,
  title: story[role].paragraphs[0]!.slice(0, 70),
  text: story[role].paragraphs.join('\n\n'),
  published: story[role].published,
  outlet: OUTLETS[role],
  notes: [],
}));

describe('a machine translation in the JSON report', () => {
  let report: Report;
  before(() => {
    report = buildReport(analyzeCorpus(raws), 'test');
  });

  test('is a copy of its source, of kind "translation"; the independent report is no copy', () => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    assert.equal(byId.get('translation')!.duplicateOf, 'original');
    assert.equal(byId.get('translation')!.duplicateKind, 'translation');
    assert.equal(byId.get('independent')!.duplicateOf, null);
    assert.deepEqual(report.duplicates, [{ origin: 'original', members: ['original', 'translation'] }]);
  });

  test('joins its source’s event and does not add an origin to it', () => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    const event = report.events.find((e) => e.id === byId.get('original')!.event)!;
    assert.equal(byId.get('translation')!.event, event.id);
    const sameEvent = byId.get('independent')!.event === event.id;
    assert.equal(event.origins, sameEvent ? 2 : 1);
  });
});

for (const { name, open, skip } of await eachStore()) {
  describe(`${name}: a machine translation`, { skip }, () => {
    let analyzer: Analyzer;
    let report: Report;
    before(async () => {
      analyzer = await loadPipelineAnalyzer();
      report = buildReport(analyzeCorpus(raws), 'test');
    });

    test('is stored as a copy of kind "translation", and the event counts its origins as the report does', () =>
      open(analyzer, async (store) => {
        await store.ingest(raws.filter((r) => r.id !== 'original'));
        await store.ingest(raws.filter((r) => r.id === 'original'));
        const translation = (await store.article('translation'))!;
        assert.equal(translation.placement.duplicateOf, 'original');
        assert.equal(translation.placement.duplicateKind, 'translation');
        const { items } = await store.events();
        for (const id of ['original', 'independent']) {
          const reported = report.events.find((e) => e.id === report.articles.find((a) => a.id === id)!.event)!;
          const storedEvent = (await store.article(id))!.placement.event;
          assert.equal(items.find((e) => e.id === storedEvent)?.origins, reported.origins, `the event of ${id}: origins`);
        }
      }));
  });
}
