// Guesses whether the clause around a mention reports the past or announces the future.
// News mostly reports what happened, so past is the default when no verb tells otherwise.
import type { Direction } from './types.js';
import { FUTURE_ENDING_FR, FUTURE_MARKERS_FR, IMPERFECT_ENDING_FR, PARTICIPLE_FR, PAST_MARKERS_FR } from './locales/fr/tense.js';
import { FUTURE_MARKERS_EN, PAST_ENDING_EN, PAST_MARKERS_EN } from './locales/en/tense.js';

interface Token {
  word: string;
  start: number;
}

const SENTENCE_END = /[.!?;\n]/;

function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return { from, to };
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}'’-]+/gu;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: from + m.index });
  return out;
}

function frenchVote(tokens: Token[], i: number): Direction | null {
  const word = tokens[i].word;
  const next = tokens[i + 1]?.word ?? '';
  if (FUTURE_MARKERS_FR.includes(word) || FUTURE_ENDING_FR.test(word)) return 'future';
  if (PAST_MARKERS_FR.includes(word) && (word.startsWith('dern') || PARTICIPLE_FR.test(next) || PARTICIPLE_FR.test(tokens[i + 2]?.word ?? ''))) {
    return 'past';
  }
  if (IMPERFECT_ENDING_FR.test(word)) return 'past';
  return null;
}

function englishVote(tokens: Token[], i: number): Direction | null {
  const word = tokens[i].word;
  if (FUTURE_MARKERS_EN.includes(word)) return 'future';
  if (PAST_MARKERS_EN.includes(word) || PAST_ENDING_EN.test(word)) return 'past';
  return null;
}

/** Past or future as the verbs around say; past when none does, as news mostly reports. */
export function guessDirection(text: string, start: number, end: number, lang: string): Direction {
  return tenseAround(text, start, end, lang) ?? 'past';
}

/** The tense of the marker closest to the span in its sentence, or null when there is none. */
export function tenseAround(text: string, start: number, end: number, lang: string): Direction | null {
  const { from, to } = clauseAround(text, start, end);
  const words = tokens(text, from, to);
  const vote = lang === 'en' ? englishVote : lang === 'fr' ? frenchVote : (t: Token[], i: number) => frenchVote(t, i) ?? englishVote(t, i);
  const previous = words.filter((w) => w.start < start).at(-1);
  if (lang !== 'en' && previous && start - previous.start - previous.word.length <= 2) {
    // A participle right before the day reports it: "les modifications annoncées mercredi".
    if (FUTURE_MARKERS_FR.includes(previous.word) || FUTURE_ENDING_FR.test(previous.word)) return 'future';
    if (PARTICIPLE_FR.test(previous.word)) return 'past';
  }
  let best: { distance: number; direction: Direction } | null = null;
  for (let i = 0; i < words.length; i++) {
    if (words[i].start >= start && words[i].start < end) continue;
    const direction = vote(words, i);
    if (!direction) continue;
    const distance = words[i].start < start ? start - words[i].start : words[i].start - end;
    if (!best || distance < best.distance) best = { distance, direction };
  }
  return best?.direction ?? null;
}
