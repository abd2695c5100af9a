// A headline-like line that shares no content word with the article around it is a teaser for
// another article ("Grèce : les incendies reprennent" inside a piece on Russia and Mali).
// A pull quote shares no word either ("Nos relations avec la Russie reposent sur la confiance"),
// but it is quoted or signed on the next line ("Abdoulaye Diop, ministre malien des Affaires
// étrangères."): those stay.
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

/**
 * Words by hash, each with a count and a mark: open addressing over typed arrays reused from page
 * to page. Two Maps keyed by the hashes (half of them beyond the small integers, each boxed and
 * hashed as a double) were most of the Map work of the flattened path (callgrind, a steady pass
 * over the 313 article-sized texts: Map.set and its rehashing 6.5 M -> 3.7 M instructions, this
 * function's own code 8.7 M -> 9.2 M). It holds the candidate words of topicalOutliers, counted
 * once a body line (the mark: the line), and the article's words of topicWords, whose lines asked
 * count each word once (the mark: the reading, sharedWords).
 */
class WordCounts {
  private keys = new Int32Array(256);
  private counts = new Int32Array(256);
  /** The last mark the word was counted for (a body line, a reading), -1 before any. */
  private marks = new Int32Array(256);
  private used = new Uint8Array(256);
  private mask = 255;
  private readings = 0;

  /** Empty, with room for `words` words at a quarter of the slots at most. */
  reset(words: number): void {
    let size = 256;
    while (size < 4 * words) size *= 2;
    if (size > this.used.length) {
      this.keys = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.marks = new Int32Array(size);
      this.used = new Uint8Array(size);
    } else this.used.fill(0, 0, size);
    this.mask = size - 1;
    this.readings = 0;
  }

  /** The word's slot, or -1 when it is not held. */
  find(hash: number): number {
    const { keys, used, mask } = this;
    for (let slot = hash & mask; used[slot] === 1; slot = (slot + 1) & mask) if (keys[slot] === hash) return slot;
    return -1;
  }

  add(hash: number): void {
    const { keys, used, mask } = this;
    let slot = hash & mask;
    while (used[slot] === 1) {
      if (keys[slot] === hash) return;
      slot = (slot + 1) & mask;
    }
    used[slot] = 1;
    keys[slot] = hash;
    this.counts[slot] = 0;
    this.marks[slot] = -1;
  }

  /** Counts the word once for body line `index` however often the line says it. */
  countIn(slot: number, index: number): void {
    if (this.marks[slot] === index) return;
    this.counts[slot]++;
    this.marks[slot] = index;
  }

  countOf(slot: number): number {
    return this.counts[slot];
  }

  /** How many different words of `hashes[from..to)` are held: a new reading marks each once. */
  countHeld(hashes: Int32Array, from: number, to: number): number {
    const { marks } = this;
    const reading = ++this.readings;
    let held = 0;
    for (let w = from; w < to; w++) {
      const slot = this.find(hashes[w]);
      if (slot < 0 || marks[slot] === reading) continue;
      marks[slot] = reading;
      held++;
    }
    return held;
  }
}
const wordCounts = new WordCounts();
/** The article's words as topicWords gives them, for sharedWords. */
export type TopicWords = WordCounts;

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
  body.forEach((index, k) => {
    const line = lines[index];
    if (line.text.length > MAX_TEASER_CHARS || line.sentence || distinctWords(page, index) < MIN_TEASER_WORDS) return;
    if (OPENING_QUOTE.test(line.text) || isSignature(lines[index + 1])) return;
    candidates.push(k);
    candidateWords += contentStart[index + 1] - contentStart[index];
  });
  if (candidates.length === 0) return outliers;
  const counts = wordCounts;
  counts.reset(candidateWords);
  for (const k of candidates) for (let w = contentStart[body[k]]; w < contentStart[body[k] + 1]; w++) counts.add(contentHashes[w]);
  // How many body lines hold each candidate word (a line counts once however often it says it).
  for (const index of body) {
    for (let w = contentStart[index]; w < contentStart[index + 1]; w++) {
      const slot = counts.find(contentHashes[w]);
      if (slot >= 0) counts.countIn(slot, index);
    }
  }
  for (const k of candidates) {
    const index = body[k];
    let shared = false;
    for (let w = contentStart[index]; w < contentStart[index + 1] && !shared; w++) shared = counts.countOf(counts.find(contentHashes[w])) > 1;
    outliers[k] = !shared;
  }
  return outliers;
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
const topic = new WordCounts();

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
