// Figures as written in news text, read into value ranges: "12", "douze", "1 500", "1,500",
// "2.000", "1,5 million", "une quinzaine", "des centaines", "plus de 2 000", "environ 300".
import type { Span } from '../article.js';
import { memo } from './memo.js';
import type { CrosscheckLocale, Qualifier } from './locales/locale.js';
import { fold } from './text.js';

export interface Quantity extends Span {
  /** The figure as written, qualifier included ("plus de 2 000"). */
  text: string;
  /** The figure it states, when it states one ("des centaines" states none). */
  point: number | null;
  /** What a reader would accept as the same figure. */
  low: number;
  high: number;
  qualifier: Qualifier | 'vague';
}

// Thousands are grouped by space, no-break space, dot or comma followed by exactly three digits,
// in French and English alike: "1 500", "1.500", "1,500" are all 1500, while "1,5" is 1.5.
const DIGITS = /\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+(?:[.,]\d{1,2})?(?![\d])/gy;

const FIGURE_START = /^[\p{L}\d]$/u;

/** Every figure in `text` (which starts at `offset` in the article), outside the `excluded` spans. */
export function findQuantities(text: string, offset: number, locale: CrosscheckLocale, excluded: Span[] = []): Quantity[] {
  const found: Quantity[] = [];
  const folded = fold(text);
  const taken = (start: number, end: number) =>
    found.some((q) => start < q.end - offset && end > q.start - offset) ||
    excluded.some((s) => start + offset < s.end && end + offset > s.start);

  for (const vague of locale.vagueQuantities) {
    const pattern = wholeWords(vague.words);
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      found.push({ start: offset + start, end: offset + end, text: text.slice(start, end), point: vague.point, low: vague.low, high: vague.high, qualifier: 'vague' });
    }
  }

  for (let i = 0; i < text.length; i++) {
    // A figure starts a word: with a digit (readDigits) or a letter (readWords), never elsewhere.
    if (!FIGURE_START.test(text[i]!) && !FIGURE_START.test(folded[i] ?? '')) continue;
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    const read = readDigits(text, i, locale) ?? readWords(folded, i, locale);
    if (!read || taken(i, read.end)) continue;
    if (!isCount(text, folded, i, read.end, read.value, locale)) continue;
    const qualified = qualify(folded, i, locale);
    const start = qualified ? i - qualified.length : i;
    const [low, high] = rangeOf(read.value, qualified?.qualifier ?? 'exact');
    found.push({
      start: offset + start, end: offset + read.end, text: text.slice(start, read.end),
      point: read.value, low, high, qualifier: qualified?.qualifier ?? 'exact',
    });
    i = read.end;
  }
  return joinRanges(found.sort((a, b) => a.start - b.start), text, offset);
}

// "entre 10 000 et 15 000 morts", "10 à 15 morts", "between 300 and 400": one range, not two
// figures. "passé de 12 à 14" is a change, not a range: "de"/"from" before the first figure.
const RANGE_JOIN = /^\s*(?:à|a|-|–|to|et|and)\s*$/i;
const RANGE_OPEN = /(?:entre|between)\s*$/i;
const CHANGE_OPEN = /(?:\bde|\bfrom|\bd')\s*$/i;

function joinRanges(found: Quantity[], text: string, offset: number): Quantity[] {
  const joined: Quantity[] = [];
  for (const q of found) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end - offset, q.start - offset) : '';
    const before = previous ? text.slice(Math.max(0, previous.start - offset - 12), previous.start - offset) : '';
    const isRange = previous && previous.point !== null && q.point !== null && previous.qualifier === 'exact' && RANGE_JOIN.test(between);
    const opens = RANGE_OPEN.test(before) || (!CHANGE_OPEN.test(before) && !/et|and/i.test(between));
    if (!isRange || !opens || previous.low >= q.high) {
      joined.push(q);
      continue;
    }
    joined[joined.length - 1] = {
      start: previous.start, end: q.end, text: text.slice(previous.start - offset, q.end - offset),
      point: null, low: previous.low, high: q.high, qualifier: 'vague',
    };
  }
  return joined;
}

function readDigits(text: string, at: number, locale: CrosscheckLocale): { value: number; end: number } | null {
  DIGITS.lastIndex = at;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const raw = m[0];
  const grouped = /[ \u00a0\u202f.,]\d{3}$/.test(raw) && raw.length > 4;
  let value = grouped ? Number(raw.replace(/[^\d]/g, '')) : Number(raw.replace(',', '.'));
  let end = at + raw.length;
  const multiplier = /^\s+(\p{L}+)/u.exec(text.slice(end));
  const factorWord = multiplier ? fold(multiplier[1]!) : '';
  const factor = multiplier && Object.hasOwn(locale.multipliers, factorWord) ? locale.multipliers[factorWord] : undefined;
  if (multiplier && factor && factor >= 1000) {
    value *= factor;
    end += multiplier[0].length;
  }
  return Number.isFinite(value) ? { value, end } : null;
}

/**
 * Whether a number word or multiplier may start at `at`, by its first two letters: most words of
 * a text are no figure, and this answers for them without reading the word.
 */
function mayStartNumberWord(folded: string, at: number, locale: CrosscheckLocale): boolean {
  const starts = numberWordStarts(locale);
  const first = folded.charCodeAt(at);
  return starts.single.has(first) || starts.pairs.has(first * 0x10000 + folded.charCodeAt(at + 1));
}

interface NumberWordStarts {
  /** First two code units of every number word and multiplier, as one number. */
  pairs: Set<number>;
  /** First letter of the one-letter ones. */
  single: Set<number>;
}

const STARTS = new WeakMap<CrosscheckLocale, NumberWordStarts>();

function numberWordStarts(locale: CrosscheckLocale): NumberWordStarts {
  let starts = STARTS.get(locale);
  if (!starts) {
    starts = { pairs: new Set(), single: new Set() };
    for (const word of [...Object.keys(locale.numberWords), ...Object.keys(locale.multipliers)]) {
      if (word.length === 1) starts.single.add(word.charCodeAt(0));
      else starts.pairs.add(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));
    }
    STARTS.set(locale, starts);
  }
  return starts;
}

/** A word and the space or hyphen after it, read where the cursor stands (sticky: no slicing). */
const NUMBER_WORD = /(\p{L}+)([\s-]+)?/uy;

/** "vingt-deux", "deux cent cinquante", "trois mille", "twenty-one": standard left-to-right sum. */
function readWords(folded: string, at: number, locale: CrosscheckLocale): { value: number; end: number } | null {
  if (!mayStartNumberWord(folded, at, locale)) return null;
  const words = NUMBER_WORD;
  let total = 0;
  let current = 0;
  let end = at;
  let cursor = at;
  let count = 0;
  let lastWord = '';
  for (;;) {
    words.lastIndex = cursor;
    const m = words.exec(folded);
    if (!m) break;
    const word = m[1]!;
    // Own keys only: the tables are plain objects, and "constructor" is no number word.
    const unit = Object.hasOwn(locale.numberWords, word) ? locale.numberWords[word] : undefined;
    const factor = Object.hasOwn(locale.multipliers, word) ? locale.multipliers[word] : undefined;
    if (unit === undefined && factor === undefined) break;
    if (unit === 0 && count === 0) break;
    if (factor !== undefined) {
      if (factor === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * factor;
        current = 0;
      }
    } else if (unit === 20 && current > 0 && current < 20 && current % 10 !== 0 && lastWord !== 'et') {
      current *= 20; // "quatre-vingt" is 4 x 20
    } else current += unit!;
    count++;
    lastWord = word;
    if (unit !== 0) end = cursor + word.length;
    cursor += m[0].length;
  }
  const value = total + current;
  // "un"/"une"/"one" alone are articles; a compound ("vingt et un") is a figure.
  if (count === 0 || value === 0) return null;
  if (count === 1 && value === 1) return null;
  return { value, end };
}

// A figure is not a count when it is part of a date, a time, an ordinal or a percentage, or
// measures time: "le 12 mars", "18h30", "12e", "45 %", "six decades". A bare 19xx/20xx is a year
// unless a counted noun follows.
function isCount(text: string, folded: string, start: number, end: number, value: number, locale: CrosscheckLocale): boolean {
  const after = folded.slice(end, end + 24);
  const before = folded.slice(Math.max(0, start - 3), start);
  if (/^(?:e|er|ere|eme|nd|rd|th|st)\b/.test(after)) return false;
  if (/^\s?(?:h\d|h\b|:\d|%|pour ?cent|percent|per cent|gmt|utc)/.test(after)) return false;
  // Part of a name, a score, a season or an age: "AK-47", "88-72", "2008-09", "40 - year - old",
  // "five-year deal", ".464", "18:41".
  if (/^\s?-\s?[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}]\s?-\s?$|[.:,]$/u.test(before)) return false;
  const nextWord = /^\s*(\p{L}+)/u.exec(after)?.[1];
  if (nextWord && (locale.months.has(nextWord) || locale.timeUnits.has(nextWord) || locale.measureUnits.has(nextWord))) return false;
  const previousWord = /(\p{L}+)\.?\s*$/u.exec(folded.slice(Math.max(0, start - 16), start))?.[1];
  if (previousWord && [...locale.months].some((m) => m.startsWith(previousWord) && previousWord.length >= 3)) return false;
  // An age in apposition: "Raj Chohan, 59, was killed", "Kimani Gray, 16, killed by police".
  if (/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(text.slice(Math.max(0, start - 30), start)) && /^\s*[,)]/.test(after)) return false;
  if (locale.partitives.test(text.slice(end, end + 24))) return false;
  const raw = text.slice(start, end);
  if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) {
    const counted = nextWord && (locale.countConcepts[nextWord] || locale.countedWho[nextWord]);
    if (!counted) return false;
  }
  return true;
}

function qualify(folded: string, at: number, locale: CrosscheckLocale): { qualifier: Qualifier; length: number } | null {
  const before = folded.slice(Math.max(0, at - 24), at);
  let best: { qualifier: Qualifier; length: number } | null = null;
  for (const [words, qualifier] of Object.entries(locale.qualifiers)) {
    const m = endingWith(words).exec(before);
    if (m && (!best || m[0].length > best.length)) best = { qualifier, length: m[0].length };
  }
  return best;
}

// "au moins 12" is read as 12: news tolls are almost always floors, and two floors that differ
// are two different tolls. "plus de 2 000" leaves room above, "environ 300" some on each side.
function rangeOf(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case 'exact':
    case 'atLeast':
      return [value, value];
    case 'above':
      return [value, value * 1.5];
    case 'below':
      return [0, value];
    case 'atMost':
      return [0, value];
    case 'about':
      return [Math.floor(value * 0.85), Math.ceil(value * 1.15 - 1e-9)];
  }
}

/** The locale's phrases as compiled patterns, built once per phrase rather than per sentence. */
const wholeWords = memo((words: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(fold(words))}(?![\\p{L}])`, 'gu'));
const endingWith = memo((words: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(fold(words))}\\s+$`, 'u'));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
