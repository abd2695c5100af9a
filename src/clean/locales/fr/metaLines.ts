// The words of a French article's line of metadata: "Par Awa Diallo · Publié le 12 mars 2024 à
// 10h · Lecture 4 min". Folded.

/** A reading or playing time: "Lecture 4 min", "4 min de lecture", "Durée : 2:43". */
export const READING_TIME_WORDS_FR: readonly string[] = ['lecture', 'duree', 'temps de lecture'];

/** A day named relative to today, before a time: "Aujourd'hui à 14h05", "Hier, 18:00". */
export const RELATIVE_DAYS_META_FR: readonly string[] = ['aujourd hui', 'hier'];
/** An age alone on its line: "Il y a 3 heures", "Il y a 20 min". */
export const AGE_UNITS_FR: readonly string[] = ['min', 'minute', 'minutes', 'heure', 'heures', 'h', 'jour', 'jours'];
