// A page copied as text (one block per line) -> title, date and main text.
import type { Note } from '../article.js';
import { readPage } from './classifyLines.js';
import { pageFeatures, type LineFeatures } from './lineFeatures.js';
import { isSectionLabel, looksLikeHeadline, splitLead } from './splitLead.js';
import { nonBlankLines, type TextLines } from './textLines.js';
import { textPageKindNote } from './textPageKind.js';

export interface CleanedText {
  title: string | null;
  /** ISO date from a dateline, when the text has one. */
  dateline: string | null;
  paragraphs: string[];
  removed: string[];
  notes: Note[];
  /** The text's lines as they were cut, before a dateline was split off: for its credit lines. */
  cut: TextLines;
}

export interface CleanTextOptions {
  recurring?: ReadonlySet<string>;
  /** A title already known (JSON field): a first line repeating it is not body. */
  title?: string;
}

/** How many lines before the first body line a date line is looked for. */
const LEAD_LINES = 8;
/**
 * How many lines before the first body line a title is looked for: on a whole page the title
 * sits just above the article, under menus that may run to a hundred lines.
 */
const TITLE_LINES = 20;

export function cleanText(text: string, options: CleanTextOptions = {}): CleanedText {
  const notes: Note[] = [];
  const cut = nonBlankLines(text);
  const { starts } = cut;
  // A copy: the line a dateline is cut from is rewritten below, and `cut` stays as the text is.
  const lines = cut.lines.slice();
  const page = pageFeatures(lines, { text, starts });
  const { verdicts, kind } = readPage(page, { recurring: options.recurring });
  const removed: string[] = [];
  const paragraphs: string[] = [];
  let title: string | null = null;
  let dateline: string | null = null;
  const heads = new Map<number, string>();
  const firstBody = verdicts.findIndex((v) => v.content);

  const titleIndex = findTitleLine(page.lines, firstBody < 0 ? Math.min(lines.length, LEAD_LINES) : firstBody, options.title);
  if (titleIndex >= 0) title = lines[titleIndex];

  // Date lines and labels above the body, or glued to its first line.
  const leadEnd = firstBody < 0 ? Math.min(lines.length, LEAD_LINES) : firstBody + 1;
  for (let i = Math.max(0, leadEnd - LEAD_LINES); i < leadEnd; i++) {
    const split = splitLead(lines[i]);
    if (split.date && !dateline) dateline = split.date;
    if (i === firstBody && split.head) {
      heads.set(i, split.head);
      lines[i] = split.rest;
      if (split.rest === '') verdicts[i] = { content: false, reason: 'dateline' };
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const head = heads.get(i);
    if (head) removed.push(head);
    if (lines[i] !== '') (verdicts[i].content ? paragraphs : removed).push(lines[i]);
  }
  if (kind.kind === 'article' && paragraphs.length === 0 && lines.length <= BRIEF_MAX_LINES) {
    const kept = briefLines(page.lines, titleIndex);
    if (kept.length > 0) {
      for (const i of kept) paragraphs.push(lines[i]);
      removed.splice(0, removed.length, ...lines.filter((line, i) => line !== '' && !kept.includes(i)));
      notes.push({ stage: 'clean', rule: 'brief', message: `a text of ${lines.length} line(s) read as a brief: its prose lines kept whole` });
    }
  }
  if (kind.kind !== 'article') notes.push(textPageKindNote(kind));
  else if (lines.length > 0 && paragraphs.length === 0) {
    notes.push({ stage: 'clean', rule: 'no-article', message: 'no line of the text reads as article text' });
  }
  return { title, dateline, paragraphs, removed, notes, cut };
}

/**
 * A brief pasted alone ("French police say armed robbers cleaned out a high-end jewelry store
 * yesterday in Paris.") has no page around it: nothing for the classifier to tell its article
 * from, and its one line of names and figures reads like a menu's. When the classifier keeps no
 * line of a text this short, the lines that read as prose are the article: a sentence of
 * BRIEF_MIN_WORDS words or more (or twice that, cut off without its end), neither furniture nor
 * a tail or paywall notice nor the title line. Whole pages are longer, and keep their verdicts.
 */
const BRIEF_MAX_LINES = 6;
const BRIEF_MIN_WORDS = 8;

function briefLines(lines: readonly LineFeatures[], titleIndex: number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === titleIndex || line.furniture !== null || line.tail || line.paywall) continue;
    if (line.wordCount >= (line.sentence ? BRIEF_MIN_WORDS : 2 * BRIEF_MIN_WORDS)) kept.push(i);
  }
  return kept;
}

/**
 * The title among the lines above the body: the one repeating a known title, else the longest
 * headline-like line (menus and labels above it are shorter: "Accueil", "AFRIQUE").
 */
function findTitleLine(lines: readonly LineFeatures[], before: number, known: string | undefined): number {
  let best = -1;
  for (let i = Math.max(0, before - TITLE_LINES); i < before; i++) {
    const { text } = lines[i];
    if (known && sameText(text, known)) return i;
    // Known furniture is no headline: the scan already said so, no need to read the line again.
    // A line left without furniture is none by the lexicons either (boilerplateKindOf gave it
    // null, and the passes after only ever set furniture): looksLikeHeadline need not rescan it.
    if (lines[i].furniture !== null || (best >= 0 && text.length <= lines[best].text.length)) continue;
    if (looksLikeHeadline(text, true) && !isSectionLabel(text)) best = i;
  }
  return best;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}
