import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newEvent, type EventRecord } from './EventRecord.js';
import { themeSimilarity } from './storyTheme.js';

const flat = () => 1;

function event(number: number, lang: string, terms: Record<string, number>, names: Record<string, number>): EventRecord {
  const record = newEvent(number);
  record.sources = 1;
  record.langs.set(lang, 1);
  record.terms = new Map(Object.entries(terms));
  record.names = new Map(Object.entries(names));
  return record;
}

describe('themeSimilarity', () => {
  it('compares content words, not the words of names: a shared president makes no shared theme', () => {
    const match = event(0, 'fr', { match: 2, stad: 1, seydou: 1, dembel: 1 }, { seidu: 1, dembel: 1 });
    const coup = event(1, 'fr', { militair: 2, pouvoir: 1, seydou: 1, dembel: 1 }, { seidu: 1, dembel: 1 });
    assert.equal(themeSimilarity(match, coup, flat), 0);
    const sequel = event(2, 'fr', { militair: 1, pouvoir: 2, transit: 1 }, {});
    assert.ok(themeSimilarity(coup, sequel, flat)! > 0.5);
  });

  it('says nothing of events told in different languages', () => {
    const fr = event(0, 'fr', { seism: 1 }, {});
    const en = event(1, 'en', { earthquak: 1 }, {});
    assert.equal(themeSimilarity(fr, en, flat), null);
  });
});
