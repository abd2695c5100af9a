// The article's table of contents, copied as text: "1 History" / "1.1 Early settlers" / "2
// Geography", or unnumbered ("Introduction" / "Glossary" / "Architecture", "Auf dieser Seite:"
// / "Schlachtbetrieb mit 340 Mitarbeitern" / …). Its entries are short and dense with names, like
// a menu's, so the densest-run search leaves them out, and with them what stands above them: an
// encyclopedia prints its introduction, then the contents, then the first section, and the
// contents cut the introduction from the body. What tells the contents from a menu is that each
// entry is a heading of the article below it ("History[edit]", "Glossary"): a menu's items name
// other pages, and the few a page repeats (a site menu printed again in the footer) stand below
// the article, not in it. A contents opens the article, below its introduction at most: a list
// of the same shape further down is a cookie notice's categories, or a table's repeated cells.
import type { LineClass } from './classifyLines.js';
import { entryName, takeClosingSections } from './closingSections.js';
import type { PageFeatures } from './lineFeatures.js';
import { scanLine, type ScanSink } from './scanLine.js';
import { sharedWords, topicWords } from './topicalCoherence.js';
import { LANGUAGES } from './vocabulary.js';

/**
 * An entry is a heading: a few words ("3.7.2 SpiderMonkey", "Wettbewerbsnachteile für kleine…"),
 * or a live blog's headline, which its contents list post by post ("Le Kazakhstan, allié de
 * Moscou, renforce ses mesures de sécurité en raison de l'«escalade en Ukraine»", 16 words). At 12,
 * Le Figaro's live contents were cut at their third entry; no list more was taken at 20.
 */
export const ENTRY_MAX_WORDS = 20;
/** Fewer headings found again make no contents: a menu may share two words with the headings. */
export const MIN_ENTRIES = 3;
/**
 * Of the entries from the first found again to the last, this share at least must be found
 * again: an entry's wording may differ from its heading's, a menu's items are never headings.
 */
export const FOUND_SHARE = 0.6;
/** An introduction is a few paragraphs: below more article lines, a list is no contents. */
export const INTRO_MAX_LINES = 8;
/** The introduction above the contents shares this many content words with the article. */
export const INTRO_SHARED_WORDS = 3;

/**
 * What an entry and its heading have in common: their content words (scanLine's hashes, summed
 * in any order). Section numbers are no content words ("3.7.1 NSS" -> "nss"), and a final
 * bracket is left out ("History[edit]" -> "history"). 0 when the line has no content word.
 */
function signature(page: PageFeatures, i: number): number {
  const { text, last } = page.lines[i];
  const bracket = last === 0x5d /* ] */ ? text.lastIndexOf('[') : -1;
  if (bracket > 0) return textSignature(text.slice(0, bracket));
  let sum = 0;
  for (let w = page.contentStart[i]; w < page.contentStart[i + 1]; w++) sum = (sum + page.contentHashes[w]) | 0;
  return sum;
}

const sink: ScanSink = { stopHits: new Uint16Array(LANGUAGES.length), stopAt: 0, content: new Int32Array(64), contentCount: 0 };

function textSignature(text: string): number {
  sink.contentCount = 0;
  scanLine(text, sink);
  let sum = 0;
  for (let w = 0; w < sink.contentCount; w++) sum = (sum + sink.content[w]) | 0;
  return sum;
}

interface Run {
  start: number;
  end: number;
  signatures: number[];
}

/**
 * For each line, whether it is an entry of the article's table of contents, a heading it names,
 * or a paragraph of the introduction right above it. A contents list is a run of short lines
 * with INTRO_MAX_LINES lines of the article (`verdicts`, as judged so far) above it at most, no
 * furniture or tail marker among them, where MIN_ENTRIES or more distinct entries, FOUND_SHARE of
 * those between the first and the last of them, are headings found again in the article below.
 * The introduction is the prose (good or near-good) left out right above the list, when it
 * shares INTRO_SHARED_WORDS content words with the article.
 */
export function tableOfContents(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[]): boolean[] {
  const { lines } = page;
  let last = verdicts.length - 1;
  while (last >= 0 && !verdicts[last].content) last--;
  // The contents stand above the article's (INTRO_MAX_LINES + 1)th line.
  let before = 0;
  let reach = 0;
  while (reach < last && before <= INTRO_MAX_LINES) if (verdicts[reach++].content) before++;
  const runs = entryRuns(page, classes, verdicts, reach);
  if (runs.length === 0) return [];
  const taken = new Array<boolean>(lines.length).fill(false);
  const wanted = new Set<number>();
  for (const run of runs) for (const sig of run.signatures) if (sig !== 0) wanted.add(sig);
  // Where each heading of the article last stands: a heading-sized line kept, or heading a kept
  // line (a first heading the runs left out, maybe above a hatnote). A menu printed twice is no
  // heading: its items head other items. An entry is found again only below its run, so the
  // lines down to the end of the first run are not read: a heading there, if it stands last,
  // is found by no entry either way.
  const below = new Map<number, number>();
  for (let i = runs[0].end + 1; i <= last; i++) {
    if (!isHeadingSized(page, i) || !headsArticle(classes, verdicts, i)) continue;
    const sig = signature(page, i);
    if (wanted.has(sig)) below.set(sig, i);
  }
  for (const { start: i, end, signatures } of runs) {
    // Entries found again below the contents, each followed by where its heading stands.
    const found: number[] = [];
    signatures.forEach((sig, k) => {
      const heading = below.get(sig) ?? -1;
      if (sig !== 0 && heading > end) found.push(i + k, heading);
    });
    const entries = found.length / 2;
    const [from, to] = [found[0], found[found.length - 2]];
    if (entries < MIN_ENTRIES || entries < FOUND_SHARE * (to - from + 1)) continue;
    const start = contentsStart(lines, i, from);
    // Numbered entries going on past the last found again name the closing sections, below the
    // article ("6 See also" / "7 References" / "8 External links"): closingSections.ts.
    let closing = to;
    if (isNumbered(lines[to].text)) while (closing < end && isNumbered(lines[closing + 1].text)) closing++;
    for (let k = start; k <= closing; k++) taken[k] = true;
    if (closing > to) {
      const names: string[] = [];
      for (let k = to + 1; k <= closing; k++) names.push(entryName(lines[k].text));
      takeClosingSections(lines, verdicts, names, last, taken);
    }
    // The headings the entries name are the article's, kept or not.
    for (let f = 1; f < found.length; f += 2) taken[found[f]] = true;
    takeIntroduction(page, classes, verdicts, start, taken);
    takeNamedSections(page, classes, verdicts, { from: end, last }, new Set(signatures.filter((sig) => sig !== 0)), taken);
  }
  return taken;
}

/**
 * A section the contents name is the article's even where the runs left it out, its heading and
 * its paragraphs cut from the body by a picture's credit or a quote box: "Fleischproduktion unter
 * Anpassungsdruck" / "Seit Jahren steht die Fleischproduktion…". Looked for below the contents,
 * up to the first tail marker past the article: a heading named by an entry, left out, with
 * prose right below it; its paragraphs run to the next line that is no prose (furniture between
 * them is passed over, not taken).
 */
function takeNamedSections(
  page: PageFeatures,
  classes: readonly LineClass[],
  verdicts: readonly { content: boolean }[],
  { from, last }: { from: number; last: number },
  named: ReadonlySet<number>,
  taken: boolean[],
): void {
  const { lines } = page;
  for (let i = from + 1; i < lines.length; i++) {
    if (lines[i].tail) {
      if (i > last) return;
      continue;
    }
    if (verdicts[i].content || taken[i] || !isHeadingSized(page, i) || !named.has(signature(page, i))) continue;
    let k = i + 1;
    while (k < lines.length && classes[k] === 'furniture' && !lines[k].tail) k++;
    if (!isProse(classes, verdicts, k)) continue;
    taken[i] = true;
    for (; k < lines.length && !lines[k].tail && (isProse(classes, verdicts, k) || classes[k] === 'furniture'); k++) if (classes[k] !== 'furniture') taken[k] = true;
    i = k - 1;
  }
}

function isProse(classes: readonly LineClass[], verdicts: readonly { content: boolean }[], i: number): boolean {
  return i < classes.length && !verdicts[i].content && (classes[i] === 'good' || classes[i] === 'near-good');
}

/**
 * The runs of entry-shaped lines above line `reach` with MIN_ENTRIES content-bearing entries or
 * more, each with its entries' signatures. A contents names each section once: an entry named
 * again ends the run, as the first section's heading below the contents does ("1 History" / … /
 * "History[edit]"), or a table's repeated cell.
 */
function entryRuns(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[], reach: number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < reach; i++) {
    if (!isEntry(page, classes, verdicts, i)) continue;
    // A stretch of fewer than MIN_ENTRIES entries holds no run, from any of its lines: most
    // entry-shaped lines stand alone, and are passed over without a set or a signature.
    let stretch = i + 1;
    while (stretch < reach && stretch - i < MIN_ENTRIES && isEntry(page, classes, verdicts, stretch)) stretch++;
    if (stretch - i < MIN_ENTRIES) {
      i = stretch - 1;
      continue;
    }
    const signatures: number[] = [];
    const seen = new Set<number>();
    let end = i;
    for (; end < reach && isEntry(page, classes, verdicts, end); end++) {
      const sig = signature(page, end);
      if (sig !== 0) {
        if (seen.has(sig)) break;
        seen.add(sig);
      }
      signatures.push(sig);
    }
    if (seen.size >= MIN_ENTRIES) runs.push({ start: i, end: end - 1, signatures });
    i = end - 1;
  }
  return runs;
}

/** A heading-sized line kept, or right above a kept line (furniture, a hatnote, may stand between). */
function headsArticle(classes: readonly LineClass[], verdicts: readonly { content: boolean }[], i: number): boolean {
  if (verdicts[i].content) return true;
  let next = i + 1;
  while (next < verdicts.length && classes[next] === 'furniture' && next - i <= 2) next++;
  return next < verdicts.length && verdicts[next].content;
}

/** Numbered entries lead a contents however they are worded ("1 Etymology"), and its title above them ("Contents"). */
const CONTENTS_TITLE_MAX_WORDS = 2;

/** Where the contents open: above the first entry found again, its numbered entries and its title. */
function contentsStart(lines: PageFeatures['lines'], runStart: number, from: number): number {
  let start = from;
  while (start > runStart && isNumbered(lines[start - 1].text)) start--;
  if (start > runStart && lines[start - 1].wordCount <= CONTENTS_TITLE_MAX_WORDS) start--;
  return start;
}

const NUMBERED_ENTRY = /^\d+(?:\.\d+)*\.?\s+\p{L}/u;

function isNumbered(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39 && NUMBERED_ENTRY.test(text);
}

function isHeadingSized(page: PageFeatures, i: number): boolean {
  const { wordCount } = page.lines[i];
  return wordCount > 0 && wordCount <= ENTRY_MAX_WORDS;
}

/** A short line left out, neither furniture ("Sommaire", "Article content") nor a tail marker. */
function isEntry(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[], i: number): boolean {
  return !verdicts[i].content && isHeadingSized(page, i) && classes[i] !== 'furniture' && !page.lines[i].tail;
}

function takeIntroduction(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[], contents: number, taken: boolean[]): void {
  let from = contents;
  while (from > 0 && !verdicts[from - 1].content && (classes[from - 1] === 'good' || classes[from - 1] === 'near-good')) from--;
  if (from === contents) return;
  const topic = topicWords(page, verdicts, page.lines.length);
  for (let k = from; k < contents; k++) if (sharedWords(page, k, topic) >= INTRO_SHARED_WORDS) taken[k] = true;
}
