// How French pages sign an article and date it near its headline: "Par Awa Diallo et Marc
// Petit", "Awa Diallo | Correspondante à Bamako", "Publié le 12 mars 2024 à 10h05",
// "Mis à jour le 13 mars 2024". Lower case; accents kept (the patterns ignore case, not accents).

/** Words that open a byline, longest first is not needed: each is matched as a whole word. */
export const BYLINE_OPENERS_FR: readonly string[] = ['par', 'texte de', 'texte :', 'signé', 'propos recueillis par', 'de notre envoyé spécial', 'de notre envoyée spéciale'];

/** What joins two authors: "Par Awa Diallo et Marc Petit". */
export const AUTHOR_JOINERS_FR: readonly string[] = ['et'];

/** What joins the writer to a wire that helped: "Par Awa Diallo avec AFP". */
export const AGENCY_JOINERS_FR: readonly string[] = ['avec', 'et'];

/**
 * A newsroom signing as itself, not a person: "La Rédaction", "Rédaction Afrique". Such a
 * signature is no author (the page names no writer); it is left out so that a person named by a
 * weaker source (a visible byline) can still be read.
 */
export const DESK_SIGNATURES_FR: readonly string[] = ['rédaction', 'la rédaction', 'équipe éditoriale', 'service', 'desk', 'le service', 'avec agences', 'agences'];

/**
 * Words of a date line that announce a later edit: its date is the modification, and only
 * stands in for the publication when the page states nothing else.
 */
export const UPDATE_CUES_FR: readonly string[] = ['mis à jour', 'mise à jour', 'dernière mise à jour', 'dernière modification', 'modifié', 'modifiée', 'actualisé', 'actualisée'];

/** What a signature names after the writer: "Awa Diallo | Correspondante à Bamako". */
export const ROLE_WORDS_FR: readonly string[] = ['correspondant', 'correspondante', 'envoyé', 'envoyée', 'journaliste', 'reporter', 'rédacteur', 'rédactrice', 'chef', 'cheffe', 'éditorialiste', 'chroniqueur', 'chroniqueuse', 'stagiaire', 'pigiste', 'directeur', 'directrice'];
