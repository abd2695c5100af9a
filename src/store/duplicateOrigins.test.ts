// Issue #4: each duplicate group names its origin, the earliest published copy, else the
// longest (DuplicateIndex's rule; an undated copy loses to a dated one). Checked where a reader
// meets it: the JSON report's groups (DuplicateIndex.groups() as they are), and a store's groups
// and each stored copy's duplicateOf, also when the origin arrives after its copies (a stream).
// The articles are ours: one wire story on a flood, reprinted whole or cut.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../article.js';
import { analyzeCorpus } from '../pipeline.js';
import { buildReport, type Report } from '../report/buildReport.js';
import { loadPipelineAnalyzer, type Analyzer } from './Analyzer.js';
import type { Store } from './Store.js';
import { eachStore } from './testing/eachStore.js';

const FLOOD = [
  "Des pluies diluviennes se sont abattues mardi sur la ville de Kayes, dans l'ouest du Mali, provoquant la crue soudaine du fleuve Sénégal.",
  'Selon la protection civile, au moins quatorze personnes ont perdu la vie et plusieurs centaines de familles ont dû quitter leur maison.',
  "Le gouverneur de la région a ouvert trois écoles pour accueillir les sinistrés, qui manquent d'eau potable et de nourriture.",
  "Les routes reliant Kayes à Bamako sont coupées à plusieurs endroits, ce qui retarde l'arrivée des secours venus de la capitale.",
  "Le ministre de l'Action humanitaire doit se rendre sur place jeudi pour évaluer les besoins, a indiqué son cabinet dans un communiqué.",
  "La saison des pluies, qui s'étend de juin à octobre, cause chaque année des dégâts importants dans cette partie du pays.",
  'Les habitants des quartiers bas de la ville réclament depuis des années la construction de digues le long du fleuve.',
];

/** A copy of the story's first `paragraphs` paragraphs. */
function copy(id: string, paragraphs: number, published: string | undefined): RawArticle {
  return {
    id,
    file: `${id}.txt`,
    title: 'Mali : crue meurtrière à Kayes',
    text: FLOOD.slice(0, paragraphs).join('\n\n'),
    ...(published ? { published } : {}),
    outlet: `Journal ${id}`,
    lang: 'fr',
    notes: [],
  };
}

const SCENARIOS: { rule: string; copies: RawArticle[]; origin: string }[] = [
  {
    rule: 'the earliest published copy, even a shorter one',
    copies: [copy('wire-later', 6, '2024-08-13T15:00:00Z'), copy('first-out', 4, '2024-08-13T08:00:00Z'), copy('undated', 7, undefined)],
    origin: 'first-out',
  },
  {
    rule: 'of copies published at the same time, the longest; an undated one, however long, never',
    copies: [copy('a-cut', 4, '2024-08-13T10:00:00Z'), copy('b-whole', 6, '2024-08-13T10:00:00Z'), copy('undated', 7, undefined)],
    origin: 'b-whole',
  },
];

async function storedCopies(store: Store) {
  const { items } = await store.events();
  assert.equal(items.length, 1, 'the copies make one event');
  const detail = (await store.event(items[0]!.id))!;
  return {
    groups: detail.duplicateGroups.map((g) => ({ origin: g.origin, members: [...g.members].sort() })),
    duplicateOf: Object.fromEntries(detail.articles.map((a) => [a.article.id, a.placement.duplicateOf])),
  };
}

const STORES = await eachStore();

for (const { rule, copies, origin } of SCENARIOS) {
  const members = copies.map((c) => c.id).sort();
  const duplicateOf = Object.fromEntries(copies.map((c) => [c.id, c.id === origin ? null : origin]));

  describe(`a duplicate group's origin is ${rule}`, () => {
    let report: Report;
    before(() => {
      report = buildReport(analyzeCorpus(copies), 'test');
    });

    test('in the JSON report', () => {
      assert.deepEqual(
        report.duplicates.map((g) => ({ origin: g.origin, members: [...g.members].sort() })),
        [{ origin, members }],
      );
    });

    test("in the JSON report's articles: each copy's duplicateOf", () => {
      assert.deepEqual(Object.fromEntries(report.articles.map((a) => [a.id, a.duplicateOf])), duplicateOf);
      for (const a of report.articles) assert.equal(a.duplicateKind === null, a.duplicateOf === null, `${a.id}: a kind exactly when a copy`);
    });
  });

  for (const { name, open, skip } of STORES) {
    describe(`${name}: a duplicate group's origin is ${rule}`, { skip }, () => {
      let analyzer: Analyzer;
      before(async () => {
        analyzer = await loadPipelineAnalyzer();
      });

      test('ingested in one batch', () =>
        open(analyzer, async (store) => {
          await store.ingest(copies);
          assert.deepEqual(await storedCopies(store), { groups: [{ origin, members }], duplicateOf });
        }));

      test('ingested as a stream where the origin comes last', () =>
        open(analyzer, async (store) => {
          await store.ingest(copies.filter((c) => c.id !== origin));
          await store.ingest(copies.filter((c) => c.id === origin));
          assert.deepEqual(await storedCopies(store), { groups: [{ origin, members }], duplicateOf });
        }));
    });
  }
}
