// How French pages credit who published a text: the outlet's own words and the credit lines.

/**
 * Words outlet names are built from ("Le Petit Observateur", "Agence Sahel Presse", "L'Écho de
 * Ouaga"): a short capitalised line or a byline's tail holding one is a masthead, not a place or a
 * person ("Par Awa Diallo, Niamey" names no outlet). Folded (no accents, lower case).
 */
export const OUTLET_WORDS_FR: readonly string[] = [
  'agence', 'presse', 'journal', 'quotidien', 'hebdo', 'hebdomadaire', 'magazine', 'mag', 'revue',
  'tribune', 'observateur', 'messager', 'courrier', 'echo', 'echos', 'gazette', 'depeche', 'depeches',
  'info', 'infos', 'information', 'informations', 'actu', 'actus', 'actualite', 'actualites', 'nouvelles',
  'flash', 'radio', 'tele', 'television', 'matin', 'soir', 'monde', 'republicain', 'independant',
  'patriote', 'sentinelle', 'canard', 'voix', 'media', 'medias', 'reporter', 'continental', 'chronique',
  'express', 'hebdomadaire', 'bulletin', 'dossier', 'lettre', 'web', 'fm', 'tv', 'news',
];

/** Lines that credit a source for the text: "Source : AFP", "Source: Agence Sahel Presse". */
export const SOURCE_CUES_FR: readonly string[] = ['source', 'sources'];

/** A byline's opening word: "Par Awa Diallo, Agence Sahel Presse". */
export const BYLINE_CUES_FR: readonly string[] = ['par'];

/** A copyright notice's closing words: "Bamako Matin – Tous droits réservés". */
export const RIGHTS_RESERVED_FR: readonly string[] = ['tous droits réservés', 'reproduction interdite'];
