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

  it('reads a text flattened into one block against its counterpart as one block', () => {
    for (const story of TRANSLATION_STORIES.slice(0, 4)) {
      const flattened = translationProfile(story.translation.paragraphs.join(' '));
      const original = profile(story.original.paragraphs);
      assert.ok(isTranslation(alignTranslation(original, flattened)), story.name);
      assert.ok(!isTranslation(alignTranslation(original, translationProfile(story.independent.paragraphs.join(' ')))), story.name);
    }
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
