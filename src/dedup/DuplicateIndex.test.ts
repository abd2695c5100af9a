import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DuplicateIndex } from './DuplicateIndex.js';
import { makeArticle } from './testing/makeArticle.js';
import { LAVROV_BAMAKO_EN, LAVROV_BAMAKO_FR, DIOP_MOSCOW_EN, QUAKE_MOROCCO_EN, QUAKE_TURKEY_EN } from './testing/stories.js';

const source = makeArticle({ id: 'a', text: LAVROV_BAMAKO_EN.join('\n\n'), published: '2023-02-07T10:00:00Z' });

function verdictFor(text: string, published: string | null = '2023-02-07T12:00:00Z') {
  const index = new DuplicateIndex();
  index.add(source);
  return index.add(makeArticle({ id: 'b', text, published }));
}

describe('DuplicateIndex', () => {
  it('finds an exact copy whatever its case, spacing and punctuation', () => {
    const verdict = verdictFor(LAVROV_BAMAKO_EN.join('\n').toUpperCase().replaceAll(',', ' ,'));
    assert.deepEqual(verdict, { duplicateOf: 'a', kind: 'exact', similarity: 1 });
  });

  it('finds a reprint with a changed first sentence', () => {
    const text = ['Moscow’s top diplomat landed in the Malian capital on Tuesday.', ...LAVROV_BAMAKO_EN.slice(1)].join('\n');
    const verdict = verdictFor(text);
    assert.equal(verdict.duplicateOf, 'a');
    assert.equal(verdict.kind, 'near');
  });

  it('finds a copy with dropped paragraphs and boilerplate of its own', () => {
    const text = [...LAVROV_BAMAKO_EN.slice(0, 2), ...LAVROV_BAMAKO_EN.slice(4), 'Read also: the Sahel in ten dates', '© Agence 2023. All rights reserved.'].join('\n');
    assert.equal(verdictFor(text).duplicateOf, 'a');
  });

  it('finds a copy truncated to its first paragraphs', () => {
    assert.equal(verdictFor(LAVROV_BAMAKO_EN.slice(0, 2).join('\n')).duplicateOf, 'a');
  });

  it('does not call a rewrite of the same story a duplicate, nor compare two articles of one language as translations', () => {
    assert.equal(verdictFor(LAVROV_BAMAKO_FR.join('\n')).duplicateOf, null);
    assert.equal(verdictFor(DIOP_MOSCOW_EN.join('\n')).duplicateOf, null);
    const quakes = new DuplicateIndex();
    quakes.add(makeArticle({ id: 'tr', text: QUAKE_TURKEY_EN.join('\n') }));
    assert.equal(quakes.add(makeArticle({ id: 'ma', text: QUAKE_MOROCCO_EN.join('\n') })).kind, null);
  });

  it('moves the origin to an earlier-published copy added later', () => {
    const index = new DuplicateIndex();
    index.add(source);
    const verdict = index.add(makeArticle({ id: 'early', text: LAVROV_BAMAKO_EN.slice(0, 4).join('\n'), published: '2023-02-07T08:00:00Z' }));
    assert.equal(verdict.duplicateOf, 'a');
    assert.deepEqual(index.groups(), [{ origin: 'early', members: ['a', 'early'] }]);
    const third = index.add(makeArticle({ id: 'late', text: LAVROV_BAMAKO_EN.join('\n'), published: '2023-02-08' }));
    assert.equal(third.duplicateOf, 'early');
  });

  it('prefers the longest copy as origin when no date is known', () => {
    const index = new DuplicateIndex();
    index.add(makeArticle({ id: 'short', text: LAVROV_BAMAKO_EN.slice(0, 3).join('\n') }));
    index.add(makeArticle({ id: 'long', text: LAVROV_BAMAKO_EN.join('\n') }));
    assert.equal(index.groups()[0]!.origin, 'long');
  });

  it('never throws on empty or odd input, and lists no singleton groups', () => {
    const index = new DuplicateIndex();
    assert.deepEqual(index.add(makeArticle({ id: 'e', text: '' })), { duplicateOf: null, kind: null, similarity: 0 });
    assert.equal(index.add(makeArticle({ id: 'f', text: '', title: '' })).duplicateOf, null);
    assert.equal(index.add({ ...makeArticle({ id: 'g', text: 'x' }), text: undefined as unknown as string, published: 'not a date' }).kind, null);
    assert.deepEqual(index.groups(), []);
  });

  it('answers the same verdict when an id is added twice', () => {
    const index = new DuplicateIndex();
    index.add(source);
    const again = index.add(source);
    assert.equal(again.duplicateOf, null);
    assert.deepEqual(index.groups(), []);
  });

  it('property: saving and loading between adds gives the same verdicts and groups as one run', () => {
    const pool = [LAVROV_BAMAKO_EN, LAVROV_BAMAKO_FR, QUAKE_TURKEY_EN, DIOP_MOSCOW_EN];
    const variant = fc.record({
      story: fc.nat(pool.length - 1),
      drop: fc.nat(3),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(fc.array(variant, { maxLength: 12 }), (variants) => {
        const articles = variants.map((v, i) =>
          makeArticle({
            id: `v${i}`,
            text: pool[v.story]!.filter((_, p) => p !== v.drop).join('\n'),
            published: `2023-02-${String(v.day).padStart(2, '0')}`,
          }),
        );
        const batch = new DuplicateIndex();
        const batchVerdicts = articles.map((a) => batch.add(a));
        let store = new DuplicateIndex();
        const storeVerdicts = articles.map((a) => {
          store = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(store.toJSON())));
          return store.add(a);
        });
        assert.deepEqual(storeVerdicts, batchVerdicts);
        assert.deepEqual(store.groups(), batch.groups());
      }),
      { numRuns: 30 },
    );
  });

  it('reads a checkpoint saved by dedup-1 (one object per document, 32-bit signatures)', () => {
    const articles = [source, makeArticle({ id: 'b', text: ['Updated.', ...LAVROV_BAMAKO_EN.slice(1)].join('\n\n'), published: '2023-02-07T12:00:00Z' })];
    const index = new DuplicateIndex();
    for (const article of articles) index.add(article);
    const state = index.toJSON();
    const docs = state.ids.map((id, i) => {
      const verdict = state.verdicts[i];
      const narrow = Buffer.from(state.signatures[i]!, 'base64');
      const wide = Buffer.alloc(narrow.length * 2);
      for (let h = 0; h < narrow.length / 2; h++) wide.writeUInt32LE((narrow.readUInt16LE(h * 2) | 0xabcd0000) >>> 0, h * 4);
      return {
        id,
        published: state.published[i]!,
        length: state.lengths[i]!,
        hash: state.hashes[i]!,
        shingleCount: state.shingleCounts[i]!,
        group: state.groups[i]!,
        verdict: verdict ? { duplicateOf: state.ids[verdict[0]]!, kind: verdict[1], similarity: verdict[2] } : { duplicateOf: null, kind: null, similarity: 0 },
        signature: wide.toString('base64'),
      };
    });
    const reloaded = DuplicateIndex.fromJSON({ version: 'dedup-1', docs }).toJSON();
    assert.deepEqual(reloaded.profiles, ['', ''], 'no translation profile before dedup-3');
    assert.deepEqual({ ...reloaded, langs: state.langs, profiles: state.profiles }, state);
  });
});
