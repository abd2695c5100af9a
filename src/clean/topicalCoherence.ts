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
 * For each body line (indexes into `page.lines`, in page order), whether it is off-topic. Only
 * the few candidate lines (short, no sentence end) are judged, so only their content words are
 * counted across the body (content words as scanLine hashes them: see `lastScan`).
 */
/** Words of the filter of candidate words, 32 bits each: 8,192 bits, reused from page to page. */
const FILTER_WORDS = 256;
const FILTER_MASK = FILTER_WORDS - 1;
const candidateFilter = new Int32Array(FILTER_WORDS);

export function topicalOutliers(page: PageFeatures, body: readonly number[]): boolean[] {
  const outliers = body.map(() => false);
  if (body.length < MIN_BODY_LINES) return outliers;
  const { lines, contentHashes, contentStart } = page;
  const candidates: number[] = [];
  const counts = new Map<number, number>();
  // A filter of the candidate words' hashes (one bit per hash modulo its size): most words of
  // the body are no candidate's, and skip the map.
  const filter = candidateFilter;
  filter.fill(0);
  body.forEach((index, k) => {
    const line = lines[index];
    if (line.text.length > MAX_TEASER_CHARS || line.sentence || distinctWords(page, index) < MIN_TEASER_WORDS) return;
    if (OPENING_QUOTE.test(line.text) || isSignature(lines[index + 1])) return;
    candidates.push(k);
    for (let w = contentStart[index]; w < contentStart[index + 1]; w++) {
      const hash = contentHashes[w];
      counts.set(hash, 0);
      filter[(hash >>> 5) & FILTER_MASK] |= 1 << (hash & 31);
    }
  });
  if (candidates.length === 0) return outliers;
  // How many body lines hold each candidate word (a line counts once however often it says it).
  const lastLine = new Map<number, number>();
  for (const index of body) {
    for (let w = contentStart[index]; w < contentStart[index + 1]; w++) {
      const hash = contentHashes[w];
      if ((filter[(hash >>> 5) & FILTER_MASK] & (1 << (hash & 31))) === 0) continue;
      const count = counts.get(hash);
      if (count === undefined || lastLine.get(hash) === index) continue;
      counts.set(hash, count + 1);
      lastLine.set(hash, index);
    }
  }
  for (const k of candidates) {
    const index = body[k];
    let shared = false;
    for (let w = contentStart[index]; w < contentStart[index + 1] && !shared; w++) shared = counts.get(contentHashes[w])! > 1;
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
 * The content words of the sentences judged content before line `end`. Headline-like lines kept
 * there are left out: a teaser that got through ("With impeachment, America's epistemic crisis
 * has arrived" above a piece on Delhi's air) would lend its words to the teasers below the marker.
 */
export function topicWords(page: PageFeatures, verdicts: readonly { content: boolean }[], end: number): Set<number> {
  const { contentHashes, contentStart, lines } = page;
  const words = new Set<number>();
  for (let i = 0; i < end; i++) {
    if (!verdicts[i].content || !lines[i].sentence) continue;
    for (let w = contentStart[i]; w < contentStart[i + 1]; w++) words.add(contentHashes[w]);
  }
  return words;
}

/** How many different content words of line `index` are in `words`. */
export function sharedWords(page: PageFeatures, index: number, words: ReadonlySet<number>): number {
  const { contentHashes, contentStart } = page;
  const seen = new Set<number>();
  for (let w = contentStart[index]; w < contentStart[index + 1]; w++) if (words.has(contentHashes[w])) seen.add(contentHashes[w]);
  return seen.size;
}
