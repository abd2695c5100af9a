// The words of a French article's line of metadata: "Par Awa Diallo · Publié le 12 mars 2024 à
// 10h · Lecture 4 min". Folded.

/** A reading or playing time: "Lecture 4 min", "4 min de lecture", "Durée : 2:43". */
export const READING_TIME_WORDS_FR: readonly string[] = ['lecture', 'duree', 'temps de lecture'];
