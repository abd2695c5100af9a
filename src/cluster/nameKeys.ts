// Names as language-independent features: "Sergueï Lavrov" in French and "Sergei Lavrov" in
// English share the key "lavrov", "Bamako" is "bamako" in both. Keys are folded name tokens,
// so a surname alone ("M. Lavrov", "Lavrov said") still meets the full name.
//
// The entities stage (article.mentions) is used when it found something; otherwise, or when it
// is absent, capitalised words are taken as names (fallbackNameTokens).

import type { Article } from '../article.js';
import { foldCase } from '../dedup/foldText.js';
import { NOT_NAMES } from './locales/stopWords.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What may stand before a sentence's first word: quotes, brackets, dashes, bullets. */
const SENTENCE_OPENERS = /[\s"'“”«»‘’()[\]—–•*-]*$/u;
const SENTENCE_END = /(?:^|[.!?:;…\n])$/u;
/** "AP", "UN" are names; "A" and "I" are not. */
const MIN_KEY_LENGTH = 2;

/** Name key -> weight (how often the name is mentioned). */
export function nameKeys(article: Article): Map<string, number> {
  const keys = new Map<string, number>();
  const mentions = Array.isArray(article.mentions) ? article.mentions : [];
  for (const mention of mentions) {
    const name = typeof mention?.name === 'string' && mention.name !== '' ? mention.name : mention?.text;
    if (typeof name !== 'string' || mention.roleOnly) continue;
    for (const key of keysOfName(name)) keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  if (keys.size > 0) return keys;
  const text = `${typeof article.title === 'string' ? article.title : ''}\n${typeof article.text === 'string' ? article.text : ''}`;
  for (const token of fallbackNameTokens(text)) keys.set(token, (keys.get(token) ?? 0) + 1);
  return keys;
}

function keysOfName(name: string): string[] {
  const keys: string[] = [];
  for (const match of name.matchAll(WORD)) {
    const key = foldCase(match[0].replace(POSSESSIVE, ''));
    if (key.length >= MIN_KEY_LENGTH && !NOT_NAMES.has(key)) keys.push(key);
  }
  return keys;
}

/**
 * Capitalised words that are names, folded, one entry per occurrence. A sentence's first word
 * counts only when the same word is capitalised inside a sentence elsewhere in the text:
 * "Lavrov said…" at a sentence start counts when "…met Lavrov" appears too; "Rescue teams…"
 * does not count.
 */
export function fallbackNameTokens(text: string): string[] {
  const inside: string[] = [];
  const atStart: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(ELISION, '').replace(POSSESSIVE, '');
    if (!CAPITALISED.test(word)) continue;
    const key = foldCase(word);
    if (key.length < MIN_KEY_LENGTH || NOT_NAMES.has(key) || !/\p{L}/u.test(key)) continue;
    const before = text.slice(Math.max(0, match.index - 6), match.index).replace(SENTENCE_OPENERS, '');
    (SENTENCE_END.test(before) ? atStart : inside).push(key);
  }
  const confirmed = new Set(inside);
  return [...inside, ...atStart.filter((key) => confirmed.has(key))];
}
