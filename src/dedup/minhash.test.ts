import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldedWords } from './foldText.js';
import { containment, estimateJaccard, minhashSignature, NUM_HASHES } from './minhash.js';
import { shingles, SHINGLE_WORDS } from './shingles.js';
import { LshIndex } from './lsh.js';
import { LAVROV_BAMAKO_EN, QUAKE_TURKEY_EN } from './testing/stories.js';

const words = fc.array(fc.constantFrom('mali', 'bamako', 'lavrov', 'visite', 'mardi', 'russie', 'armée', 'a', 'le'), {
  minLength: 0,
  maxLength: 60,
});

describe('foldedWords', () => {
  it('folds case, accents and typographic apostrophes', () => {
    assert.deepEqual(foldedWords('Sergueï LAVROV, l’armée « malienne »'), ['serguei', 'lavrov', 'l', 'armee', 'malienne']);
  });
});

describe('shingles', () => {
  it('hashes every run of five words once', () => {
    assert.equal(shingles('one two three four five six seven').length, 3);
    assert.equal(shingles('a b c d e a b c d e a b c d e').length, 5);
  });
  it('gives a short text one shingle and an empty one none', () => {
    assert.equal(shingles('Read more').length, 1);
    assert.equal(shingles('  ... ').length, 0);
  });
  it('ignores case and punctuation', () => {
    assert.deepEqual(shingles('Lavrov arrived in Bamako, on Tuesday.'), shingles('lavrov ARRIVED in bamako on tuesday'));
  });
});

describe('minhash', () => {
  it('estimates Jaccard within a few points', () => {
    const source = LAVROV_BAMAKO_EN.join(' ');
    const half = LAVROV_BAMAKO_EN.slice(0, 3).join(' ');
    const a = shingles(source);
    const b = shingles(half);
    const exact = b.length / a.length; // b is a prefix of a, so b ⊂ a (up to one seam shingle)
    const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
    assert.ok(Math.abs(estimate - exact) < 0.15, `${estimate} vs ${exact}`);
    assert.ok(containment(estimate, a.length, b.length) > 0.8);
  });
  it('sees two different stories as unrelated', () => {
    const a = minhashSignature(shingles(LAVROV_BAMAKO_EN.join(' ')));
    const b = minhashSignature(shingles(QUAKE_TURKEY_EN.join(' ')));
    assert.ok(estimateJaccard(a, b) < 0.05);
  });
  it('property: a text is identical to itself, and similarity is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(words, words, (x, y) => {
        const sx = minhashSignature(shingles(x.join(' ')));
        const sy = minhashSignature(shingles(y.join(' ')));
        assert.equal(sx.length, NUM_HASHES);
        if (x.length > 0) assert.equal(estimateJaccard(sx, sx), 1);
        const j = estimateJaccard(sx, sy);
        assert.equal(j, estimateJaccard(sy, sx));
        assert.ok(j >= 0 && j <= 1);
        const c = containment(j, shingles(x.join(' ')).length, shingles(y.join(' ')).length);
        assert.ok(c >= 0 && c <= 1);
      }),
    );
  });
  it('property: shingle count never exceeds the number of word windows', () => {
    fc.assert(
      fc.property(words, (x) => {
        assert.ok(shingles(x.join(' ')).length <= Math.max(x.length - SHINGLE_WORDS + 1, x.length > 0 ? 1 : 0));
      }),
    );
  });
});

describe('LshIndex', () => {
  it('proposes a reprint and not an unrelated story', () => {
    const lsh = new LshIndex();
    lsh.insert(0, minhashSignature(shingles(LAVROV_BAMAKO_EN.join(' '))));
    lsh.insert(1, minhashSignature(shingles(QUAKE_TURKEY_EN.join(' '))));
    const reprint = minhashSignature(shingles(['Updated at 10:40.', ...LAVROV_BAMAKO_EN.slice(1)].join(' ')));
    assert.deepEqual(lsh.candidates(reprint), [0]);
  });
  it('grows past its first allocation', () => {
    const lsh = new LshIndex();
    const signature = minhashSignature(shingles('the same short text every time'));
    for (let doc = 0; doc < 3000; doc++) lsh.insert(doc, signature);
    assert.ok(lsh.candidates(signature).includes(2999));
  });
});
