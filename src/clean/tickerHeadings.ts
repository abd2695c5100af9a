// The entries of a live blog, copied as text: "11.04 Uhr: Israelische Drohne tötet offenbar
// libanesischen Extremisten" / "Bei einem mutmasslich israelischen Drohnenangriff ist…", "9h05 - La
// Bourse de Paris ouvre dans le vert" / "Lors des premiers échanges, le CAC 40 gagne 0,55 %…".
// Each entry opens on a heading led by its time; a heading is a headline, dense with names, so the
// line classes take it for a menu line and it is dropped between two paragraphs it belongs with.
// The time and the paragraph right below it say it is the entry's heading: a list of teasers
// with their times stands apart from the article's prose.
import type { LineFeatures } from './lineFeatures.js';

/** "11.04 Uhr: …", "9h05 - …", "18:20 – …": a clock time, a mark, then the heading. */
const TIMED = /^\d{1,2}[.:h]\d{2}(?:\s*(?:Uhr|h))?\s*[:–—-]\s+\S/u;
/** One timed line is a chance; a live blog has several entries. */
export const MIN_TIMED_HEADINGS = 2;

function isTimed(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && TIMED.test(text);
}

/**
 * For each line, whether it is a live blog entry's heading: a line led by a clock time right
 * above a line of the article (`verdicts`, as judged so far), when the page holds
 * MIN_TIMED_HEADINGS such lines at least, kept already or not. On such a page, the entries the body
 * search left out beside the article are taken too (see liveBlogEntries).
 */
export function tickerHeadings(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  const headings: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (isTimed(lines[i].text) && verdicts[i + 1].content && !lines[i].tail) headings.push(i);
  if (headings.length < MIN_TIMED_HEADINGS) return [];
  const taken = new Array<boolean>(lines.length).fill(false);
  for (const i of headings) taken[i] = !verdicts[i].content;
  liveBlogEntries(lines, verdicts, taken);
  return taken;
}

/** How many lines may part an entry from the article or from an entry taken: an ad, a box's few lines. */
export const ENTRY_REACH = 6;
/** An entry's text is sentences of some length ("Lors des premiers échanges, le CAC 40 gagne 0,55 %."). */
const ENTRY_MIN_WORDS = 6;
/** An entry is a heading and a few paragraphs. */
const ENTRY_MAX_LINES = 6;

/**
 * A live blog's entries the densest-run search left out: its earliest ones below an ad, the first
 * ones above a box of links ("9h05 - La Bourse de Paris ouvre dans le vert" / "Lors des premiers
 * échanges, le CAC 40 gagne 0,55 %…" / "Publicité" / "9h00 - Les principales infos de ce matin" /
 * "> A Milwaukee, JD Vance…" / the kept entries). An entry is a timed line and the sentences
 * right below it; it is taken when it stands within ENTRY_REACH lines of a kept line or of an
 * entry taken. A timed line over a list of links ("9h00 - Les principales infos") has no sentence
 * below it, and a rail of timed teasers apart from the prose is too far from it.
 */
function liveBlogEntries(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[], taken: boolean[]): void {
  const entries: [number, number][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (verdicts[i].content || taken[i] || lines[i].tail || !isTimed(lines[i].text)) continue;
    let end = i;
    while (end + 1 < lines.length && end - i < ENTRY_MAX_LINES && isEntryText(lines[end + 1], verdicts[end + 1].content)) end++;
    if (end > i) entries.push([i, end]);
  }
  const kept = (k: number) => verdicts[k].content || taken[k];
  const take = ([start, end]: [number, number]): boolean => {
    if (taken[start]) return false;
    let near = false;
    for (let k = Math.max(0, start - ENTRY_REACH); k < start && !near; k++) near = kept(k);
    for (let k = end + 1; k < lines.length && k <= end + ENTRY_REACH && !near; k++) near = kept(k);
    if (near) for (let k = start; k <= end; k++) taken[k] = true;
    return near;
  };
  // Taking an entry only makes more lines kept, so the entries taken are the same whatever the
  // order they are looked at in. A sweep down the page takes a chain of entries below a kept
  // line, a sweep up a chain above it: a few sweeps, where sweeping down only took one entry of
  // a chain above per sweep (12,000 entries above the article: 2.6 s).
  for (let found = true; found; ) {
    found = false;
    for (let e = 0; e < entries.length; e++) if (take(entries[e]!)) found = true;
    for (let e = entries.length - 1; e >= 0; e--) if (take(entries[e]!)) found = true;
  }
}

function isEntryText(line: LineFeatures, content: boolean): boolean {
  return !content && line.sentence && line.wordCount >= ENTRY_MIN_WORDS && line.furniture === null && !line.tail && !line.paywall && !line.caption && !isTimed(line.text);
}
