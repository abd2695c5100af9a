// French function words and frequent sentence openers: capitalised at the start of a sentence,
// never a name on their own ("Selon Moscou" -> only "Moscou" is a name).
export const STOPWORDS_FR = new Set(
  `le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu
  mais ou et donc or ni car que qu qui quoi dont où si comme quand lorsque puisque après avant
  selon pour par sur sous dans en vers chez avec sans entre depuis pendant contre malgré dès lors
  son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos tout tous toute toutes
  aucun aucune chaque plusieurs certains certaines autre autres même mêmes tel telle
  cependant pourtant toutefois ainsi aussi alors enfin puis ensuite désormais déjà encore
  hier aujourd aujourd'hui demain ici là voici voilà oui non pas plus moins très trop peu beaucoup
  lundi mardi mercredi jeudi vendredi samedi dimanche
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  monsieur madame mesdames messieurs dieu`.split(/\s+/),
);

/**
 * Lower-case heads and complements that make a capitalised phrase an organisation
 * ("Ministère de la Défense", "Parti socialiste", "Banque mondiale").
 */
export const ORG_HEADS_FR = new Set(
  `ministère parti union organisation conseil assemblée parlement sénat gouvernement
  banque société compagnie commission comité agence armée armées forces front mouvement
  université école lycée collège institut académie tribunal cour fédération association ligue
  confédération syndicat chambre office fondation groupe groupement alliance coalition
  brigade régiment bataillon division police gendarmerie garde église fonds conférence
  mission direction service caisse crédit journal gazette radio télévision club cercle
  hôpital musée théâtre opéra régie administration département préfecture mairie municipalité
  coordination rassemblement convention congrès cabinet bureau consulat ambassade
  entreprise usine société compagnie bourse tribune centre état-major dépêche`.split(/\s+/),
);

/**
 * Lower-case heads that name one body once qualified by a nationality, an adjective or a
 * complement: "l'armée malienne", "l'état-major général des armées", "le ministère taliban de la
 * Gestion des catastrophes". Bare ("le ministère a indiqué") they are common nouns.
 */
export const BODY_HEADS_FR = new Set(['ministère', 'état-major', 'armée']);

/** Lower-case adjectives that continue an organisation's name ("Conseil fédéral", "Banque nationale"). */
export const ORG_ADJECTIVES_FR = new Set(
  `fédéral fédérale fédéraux national nationale nationaux communal communale municipal municipale
  cantonal cantonale général générale législatif législative exécutif exécutive royal royale
  impérial impériale central centrale suprême constituant constituante populaire socialiste
  radical radicale libéral libérale conservateur conservatrice démocrate démocratique républicain
  républicaine communiste mondial mondiale international internationale unies africaine
  européenne islamique militaire supérieur supérieure permanent permanente économique social
  sociale scientifique catholique protestant protestante évangélique laïque armé armée armés armées
  spécial spéciale spéciaux spéciales`.split(/\s+/),
);

/** Place-type nouns that make the following capitalised word a location ("rue La Boétie"). */
export const PLACE_HEADS_FR = new Set(
  `rue avenue boulevard place quai route chemin pont canton département région province commune
  ville village vallée lac mont montagne fleuve rivière île golfe cap détroit mer océan désert
  quartier faubourg district cercle arrondissement port gare mosquée localité palais massif plateau
  oasis`.split(/\s+/),
);

/**
 * Words that make "de X" a place: "près de Tinzaouatène", "au nord de Kidal", "à proximité de
 * Gao". A person is met, not neared; one comes from a place, governs it, fights at it. ("est" is left out: "c'est de Gaulle".)
 */
export const PLACE_DE_WORDS_FR = new Set([
  'près', 'loin', 'proximité', 'environs', 'abords', 'nord', 'sud', 'ouest', 'large',
  // coming and going: "venant de Marseille", "le retour de Berlin", "originaire de Gao"
  'venant', 'venu', 'venue', 'venus', 'arrivé', 'arrivée', 'arrivés', 'départ', 'retour', 'revenu', 'revenue', 'originaire', 'originaires',
  // people and offices of a place: "les habitants de Kidal", "le maire de Lyon", "l'évêque de Sion"
  'habitant', 'habitants', 'habitante', 'maire', 'préfet', 'gouverneur', 'évêque', 'archevêque', 'député', 'consul',
  // what happens at a place: "la bataille d'Austerlitz", "le siège de Mantoue", "le traité de Versailles"
  'bataille', 'siège', 'traité',
]);

/**
 * Determiners before a capitalised word nothing else could type: French writes a determiner before
 * places ("la Dalmatie", "des Asturies") and bodies ("la Vuelta"), hardly ever before a person.
 * On HIPE-2022 fr dev, unknown words after "la" were 41 places, 13 bodies, 6 people.
 */
export const PLACE_DETERMINERS_FR = new Set(['le', 'la', 'l', 'les', 'du', 'des', 'au', 'aux']);

/** Prepositions after which a capitalised word is most often a place ("à Bamako"). */
export const PLACE_PREPOSITIONS_FR = new Set(['à', 'en', 'au', 'aux', 'vers', 'depuis', 'près', 'via', 'outre']);

/**
 * Endings of place names in French, German and Slavic spellings: a capitalised word nothing else
 * could type, ending so, is most often a place ("Thurgovie", "Wiesbaden", "Kaliningrad").
 */
export const PLACE_SUFFIXES = ['ville', 'bourg', 'burg', 'heim', 'stadt', 'ingen', 'dorf', 'grad', 'abad', 'istan', 'polis', 'pol', 'sk', 'baden', 'hausen'];

/** Name starts that make a place, a street or a church: "Saint-Gall", "St-Martin", "Ste-Croix". */
export const SAINT_PREFIX = /^(?:saint|sainte|st|ste|san|santa|sao)[-.\s]/i;

/**
 * Words a person's name opens a sentence with as its subject: "Prigojine n'a pas répondu",
 * "Dupont affirme", and in results "Mauri à 41 secondes".
 */
export const SUBJECT_VERBS_FR = new Set(["n'", 'n’', 'ne', 'a', 'à', 'est', 'était', 'avait', 'va', 'reste', 'dit', 'écrit', 'croit', 'paraît', 'parait', 'affirme', 'déclare', 'estime', 'assure', 'explique']);

/** Endings of the nouns for a place's people ("les Navarrais", "des Brémois", "les Ukrainiens"). */
export const INHABITANT_ENDINGS_FR = ['ois', 'oise', 'oises', 'ais', 'aise', 'aises', 'iens', 'ienne', 'iennes', 'ains', 'aines'];
