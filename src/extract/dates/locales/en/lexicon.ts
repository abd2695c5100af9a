// English words for time: what chrono does not read (years alone, decades, seasons, "early 2023").
import type { Mod, Season } from '../../types.js';

export const MONTHS_EN: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

export const SEASONS_EN: Record<string, Season> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};

export const PERIOD_MODS_EN: Record<string, Mod> = { early: 'start', mid: 'mid', 'mid-': 'mid', late: 'end', end: 'end' };

export const PREPOSITION_MODS_EN: Record<string, Mod> = {
  since: 'since', 'as of': 'since', from: 'since', before: 'before', until: 'before', by: 'before',
  after: 'after', around: 'approx', about: 'approx', circa: 'approx',
};

export const DIRECTIONS_EN: Record<string, 'past' | 'future'> = { last: 'past', next: 'future', this: 'future' };

export const PRESENT_WORDS_EN = ['now', 'currently', 'nowadays', 'at present'];

export const COUNT_NOUNS_EN = [
  'people', 'dollars', 'euros', 'km', 'miles', 'metres', 'meters', 'troops', 'soldiers', 'votes', 'jobs',
  'deaths', 'cases', 'points', 'tonnes', 'tons', 'homes', 'residents', 'students', 'copies', 'units', '%',
];

export const NUMBER_LABELS_EN = ['resolution', 'no', 'number', 'article', 'flight', 'route', 'room', 'code'];
