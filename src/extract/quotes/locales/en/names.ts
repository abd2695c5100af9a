// Titles before a name and capitalised words that never start a person's name.

export const TITLES_EN: Readonly<Record<string, 'm' | 'f' | null>> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', dr: null, 'dr.': null,
  president: null, 'prime': null, minister: null, gen: null, 'gen.': null, col: null,
  'col.': null, sen: null, 'sen.': null, senator: null, governor: null, king: 'm', queen: 'f',
  sir: 'm', dame: 'f', lord: 'm', lady: 'f', chancellor: null, pope: 'm', general: null,
  colonel: null, captain: null, secretary: null, mayor: null, judge: null,
};

export const NOT_NAMES_EN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'our', 'its',
  'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of',
  'but', 'and', 'or', 'so', 'yet', 'as', 'after', 'before', 'during', 'while', 'when', 'if',
  'according', 'speaking', 'asked', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'there', 'here', 'some', 'many', 'all',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds',
  'prime', 'minister', 'president', 'foreign', 'ministry', 'government',
]);
