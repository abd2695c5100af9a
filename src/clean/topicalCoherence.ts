// A headline-like line that shares no content word with the article around it is a teaser for
// another article ("Grèce : les incendies reprennent" inside a piece on Russia and Mali).
// A pull quote shares no word either ("Nos relations avec la Russie reposent sur la confiance"),
// but it is quoted or signed on the next line ("Abdoulaye Diop, ministre malien des Affaires
// étrangères."): those stay.
import { HashCounts } from './hashCounts.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';

/** Only lines this short, without a final period, are judged: prose is never a teaser. */
const MAX_TEASER_CHARS = 160;
/**
 * A line needs this many different content words to be judged: a two-word subheading ("Skin
 * Deep", "Steilere Zinskurve") or a name ("Anne Balay") has too few to show its topic.
 */
export const MIN_TEASER_WORDS = 3;
/** Too little article around it to judge. */
const MIN_BODY_LINES = 3;

/** "Abdoulaye Diop, ministre malien…", "Jane Doe, a spokeswoman for…": a name, a comma, a role. */
const SIGNATURE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+\p{Ll}/u;
const MAX_SIGNATURE_CHARS = 140;
const OPENING_QUOTE = /^[«"“„]/;

/** The candidate words of topicalOutliers, each counted once a body line (the mark: the line). */
const wordCounts = new HashCounts();
/** The article's words as topicWords gives them, for sharedWords (each line asked is a reading). */
export type TopicWords = HashCounts;

/**
 * For each body line (indexes into `page.lines`, in page order), whether it is off-topic. Only
 * the few candidate lines (short, no sentence end) are judged, so only their content words are
 * counted across the body (content words as scanLine hashes them: see `lastScan`).
 */
export function topicalOutliers(page: PageFeatures, body: readonly number[]): boolean[] {
  // Pushed one by one, not body.map(() => false): the array map builds is packed when the
  // builtin runs and holey when optimized code inlines it, and the store below met the other map
  // (a 'wrong map' deopt and a recompile over the warm passes).
  const outliers: boolean[] = [];
  for (let k = 0; k < body.length; k++) outliers.push(false);
  if (body.length < MIN_BODY_LINES) return outliers;
  const { lines, contentHashes, contentStart } = page;
  const candidates: number[] = [];
  let candidateWords = 0;
  for (let k = 0; k < body.length; k++) {
    const index = body[k];
    const line = lines[index];
    if (line.text.length > MAX_TEASER_CHARS || line.sentence || distinctWords(page, index) < MIN_TEASER_WORDS) continue;
    if (OPENING_QUOTE.test(line.text) || isSignature(lines[index + 1])) continue;
    candidates.push(k);
    candidateWords += contentStart[index + 1] - contentStart[index];
  }
  if (candidates.length === 0) return outliers;
  const counts = wordCounts;
  counts.reset(candidateWords);
  for (const k of candidates) for (let w = contentStart[body[k]]; w < contentStart[body[k] + 1]; w++) counts.add(contentHashes[w]);
  // How many body lines hold each candidate word (a line counts once however often it says it),
  // until every candidate shares a word with another line: counts only grow, so the rest of the
  // body would change no verdict. Most candidates are the article's subheadings, whose words the
  // next paragraphs say. `open` candidates, first in `candidates`, share none yet.
  let open = candidates.length;
  for (let b = 0; b < body.length && open > 0; b++) {
    const index = body[b];
    let newlyShared = false;
    for (let w = contentStart[index]; w < contentStart[index + 1]; w++) {
      const slot = counts.find(contentHashes[w]);
      if (slot >= 0 && counts.countIn(slot, index) === 2) newlyShared = true;
    }
    if (newlyShared) open = stillOpen(page, counts, body, candidates, open);
  }
  for (const k of candidates) outliers[k] = open > 0 && !sharesWord(page, counts, body[k]);
  return outliers;
}

/** Whether a word of line `index` is held by two body lines or more, as counted so far. */
function sharesWord(page: PageFeatures, counts: HashCounts, index: number): boolean {
  const { contentHashes, contentStart } = page;
  for (let w = contentStart[index]; w < contentStart[index + 1]; w++) if (counts.countOf(counts.find(contentHashes[w])) > 1) return true;
  return false;
}

/** Moves the open candidates that now share a word past the open ones; returns how many stay open. */
function stillOpen(page: PageFeatures, counts: HashCounts, body: readonly number[], candidates: number[], open: number): number {
  for (let c = 0; c < open; ) {
    if (!sharesWord(page, counts, body[candidates[c]])) {
      c++;
      continue;
    }
    open--;
    const shared = candidates[c];
    candidates[c] = candidates[open];
    candidates[open] = shared;
  }
  return open;
}

/** How many different content words line `index` holds (counts up to `enough`). */
function distinctWords(page: PageFeatures, index: number, enough = MIN_TEASER_WORDS): number {
  const { contentHashes, contentStart } = page;
  let distinct = 0;
  for (let w = contentStart[index]; w < contentStart[index + 1] && distinct < enough; w++) {
    let seen = false;
    for (let v = contentStart[index]; v < w && !seen; v++) seen = contentHashes[v] === contentHashes[w];
    if (!seen) distinct++;
  }
  return distinct;
}

function isSignature(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.text.length <= MAX_SIGNATURE_CHARS && SIGNATURE.test(line.text);
}

/**
 * The article's words (topicWords), where each finder that asked built a Set anew and read each
 * line it asked through a Set of its own: a tenth of the time the article parts took.
 */
const topic = new HashCounts();

/**
 * The content words of the sentences judged content before line `end`. Headline-like lines kept
 * there are left out: a teaser that got through ("With impeachment, America's epistemic crisis
 * has arrived" above a piece on Delhi's air) would lend its words to the teasers below the marker.
 * One set serves every page: it holds these words until the next call, and each caller reads it
 * within its own pass (a finder, the tail of lineVerdicts), asking for it again on the next.
 */
export function topicWords(page: PageFeatures, verdicts: readonly { content: boolean }[], end: number): TopicWords {
  const { contentHashes, contentStart, lines } = page;
  let words = 0;
  for (let i = 0; i < end; i++) if (verdicts[i].content && lines[i].sentence) words += contentStart[i + 1] - contentStart[i];
  topic.reset(words);
  for (let i = 0; i < end; i++) {
    if (!verdicts[i].content || !lines[i].sentence) continue;
    for (let w = contentStart[i]; w < contentStart[i + 1]; w++) topic.add(contentHashes[w]);
  }
  return topic;
}

/** How many different content words of line `index` are in `words`. */
export function sharedWords(page: PageFeatures, index: number, words: TopicWords): number {
  return words.countHeld(page.contentHashes, page.contentStart[index], page.contentStart[index + 1]);
}
