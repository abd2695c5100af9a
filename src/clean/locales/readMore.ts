// The link a teaser's excerpt ends on, in the languages of the shared pages: "Buyer's remorse is
// a terrible thing… Read more", "… sie sei überfordert. mehr", "… la suite du texte… Lire la
// suite", "… gives people with mental health issues some much-needed comfort. Read now". Read by
// teaserLine.ts, compared in lower case after the excerpt's last sentence end.
export const READ_MORE_LINKS: readonly string[] = [
  // English
  'read more', 'more', 'continue reading', 'read the full story', 'full story', 'read now',
  // French
  'lire la suite', 'la suite', 'lire plus', 'en savoir plus',
  // German
  'mehr', 'weiterlesen', 'mehr lesen',
  // Spanish, Italian, Dutch
  'leer más', 'seguir leyendo', 'leggi tutto', 'continua a leggere', 'lees meer', 'lees verder',
];
