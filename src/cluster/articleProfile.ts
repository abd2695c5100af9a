// What the event index keeps of an article: its weighted content terms, its name keys, its
// language and the day of the happening it reports. Computed once per article.

import type { Article } from '../article.js';
import { LEAD_CHARS, LEAD_WEIGHT, TITLE_WEIGHT } from './clusterConfig.js';
import { contentTerms } from './contentTerms.js';
import { dayNumber, happeningDate } from './happeningDate.js';
import { anchorKeys } from './anchorKeys.js';

export interface ArticleProfile {
  id: string;
  lang: string;
  /** Term -> sublinear frequency, 1 + ln(count): a word said ten times is not ten times the topic. */
  terms: Map<string, number>;
  names: Map<string, number>;
  /** ISO day of the happening (reported date, else publication), and the same as a day number. */
  date: string | null;
  day: number | null;
  title: string;
}

const FIRST_SENTENCE = /^[^\n]{1,160}?(?:[.!?](?=\s)|\n|$)/u;

export function profileArticle(article: Article): ArticleProfile {
  const lang = typeof article.lang === 'string' && article.lang !== '' ? article.lang.slice(0, 2).toLowerCase() : 'und';
  const text = typeof article.text === 'string' ? article.text : '';
  const title = typeof article.title === 'string' ? article.title.trim() : '';
  const counts = contentTerms(title, lang, new Map(), TITLE_WEIGHT);
  contentTerms(text, lang, counts);
  contentTerms(lead(text), lang, counts, LEAD_WEIGHT - 1);
  const date = happeningDate(article);
  return {
    id: article.id,
    lang,
    terms: sublinear(counts),
    names: sublinear(anchorKeys(article)),
    date,
    day: date === null ? null : dayNumber(date),
    title: title !== '' ? title : (FIRST_SENTENCE.exec(text.trim())?.[0].trim() ?? ''),
  };
}

/** The first sentences up to LEAD_CHARS, cut at a word boundary. */
function lead(text: string): string {
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARS);
  return text.slice(0, cut > 0 ? cut : LEAD_CHARS);
}

function sublinear(counts: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, count] of counts) if (count > 0) out.set(key, 1 + Math.log(count));
  return out;
}
