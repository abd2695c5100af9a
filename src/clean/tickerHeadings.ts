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
 * MIN_TIMED_HEADINGS such lines at least, kept already or not.
 */
export function tickerHeadings(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  const headings: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (isTimed(lines[i].text) && verdicts[i + 1].content && !lines[i].tail) headings.push(i);
  if (headings.length < MIN_TIMED_HEADINGS) return [];
  const taken = new Array<boolean>(lines.length).fill(false);
  for (const i of headings) taken[i] = !verdicts[i].content;
  return taken;
}
