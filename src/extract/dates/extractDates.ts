// Dates stage: every time expression of an article, normalised against its publication date.
//
//   parse      locale parsers (our rules), all readings of the text
//   fill gaps  fallback parsers (chrono-node in French) only where no rule read anything
//   choose     longest reading where readings overlap
//   bound      the preposition before it: "depuis 2021" -> since
//   resolve    in text order, against publication and the previous mention
//
// When `published` is null, expressions that need an anchor ("hier", "lundi", "le 3 juin") are
// skipped and only self-standing ones ("le 3 juin 2023", "1990", "les années 60") are kept; the
// pipeline runs this stage again once a publication date has been inferred.
import type { Article, DateMention } from '../../article.js';
import { parseIsoDay } from './calendar.js';
import { chronoParser } from './chronoParser.js';
import { PREPOSITION_MODS_EN } from './locales/en/lexicon.js';
import { PARSERS_EN } from './locales/en/parsers.js';
import { PREPOSITION_MODS_FR } from './locales/fr/lexicon.js';
import { PARSERS_FR } from './locales/fr/parsers.js';
import { keepLongest, prepositionMods } from './refiners.js';
import { resolveExpressions } from './resolveExpressions.js';
import type { Mod, Parser, TimeExpression } from './types.js';

export const VERSION = 'dates-1';

export { reportedDate } from './reportedDate.js';
export { parsePublishedDate } from './parsePublishedDate.js';

interface Locale {
  parsers: Parser[];
  /** Read only where `parsers` found nothing: their spans are greedy ("samedi 24 juillet à 15"). */
  fallback: Parser[];
  prepositions: Record<string, Mod>;
}

/** French: our rules, chrono in the gaps. English: chrono leads, beside our rules. */
function localeFor(lang: string, published: string | null): Locale {
  const fr = { parsers: PARSERS_FR, fallback: [chronoParser('fr', published, true)], prepositions: PREPOSITION_MODS_FR };
  const en = { parsers: [...PARSERS_EN, chronoParser('en', published, false)], fallback: [], prepositions: PREPOSITION_MODS_EN };
  if (lang === 'fr') return fr;
  if (lang === 'en') return en;
  return {
    parsers: [...fr.parsers, ...en.parsers],
    fallback: fr.fallback,
    prepositions: { ...PREPOSITION_MODS_EN, ...PREPOSITION_MODS_FR },
  };
}

function read(text: string, locale: Locale): TimeExpression[] {
  const readings = locale.parsers.flatMap((parse) => parse(text));
  const gaps = locale.fallback
    .flatMap((parse) => parse(text))
    .filter((f) => readings.every((r) => r.end <= f.start || f.end <= r.start));
  return [...readings, ...gaps];
}

export function extractDates(article: Article): DateMention[] {
  const text = typeof article?.text === 'string' ? article.text : '';
  if (!text) return [];
  const lang = (article.lang ?? '').toLowerCase().slice(0, 2);
  const published = parseIsoDay(article.published) ? article.published : null;
  try {
    const locale = localeFor(lang, published);
    const chosen = prepositionMods(keepLongest(read(text, locale)), text, locale.prepositions);
    return resolveExpressions(chosen, { text, lang, published: parseIsoDay(published) });
  } catch (error) {
    article.notes?.push({ stage: 'dates', rule: 'unexpected', message: String(error) });
    return [];
  }
}
