// French functions: the words that make a phrase a role ("ministre russe des Affaires
// étrangères", "le chef de la diplomatie malienne", "le président de la transition").

/** Role heads, longest first where one is a prefix of another. Lower case. */
export const FUNCTION_HEADS_FR: string[] = [
  'président-directeur général', 'premier ministre', 'première ministre', "chef d'état-major",
  'chef de la diplomatie', "chef de l'état", 'chef du gouvernement', 'chef de la junte',
  "secrétaire d'état", 'secrétaire général', 'secrétaire générale', 'haut-commissaire',
  'haut représentant', 'haute représentante', 'vice-président', 'vice-présidente',
  'président', 'présidente', 'ministre', 'chef', 'cheffe', 'secrétaire', 'porte-parole',
  'ambassadeur', 'ambassadrice', 'directeur', 'directrice', 'député', 'députée', 'sénateur',
  'sénatrice', 'maire', 'préfet', 'préfète', 'gouverneur', 'juge', 'procureur', 'procureure',
  'commissaire', 'chancelier', 'chancelière', 'conseiller', 'conseillère', 'envoyé spécial',
  'envoyée spéciale', 'émissaire', 'représentant', 'représentante', 'patron', 'patronne',
  'dirigeant', 'dirigeante', 'leader', 'fondateur', 'fondatrice', 'médiateur', 'médiatrice',
  'négociateur', 'négociatrice', 'délégué', 'déléguée', 'candidat', 'candidate', 'opposant',
  'opposante', 'consul', 'pdg', 'responsable', 'coordinateur', 'coordinatrice', 'chercheur',
  'chercheuse', 'analyste', 'spécialiste', 'expert', 'experte', 'journaliste', 'correspondant',
  'correspondante', 'avocat', 'avocate', 'militant', 'militante', 'empereur', 'impératrice',
  'chef religieux', 'marchand', 'négociant', 'ingénieur', 'architecte', 'écrivain', 'auteur', 'peintre', 'notaire',
  'habitant', 'habitante', 'témoin', 'bénévole', 'volontaire', 'rescapé', 'rescapée', 'survivant', 'survivante',
];

/** Adjectives a role may carry after its head, beside nationality adjectives. */
export const ROLE_MODIFIERS_FR = new Set(
  `adjoint adjointe délégué déléguée intérimaire sortant sortante général générale spécial spéciale
  permanent permanente démissionnaire principal principale exécutif exécutive national nationale
  régional régionale local locale fédéral fédérale militaire civil civile religieux célèbre
  ancien ancienne nouveau nouvelle actuel actuelle éphémère`.split(/\s+/),
);

/** Lower-case nouns a role's complement may name ("de la transition", "des armées"). */
export const ROLE_DOMAINS_FR = new Set(
  `transition diplomatie junte gouvernement république état armée armées défense intérieur
  justice économie finances affaires étrangères sécurité opposition parti groupe conseil
  commission mission assemblée chambre cour police gendarmerie région ville cabinet presse
  communication santé éducation agriculture culture jeunesse sports travail réconciliation
  coopération intégration administration renseignement renseignements organisation société
  entreprise compagnie banque fonds agence animaux marine aviation guerre colonies commerce
  industrie instruction publique postes cultes relations extérieures étranger`.split(/\s+/),
);

/** Adjectives that belong inside a domain ("affaires étrangères", "instruction publique"). */
export const DOMAIN_ADJECTIVES_FR = new Set(
  `étrangères étrangère extérieures publique publiques nationale national africaine internationale
  internationales territoriale civile militaire islamique populaire nationales`.split(/\s+/),
);
