// Function words of French: their share of a line tells running prose from menus and labels
// (jusText's stop-word density). "Le ministre a déclaré que la junte…" is dense; "Afrique Sport
// Vidéos" has none.
export const STOPWORDS_FR: readonly string[] = [
  'a', 'à', 'au', 'aux', 'avec', 'ce', 'ces', 'cet', 'cette', 'dans', 'de', 'des', 'du', 'elle',
  'elles', 'en', 'est', 'et', 'été', 'être', 'il', 'ils', 'je', 'la', 'le', 'les', 'leur', 'leurs',
  'lui', 'mais', 'me', 'même', 'mes', 'moi', 'mon', 'ne', 'nous', 'on', 'ont', 'ou', 'où', 'par',
  'pas', 'pour', 'qu', 'que', 'qui', 'sa', 'sans', 'se', 'ses', 'son', 'sont', 'sur', 'ta', 'te',
  'tes', 'toi', 'ton', 'tu', 'un', 'une', 'vos', 'votre', 'vous', 'y', 'c', 'd', 'j', 'l', 'm',
  'n', 's', 't', 'ai', 'avait', 'avaient', 'aussi', 'comme', 'dont', 'donc', 'entre', 'fait',
  'était', 'plus', 'peu', 'selon', 'si', 'tout', 'tous', 'toute', 'toutes', 'très', 'après',
  'avant', 'depuis', 'lors', 'alors', 'encore', 'déjà', 'cela', 'ça', 'ceux', 'celle', 'celui',
];
