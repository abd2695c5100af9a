// Phrases that change how a sentence is read: a revised figure, a role before a name, page furniture.

// "Le bilan s'est alourdi à 14 morts", "un nouveau bilan fait état de 14 morts": the figure
// replaces an earlier one, so a lower earlier value is an update, not a contradiction.
export const REVISION_CUES_FR: RegExp[] = [
  /\bnouveau bilan\b/i,
  /\bbilan (?:provisoire |officiel )?(?:s'est |s’est )?(?:alourdi|aggravé|revu|révisé|passé|grimpé|monté)/i,
  /\b(?:s'est |s’est )?alourdi/i,
  /\brevu (?:à la hausse|à la baisse)\b/i,
  /\b(?:porté|passé|grimpé|monté|atteint) (?:à|de)\b/i,
  /\bdésormais\b/i,
  /\bactualis[ée]/i,
  /\bmise? à jour\b/i,
  /\brectifi/i,
];

// "passé de 12 à 14": the first figure is the superseded one. Matched on accent-folded text.
export const REVISION_RANGE_FR = /\b(?:passe|passant|grimpe|porte|monte|augmente|alourdi|revu)[^.;]{0,40}?\bde\s+$/i;

export const ROLE_WORDS_FR = new Set([
  'ministre', 'président', 'présidente', 'premier', 'première', 'porte-parole', 'général',
  'colonel', 'capitaine', 'commandant', 'chef', 'directeur', 'directrice', 'maire', 'préfet',
  'préfète', 'gouverneur', 'ambassadeur', 'ambassadrice', 'secrétaire', 'procureur', 'procureure',
  'député', 'députée', 'sénateur', 'sénatrice', 'juge', 'lieutenant', 'sergent', 'imam', 'évêque',
  'roi', 'reine', 'prince', 'princesse', 'patron', 'patronne', 'responsable', 'dirigeant', 'leader',
  'm', 'mme', 'me', 'dr', 'maître', 'commissaire', 'entraîneur', 'avocat', 'avocate', 'colonel-major',
  'adjudant', 'commandant', 'amiral', 'inspecteur', 'professeur', 'pasteur', 'abbé', 'cheikh',
]);

export const BOILERPLATE_FR: RegExp[] = [
  /^\s*(?:lire aussi|à lire aussi|voir aussi|lire notre|à voir|regarder|écouter)\b/i,
  /\babonnez-vous\b|\bnewsletter\b|\binscrivez-vous\b/i,
  /^\s*(?:publié|mis à jour|modifié) le\b/i,
  /©|\btous droits réservés\b/i,
  /^\s*(?:photo|crédit|illustration|vidéo|légende)\s*[:|]/i,
  /https?:\/\/|www\./i,
  /\bcookies?\b|\bpartager (?:sur|cet article)\b/i,
  /^\s*(?:écoutez|suivez-nous|retrouvez|téléchargez|rejoignez-nous)\b/i,
];

export const LOCATIVES_FR = new Set(['à', 'a', 'au', 'aux', 'en', 'dans', 'près', 'pres', 'vers', 'sur']);
