// English month names and abbreviations ("Feb. 7, 2023", "7 February 2023").
export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Words that open a visible date line, before an optional link word (DATE_LINE_LINKS_EN):
 * "Published February 7, 2023", "Last updated on 23 March 2025", "First published: …".
 */
export const DATE_LINE_CUES_EN: readonly string[] = [
  'published', 'first published', 'updated', 'last updated', 'last modified', 'modified', 'posted',
];

/** What joins a cue to its date: "Published on", "Updated at". */
export const DATE_LINE_LINKS_EN: readonly string[] = ['on', 'at'];

/** Weekdays that may stand before the date of a date line: "Published Tuesday, February 7, 2023". */
export const WEEKDAYS_EN: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
