// What counted things and dated events are about, so that "12 morts" and "quatorze personnes
// tuées" are read as two values of one fact (the death toll). Words are accent-folded, lower case.

const concept = (label: string, words: string) =>
  Object.fromEntries(words.split(/\s+/).filter(Boolean).map((w) => [w, label]));

export const COUNT_CONCEPTS_FR: Record<string, string> = {
  ...concept('death toll', `mort morts morte mortes tue tues tuee tuees deces decedes decedee
    decedees victime victimes bilan perissent peri peris perie peries tuant tuer cadavres corps
    vie vies`),
  ...concept('injured', 'blesse blesses blessee blessees blessant'),
  ...concept('missing', 'disparu disparus disparue disparues'),
  ...concept('displaced', `deplace deplaces deplacee deplacees refugie refugies refugiees
    evacue evacues evacuee evacuees sinistres sans-abri`),
  ...concept('arrests', `arrete arretes arretee arretees interpelle interpelles interpellee
    interpellees interpellations arrestations detenus detenues garde`),
  ...concept('fighters', `combattants combattant mercenaires mercenaire paramilitaires
    miliciens djihadistes jihadistes insurges rebelles`),
  // Not "hommes": "les deux hommes ont évoqué" speaks of two leaders, not of a force.
  ...concept('troops', 'soldats soldat militaires troupes casques gendarmes policiers agents'),
  ...concept('protesters', 'manifestants manifestantes manifestant protestataires grevistes'),
  ...concept('votes', 'voix votes suffrages'),
  ...concept('money (euros)', 'euros euro'),
  ...concept('money (dollars)', 'dollars dollar'),
  ...concept('money (CFA francs)', 'fcfa cfa'),
  ...concept('homes', 'maisons habitations logements foyers batiments'),
  ...concept('magnitude', 'magnitude richter'),
  ...concept('hectares', 'hectares hectare'),
};

/**
 * Who is counted: "12 soldats tués" and "12 civils tués" are two tolls, while "12 personnes
 * tuées" is compatible with either (generic).
 */
export const COUNTED_WHO_FR: Record<string, string> = {
  ...concept('people', `personnes personne gens individus habitants victimes villageois ouvriers
    travailleurs migrants pelerins touristes passagers pecheurs fideles journalistes agriculteurs
    patients employes salaries`),
  ...concept('civilians', 'civils civiles'),
  ...concept('soldiers', 'soldats militaires casques'),
  ...concept('police', 'policiers gendarmes agents'),
  ...concept('children', 'enfants enfant mineurs eleves'),
  ...concept('women', 'femmes'),
  ...concept('fighters', 'combattants mercenaires djihadistes jihadistes rebelles insurges assaillants terroristes'),
};

export const GENERIC_WHO_FR = new Set(['people']);

export const DATE_PREDICATES_FR: Record<string, string> = {
  ...concept('arrival', `arrive arrives arrivee arrivees arrivant arrivent deploye deployes
    deployee deployees deploiement installe installes installee installees implantes presents
    present presente presentes presence stationnes debarques`),
  ...concept('founding', 'fonde fondee fondation cree creee creation'),
  ...concept('election', 'elu elue election'),
  ...concept('birth', 'ne nee naissance'),
  ...concept('departure', 'retrait retire retires partis depart quitte'),
  ...concept('signing', 'signe signee signature accord'),
  ...concept('start', 'debut debute commence lance lancee'),
  ...concept('appointment', 'nomme nommee nomination'),
};
