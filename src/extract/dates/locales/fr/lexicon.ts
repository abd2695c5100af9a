// French words for time: the data the French parsers are built from.
import type { Mod, PartOfDay, Season } from '../../types.js';

export const MONTHS_FR: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6,
  juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

/** Abbreviations as written in datelines ("7 févr. 2023"); only accepted before a year. */
export const MONTH_ABBREVIATIONS_FR: Record<string, number> = {
  janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12,
};

export const WEEKDAYS_FR: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/** "lundi soir", "hier après-midi", "ce matin", "dans la nuit". */
export const PARTS_OF_DAY_FR: Record<string, PartOfDay> = {
  matin: 'morning', matinée: 'morning', midi: 'midday', 'après-midi': 'afternoon', 'apres-midi': 'afternoon',
  soir: 'evening', soirée: 'evening', nuit: 'night', journée: 'daytime',
};

export const SEASONS_FR: Record<string, Season> = {
  printemps: 'spring', été: 'summer', automne: 'autumn', hiver: 'winter',
};

/** "début février", "mi-janvier", "fin 2023", "la fin de l'année". */
export const PERIOD_MODS_FR: Record<string, Mod> = {
  début: 'start', debut: 'start', 'mi-': 'mid', mi: 'mid', milieu: 'mid', fin: 'end',
};

/** Words before a date that bound it: "depuis 2021" -> since, "vers 2010" -> approx. */
export const PREPOSITION_MODS_FR: Record<string, Mod> = {
  depuis: 'since', dès: 'since', 'à partir de': 'since', 'à partir du': 'since',
  avant: 'before', "jusqu'en": 'before', "jusqu'au": 'before', après: 'after',
  vers: 'approx', environ: 'approx', 'aux alentours de': 'approx',
};

/** "le 3 juin dernier", "juin prochain", "l'an dernier". */
export const DIRECTIONS_FR: Record<string, 'past' | 'future'> = {
  dernier: 'past', dernière: 'past', derniers: 'past', dernières: 'past', passé: 'past', passée: 'past',
  prochain: 'future', prochaine: 'future', prochains: 'future', prochaines: 'future',
};

/** Days named from publication: "avant-hier" -> -2. */
export const RELATIVE_DAYS_FR: Record<string, number> = {
  'avant-hier': -2, hier: -1, "aujourd'hui": 0, demain: 1, 'après-demain': 2,
};

/** Days named from the previous mention: "le lendemain" -> +1. */
export const ANAPHORIC_DAYS_FR: Record<string, number> = {
  'le lendemain': 1, lendemain: 1, 'le surlendemain': 2, 'la veille': -1, "l'avant-veille": -2, 'le même jour': 0,
};

/** Words that stand for the time of writing. */
export const PRESENT_WORDS_FR = ['maintenant', 'désormais', 'actuellement', 'à présent', 'en ce moment', "pour l'instant"];

export const NUMBER_WORDS_FR: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
};

/** Nouns after a four-digit number that make it a count, not a year ("2000 euros"). */
export const COUNT_NOUNS_FR = [
  'habitants', 'personnes', 'euros', 'francs', 'f', 'dollars', 'km', 'kilomètres', 'mètres', 'm', 'm2', 'kg',
  'tonnes', 'hectares', 'ha', 'voix', 'emplois', 'salariés', 'morts', 'victimes', 'élèves', 'logements',
  'exemplaires', 'spectateurs', 'visiteurs', 'manifestants', 'soldats', 'points', '%', 'litres', 'places',
];

/** Words before a four-digit number that make it a number, not a year ("résolution 1405"). */
export const NUMBER_LABELS_FR = ['résolution', 'n°', 'numéro', 'no', 'article', 'loi', 'vol', 'route', 'rd', 'rn', 'code', 'chambre'];
