import type { Qualifier, VagueQuantity } from '../locale.js';

export const NUMBER_WORDS_FR: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  // "un" and "une" are articles far more often than counts ("un soldat a été tué"): only read
  // inside a compound ("vingt et un"), see parseNumberWords.
  un: 1, une: 1, et: 0,
};

export const MULTIPLIERS_FR: Record<string, number> = {
  cent: 100, cents: 100, mille: 1000, milles: 1000, million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9,
};

// Ranges are what a reader would accept as the same figure: "une quinzaine" fits 15 but not 20.
export const VAGUE_QUANTITIES_FR: VagueQuantity[] = [
  { words: 'des centaines de milliers', low: 200_000, high: 999_999, point: null },
  { words: 'des dizaines de milliers', low: 20_000, high: 99_999, point: null },
  { words: 'plusieurs centaines', low: 200, high: 999, point: null },
  { words: 'plusieurs milliers', low: 2000, high: 9999, point: null },
  { words: 'plusieurs dizaines', low: 20, high: 99, point: null },
  { words: 'quelques centaines', low: 200, high: 700, point: null },
  { words: 'quelques milliers', low: 2000, high: 7000, point: null },
  { words: 'quelques dizaines', low: 20, high: 70, point: null },
  { words: 'des centaines', low: 200, high: 999, point: null },
  { words: 'des milliers', low: 2000, high: 9999, point: null },
  { words: 'des dizaines', low: 20, high: 99, point: null },
  { words: 'une dizaine', low: 8, high: 12, point: 10 },
  { words: 'une douzaine', low: 11, high: 13, point: 12 },
  { words: 'une quinzaine', low: 13, high: 17, point: 15 },
  { words: 'une vingtaine', low: 18, high: 23, point: 20 },
  { words: 'une trentaine', low: 27, high: 34, point: 30 },
  { words: 'une quarantaine', low: 36, high: 44, point: 40 },
  { words: 'une cinquantaine', low: 45, high: 55, point: 50 },
  { words: 'une soixantaine', low: 55, high: 65, point: 60 },
  { words: 'une centaine', low: 85, high: 120, point: 100 },
  { words: 'un millier', low: 850, high: 1200, point: 1000 },
];

export const QUALIFIERS_FR: Record<string, Qualifier> = {
  'au moins': 'atLeast', 'pas moins de': 'atLeast', 'au minimum': 'atLeast',
  'plus de': 'above', 'au-delà de': 'above', 'davantage de': 'above',
  'moins de': 'below', "jusqu'à": 'atMost', 'au plus': 'atMost', 'au maximum': 'atMost',
  environ: 'about', 'près de': 'about', quelque: 'about', 'autour de': 'about', 'approximativement': 'about',
  'un peu plus de': 'above', 'un peu moins de': 'below', 'presque': 'about', 'quasiment': 'about',
};

export const PARTITIVES_FR = /^\s*(?:autres?\b|de plus\b|supplémentaires?\b|d['’]entre\b|sur\s+(?:les\s+)?\d)/i;

export const MONTHS_FR = new Set([
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout',
  'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
]);

export const TIME_UNITS_FR = new Set([
  'an', 'ans', 'année', 'années', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours',
  'heure', 'heures', 'minute', 'minutes', 'seconde', 'secondes', 'décennie', 'décennies', 'decennie',
  'decennies', 'siècle', 'siècles', 'siecle', 'siecles', 'h', 'fois',
]);

// Distances and weights: "à 70 km" measures, it does not count a fact's participants.
export const MEASURE_UNITS_FR = new Set([
  'km', 'kilometres', 'kilomètres', 'm', 'metres', 'mètres', 'cm', 'kg', 'kilos', 'tonnes', 'km/h',
  'milles', 'pieds', 'degres', 'degrés', 'litres',
]);
