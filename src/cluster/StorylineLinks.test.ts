// Storylines in one country: sequels stay linked, neighbours on other themes stay apart, with
// events that share their capital and a person (fixtures/sameCountryEvents.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../article.js';
import { analyzeCorpus } from '../pipeline.js';
import {
  COUP_BAMAKO,
  FLOOD_AID_NIAMEY,
  FLOODS_NIAMEY,
  MATCH_BAMAKO,
  OIL_NIAMEY,
  TRANSITION_BAMAKO,
} from './fixtures/sameCountryEvents.js';

/** Each storyline as the first articles of its events, storylines and events in order. */
function storylines(raws: RawArticle[]): string[][] {
  const analysis = analyzeCorpus(raws);
  const firstArticle = new Map(analysis.events.map((e) => [e.id, e.articles[0]!]));
  return analysis.storylines.map((s) => s.events.map((e) => firstArticle.get(e)!)).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('StorylineLinks, same country', () => {
  it('keeps a match and a coup in one capital apart, and links the coup to its transition', () => {
    assert.deepEqual(storylines([...MATCH_BAMAKO, ...COUP_BAMAKO, ...TRANSITION_BAMAKO]), [
      ['coup-1', 'transition-1'],
      ['match-1'],
    ]);
  });

  it('links floods to the aid for them, and keeps an oil contract signed by the same minister apart', () => {
    assert.deepEqual(storylines([...FLOODS_NIAMEY, ...FLOOD_AID_NIAMEY, ...OIL_NIAMEY]), [
      ['floods-1', 'aid-1'],
      ['oil-1'],
    ]);
  });

  it('decides the same in one stream of both countries', () => {
    assert.deepEqual(storylines([...MATCH_BAMAKO, ...COUP_BAMAKO, ...TRANSITION_BAMAKO, ...FLOODS_NIAMEY, ...FLOOD_AID_NIAMEY, ...OIL_NIAMEY]), [
      ['coup-1', 'transition-1'],
      ['floods-1', 'aid-1'],
      ['match-1'],
      ['oil-1'],
    ]);
  });
});
