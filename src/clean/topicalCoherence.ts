// A headline-like line that shares no content word with the article around it is a teaser for
// another article ("Grèce : les incendies reprennent" inside a piece on Russia and Mali).
import { endsLikeSentence, STOPLISTS, words } from './textStats.js';

/** Words this short are too common to show a shared topic. */
const MIN_WORD_CHARS = 4;
/** Only lines this short, without a final period, are judged: prose is never a teaser. */
const MAX_TEASER_CHARS = 160;
/** Too little article around it to judge. */
const MIN_BODY_LINES = 3;

const ALL_STOPWORDS = new Set(Object.values(STOPLISTS).flatMap((s) => [...s]));

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length >= MIN_WORD_CHARS && !ALL_STOPWORDS.has(w) && !/^\d+$/.test(w)) out.add(w.replace(/s$/, ''));
  }
  return out;
}

/** For each body line, whether it is off-topic; the word index is built once (linear). */
export function topicalOutliers(body: readonly string[]): boolean[] {
  if (body.length < MIN_BODY_LINES) return body.map(() => false);
  const perLine = body.map(contentWords);
  const counts = new Map<string, number>();
  for (const set of perLine) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
  return body.map((line, i) => {
    if (line.length > MAX_TEASER_CHARS || endsLikeSentence(line) || perLine[i].size < 2) return false;
    for (const w of perLine[i]) if ((counts.get(w) ?? 0) > 1) return false;
    return true;
  });
}
