import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateIndex } from './DuplicateIndex.js';
import { makeArticle } from './testing/makeArticle.js';
import { TRANSLATION_STORIES, type TranslationStory } from './testing/translations.js';

function articleOf(story: TranslationStory, role: 'original' | 'translation' | 'independent', published?: string) {
  const part = story[role];
  return makeArticle({ id: `${story.name}/${role}`, text: part.paragraphs.join('\n\n'), lang: part.lang, published: published ?? part.published });
}

const [lavrov, quake] = TRANSLATION_STORIES as [TranslationStory, TranslationStory];

describe('DuplicateIndex: translations', () => {
  it('groups a machine translation with its source, kind "translation", and leaves the independent report out', () => {
    const index = new DuplicateIndex();
    index.add(articleOf(lavrov, 'original'));
    const verdict = index.add(articleOf(lavrov, 'translation'));
    assert.equal(verdict.duplicateOf, 'lavrov-bamako/original');
    assert.equal(verdict.kind, 'translation');
    assert.equal(index.add(articleOf(lavrov, 'independent')).duplicateOf, null);
    assert.deepEqual(index.groups(), [{ origin: 'lavrov-bamako/original', members: ['lavrov-bamako/original', 'lavrov-bamako/translation'] }]);
  });

  it('keeps the origin rule: a translation published first is the origin', () => {
    const index = new DuplicateIndex();
    index.add(articleOf(quake, 'translation', '2023-09-09T06:00:00Z'));
    index.add(articleOf(quake, 'original'));
    assert.equal(index.originOf('morocco-quake/original'), 'morocco-quake/translation');
  });

  it('compares articles of two different languages, or of a language not told ("und"), never of one known language', () => {
    for (const [lang, expected] of [['und', 'lavrov-bamako/original'], ['fr', null]] as const) {
      const index = new DuplicateIndex();
      index.add(articleOf(lavrov, 'original'));
      const translated = makeArticle({ id: 'x', text: lavrov.translation.paragraphs.join('\n\n'), lang });
      assert.equal(index.add(translated).duplicateOf, expected, lang);
    }
  });

  it('finds a translation of an article added before a checkpoint', () => {
    const index = new DuplicateIndex();
    index.add(articleOf(lavrov, 'original'));
    const reloaded = DuplicateIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    assert.equal(reloaded.add(articleOf(lavrov, 'translation')).kind, 'translation');
  });

  it('loads a dedup-2 checkpoint, which saved no profiles: its articles are just not compared', () => {
    const index = new DuplicateIndex();
    index.add(articleOf(lavrov, 'original'));
    const { langs: _langs, profiles: _profiles, ...older } = index.toJSON();
    const reloaded = DuplicateIndex.fromJSON({ ...older, version: 'dedup-2' });
    assert.equal(reloaded.add(articleOf(lavrov, 'translation')).duplicateOf, null);
  });
});
