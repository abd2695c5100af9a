// Anchors: what ties articles about one happening together across languages. Names are mostly
// the same strings in French and English ("Lavrov", "Bamako", "Diop"), and so are numbers
// ("7.8", "2000", "20-13"). Content words are not, so they are compared separately (contentTerms).
//
// Each word of a name is a key, in a transliteration-folded form, so "Sergueï Lavrov",
// "Sergei Lavrov" and "M. Lavrov" all give "lavrov" (measured on ECB+: whole words beat a single
// key per name, which loses "Reggie" when only "Reggie Bush" tells two running backs apart). Names come from the entities stage (article.mentions) or,
// when it found none, from capitalised words (fallbackNames).

import type { Article } from '../article.js';
import { demonymOf, organizationOf, placeOf } from '../extract/entities/gazetteer.js';
import { placeKey, soundKey } from '../extract/entities/normalizeName.js';
import { foldCase } from '../dedup/foldText.js';
import { fallbackNames } from './fallbackNames.js';
import { LEAD_CHARS, LEAD_NAME_WEIGHT } from './clusterConfig.js';
import { NOT_NAMES } from './locales/stopWords.js';

/**
 * Figures tell two happenings of one kind apart as well as names do: a magnitude 5.9 and a 6.1
 * quake, a death toll, an age, a sum ("$180 million"). A number may also be a year or a count
 * of anything, but then both sides' IDF makes it cheap. Weighted as a name mention (measured
 * on ECB+: 0.5 -> 1 raises precision by about 0.01 for no loss of recall).
 */
export const NUMBER_WEIGHT = 1;
/** Single digits are everywhere ("3 people", "2 weeks"); from two digits a number identifies. */
/** "2,122", "2.122" and the French "2 122" (with a plain, no-break or narrow space) are 2122. */
const NUMBER = /\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/gu;
const THOUSANDS = /[.,\s\u00a0\u202f](?=\d{3}(?:\D|$))/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MIN_NAME_KEY = 2;
const NUMBER_PREFIX = '#';
const PLACE_PREFIX = '@';

export function anchorKeys(article: Article): Map<string, number> {
  const anchors = new Map<string, number>();
  const add = (key: string, weight: number) => anchors.set(key, (anchors.get(key) ?? 0) + weight);
  const title = typeof article.title === 'string' ? article.title : '';
  const text = typeof article.text === 'string' ? article.text : '';

  for (const name of namesOf(article, `${title}\n${text}`)) {
    for (const key of nameKeys(name)) add(key, 1);
  }
  for (const name of placeNamesOf(article)) add(placeKey(name), 1);
  for (const name of LEAD_NAME_WEIGHT > 1 ? leadNamesOf(article, title, text) : []) {
    for (const key of nameKeys(name)) add(key, LEAD_NAME_WEIGHT - 1);
  }
  for (const match of `${title}\n${text}`.matchAll(NUMBER)) {
    const value = match[0].replace(THOUSANDS, '').replace(',', '.');
    if (NUMBER_WEIGHT > 0 && value.replace('.', '').length >= 2) add(NUMBER_PREFIX + value, NUMBER_WEIGHT);
  }
  return anchors;
}

/**
 * Who and where the article is about: the name keys of its headline and first sentence, where
 * news says whose story it is ("Fred LaRue, Watergate figure, dies at 75"; the recalled Mark Felt
 * comes further down). Names of the headline count when the text names them too, so a
 * capitalised headline word ("Dies", "Found") is not taken for a name.
 */
export function salientKeys(article: Article): Map<string, number> {
  const title = typeof article.title === 'string' ? article.title : '';
  const text = typeof article.text === 'string' ? article.text : '';
  // A text that opens on its own headline (a scrape that kept it) has its first sentence after it.
  const from = title.trim() !== '' && text.trimStart().startsWith(title.trim()) ? text.indexOf(title.trim()) + title.trim().length : 0;
  const mentions = Array.isArray(article.mentions) ? article.mentions : [];
  const to = from + (FIRST_SENTENCE.exec(text.slice(from))?.[0].length ?? 0);
  const inText = new Set<string>();
  const body = mentions.length > 0 ? namesOf({ ...article, mentions: mentions.filter((m) => m && m.start >= from) }, '') : fallbackNames(text.slice(from));
  for (const name of body) for (const key of nameKeys(name)) inText.add(key);
  const keys = new Map<string, number>();
  const add = (key: string) => keys.set(key, 1);
  const opening = mentions.filter((m) => m && m.start >= from && m.start < to);
  const first = mentions.length > 0 ? namesOf({ ...article, mentions: opening }, '') : fallbackNames(text.slice(from, to));
  for (const name of first) for (const key of nameKeys(name)) add(key);
  // A headline's first word is capitalised anyway, so its words count one by one as well.
  const titleNames = [...fallbackNames(title), ...[...title.matchAll(WORD)].map((m) => [foldCase(m[0])])];
  for (const name of titleNames) for (const key of nameKeys(name)) if (inText.has(key)) add(key);
  return keys;
}

/** A first sentence: up to its end mark or line end, at most OPENING_CHARS. */
const OPENING_CHARS = 240;
const FIRST_SENTENCE = new RegExp(`^\\s*[^\\n]{1,${OPENING_CHARS}}?(?:[.!?](?=\\s)|\\n|$)`, 'u');

/**
 * The names of the headline and the lead, counted again: "Chargers' Jamal Williams arrested
 * for DUI … earlier this year, Vincent Jackson was arrested too" is about Williams.
 */
function leadNamesOf(article: Article, title: string, text: string): string[][] {
  const mentions = Array.isArray(article.mentions) ? article.mentions : [];
  if (mentions.length > 0) {
    return namesOf({ ...article, mentions: mentions.filter((m) => m && m.start < LEAD_CHARS) }, '');
  }
  return fallbackNames(`${title}\n${text.slice(0, LEAD_CHARS)}`);
}

/**
 * Places the gazetteer does not know, written in several words, count once more as one word:
 * "Tin Zaouatene" -> "tinzauaten", the key that "Tinzaouatène" has in a French report.
 */
function placeNamesOf(article: Article): string[] {
  const mentions = Array.isArray(article.mentions) ? article.mentions : [];
  return mentions
    .filter((m) => m && m.type === 'location' && !m.roleOnly && typeof m.name === 'string' && /\s|-/u.test(m.name.trim()))
    .map((m) => m.name)
    .filter((name) => safePlace(foldCase(name)) === null);
}

function namesOf(article: Article, text: string): string[][] {
  const mentions = Array.isArray(article.mentions) ? article.mentions : [];
  const names: string[][] = [];
  for (const mention of mentions) {
    if (!mention || mention.roleOnly) continue;
    const name = typeof mention.name === 'string' && mention.name !== '' ? mention.name : mention.text;
    if (typeof name === 'string') names.push([...name.matchAll(WORD)].map((m) => foldCase(m[0])));
  }
  return names.length > 0 ? names : fallbackNames(text);
}

/**
 * The keys of a name. A known place, nationality or organisation is one key in any language,
 * from the entities stage's gazetteer: "Maroc", "Morocco" and "marocain" -> "@MA"; "Moscou" and
 * "Moscow" -> "@moscou"; "Conseil de sécurité" and "Security Council" -> "@un-security-council". Other names give their words, transliteration-folded:
 * "Sergueï Lavrov" -> ["serguei", "lavrov"].
 */
function nameKeys(words: string[]): string[] {
  const place = safePlace(words.join(' '));
  if (place !== null) return [place];
  return words.filter((word) => word.length >= MIN_NAME_KEY && !NOT_NAMES.has(word)).map((word) => soundKey(word));
}

function safePlace(folded: string): string | null {
  try {
    const place = placeOf(folded);
    const code = place?.country ?? place?.key ?? demonymOf(folded) ?? organizationOf(folded, folded)?.key;
    return code ? PLACE_PREFIX + code : null;
  } catch {
    return null;
  }
}
