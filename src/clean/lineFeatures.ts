// What the flattened-text classifier knows of each line, computed in one pass over the page
// (scanLine): word counts, known furniture, sentence shape, and stop-word counts in every
// language at once (the page's language is chosen after, from the totals).
import { markConsentDialogs } from './consentDialogs.js';
import * as lexicon from './boilerplateLexicon.js';
import type { BoilerplateKind } from './boilerplateLexicon.js';
import { markBylineCards } from './bylineCards.js';
import { markCaptionsAboveCredits } from './captionAboveCredit.js';
import { markCommentThreads } from './commentThreads.js';
import { markCountedHeadlines } from './countedHeadlines.js';
import { markHeadlineRails } from './headlineRails.js';
import { markLinkBoxes } from './linkBoxes.js';
import { markPolls } from './pollWidget.js';
import { markRepeatedBlocks } from './repeatedBlocks.js';
import { markTeaserHeadlines } from './teaserHeadlines.js';
import { markVideoCards } from './videoCards.js';
import * as agencyCredit from './agencyCredit.js';
import * as creditLine from './creditLine.js';
import * as teaserLine from './teaserLine.js';
import * as scanner from './scanLine.js';
import type { ScanSink } from './scanLine.js';
import { LANGUAGES } from './vocabulary.js';

// The functions called at each line, read once: an imported binding is a getter call at each use
// once tsx turns modules into CommonJS (scanLine.ts); the getters of these modules were ~1.5% of
// the flattened path's CPU profile.
const { boilerplateKindOf, isBoxHeadingScan, isPaywallEndOf, isTailMarkerScan } = lexicon;
const { isAgencyCredit } = agencyCredit;
const { endsWithAnyCredit } = creditLine;
const { isTeaserLine } = teaserLine;
const { copyPageUnits, scanLine, scanUnits } = scanner;

export { KEY_MAX_WORDS } from './scanLine.js';

export interface LineFeatures {
  text: string;
  wordCount: number;
  /** Hash of the folded line, for lines short enough to be template (menus, footers, promos). */
  key: number | null;
  furniture: BoilerplateKind;
  /** A line after which the page holds only headlines, links or comments ("Les plus lus"). */
  tail: boolean;
  /** The notice where a paywall cuts the article: nothing after it is article. */
  paywall: boolean;
  /** Ends like a sentence: "… à Bamako.", "… », a-t-il dit." */
  sentence: boolean;
  /** Ends with a colon: announces a list or a quotation ("The newly selected five are:"). */
  colon: boolean;
  /**
   * The code of the line's last char, 0 for an empty line: read once from the page's units, so
   * the passes after (polls, choices) and the credit and teaser tests test it without a
   * megamorphic charCodeAt on the string. Callgrind, two steady passes over the 313 article-sized
   * texts after six warm ones: 1,001.6 M -> 1,000.3 M instructions.
   */
  last: number;
  /** The separators the line holds and whether a word opens on a digit (LineScan.marks). */
  marks: number;
  /**
   * A picture's caption without its credit (captionAboveCredit.ts): prose where the body is
   * looked for, as the captions between its paragraphs are, then dropped.
   */
  caption?: boolean;
}

export interface PageFeatures {
  lines: LineFeatures[];
  /** Stop-word share of each line in the page's language, or null when no list fits the page. */
  density: Float32Array | null;
  /** Hashes of the content words of line i: contentHashes[contentStart[i] .. contentStart[i + 1]). */
  contentHashes: Int32Array;
  contentStart: Int32Array;
}

/**
 * Below this share of stop words over the whole page, no list fits (Japanese, Russian…):
 * stop-word density then says nothing and the classifier falls back on length and punctuation.
 */
const MIN_PAGE_STOP_SHARE = 0.12;

/** Final characters of a sentence, as char codes: . ! ? … : ; » " ” ) ] ' ’ 。 ！ ？ */
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const c of '.!?…:;»"”)]\'’。！？') SENTENCE_ENDS[c.charCodeAt(0)] = 1;

/**
 * The scan's stop-word hits and content words go to buffers kept from page to page (grown when a
 * page needs more, scanLine grows `content`): a typed array of more than a few dozen bytes is
 * allocated outside the heap, ~1 µs for the content words' room, and these were four per page.
 * What the page keeps (its line starts, its content words, its densities) are views cut one after
 * the other from chunks shared by many pages (Chunks): a view costs ~30 ns, and a chunk, never
 * written again once cut, lives as long as a page holds a view of it. The single exact-size array
 * a page had before still took 39 of pageFeatures' 242 profile ticks; the views take 12.
 */
const sink: ScanSink = { stopHits: new Uint16Array(1024), stopAt: 0, content: new Int32Array(4096), contentCount: 0 };
let lineStarts = new Int32Array(256);
const CHUNK = 1 << 16;

/** Zeroed views, cut one after the other from a chunk no page has been given yet. */
class Chunks<T extends Int32Array | Float32Array> {
  private chunk: T;
  private used = 0;

  constructor(private readonly make: (size: number) => T) {
    this.chunk = make(CHUNK);
  }

  take(count: number): T {
    if (this.used + count > this.chunk.length) {
      this.chunk = this.make(Math.max(CHUNK, count));
      this.used = 0;
    }
    this.used += count;
    return this.chunk.subarray(this.used - count, this.used) as T;
  }
}
const ints = new Chunks((size) => new Int32Array(size));
const floats = new Chunks((size) => new Float32Array(size));

/**
 * Where the lines were cut from, when they were (cleanText): the text, and where each line
 * starts in it. The page's units are then copied in one call (scanLine's copyPageUnits).
 */
export interface LineSource {
  text: string;
  starts: readonly number[];
}

/** Features of each line of a page; the lines come trimmed (cleanText, classifyLines). */
export function pageFeatures(trimmedLines: readonly string[], source?: LineSource): PageFeatures {
  const n = trimmedLines.length;
  const codes = source === undefined ? null : copyPageUnits(source.text);
  const languages = LANGUAGES.length;
  if (sink.stopHits.length < n * languages) sink.stopHits = new Uint16Array(2 * n * languages);
  else sink.stopHits.fill(0, 0, n * languages);
  sink.contentCount = 0;
  if (lineStarts.length < n + 1) lineStarts = new Int32Array(2 * (n + 1));
  const starts = lineStarts;
  starts[0] = 0;
  let wordTotal = 0;
  const lines: LineFeatures[] = [];
  const boxHeadings: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = trimmedLines[i];
    // Read once: on line strings of many representations each read is a megamorphic load, and
    // the three reads cost ~1.6 M instructions a pass over the 313 article-sized texts.
    const length = text.length;
    sink.stopAt = i * languages;
    const scan = codes === null ? scanLine(text, sink) : scanUnits(codes, source!.starts[i], source!.starts[i] + length, sink);
    starts[i + 1] = sink.contentCount;
    wordTotal += scan.wordCount;
    // The last char read from the page's units when they were copied: charCodeAt, called on line
    // strings of more than four representations (sliced or not, one or two bytes a char), is a
    // megamorphic property load at each line (callgrind, a steady pass over the 313 article-sized
    // texts: the flattened path's megamorphic loads 18.6 M -> 16.7 M instructions).
    const last = codes === null ? text.charCodeAt(length - 1) : codes[source!.starts[i] + length - 1];
    const lastCode = length === 0 ? 0 : last;
    const furniture =
      boilerplateKindOf(text, scan) ??
      (endsWithAnyCredit(text, scan.wordCount, lastCode, scan.marks) || isAgencyCredit(text, scan.wordCount, scan.marks) ? 'caption' : null) ??
      (isTeaserLine(text, scan.wordCount, lastCode, scan.marks) ? 'teaser' : null);
    lines.push({
      text,
      wordCount: scan.wordCount,
      key: scan.key,
      furniture,
      tail: isTailMarkerScan(text, scan),
      paywall: isPaywallEndOf(text, scan, furniture),
      sentence: SENTENCE_ENDS[last] === 1,
      colon: last === 0x3a,
      last: lastCode,
      marks: scan.marks,
      // Set here, not only where markCaptionsAboveCredits sets it: every line then has one shape,
      // and the passes reading the lines see one kind of object.
      caption: false,
    });
    if (isBoxHeadingScan(text, scan)) boxHeadings.push(i);
  }
  markCommentThreads(lines);
  markPolls(lines);
  markConsentDialogs(lines, source?.text);
  markRepeatedBlocks(lines);
  markBylineCards(lines);
  markLinkBoxes(lines, boxHeadings);
  markCountedHeadlines(lines);
  markTeaserHeadlines(lines);
  markVideoCards(lines);
  markHeadlineRails(lines);
  markCaptionsAboveCredits(lines);
  const { stopHits, contentCount } = sink;
  // One language at a time, its sum in a local, rather than a store into totals[b] for each of
  // the n × languages counts.
  const totals = new Int32Array(languages);
  for (let b = 0; b < languages; b++) {
    let total = 0;
    for (let at = b; at < n * languages; at += languages) total += stopHits[at];
    totals[b] = total;
  }
  let best = 0;
  for (let b = 1; b < languages; b++) if (totals[b] > totals[best]) best = b;
  const contentStart = ints.take(n + 1);
  contentStart.set(starts.subarray(0, n + 1));
  const contentHashes = ints.take(contentCount);
  contentHashes.set(sink.content.subarray(0, contentCount));
  const page: PageFeatures = { lines, density: null, contentHashes, contentStart };
  if (wordTotal === 0 || totals[best] / wordTotal < MIN_PAGE_STOP_SHARE) return page;
  const density = floats.take(n);
  for (let i = 0; i < n; i++) {
    const count = lines[i].wordCount;
    density[i] = count === 0 ? 0 : stopHits[i * languages + best] / count;
  }
  page.density = density;
  return page;
}
