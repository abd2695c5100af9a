// How conflicts are named in English: these labels are also the language-neutral `about` keys.
import type { ConflictLabels } from '../locale.js';

export const CONFLICT_LABELS_EN: ConflictLabels = {
  counts: {},
  counted: {},
  dates: {},
  grains: { year: 'year', date: 'date' },
  dateOf: '{grain} of {concept}',
  firstNameOf: 'first name of {person}',
  roleOf: 'role of {person}',
  placeOf: 'place: {gist}',
  elisions: [],
};
