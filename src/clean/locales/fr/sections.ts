// Section labels French outlets print above or before an article ("INTERNATIONAL", "Afrique").
export const SECTION_LABELS_FR: readonly string[] = [
  'international', 'monde', 'afrique', 'europe', 'france', 'politique', 'economie', 'société',
  'societe', 'sport', 'sports', 'culture', 'sciences', 'santé', 'sante', 'planète', 'idées',
  'débats', 'opinion', 'opinions', 'tribune', 'éditorial', 'editorial', 'faits divers', 'justice',
  'régions', 'actualité', 'actualités', 'environnement', 'défense', 'diplomatie', 'technologie',
  'médias', 'analyse', 'décryptage', 'reportage', 'entretien', 'enquête', 'portrait',
];

/** Words that open a French sentence: after a glued capitalised label, the article starts. */
export const SENTENCE_OPENERS_FR: readonly string[] = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'en', 'selon', 'après', 'depuis',
  'dans', 'c', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'pour', 'alors', 'plus', 'trois',
  'deux', 'quatre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
];
