import type { CrosscheckLocale } from '../locale.js';
import { CONFLICT_LABELS_EN } from './labels.js';
import { STOPWORDS_EN } from './stopwords.js';
import { PARTITIVES_EN, MEASURE_UNITS_EN, TIME_UNITS_EN, MONTHS_EN, MULTIPLIERS_EN, NUMBER_WORDS_EN, QUALIFIERS_EN, VAGUE_QUANTITIES_EN } from './numbers.js';
import { COUNT_CONCEPTS_EN, COUNTED_WHO_EN, DATE_PREDICATES_EN, GENERIC_WHO_EN } from './concepts.js';
import { ROLE_PORTFOLIOS_EN } from './roles.js';
import { NICKNAMES_EN } from './names.js';
import { LOCATIVES_EN, BOILERPLATE_EN, REVISION_CUES_EN, REVISION_RANGE_EN, ROLE_WORDS_EN } from './cues.js';

export const LOCALE_EN: CrosscheckLocale = {
  lang: 'en',
  stopwords: STOPWORDS_EN,
  numberWords: NUMBER_WORDS_EN,
  multipliers: MULTIPLIERS_EN,
  vagueQuantities: VAGUE_QUANTITIES_EN,
  qualifiers: QUALIFIERS_EN,
  countConcepts: COUNT_CONCEPTS_EN,
  countedWho: COUNTED_WHO_EN,
  genericWho: GENERIC_WHO_EN,
  datePredicates: DATE_PREDICATES_EN,
  revisionCues: REVISION_CUES_EN,
  revisionRange: REVISION_RANGE_EN,
  roleWords: ROLE_WORDS_EN,
  rolePortfolios: ROLE_PORTFOLIOS_EN,
  nicknames: NICKNAMES_EN,
  locatives: LOCATIVES_EN,
  boilerplate: BOILERPLATE_EN,
  months: MONTHS_EN,
  timeUnits: TIME_UNITS_EN,
  measureUnits: MEASURE_UNITS_EN,
  partitives: PARTITIVES_EN,
  conflictLabels: CONFLICT_LABELS_EN,
};
