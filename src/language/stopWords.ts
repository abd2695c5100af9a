// The most frequent function words of the languages most of our sources are written in.
// A handful of them identify a language even in a headline, where trigram models guess.
export const STOP_WORDS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'aux', 'par', 'avec', 'pas', 'il', 'elle', 'ont', 'été', 'ce', 'cette', 'sont', 'mais', 'ou', 'nous', 'leur', 'selon', 'après', 'à', 'en'],
  // Headlines live on "to", "into", "says": a title-case English headline often holds no other.
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'that', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'has', 'have', 'had', 'it', 'are', 'were', 'be', 'said', 'after', 'its', 'which', 'who', 'this', 'an', 'will', 'would', 'their', 'into', 'says', 'not', 'but', 'he', 'she', 'they', 'been', 'than', 'how', 'what', 'why', 'about', 'out', 'up', 'you', 'your', 'we'],
  de: ['der', 'die', 'das', 'und', 'in', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'den', 'dem', 'ein', 'eine', 'auch', 'es', 'von', 'zu', 'im', 'wird', 'wurde', 'bei', 'nach', 'sie', 'aus', 'hat'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'es', 'se', 'su', 'al', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'esta', 'según'],
  it: ['il', 'della', 'di', 'che', 'e', 'in', 'per', 'una', 'sono', 'non', 'con', 'del', 'gli', 'le', 'nel', 'alla', 'anche', 'è', 'più', 'ha', 'dei', 'questo', 'come'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'foi', 'ao', 'se', 'na', 'no', 'segundo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'niet', 'op', 'met', 'voor', 'zijn', 'dat', 'die', 'er', 'ook', 'naar', 'bij', 'werd', 'wordt', 'heeft'],
  // The Scandinavian three share most of their function words ("og", "som", "det", "på"); what
  // tells them apart is the rest (nb "av", "ble", "etter", "sier"; da "af", "blev", "efter",
  // "siger"; sv "och", "att", "är", "säger"), which the vote falls back on (voteByStopWords).
  sv: ['och', 'att', 'det', 'som', 'är', 'en', 'av', 'för', 'med', 'till', 'den', 'inte', 'om', 'ett', 'var', 'de', 'från', 'sig', 'han', 'hon', 'efter', 'men', 'ska', 'kan', 'har', 'på', 'i', 'också', 'när', 'vid', 'säger', 'hade', 'eller', 'blev'],
  nb: ['og', 'er', 'det', 'som', 'på', 'en', 'til', 'av', 'for', 'med', 'har', 'de', 'ikke', 'et', 'den', 'var', 'om', 'fra', 'seg', 'han', 'hun', 'ble', 'etter', 'men', 'skal', 'kan', 'sier', 'også', 'når', 'ved', 'eller', 'hadde', 'være', 'blir', 'i'],
  da: ['og', 'er', 'det', 'som', 'på', 'en', 'til', 'af', 'for', 'med', 'har', 'de', 'ikke', 'et', 'den', 'var', 'om', 'fra', 'sig', 'han', 'hun', 'blev', 'efter', 'men', 'skal', 'kan', 'siger', 'også', 'når', 'ved', 'eller', 'havde', 'være', 'bliver', 'i', 'der'],
  // Czech and Polish: their commonest words ("se", "na", "do") are Portuguese ones too, and a
  // short Czech text is dense enough in them to pass for Portuguese without a list of its own.
  // Their one-letter words ("a", "v", "s", "w", "i") and "to", "by" are left out: English writes
  // them too ("It's a party", the "s" of a possessive).
  cs: ['se', 'na', 'je', 'že', 'do', 've', 'jsou', 'jako', 'ale', 'pro', 'po', 'který', 'která', 'které', 'také', 'jeho', 'od', 'za', 'bylo', 'byl', 'podle', 'jsem', 'bude', 'řekl', 'jen', 'už'],
  pl: ['na', 'się', 'że', 'do', 'nie', 'jest', 'jak', 'po', 'od', 'za', 'co', 'przez', 'ale', 'jego', 'oraz', 'który', 'która', 'które', 'tak', 'dla', 'ich', 'może', 'już', 'jako', 'był', 'była', 'będzie'],
  // Indonesian (the trigram model has it, but reads much of it as Malay, whose function words it
  // shares; Indonesian has by far the larger press).
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'ada', 'karena', 'bisa', 'sudah', 'oleh', 'adalah', 'kami', 'mereka', 'saat', 'bahwa', 'atau', 'telah', 'lebih', 'tersebut', 'seperti'],
};

/** Stop-word hits the winner needs, and how far ahead of the runner-up it must be. */
export const MIN_STOP_WORD_HITS = 3;
export const MIN_STOP_WORD_LEAD = 1.5;
/**
 * Share of a text's words the winner's stop words must make: a language's commonest function
 * words are a fifth to a third of its running text (0.18-0.30 on the extraction slice's pages
 * in the listed languages), while a language without a list lends a few words to one that has
 * one (Vietnamese "di", "che", "non" vote Italian, Czech "se", "na", "do" Portuguese, Zulu and
 * Swahili Portuguese): 0.01-0.06 of their words. Below this the trigram model decides.
 */
export const MIN_STOP_WORD_SHARE = 0.08;
/**
 * A short text (a headline, a one-line brief) has few function words: "Lindsay Lohan checks into
 * rehab at Betty Ford" holds two. Under this many words, two hits on words no other list holds
 * suffice when no other language has such a hit ("in", English, German, Dutch and Italian, says
 * nothing: "Brand in Betrieb in Lichterfelde" is German).
 */
export const SHORT_TEXT_WORDS = 20;
export const MIN_SHORT_TEXT_HITS = 2;
/**
 * Share of a text's letters that must be Latin for the stop-word lists (all of Latin-script
 * languages) to vote: a Japanese post quoting "Kindle for PC" ten times is not English.
 */
export const MIN_LATIN_SHARE = 0.5;

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
  zul: 'zu', xho: 'xh', jav: 'jv', sun: 'su', bos: 'bs', ibo: 'ig', run: 'rn', plt: 'mg', nya: 'ny',
  kin: 'rw', lin: 'ln', bel: 'be', npi: 'ne', nno: 'nn',
};
