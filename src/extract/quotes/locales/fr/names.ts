// Titles before a name and capitalised words that never start a person's name.

/** Title -> gender it tells ("Mme Lefebvre" is a woman). */
export const TITLES_FR: Readonly<Record<string, 'm' | 'f' | null>> = {
  'm.': 'm', mme: 'f', mlle: 'f', me: null, mgr: 'm', dr: null, pr: null, monsieur: 'm', madame: 'f',
};

/** Capitalised at the head of a sentence, but not names. */
export const NOT_NAMES_FR: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces',
  'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', "j'", 'selon', 'pour', 'dans', 'en',
  'au', 'aux', 'à', 'après', 'avant', 'depuis', 'pendant', 'lors', 'mais', 'et', 'ou', 'or',
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'mon', 'ma', 'mes', 'si', 'quand',
  'lorsque', 'alors', 'ainsi', 'puis', 'enfin', 'même', 'tout', 'tous', 'toute', 'toutes',
  'interrogé', 'interrogée', 'devant', 'face', 'sur', 'sous', 'par', 'avec', 'sans', 'chez',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février',
  'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre', 'hier', 'aujourd\'hui', 'c\'', "qu'", 'que', 'qui', 'dont', 'où', 'cela', 'ça',
  'ceux', 'celle', 'celui', 'certains', 'plusieurs', 'aucun', 'aucune', 'chaque', 'comme',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent',
  'mille', 'quelques', 'nombre', 'beaucoup', 'président', 'ministre', 'premier', 'général', 'colonel', 'capitaine', 'côté', 'outre', 'par',
]);
