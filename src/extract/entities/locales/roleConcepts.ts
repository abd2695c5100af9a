// Role synonyms across wording and language: each concept lists folded phrases (lower case, no
// accents, hyphens and apostrophes as spaces). The first concept with a phrase found in a folded
// role wins, so specific concepts come before generic ones.
// Worked example: "chef de la diplomatie malienne" and "ministre malien des Affaires étrangères"
// both contain a foreign-minister phrase and the qualifier ML -> key "foreign-minister@ML".

export interface RoleConcept {
  id: string;
  phrases: string[];
  /**
   * A vaguer concept that this one is a case of: "le ministre russe" (minister@RU) is the
   * foreign minister when he is the only Russian minister of the story.
   */
  broader?: string;
}

export const ROLE_CONCEPTS: RoleConcept[] = [
  { id: 'foreign-minister', broader: 'minister', phrases: ['ministre des affaires etrangeres', 'chef de la diplomatie', 'ministre de l europe et des affaires etrangeres', 'foreign minister', 'minister of foreign affairs', 'foreign secretary', 'top diplomat', 'secretary of state', 'ministre des relations exterieures'] },
  { id: 'defence-minister', broader: 'minister', phrases: ['ministre de la defense', 'ministre des armees', 'ministre de la guerre', 'defence minister', 'defense minister', 'minister of defence', 'minister of defense', 'defense secretary', 'secretary of defense'] },
  { id: 'interior-minister', broader: 'minister', phrases: ['ministre de l interieur', 'interior minister', 'minister of the interior', 'home secretary'] },
  { id: 'finance-minister', broader: 'minister', phrases: ['ministre des finances', 'ministre de l economie', 'finance minister', 'minister of finance', 'treasury secretary', 'chancellor of the exchequer'] },
  { id: 'prime-minister', broader: 'minister', phrases: ['premier ministre', 'premiere ministre', 'chef du gouvernement', 'prime minister', 'president du conseil'] },
  { id: 'army-chief', phrases: ['chef d etat major', 'chief of staff', 'chef de l armee'] },
  { id: 'un-secretary-general', phrases: ['secretaire general de l onu', 'secretaire general des nations unies', 'un secretary general', 'secretary general of the united nations'] },
  { id: 'secretary-general', phrases: ['secretaire general', 'secretaire generale', 'secretary general'] },
  { id: 'spokesperson', phrases: ['porte parole', 'spokesman', 'spokeswoman', 'spokesperson'] },
  { id: 'ambassador', phrases: ['ambassadeur', 'ambassadrice', 'ambassador'] },
  { id: 'envoy', phrases: ['envoye special', 'envoyee speciale', 'representant special', 'special envoy', 'special representative', 'emissaire', 'envoy'] },
  { id: 'head-of-state', phrases: ['president de la transition', 'president de transition', 'chef de l etat', 'chef de la junte', 'president de la republique', 'head of state', 'transitional president', 'junta leader', 'junta chief', 'president', 'presidente'] },
  { id: 'minister', phrases: ['ministre', 'minister'] },
  { id: 'leader', phrases: ['chef', 'cheffe', 'dirigeant', 'dirigeante', 'leader', 'patron', 'patronne', 'head'] },
];
