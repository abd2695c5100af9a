// Finds the stretches of text between quote marks: « … », “ … ”, " … ", ‘ … ’, and
// dialogue paragraphs opened by a dash (— …). Nested quotes stay inside the outer one.
//
// A quotation that runs over several paragraphs reopens each paragraph and closes only at
// the end (French and English convention alike):
//   « Nous partirons.\n\n« Mais nous reviendrons. »   -> one quotation over both paragraphs.
import type { Span } from '../../article.js';

export interface QuotedSegment extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when it never closed). */
  close: number;
  mark: 'guillemets' | 'curly' | 'straight' | 'single' | 'dash';
  /** The quotation never closed: it was cut at the end of its paragraph. */
  unclosed: boolean;
}

const OPENERS: Readonly<Record<string, { closer: string; mark: QuotedSegment['mark'] }>> = {
  '«': { closer: '»', mark: 'guillemets' },
  '“': { closer: '”', mark: 'curly' },
  '„': { closer: '“', mark: 'curly' },
  '"': { closer: '"', mark: 'straight' },
  '‘': { closer: '’', mark: 'single' },
};

const SPACE = /[\s\u00a0\u202f]/;
/** Before a dialogue dash inside a paragraph: the end of a sentence or a colon. */
const TURN_BEFORE = /[.?!…:»]/;
const LETTER = /[\p{L}\p{N}]/u;

export function findQuotedSegments(text: string): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const opener = OPENERS[text[i]];
    if (opener && canOpen(text, i)) {
      const seg = readQuote(text, i, opener.closer, opener.mark);
      if (seg) {
        segments.push(seg);
        i = seg.close;
        continue;
      }
    } else if (opensDialogue(text, i)) {
      const end = turnEnd(text, i);
      const seg = trimmed(text, i + (text[i] === '-' ? 2 : 1), end, i, end, 'dash', false);
      if (seg) segments.push(seg);
      i = end;
      continue;
    }
    i++;
  }
  return segments;
}

/** A straight or single mark opens only at a word start: not the "’" of "aujourd’hui". */
function canOpen(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '"' && ch !== '‘') return true;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !LETTER.test(before) && !SPACE.test(after);
}

function readQuote(text: string, open: number, closer: string, mark: QuotedSegment['mark']): QuotedSegment | null {
  const opener = text[open];
  const nests = opener !== closer;
  let depth = 1;
  for (let j = open + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\n') {
      const next = skipBlank(text, j);
      if (text[next] === opener) {
        // reopening mark at the head of the next paragraph: the quotation carries on
        j = next;
        continue;
      }
      return trimmed(text, open + 1, j, open, j, mark, true);
    }
    if (nests && ch === opener) depth++;
    else if (ch === closer && isClosing(text, j, mark)) {
      depth--;
      if (depth === 0) return trimmed(text, open + 1, j, open, j + 1, mark, false);
    }
  }
  return trimmed(text, open + 1, text.length, open, text.length, mark, true);
}

/** "’" closes a single-quoted stretch only when no letter follows ("won’t" does not close). */
function isClosing(text: string, j: number, mark: QuotedSegment['mark']): boolean {
  if (mark === 'single') return !LETTER.test(text[j + 1] ?? ' ');
  if (mark === 'straight') return !SPACE.test(text[j - 1] ?? ' ') || !LETTER.test(text[j + 1] ?? ' ');
  return true;
}

function trimmed(text: string, start: number, end: number, open: number, close: number, mark: QuotedSegment['mark'], unclosed: boolean): QuotedSegment | null {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, open, close, mark, unclosed };
}

function skipBlank(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i])) i++;
  return i;
}

/**
 * A dialogue dash: at the head of a paragraph ("— Comment !", also "--Oui."), or inside one
 * after the end of a sentence or a colon, where older and interview typography strings the
 * turns together: "Elle dit enfin : — C'est pour vous. — Non. — Pourquoi ?"
 */
function opensDialogue(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '-') return text[i + 1] === '-' && atParagraphStart(text, i) && /\p{Lu}/u.test(text[i + 2] ?? '');
  if (ch !== '—' && ch !== '–') return false;
  if (!SPACE.test(text[i + 1] ?? '')) return false;
  if (atParagraphStart(text, i)) return true;
  let k = i - 1;
  while (k >= 0 && SPACE.test(text[k])) k--;
  return k < i - 1 && TURN_BEFORE.test(text[k] ?? '') && /[\p{Lu}«]/u.test(text[skipBlank(text, i + 1)] ?? '');
}

/** A turn ends at the paragraph's end or where the next turn opens. */
function turnEnd(text: string, i: number): number {
  const end = paragraphEnd(text, i);
  for (let j = i + 2; j < end; j++) if ((text[j] === '—' || text[j] === '–') && opensDialogue(text, j)) return j;
  return end;
}

function atParagraphStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] !== '\n' && SPACE.test(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

function paragraphEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}
