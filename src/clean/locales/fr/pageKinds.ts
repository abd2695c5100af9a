// How French pages that hold no article say so in their text: the error page's message, and the
// dates a front page prints under each headline. Folded (lower case, no accents, punctuation as
// spaces: "n'existe" -> "n existe"), as foldLine writes a line.

/** A short line that is, by itself, an error page's title: "Erreur 404", "Page introuvable". */
export const ERROR_TITLES_FR: readonly string[] = [
  'erreur 404', '404', 'page introuvable', 'page non trouvee', 'page inexistante', 'oups page introuvable',
  'contenu introuvable', 'article introuvable',
];

/**
 * The page speaking of itself, then saying it is gone: "La page que vous cherchez n'existe pas",
 * "Cette page a été déplacée". Both parts are needed: "La page Facebook du ministère a été
 * supprimée" is news, not an error page.
 */
export const ERROR_SUBJECTS_FR: readonly string[] = [
  'cette page', 'la page que vous', 'la page demandee', 'la page recherchee', 'la page a laquelle vous',
  'cet article', 'l article que vous', 'le contenu que vous', 'le lien que vous',
];
export const ERROR_STATES_FR: readonly string[] = [
  'n existe pas', 'n existe plus', 'est introuvable', 'reste introuvable', 'a ete supprimee', 'a ete supprime',
  'a ete deplacee', 'a ete deplace', 'n est plus disponible', 'n est plus en ligne', 'est indisponible',
];

/** "Il y a 2 heures", "il y a 12 min": the age of a headline on a front page. Units, folded. */
export const RELATIVE_TIME_OPENERS_FR: readonly string[] = ['il y a', 'depuis'];
export const RELATIVE_TIME_UNITS_FR: readonly string[] = [
  's', 'sec', 'seconde', 'secondes', 'mn', 'min', 'mins', 'minute', 'minutes', 'h', 'heure', 'heures',
  'j', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans',
];
/** Days named by their distance to today: "Hier à 18h30", "Aujourd'hui". */
export const RELATIVE_DAYS_FR: readonly string[] = ['hier', 'aujourd hui', 'avant hier'];
