// Verb forms that tell whether a French sentence reports the past or announces the future,
// so that a bare weekday lands on the right side of publication:
// "Lavrov est arrivé lundi soir" (Tue 7 Feb) -> Mon 6 Feb; "le conseil se réunira lundi" -> Mon 13 Feb.

/** Auxiliaries and modals of the future, and phrases of schedule. */
export const FUTURE_MARKERS_FR = [
  'sera', 'seront', 'aura', 'auront', 'fera', 'feront', 'ira', 'iront', 'va', 'vont', 'devra', 'devront',
  'pourra', 'pourront', 'doit', 'doivent', 'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée',
  "d'ici", 'rendez-vous', 'concert', 'attendu', 'attendue', 'prochain', 'prochaine', 'aura lieu', 'se tiendra',
];

/** Auxiliaries of the compound past and common imperfect forms. */
export const PAST_MARKERS_FR = [
  'a', 'ont', 'avait', 'avaient', 'eut', 'est', 'sont', 'était', 'étaient', "s'est", 'se sont', 'fut', 'furent',
  'dernier', 'dernière',
];

/** A word in the simple future ("réunira", "partiront") or the conditional-free -ra/-ront form. */
export const FUTURE_ENDING_FR = /^\p{L}{3,}(?:era|eront|iront|ira|ront|rons|rez|rai|vra|dra|tra)$/u;
/** Past participle right after an auxiliary ("est arrivé", "a annoncé", "ont été"). */
export const PARTICIPLE_FR = /^\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|int)$/u;
/** Imperfect and simple past endings ("annonçait", "déclara" is too ambiguous to count). */
export const IMPERFECT_ENDING_FR = /^\p{L}{2,}(?:ait|aient)$/u;
