// How English pages that hold no article say so in their text (see ../fr/pageKinds.ts). Folded.

export const ERROR_TITLES_EN: readonly string[] = [
  'error 404', '404 error', '404 not found', 'page not found', '404 page not found', 'not found', 'oops page not found',
];

export const ERROR_SUBJECTS_EN: readonly string[] = [
  'this page', 'the page you', 'the requested page', 'the page requested', 'this article', 'the article you',
  'the content you', 'the link you',
];
export const ERROR_STATES_EN: readonly string[] = [
  'doesn t exist', 'does not exist', 'no longer exists', 'can t be found', 'cannot be found', 'could not be found',
  'couldn t be found', 'was not found', 'has been removed', 'has been moved', 'has been deleted',
  'is no longer available', 'isn t available',
];

/** "2 hours ago", "5 min ago". */
export const RELATIVE_TIME_CLOSERS_EN: readonly string[] = ['ago'];
export const RELATIVE_TIME_UNITS_EN: readonly string[] = [
  's', 'sec', 'secs', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
];
export const RELATIVE_DAYS_EN: readonly string[] = ['yesterday', 'today'];
