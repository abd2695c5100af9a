// One stored article as the UI shows it: clean text plus every span worth highlighting
// (entity mentions, dates, quotes, conflicting values), so the browser builds the highlighted
// text from text nodes and never parses article content as HTML.
import type { Conflict } from '../../article.js';
import type { StoredArticle } from '../../store/Store.js';
import type { Mark, Source } from '../schemas/responses.js';

export function sourceView({ article, placement }: StoredArticle, conflicts: Conflict[] = []): Source {
  const marks: Mark[] = [];
  article.mentions.forEach((mention, index) => {
    marks.push({
      start: mention.start,
      end: mention.end,
      kind: 'entity',
      ref: placement.mentionEntities[index] ?? mention.entity ?? null,
      label: mention.name,
      entityType: mention.type,
    });
  });
  for (const date of article.dates) marks.push({ start: date.start, end: date.end, kind: 'date', ref: null, label: date.value });
  for (const quote of article.quotes) {
    const speaker = quote.speakerMention === null ? null : (placement.mentionEntities[quote.speakerMention] ?? null);
    marks.push({ start: quote.start, end: quote.end, kind: 'quote', ref: speaker, label: quote.speakerName });
  }
  for (const conflict of conflicts) {
    for (const value of conflict.values) {
      if (value.article !== article.id) continue;
      marks.push({ start: value.start, end: value.end, kind: 'conflict', ref: conflict.id, label: `${conflict.about}: ${value.value}` });
    }
  }
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    credit: article.credit ?? null,
    url: article.url,
    published: article.published,
    lang: article.lang,
    file: article.file,
    event: placement.event,
    duplicateOf: placement.duplicateOf,
    duplicateKind: placement.duplicateKind,
    text: article.text,
    removed: article.removed,
    notes: article.notes,
    marks: marks.filter((m) => isValidSpan(m, article.text.length)).sort(byStartLongestFirst),
  };
}

/** A span a stage got wrong is dropped here rather than breaking the page. */
function isValidSpan(mark: Mark, length: number): boolean {
  return Number.isInteger(mark.start) && Number.isInteger(mark.end) && mark.start >= 0 && mark.start < mark.end && mark.end <= length;
}

function byStartLongestFirst(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}
