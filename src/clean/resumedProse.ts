// The article going on below a box that parts it from its last paragraphs: "…the last kept
// paragraph." / "Weather" / "What the heat does to the roads" / "The storm is expected to reach the
// coast on Friday, when the council will decide whether to close the harbour and the two schools
// near it." The densest-run search ends the body at the box, and the paragraph below it, too far
// for proseContinuation, stays out. A long sentence of prose a few lines below the last kept line,
// sharing many of the article's content words, is its own: a sign-up pitch or a site's notice
// below an article shares a word or two; a note about the author shares the names, and is told by
// its shape (authorBios.ts). Any tail marker ends the search, a box's too ("Das könnte Sie auch
// interessieren", "Related"): the teasers under it sum up stories on the same topic.
//
// On the shared slice: 10 article lines come back (5 found here, 5 more carried on from them by
// proseContinuation and tickerHeadings), 1 false (a note about the author in a shape authorBios
// does not know); with box markers crossed, 2 more false (teasers' summaries), no more true.
import { isAuthorBio } from './authorBios.js';
import type { LineClass, LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';
import { sharedWords, topicWords, type TopicWords } from './topicalCoherence.js';

/** How far below the last kept line the article may resume: a box of a heading and a few teasers. */
export const RESUME_REACH = 12;
/** A paragraph of this many words says something; a teaser's summary or a caption says less. */
export const RESUME_MIN_WORDS = 15;
/**
 * Content words it must share with the article's sentences. On the shared slice, the long
 * sentences a few lines below the body that share 6 or more are the article's or notes about the
 * author; of those sharing fewer, 3 are the article's and some 30 notices, pitches and teasers.
 */
export const RESUME_SHARED_WORDS = 6;

/** For each line, whether it is the article's prose resuming below a box (see above). */
export function resumedProse(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const { lines } = page;
  let last = verdicts.length - 1;
  while (last >= 0 && !verdicts[last].content) last--;
  if (last < 0) return [];
  let topic: TopicWords | null = null;
  for (let i = last + 1; i < lines.length && i <= last + RESUME_REACH; i++) {
    const line = lines[i];
    if (line.paywall || line.tail) return [];
    if (classes[i] !== 'good' || verdicts[i].reason !== 'outside-body' || line.wordCount < RESUME_MIN_WORDS || !line.sentence) continue;
    if (line.caption || line.furniture !== null || isAuthorBio(line.text)) continue;
    topic ??= topicWords(page, verdicts, lines.length);
    if (sharedWords(page, i, topic) < RESUME_SHARED_WORDS) continue;
    const taken = new Array<boolean>(lines.length).fill(false);
    taken[i] = true;
    return taken;
  }
  return [];
}
