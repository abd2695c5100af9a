// The most frequent function words of the languages most of our sources are written in.
// A handful of them identify a language even in a headline, where trigram models guess.
export const STOP_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'aux', 'par', 'avec', 'pas', 'il', 'elle', 'ont', 'été', 'ce', 'cette', 'sont', 'mais', 'ou', 'nous', 'leur', 'selon', 'après', 'à', 'en'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'that', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'has', 'have', 'had', 'it', 'are', 'were', 'be', 'said', 'after', 'its', 'which', 'who', 'this', 'an', 'will', 'would', 'their'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'den', 'dem', 'ein', 'eine', 'auch', 'es', 'von', 'zu', 'im', 'wird', 'wurde', 'bei', 'nach', 'sie', 'aus', 'hat'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'es', 'se', 'su', 'al', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'esta', 'según'],
  it: ['il', 'della', 'di', 'che', 'e', 'per', 'una', 'sono', 'non', 'con', 'del', 'gli', 'le', 'nel', 'alla', 'anche', 'è', 'più', 'ha', 'dei', 'questo', 'come'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'ao', 'se', 'na', 'no', 'segundo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'op', 'met', 'voor', 'zijn', 'dat', 'die', 'er', 'ook', 'naar', 'bij', 'werd', 'wordt', 'heeft'],
};

/** Stop-word hits the winner needs, and how far ahead of the runner-up it must be. */
export const MIN_STOP_WORD_HITS = 3;
export const MIN_STOP_WORD_LEAD = 1.5;

/** Below this many letters a trigram model is a guess; keep the declared language instead. */
export const MIN_TRIGRAM_LETTERS = 120;

/** franc's ISO 639-3 codes to the ISO 639-1 codes the rest of recoupe uses. */
export const ISO639_3_TO_1: Record<string, string> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi',
  tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', cmn: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr',
  heb: 'he', swh: 'sw', hau: 'ha', yor: 'yo', amh: 'am', som: 'so', bam: 'bm', ful: 'ff', wol: 'wo',
  tgl: 'tl', uzn: 'uz', kaz: 'kk', azj: 'az', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', pan: 'pa',
};
