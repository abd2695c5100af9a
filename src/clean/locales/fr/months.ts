// French month names and abbreviations as pages write them ("7 févr. 2023", "1er mars").
export const MONTHS_FR: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, février: 2, fevr: 2, févr: 2, fev: 2, fév: 2, mars: 3, avril: 4,
  avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, aout: 8, août: 8, septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, décembre: 12, dec: 12, déc: 12,
};

/**
 * Words that open a visible date line, before an optional link word (DATE_LINE_LINKS_FR):
 * "Publié le 7 février 2023 à 18h32", "Mis en ligne le 22/03/2025 à 16h05",
 * "Dernière mise à jour : 23 mars 2025". Masculine and feminine, as the page agrees them with
 * "article" or "dépêche"; the noun forms ("mise à jour") open lines as often as the verbs.
 */
export const DATE_LINE_CUES_FR: readonly string[] = [
  'publié', 'publiée', 'première publication', 'date de publication',
  'mis en ligne', 'mise en ligne',
  'mis à jour', 'mise à jour', 'dernière mise à jour', 'dernière modification',
  'modifié', 'modifiée', 'actualisé', 'actualisée', 'posté', 'postée', 'paru', 'parue',
];

/** What joins a cue to its date: "Publié le", "Mis à jour à", "Dépêche du". */
export const DATE_LINE_LINKS_FR: readonly string[] = ['le', 'du', 'à'];

/** Weekdays that may stand before the date of a date line: "Publié le mardi 7 février 2023". */
export const WEEKDAYS_FR: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
