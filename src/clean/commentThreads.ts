// Where a comment thread opens in a page copied as text: the platform prints a head above each
// comment ("jbaxt says:", "GuterMensch vor 3 Stunden") and, above the thread, how many comments
// it holds ("12 Kommentare", "10 commentaires").
import type { LineFeatures } from './lineFeatures.js';
import * as lineMarks from './lineMarks.js';

// A local copy (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { HAS_DIGIT_WORD } = lineMarks;

/** "jbaxt says:", "Marie dit :", "Jan sagt:": the head a blog platform prints above each comment. */
const COMMENT_HEAD = /^.{1,60}\s(?:says|said|wrote|dit|a écrit|écrit|sagt|schreibt|meint|dice|scrive|disse)\s*:$/u;
/** The head is followed by when the comment was posted: "November 19, 2019 at 12:39 pm". */
const MAX_STAMP_WORDS = 10;
const DIGIT = /\d/;

/**
 * The count above a thread, alone on its line: "12 Kommentare", "10 commentaires", "(42)
 * Comments", "1 comentario". A count of something else ("12 victimes") is no thread's.
 */
const COMMENT_COUNT =
  /^\(?\d{1,6}\)?\s+(?:comments?|kommentare?|commentaires?|réactions?|comentarios?|commenti|reacties|reactie)$/iu;
/**
 * A commenter's handle (one word, as platforms print it) and how long ago they posted:
 * "GuterMensch vor 3 Stunden", "hinter-dem-Regenbogen vor 2 Stunden", "jbaxt 3 hours ago",
 * "marie75 il y a 2 jours". A byline with its time ("Par Awa Diallo il y a 2 heures") has a
 * space in the name and is no comment head.
 */
const AGE_UNITS = {
  de: ['minuten', 'stunden', 'tagen', 'wochen', 'monaten'],
  fr: ['minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois'],
  en: ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months'],
  es: ['minuto', 'minutos', 'hora', 'horas', 'día', 'días'],
};
const HANDLE_AND_AGE = new RegExp(
  String.raw`^\S{2,40}\s+(?:vor \d{1,2} (?:${AGE_UNITS.de.join('|')})|il y a \d{1,2} (?:${AGE_UNITS.fr.join('|')})|\d{1,2} (?:${AGE_UNITS.en.join('|')}) ago|hace \d{1,2} (?:${AGE_UNITS.es.join('|')}))$`,
  'iu',
);
/** The words a head of a handle and an age ends on: a unit, or "ago". */
const AGE_LAST_WORDS: ReadonlySet<string> = new Set([...Object.values(AGE_UNITS).flat(), 'ago']);
/** Heads needed on a page before the first opens a thread: a lone one may be a card's date line. */
const MIN_AGE_HEADS = 2;
const MAX_AGE_HEAD_WORDS = 6;
const MAX_AGE_HEAD_CHARS = 80;
/** "semaines", "Minuten": the longest word after the age's figure, and a margin. */
const MAX_UNIT_CHARS = 12;

function isDigitOrParen(c: number): boolean {
  return isDigit(c) || c === 0x28;
}

/**
 * The age's figure closes the word before the last ("vor 2 Stunden") or the one before it ("2
 * hours ago"), and the last word is a unit or "ago": few lines get as far as the pattern.
 */
function ageFigureAtEnd(text: string): boolean {
  const last = spaceBefore(text, text.length - 1);
  if (last < 1) return false;
  const figure = isDigit(text.charCodeAt(last - 1)) || isDigit(text.charCodeAt(spaceBefore(text, last - 1) - 1));
  return figure && AGE_LAST_WORDS.has(text.slice(last + 1).toLowerCase());
}

/** The last space before `from`, within a unit's length ("Stunden", "minutes"); -1 past it. */
function spaceBefore(text: string, from: number): number {
  for (let i = from; i >= 0 && i > from - MAX_UNIT_CHARS; i--) if (text.charCodeAt(i) === 0x20) return i;
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A comment head followed by its time stamp, a comment count, or the first of several heads of a
 * handle and an age opens the comment thread: like "Les plus lus", what follows is no article
 * ("How about them Chargers !!!!" reads as prose).
 */
export function markCommentThreads(lines: LineFeatures[]): void {
  let firstAgeHead = -1;
  let ageHeads = 0;
  for (let i = 0; i < lines.length; i++) {
    const { text, wordCount, marks } = lines[i];
    // Both shapes hold a figure after a space, a bracket or the line's start, where the scan
    // starts a word (LineFeatures.marks): most short lines (menus) have none and skip the patterns.
    if ((marks & HAS_DIGIT_WORD) !== 0) {
      if (wordCount === 2 && isDigitOrParen(text.charCodeAt(0)) && COMMENT_COUNT.test(text)) lines[i].tail = true;
      if (wordCount >= 3 && wordCount <= MAX_AGE_HEAD_WORDS && text.length <= MAX_AGE_HEAD_CHARS && ageFigureAtEnd(text) && HANDLE_AND_AGE.test(text)) {
        if (ageHeads++ === 0) firstAgeHead = i;
      }
    }
    if (!lines[i].colon || text.length > 80 || i + 1 >= lines.length || !COMMENT_HEAD.test(text)) continue;
    const stamp = lines[i + 1];
    if (stamp.wordCount <= MAX_STAMP_WORDS && DIGIT.test(stamp.text)) lines[i].tail = true;
  }
  if (ageHeads >= MIN_AGE_HEADS) lines[firstAgeHead].tail = true;
}
