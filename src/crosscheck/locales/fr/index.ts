import type { CrosscheckLocale } from '../locale.js';
import { CONFLICT_LABELS_FR } from './labels.js';
import { STOPWORDS_FR } from './stopwords.js';
import { PARTITIVES_FR, MEASURE_UNITS_FR, TIME_UNITS_FR, MONTHS_FR, MULTIPLIERS_FR, NUMBER_WORDS_FR, QUALIFIERS_FR, VAGUE_QUANTITIES_FR } from './numbers.js';
import { COUNT_CONCEPTS_FR, COUNTED_WHO_FR, DATE_PREDICATES_FR, GENERIC_WHO_FR } from './concepts.js';
import { ROLE_PORTFOLIOS_FR } from './roles.js';
import { NICKNAMES_FR } from './names.js';
import { LOCATIVES_FR, BOILERPLATE_FR, REVISION_CUES_FR, REVISION_RANGE_FR, ROLE_WORDS_FR } from './cues.js';

export const LOCALE_FR: CrosscheckLocale = {
  lang: 'fr',
  stopwords: STOPWORDS_FR,
  numberWords: NUMBER_WORDS_FR,
  multipliers: MULTIPLIERS_FR,
  vagueQuantities: VAGUE_QUANTITIES_FR,
  qualifiers: QUALIFIERS_FR,
  countConcepts: COUNT_CONCEPTS_FR,
  countedWho: COUNTED_WHO_FR,
  genericWho: GENERIC_WHO_FR,
  datePredicates: DATE_PREDICATES_FR,
  revisionCues: REVISION_CUES_FR,
  revisionRange: REVISION_RANGE_FR,
  roleWords: ROLE_WORDS_FR,
  rolePortfolios: ROLE_PORTFOLIOS_FR,
  nicknames: NICKNAMES_FR,
  locatives: LOCATIVES_FR,
  boilerplate: BOILERPLATE_FR,
  months: MONTHS_FR,
  timeUnits: TIME_UNITS_FR,
  measureUnits: MEASURE_UNITS_FR,
  partitives: PARTITIVES_FR,
  conflictLabels: CONFLICT_LABELS_FR,
};
