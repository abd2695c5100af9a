import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TranslationIndex } from './TranslationIndex.js';
import { encodeProfile, translationProfile } from './translationProfile.js';
import { TRANSLATION_STORIES } from './testing/translations.js';

const [lavrov, quake] = TRANSLATION_STORIES;
const profileOf = (paragraphs: string[]) => translationProfile(paragraphs.join('\n\n'));

function indexOf(...docs: Array<{ lang: string | null; paragraphs: string[] }>): TranslationIndex {
  const index = new TranslationIndex();
  docs.forEach((doc, i) => index.insert(i, doc.lang, encodeProfile(profileOf(doc.paragraphs))));
  return index;
}

describe('TranslationIndex', () => {
  it('compares a text whose language could not be told with the others: its profile needs no language', () => {
    const index = indexOf(lavrov!.original);
    assert.equal(index.findMatch('und', profileOf(lavrov!.translation.paragraphs))?.doc, 0);
    assert.equal(index.findMatch(null, profileOf(lavrov!.translation.paragraphs))?.doc, 0);
  });

  it('finds the source of a text stored with an undetermined language', () => {
    const index = indexOf({ lang: 'und', paragraphs: quake!.translation.paragraphs });
    assert.equal(index.findMatch('en', profileOf(quake!.original.paragraphs))?.doc, 0);
  });

  it('keeps an undetermined independent report apart, in either language', () => {
    const index = indexOf(lavrov!.original, lavrov!.translation);
    assert.equal(index.findMatch('und', profileOf(lavrov!.independent.paragraphs)), null);
  });

  it('takes an undetermined text for the language its function words lean to', () => {
    const index = indexOf(lavrov!.translation);
    const copy = lavrov!.translation.paragraphs.join(' ');
    assert.equal(index.findMatch('und', translationProfile(copy, 'und')), null);
    const withoutLean = { ...translationProfile(copy, 'und'), lean: null };
    assert.equal(index.findMatch('und', withoutLean)?.doc, 0);
  });

  it('leaves two texts of one known language to the shingle index', () => {
    const index = indexOf(lavrov!.translation);
    assert.equal(index.findMatch('en', profileOf(lavrov!.translation.paragraphs)), null);
  });
});
