// The article's own notes: a run of footnote lines below the text, as an encyclopedia or a paper
// copied as text prints them, each led by its back-link mark ("^ Frankel, Theodore (2004). The
// Geometry of Physics…", "↑ Rapport annuel, p. 12", "[3] Ministère de la Santé, 2021"). The
// densest-run search leaves them out (references are lists of names, titles and years, dense
// with capitals and poor in stop words, like a menu), but no menu, teaser or comment is
// written so: a line opening on a back-link mark belongs to the page's notes, and the notes to
// the article above them.
import type { LineFeatures } from './lineFeatures.js';

/** "^ …", "^ a b …" (a note cited twice), "↑ …", "[12] …". */
const NOTE_LINE = /^(?:\^|↑|\[\d{1,3}\])\s*\S/u;
/** The marks NOTE_LINE opens on. */
export const NOTE_MARKS = '^↑[';
/** Fewer notes make no notes section: a stray "[1]" line is more likely a caption's or a quiz's. */
export const MIN_NOTES = 3;
/**
 * Between two note runs stands a heading ("Citations" between "Footnotes" and the references
 * cited); a short heading line above a run is its title ("References", "Notes et références").
 */
export const HEADING_MAX_WORDS = 4;

/**
 * The rest of a note its markup cut off: "^ Hartl, John (1998). "Disney Will Distribute…"" / ". The
 * Seattle Times. Retrieved May 15, 2017." A line opening on a full stop, a comma or in lower case
 * goes on from the line above; no heading or teaser starts so.
 */
const CONTINUATION = /^(?:[.,;:)]|\p{Ll})/u;

function continuesNote(text: string): boolean {
  return text.length <= MAX_CONTINUATION_CHARS && CONTINUATION.test(text);
}

/** A note's cut-off rest is its source and date: longer lines are prose. */
const MAX_CONTINUATION_CHARS = 200;

export function isNoteLine(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x5e /* ^ */ || first === 0x2191 /* ↑ */ || first === 0x5b /* [ */) && NOTE_LINE.test(text);
}

/**
 * For each line, whether it is one of the article's notes or the heading of a run of them. A run
 * counts when it has MIN_NOTES lines or more and starts below the first line of the article
 * (the verdicts so far), and no tail marker ("Les plus lus", "Further reading")
 * stands between the last article line above it and the run.
 */
export function noteLists(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  let notes: boolean[] | null = null;
  let seenContent = false;
  let closed = false;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i].content) {
      seenContent = true;
      closed = false;
    } else if (lines[i].tail) closed = true;
    if (!seenContent || closed || !isNoteLine(lines[i].text)) continue;
    let end = i;
    let count = 0;
    for (let k = i; k < lines.length; k++) {
      if (isNoteLine(lines[k].text)) {
        count++;
        end = k;
      } else if (end === k - 1 && continuesNote(lines[k].text)) end = k;
      else if (!(isHeading(lines[k]) && k + 1 < lines.length && isNoteLine(lines[k + 1].text))) break;
    }
    if (count < MIN_NOTES) {
      i = end;
      continue;
    }
    notes ??= new Array<boolean>(lines.length).fill(false);
    if (i > 0 && !verdicts[i - 1].content && isHeading(lines[i - 1])) notes[i - 1] = true;
    end = worksCited(lines, end);
    for (let k = i; k <= end; k++) notes[k] = true;
    i = end;
  }
  return notes ?? [];
}

/**
 * The works the notes cite, listed below them under their own heading: "References" / "Alley,
 * Roderic (2008). New Zealand in World Affairs IV. Victoria University Press. ISBN …". Each gives
 * a year in parentheses or an ISBN; a list of links ("Official website") or a heading that is a
 * tail marker ("Further reading", reading beyond the article) ends them.
 */
const CITATION = /\(\d{4}\)|\bISBN\b/;

function isCitation(line: LineFeatures): boolean {
  return line.furniture === null && !line.tail && CITATION.test(line.text);
}

/** The last line of the works cited below the notes ending at `end` (`end` when none follow). */
function worksCited(lines: readonly LineFeatures[], end: number): number {
  let last = end;
  for (let k = end + 1; k < lines.length; k++) {
    if (isCitation(lines[k])) last = k;
    else if (!(k === last + 1 && isHeading(lines[k]) && k + 1 < lines.length && isCitation(lines[k + 1]))) break;
  }
  return last;
}

function isHeading(line: LineFeatures): boolean {
  return line.wordCount > 0 && line.wordCount <= HEADING_MAX_WORDS && (!line.sentence || EDIT_LINK.test(line.text)) && !line.tail && line.furniture === null;
}

/**
 * A wiki's heading ends on its edit link, which reads as a closing bracket: "References[edit]",
 * "Notes et références[modifier | modifier le code]".
 */
export const EDIT_LINK = /\p{L}\[\p{L}[^\]]*\]$/u;

