// The words of a note about the author closing an article: "Laura Jedeed is a freelance
// journalist based in New York City.", "Manuela Conrad ist ZDF-Reporterin für …", "Jeff Foust
// (jeff@…) is the editor and publisher of …". Matched without case on the words after the name.

/** The verb joining the name to the role: "is", "ist", "est", "es", "è". */
export const BIO_COPULAS: readonly string[] = ['is', 'ist', 'est', 'es', 'è'];

/**
 * Roles a note about the author names, in the languages of our sources; a German or French role
 * may stand inside a compound ("ZDF-Reporterin", "Wirtschaftsjournalist") or be feminine.
 */
export const BIO_ROLES: readonly string[] = [
  // English
  'journalist', 'reporter', 'writer', 'editor', 'correspondent', 'producer', 'professor', 'researcher',
  'author', 'columnist', 'contributor', 'lecturer', 'fellow', 'freelancer', 'photographer',
  // French
  'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chercheur', 'chercheuse',
  'professeur', 'professeure', 'auteur', 'autrice', 'chroniqueur', 'chroniqueuse',
  // German
  'journalistin', 'reporterin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor',
  'autorin', 'professorin', 'kolumnist', 'kolumnistin',
  // Spanish, Italian
  'periodista', 'corresponsal', 'investigador', 'investigadora', 'giornalista', 'corrispondente',
];

/**
 * The verb after a note that names the role first ("Pulitzer Prize-winning journalist Jane Roe
 * writes a daily blog…", "Wirtschaftsjournalistin Anna Beispiel schreibt jede Woche…"): what the
 * writer does for the outlet.
 */
export const BIO_WRITING_VERBS: readonly string[] = ['writes', 'covers', 'reports', 'écrit', 'couvre', 'schreibt', 'berichtet', 'escribe', 'scrive'];
