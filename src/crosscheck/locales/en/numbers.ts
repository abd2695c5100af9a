import type { Qualifier, VagueQuantity } from '../locale.js';

export const NUMBER_WORDS_EN: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
  // "one" is read only inside a compound ("twenty-one"): alone it is rarely a count.
  one: 1, and: 0,
};

export const MULTIPLIERS_EN: Record<string, number> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};

export const VAGUE_QUANTITIES_EN: VagueQuantity[] = [
  { words: 'hundreds of thousands', low: 200_000, high: 999_999, point: null },
  { words: 'tens of thousands', low: 20_000, high: 99_999, point: null },
  { words: 'several hundred', low: 200, high: 999, point: null },
  { words: 'several thousand', low: 2000, high: 9999, point: null },
  { words: 'a few hundred', low: 200, high: 700, point: null },
  { words: 'a few thousand', low: 2000, high: 7000, point: null },
  { words: 'hundreds', low: 200, high: 999, point: null },
  { words: 'thousands', low: 2000, high: 9999, point: null },
  { words: 'dozens', low: 24, high: 99, point: null },
  { words: 'scores', low: 40, high: 99, point: null },
  { words: 'a dozen', low: 11, high: 13, point: 12 },
  { words: 'about a dozen', low: 10, high: 14, point: 12 },
];

export const QUALIFIERS_EN: Record<string, Qualifier> = {
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast',
  'more than': 'above', 'over': 'above', 'upwards of': 'above',
  'fewer than': 'below', 'less than': 'below', 'under': 'below', 'up to': 'atMost', 'at most': 'atMost',
  about: 'about', around: 'about', nearly: 'about', almost: 'about', approximately: 'about',
  roughly: 'about', some: 'about', 'close to': 'about',
};

export const PARTITIVES_EN = /^\s*(?:others?\b|more\b|additional\b|of\s+(?:the|them|those|whom|its|their)\b)/i;

export const MONTHS_EN = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

export const TIME_UNITS_EN = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'pm', 'am', 'times',
]);

// Distances and weights: "about 15 miles north" measures, it does not count anything.
export const MEASURE_UNITS_EN = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'mile', 'm', 'metres', 'meters', 'feet', 'ft', 'yards',
  'kg', 'pounds', 'lbs', 'tons', 'tonnes', 'mph', 'degrees', 'inches', 'gallons', 'liters', 'litres',
]);
