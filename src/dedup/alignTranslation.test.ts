import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignTranslation } from './alignTranslation.js';
import { translationProfile } from './translationProfile.js';
import { isTranslation, TRANSLATION_CONTAINMENT } from './TranslationIndex.js';
import { INDEPENDENT_BRIEFS, TRANSLATION_STORIES } from './testing/translations.js';

const profile = (paragraphs: string[]) => translationProfile(paragraphs.join('\n'));

describe('alignTranslation', () => {
  for (const story of TRANSLATION_STORIES) {
    it(`${story.name}: the translation aligns (${story.translation.change}), the independent report does not`, () => {
      const original = profile(story.original.paragraphs);
      assert.ok(alignTranslation(original, profile(story.translation.paragraphs)).containment >= TRANSLATION_CONTAINMENT);
      assert.ok(alignTranslation(profile(story.translation.paragraphs), original).containment >= TRANSLATION_CONTAINMENT);
      assert.ok(alignTranslation(original, profile(story.independent.paragraphs)).containment < TRANSLATION_CONTAINMENT);
    });
  }

  it('aligns the paragraphs of a report with the sentences of its translation written as one block', () => {
    for (const story of TRANSLATION_STORIES) {
      const flattened = translationProfile(story.translation.paragraphs.join(' '));
      const original = profile(story.original.paragraphs);
      assert.ok(isTranslation(alignTranslation(original, flattened)), story.name);
      assert.ok(isTranslation(alignTranslation(flattened, original)), story.name);
      assert.ok(!isTranslation(alignTranslation(original, translationProfile(story.independent.paragraphs.join(' ')))), story.name);
    }
  });

  it('still finds a translation written as one block that also dropped a paragraph', () => {
    for (const story of TRANSLATION_STORIES.filter((s) => s.translation.change === 'none')) {
      for (let dropped = 0; dropped < story.translation.paragraphs.length; dropped++) {
        const block = translationProfile(story.translation.paragraphs.filter((_, i) => i !== dropped).join(' '));
        assert.ok(isTranslation(alignTranslation(profile(story.original.paragraphs), block)), `${story.name} without ¶${dropped + 1}`);
        assert.ok(isTranslation(alignTranslation(translationProfile(story.original.paragraphs.join(' ')), block)), `${story.name} without ¶${dropped + 1}, both blocks`);
      }
    }
  });

  it('tells two independent reports apart when either or both are one block', () => {
    for (const story of TRANSLATION_STORIES) {
      const independent = translationProfile(story.independent.paragraphs.join(' '));
      assert.ok(!isTranslation(alignTranslation(translationProfile(story.original.paragraphs.join(' ')), independent)), story.name);
      assert.ok(!isTranslation(alignTranslation(translationProfile(story.original.paragraphs.join(' ')), profile(story.independent.paragraphs))), story.name);
    }
    for (const brief of INDEPENDENT_BRIEFS) {
      assert.ok(!isTranslation(alignTranslation(translationProfile(brief.fr.join(' ')), translationProfile(brief.en.join(' ')))), brief.name);
    }
  });

  it('reads a block saved before sentence units (one paragraph) against its counterpart as one block', () => {
    const story = TRANSLATION_STORIES[0]!;
    const block = translationProfile(story.translation.paragraphs.join(' '));
    const saved = { anchors: block.anchors, ends: Uint32Array.of(block.anchors.length), lengths: Uint32Array.of(block.lengths.reduce((x, y) => x + y, 0)), sentences: false, lean: null };
    assert.ok(isTranslation(alignTranslation(profile(story.original.paragraphs), saved)));
  });

  for (const brief of INDEPENDENT_BRIEFS) {
    it(`${brief.name}: two independent briefs following the same lead formula are no translation`, () => {
      assert.ok(!isTranslation(alignTranslation(profile(brief.fr), profile(brief.en))));
    });
  }

  it('needs the order: the same paragraphs reversed are no translation', () => {
    const story = TRANSLATION_STORIES[0]!;
    const reversed = profile([...story.translation.paragraphs].reverse());
    assert.ok(alignTranslation(profile(story.original.paragraphs), reversed).containment < TRANSLATION_CONTAINMENT);
  });

  it('scores nothing when an article has no anchors', () => {
    assert.deepEqual(alignTranslation(profile(['no names at all']), profile(TRANSLATION_STORIES[0]!.original.paragraphs)), { containment: 0, extent: 0, paragraphs: 0 });
  });
});
