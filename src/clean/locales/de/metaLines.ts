// The words of a German article's line of metadata: "Heute, 12:37 Uhr", "vor 3 Stunden". Folded.

/** A day named relative to today, before a time: "Heute, 12:37 Uhr", "Gestern, 9:12 Uhr". */
export const RELATIVE_DAYS_META_DE: readonly string[] = ['heute', 'gestern'];
/** An age alone on its line: "vor 3 Stunden", "vor 20 Min". */
export const AGE_UNITS_DE: readonly string[] = ['min', 'minuten', 'std', 'stunde', 'stunden', 'tag', 'tagen'];
