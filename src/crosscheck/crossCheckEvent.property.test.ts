// Whatever the articles say, the cross-check does not throw and every span it returns points at
// the words it quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { crossCheckUnguarded } from './crossCheckEvent.js';
import { toArticle } from './fixtures/loadFixture.js';

const WORDS = [
  'le', 'bilan', 'est', 'de', '12', 'morts', 'quatorze', 'personnes', 'tuées', 'au', 'moins', '1 500', 'des', 'centaines',
  'combattants', 'arrivés', 'en', '2009', 'depuis', '2021', 'Bamako', 'Kidal', 'à', 'près', 'ministre', 'Abdoulaye', 'Diop',
  'Moussa', 'the', 'toll', 'rose', 'to', '14', 'killed', 'at', 'least', 'hundreds', 'of', 'fighters', '«', '»', '"', ',',
  '.', '\n', '-', 'AK-47', '6,8', 'magnitude', 'passé', 'nouveau', '', 'Ç', '\u00a0', '…', '(', ')', 'x'.repeat(40),
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));
const published = fc.oneof(fc.constant(null), fc.constant('not a date'), fc.date({ min: new Date('2020-01-01'), max: new Date('2025-01-01'), noInvalidDate: true }).map((d) => d.toISOString()));
const article = fc.record({ text, published, outlet: fc.constantFrom(null, 'A', 'B', 'lemonde.fr', 'Le Monde'), lang: fc.constantFrom('fr', 'en', '', 'xx') });

test('random articles: no exception, spans that quote the text', () => {
  fc.assert(
    fc.property(fc.array(article, { maxLength: 5 }), fc.array(fc.nat(6), { maxLength: 5 }), (drafts, duplicates) => {
      const articles = drafts.map((d, i) =>
        toArticle({
          id: `a${i}`, ...d,
          // Mentions with spans anywhere, even outside the text.
          mentions: [{ start: 0, end: 8, text: d.text.slice(0, 8), name: 'Abdoulaye Diop', type: 'person', role: 'ministre' }],
          dates: [{ start: 2, end: 6, text: 'x', value: '2021', grain: 'year', relative: false }],
        }),
      );
      const duplicateOf = new Map(duplicates.map((d, i) => [`a${i}`, d < articles.length ? `a${d}` : null]));
      const event = { id: 'e1', title: 't', articles: articles.map((a) => a.id), start: null, end: null, storyline: 's1' };
      const result = crossCheckUnguarded({ event, articles, duplicateOf });
      const texts = new Map(articles.map((a) => [a.id, a.text]));
      for (const claim of result.claims) {
        assert.ok(claim.origins >= 1 && claim.origins <= claim.articles.length);
        for (const e of claim.evidence) assert.equal(texts.get(e.article)!.slice(e.start, e.end), e.text);
      }
      for (const conflict of result.conflicts) {
        assert.ok(conflict.values.length >= 2);
        for (const v of conflict.values) assert.ok(v.start >= 0 && v.end <= texts.get(v.article)!.length && v.start < v.end);
      }
      for (const s of result.summary) assert.equal(texts.get(s.article)!.slice(s.start, s.end), s.text);
    }),
    { numRuns: 150 },
  );
});
