// Titres et fonctions qu'on écrit parfois avec une capitale ("le Premier ministre", "le Président
// de la transition", "le Général"): pas des noms, et partagés par des histoires sans lien.
export const ROLE_WORDS_FR: readonly string[] = [
  'president', 'presidente', 'premier', 'premiere', 'ministre', 'ministere', 'affaires', 'etrangeres',
  'interieur', 'defense', 'secretaire', 'general', 'generale', 'colonel', 'capitaine', 'lieutenant',
  'commandant', 'chef', 'directeur', 'directrice', 'porte', 'parole', 'senateur', 'gouverneur', 'maire',
  'juge', 'roi', 'reine', 'prince', 'princesse', 'pape', 'cardinal', 'eveque', 'ambassadeur',
  'envoye', 'depute', 'deputee', 'procureur', 'police', 'gouvernement', 'etat', 'national', 'nationale',
  'republique', 'conseil', 'assemblee',
];
