// Function words of other languages common in news pages, so that stop-word density works
// beyond French and English. Each list is a few dozen of the most frequent words.
export const STOPWORDS_DE: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'und', 'oder', 'aber', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'hat', 'haben',
  'hatte', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum',
  'zur', 'für', 'über', 'unter', 'vor', 'nicht', 'auch', 'noch', 'nur', 'schon', 'sich', 'es',
  'er', 'sie', 'wir', 'ich', 'man', 'dass', 'wie', 'als', 'wenn', 'so', 'kann', 'sei', 'seine',
  'ihre', 'diese', 'dieser', 'mehr', 'um', 'bis', 'durch',
];
export const STOPWORDS_ES: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'al', 'a',
  'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'que', 'es', 'son', 'fue', 'ha', 'han',
  'se', 'su', 'sus', 'lo', 'le', 'les', 'no', 'como', 'más', 'este', 'esta', 'estos', 'esa', 'ese',
  'muy', 'ya', 'también', 'cuando', 'donde', 'porque', 'hay', 'era', 'desde', 'hasta',
];
export const STOPWORDS_IT: readonly string[] = [
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'ed', 'o', 'ma', 'di', 'del',
  'della', 'dei', 'delle', 'a', 'al', 'alla', 'da', 'dal', 'in', 'nel', 'nella', 'con', 'su',
  'per', 'tra', 'fra', 'che', 'è', 'sono', 'era', 'ha', 'hanno', 'si', 'non', 'come', 'più',
  'questo', 'questa', 'anche', 'quando', 'dove', 'perché', 'suo', 'sua',
];
export const STOPWORDS_PT: readonly string[] = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no',
  'na', 'nos', 'nas', 'com', 'por', 'para', 'sem', 'sobre', 'que', 'é', 'são', 'foi', 'se', 'seu',
  'sua', 'não', 'como', 'mais', 'este', 'esta', 'também', 'quando', 'onde', 'porque', 'ao',
];
export const STOPWORDS_NL: readonly string[] = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'aan', 'met', 'voor', 'naar', 'bij',
  'uit', 'over', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'heeft', 'hebben', 'niet',
  'ook', 'nog', 'dat', 'die', 'dit', 'deze', 'er', 'hij', 'zij', 'ze', 'we', 'je', 'als', 'om',
];
