// Words with offsets, and the sentence and line facts name recognition needs.
// French elision is split off ("l'ONU" -> "l'" + "ONU", "d'Abdoulaye" -> "d'" + "Abdoulaye")
// so that the name starts at its own capital; so is OCR's "del'" for "de l'" ("del'Allemagne").

import { foldName } from './normalizeName.js';

export interface Token {
  text: string;
  /** foldName(text), computed once: every recogniser compares folded words. */
  fold: string;
  start: number;
  end: number;
  /** A word (letters, inner hyphens, apostrophes), a number, or one punctuation mark. */
  kind: 'word' | 'number' | 'punct';
  /** First letter upper case ("Lavrov", "LAVROV", "al-Assad" via its capital after the particle). */
  capitalised: boolean;
  /** Two or more letters, all upper case ("ONU", "LAVROV"). */
  allCaps: boolean;
  /** First word of a sentence, of a line in a text with hard line breaks, or after an opening quote. */
  sentenceStart: boolean;
  /** A hard boundary (sentence end, paragraph) lies between the previous token and this one. */
  boundaryBefore: boolean;
  /** First token of a line. */
  lineStart: boolean;
}

const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}\d¬\u00ad]|[-'’](?=[\p{L}\p{M}]))*|\d+(?:[.,]\d+)*|\S/gu;
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu|del)(['’])(?=[\p{L}])/iu;
/** Most words hold no apostrophe: only those are tried against ELISION. */
const MAY_ELIDE = /['’]/;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);
const OPENING_QUOTES = new Set(['«', '"', '“', '(', '[', '—', '–', '-']);
/** OCR drops the space after a short function word: "àParis", "deBerne", "enNorwége". */
const GLUED_FUNCTION_WORD = /^(?:à|de|en|au|aux|du|des|le|la|les|dans|sur|par|pour)(?=\p{Lu}\p{Ll})/u;
const CAPITAL_PARTICLE = /^(?:al|el|ad|ben|bin|ibn|ould|ag|abu|abou)-\p{Lu}/u;

/**
 * Lines are soft (wrapped mid-sentence, as in OCR'd newspapers) when most of them end without
 * punctuation; then a line break is a plain space. Otherwise a line break ends a sentence, so a
 * headline ("Lavrov à Bamako") never runs into the first words of the body.
 */
export function hasSoftLineBreaks(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  if (lines.length < 4) return false;
  const open = lines.filter((line) => !/[.!?:;»"”)]\s*$/.test(line)).length;
  const meanLength = text.length / lines.length;
  return open / lines.length > 0.6 && meanLength < 90;
}

export function tokenize(text: string): Token[] {
  const softLines = hasSoftLineBreaks(text);
  const tokens: Token[] = [];
  let boundary = true;
  let lastEnd = 0;
  // The next line break at or after lastEnd, found again only once passed: no slice per token.
  let nextBreak = -1;
  for (const match of text.matchAll(TOKEN)) {
    if (nextBreak < lastEnd) {
      const found = text.indexOf('\n', lastEnd);
      nextBreak = found === -1 ? Infinity : found;
    }
    const breaksLine = nextBreak < match.index;
    if (!softLines && breaksLine) boundary = true;
    if (softLines && breaksLine && /\n\s*\n/.test(text.slice(lastEnd, match.index))) boundary = true;
    let lineStart = tokens.length === 0 || breaksLine;
    for (const part of gluedParts(match[0])) {
      const start = match.index + part.offset;
      if (part.headline) boundary = true;
      const word = withoutPossessive(cutAtLowerCaseHyphen(part.text));
      const elision = MAY_ELIDE.test(word) ? ELISION.exec(word) : null;
      if (elision) {
        const cut = elision[0].length;
        push(tokens, word.slice(0, cut), start, boundary, lineStart);
        boundary = false;
        push(tokens, word.slice(cut), start + cut, false, false);
      } else {
        const previous = tokens.at(-1);
        const afterQuote = previous !== undefined && previous.sentenceStart && OPENING_QUOTES.has(previous.text);
        push(tokens, word, start, boundary || afterQuote, lineStart);
        const last = tokens.at(-1)!;
        boundary = last.kind === 'punct' && SENTENCE_END.has(last.text) && !isAbbreviationDot(tokens);
        if (last.kind === 'punct' && OPENING_QUOTES.has(last.text) && last.sentenceStart) boundary = true;
      }
      lineStart = false;
      lastEnd = start + word.length;
      if (word.length < part.text.length) break;
    }
  }
  return tokens;
}

/**
 * A hyphen before a lower-case tail is a dash or a compound, not part of the name:
 * "France-affirme" -> "France", "Tokyo-based" -> "Tokyo"; but "Aix-en-Provence" and
 * "al-Assad" keep their hyphens because a capital follows.
 */
function cutAtLowerCaseHyphen(word: string): string {
  if (!word.includes('-')) return word;
  const parts = word.split('-');
  // "L'état-major" is a lower-case word behind its elided article: it keeps its hyphen.
  if (parts.length < 2 || !/^\p{Lu}/u.test(word.replace(ELISION, ''))) return word;
  let keep = parts.length;
  while (keep > 1 && /^\p{Ll}/u.test(parts[keep - 1]!)) keep--;
  return parts.slice(0, keep).join('-');
}

/**
 * OCR glues words together: "àParis", "MmeCharlotte", "AmiRigot", "SCENESLondres". A glued
 * function word, a capital right after a lower-case letter, or a capitalised word after a run of
 * capitals starts a new token; "McDonald", "MacArthur", "DiCaprio" and "O'Brien" stay whole.
 */
function gluedParts(word: string): { text: string; offset: number; headline?: boolean }[] {
  if (!INNER_CAPITAL.test(word)) return [{ text: word, offset: 0 }];
  const cuts = new Set<number>();
  const prefix = GLUED_FUNCTION_WORD.exec(word);
  if (prefix) cuts.add(prefix[0].length);
  for (const glue of word.matchAll(GLUE)) if (!NAME_PREFIX.test(word.slice(0, glue.index + 1))) cuts.add(glue.index + 1);
  for (const glue of word.matchAll(CAPITALS_GLUE)) cuts.add(glue.index + 2);
  const sorted = [...cuts].filter((c) => c > 0 && c < word.length).sort((a, b) => a - b);
  const offsets = [0, ...sorted];
  const parts = offsets.map((offset, n) => ({ text: word.slice(offset, offsets[n + 1] ?? word.length), offset }));
  // "TRAGIQUECependant": a headline in capitals glued to the sentence after it.
  return parts.map((part, n) => ({ ...part, headline: n > 0 && /^\p{Lu}{2,}$/u.test(parts[n - 1]!.text) }));
}

const INNER_CAPITAL = /.\p{Lu}/u;
const GLUE = /\p{Ll}(?=\p{Lu})/gu;
const CAPITALS_GLUE = /\p{Lu}{2}(?=\p{Lu}\p{Ll}{2})/gu;
const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Le|La|Van|Von)$/;

/** English possessive: "Mali's" -> "Mali", "Lavrov’s" -> "Lavrov". */
function withoutPossessive(word: string): string {
  return word.length > 3 && /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

/** Plain ASCII letters, most tokens of most texts: their facts need no Unicode property test. */
const ASCII_WORD = /^[A-Za-z]+$/;

function push(tokens: Token[], text: string, start: number, boundaryBefore: boolean, lineStart: boolean): void {
  const plain = ASCII_WORD.test(text);
  const first = text[0] ?? '';
  const isLetter = plain || /\p{L}/u.test(first);
  const kind: Token['kind'] = isLetter ? 'word' : /\d/.test(first) ? 'number' : 'punct';
  const letters = plain ? text : text.length > 1 ? text.replace(/[^\p{L}]/gu, '') : '';
  const upper = letters.toUpperCase();
  tokens.push({
    text,
    fold: plain ? text.toLowerCase() : foldName(text),
    start,
    end: start + text.length,
    kind,
    capitalised: isLetter && (plain ? first <= 'Z' : /\p{Lu}/u.test(first) || CAPITAL_PARTICLE.test(text)),
    allCaps: letters.length >= 2 && letters === upper && (plain || letters !== letters.toLowerCase()),
    sentenceStart: boundaryBefore,
    boundaryBefore,
    lineStart,
  });
}

/** "M. Lavrov", "Dr. Diop", "J.-Y. Le Drian": a dot after one capital or a short title ends no sentence. */
function isAbbreviationDot(tokens: Token[]): boolean {
  const dot = tokens.at(-1)!;
  const before = tokens.at(-2);
  if (dot.text !== '.' || !before || before.end !== dot.start || before.kind !== 'word') return false;
  return before.text.length === 1 && before.capitalised || ABBREVIATIONS.has(before.text.toLowerCase());
}

const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mad', 'dr', 'mr', 'mrs', 'ms', 'st', 'ste', 'mgr', 'me', 'pr', 'gen', 'gén', 'col', 'lt', 'capt', 'sgt', 'prof', 'rev', 'jr', 'sr', 'cie', 'av', 'bd', 'no', 'n°']);
