// Interface strings in French and English. Article content is never translated: it is shown
// as written. The choice is kept in localStorage; the browser's language decides the first time.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { STRINGS_EN } from './strings/en.js';
import { STRINGS_FR } from './strings/fr.js';

export type Lang = 'fr' | 'en';
export type StringKey = keyof typeof STRINGS_EN;
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const STRINGS: Record<Lang, Record<StringKey, string>> = { en: STRINGS_EN, fr: STRINGS_FR };
const STORAGE_KEY = 'recoupe.lang';

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'fr' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  };
  const t: Translate = (key, params = {}) => {
    // French puts 0 and 1 in the singular ("0 événement"), English only 1.
    const count = params.count;
    const many = typeof count === 'number' && (lang === 'fr' ? count > 1 : count !== 1);
    const plural = many && STRINGS[lang][`${key}_plural` as StringKey];
    const template = (plural || STRINGS[lang][key]) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
  return <I18nContext.Provider value={{ lang, setLang, t }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** ISO values of any precision, as the reader's language writes them: 2023-02-07 -> 7 févr. 2023. */
export function formatDate(value: string | null, lang: Lang): string {
  if (!value) return '';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!, day[4] ? +day[4] : 0, day[5] ? +day[5] : 0));
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    if (day[4]) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+month[1]!, +month[2]! - 1, 1)));
  }
  return value;
}

export function formatRange(start: string | null, end: string | null, lang: Lang, undated: string): string {
  if (!start && !end) return undated;
  const a = formatDate(start, lang);
  const b = formatDate(end, lang);
  return !b || a === b ? a || b : `${a} – ${b}`;
}
