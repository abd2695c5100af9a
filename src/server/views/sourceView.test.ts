import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Conflict } from '../../article.js';
import type { StoredArticle } from '../../store/Store.js';
import { sourceView } from './sourceView.js';

const text = '« Nous resterons », a dit Diop lundi à Bamako, où 12 soldats sont morts.';
const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

function stored(article: Partial<Article>): StoredArticle {
  return {
    article: {
      id: 'a1', file: 'a1.txt', url: null, outlet: 'Journal A', author: null, title: 'Bamako', published: '2024-03-05',
      publishedSource: 'metadata', lang: 'fr', text, removed: [], dates: [], mentions: [], quotes: [], notes: [], ...article,
    },
    placement: { article: 'a1', duplicateOf: null, duplicateKind: null, event: 'e1', mentionEntities: ['p7', 'p2'] },
    hash: 'h',
    ingestedAt: '2024-03-05T10:00:00Z',
  };
}

describe('sourceView', () => {
  it('turns mentions, dates, quotes and conflicting values into sorted marks over the text', () => {
    const conflict: Conflict = {
      id: 'e1-x1', event: 'e1', about: 'death toll', kind: 'number', verdict: 'contradiction',
      values: [
        { value: '12', article: 'a1', published: null, ...at('12') },
        { value: '19', article: 'a2', published: null, start: 0, end: 2 },
      ],
    };
    const view = sourceView(
      stored({
        mentions: [
          { ...at('Diop'), text: 'Diop', type: 'person', name: 'Abdoulaye Diop' },
          { ...at('Bamako'), text: 'Bamako', type: 'location', name: 'Bamako' },
        ],
        dates: [{ ...at('lundi'), text: 'lundi', value: '2024-03-04', grain: 'day', relative: true }],
        quotes: [
          { ...at('« Nous resterons »'), text: 'Nous resterons', direct: true, speakerName: 'Abdoulaye Diop', speakerSpan: at('Diop'), speakerMention: 0, cue: 'a dit' },
        ],
      }),
      [conflict],
    );
    assert.deepEqual(
      view.marks.map((m) => [m.kind, text.slice(m.start, m.end), m.ref, m.label]),
      [
        ['quote', '« Nous resterons »', 'p7', 'Abdoulaye Diop'],
        ['entity', 'Diop', 'p7', 'Abdoulaye Diop'],
        ['date', 'lundi', null, '2024-03-04'],
        ['entity', 'Bamako', 'p2', 'Bamako'],
        ['conflict', '12', 'e1-x1', 'death toll: 12'],
      ],
    );
    assert.equal(view.marks[1]!.entityType, 'person');
    assert.equal(view.event, 'e1');
  });

  it('gives the agency credit apart from the author, null for an article stored before it was read', () => {
    const view = sourceView(stored({ author: 'Awa Diallo', credit: 'AFP' }));
    assert.deepEqual([view.author, view.credit], ['Awa Diallo', 'AFP']);
    const { credit: _none, ...older } = stored({}).article;
    assert.equal(sourceView({ ...stored({}), article: older }).credit, null);
  });

  it('drops a span that falls outside the text rather than break the page', () => {
    const view = sourceView(
      stored({
        mentions: [
          { start: 60, end: 500, text: '?', type: 'person', name: '?' },
          { start: 5, end: 5, text: '', type: 'person', name: '' },
        ],
      }),
    );
    assert.deepEqual(view.marks, []);
  });
});
