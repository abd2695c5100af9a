import type { CrosscheckLocale } from './locale.js';
import { LOCALE_FR } from './fr/index.js';
import { LOCALE_EN } from './en/index.js';

const LOCALES: Record<string, CrosscheckLocale> = { fr: LOCALE_FR, en: LOCALE_EN };

/**
 * The lexicon for an article's language. Languages without their own tables get the English one:
 * names, digits and years still align across languages even where the words do not.
 */
export function localeFor(lang: string | null | undefined): CrosscheckLocale {
  const code = (lang ?? '').toLowerCase().slice(0, 2);
  return LOCALES[code] ?? LOCALE_EN;
}

/** Every locale: for tables read across languages (a French role against an English one). */
export function allLocales(): CrosscheckLocale[] {
  return Object.values(LOCALES);
}
