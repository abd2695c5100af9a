// Words around an attribution in English news prose, as data for the quote extractor.

export const SOURCE_CUES_EN: readonly (readonly string[])[] = [
  ['according', 'to'], ['in', 'the', 'words', 'of'], ['as', 'quoted', 'by'],
];

export const PRONOUNS_EN: Readonly<Record<string, 'm' | 'f' | null>> = {
  he: 'm', she: 'f', they: null, him: 'm', her: 'f', them: null, it: null, we: null,
};

export const AUXILIARIES_EN: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'was', 'is', 'were', 'would', 'will', 'did', 'does',
]);

export const ADVERBS_EN: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'previously', 'earlier', 'repeatedly', 'publicly',
  'privately', 'recently', 'once', 'still', 'further', 'firmly', 'bluntly', 'simply', 'not',
]);

export const NOUN_MARKERS_EN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'from', 'some', 'many', 'no',
]);

export const COMPLEMENTIZERS_EN: ReadonlySet<string> = new Set(['that']);

/** After "said"/"told", a token that may open a reported clause with no "that". */
export const CLAUSE_STARTS_EN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'its', 'his', 'her', 'their', 'our',
  'there', 'this', 'these', 'those', 'no', 'all', 'some', 'many', 'most', 'any', 'both', 'such',
]);

/**
 * Verbs whose reported clause may drop "that": "said the envoy had left". Others take a noun
 * object as readily ("acknowledged the losses", "demanded the withdrawal"): for them only
 * "that" opens reported content.
 */
export const BARE_CLAUSE_VERBS_EN: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'insist', 'warn', 'argue', 'believe', 'think', 'write', 'reply',
  'explain', 'note', 'stress', 'predict', 'suggest', 'complain', 'admit', 'maintain', 'contend',
  'assert', 'allege', 'estimate', 'reckon', 'agree', 'concede', 'hope', 'fear', 'vow', 'promise',
  'swear', 'recall', 'remark', 'observe', 'counter', 'retort', 'respond', 'state', 'declare',
]);

export const ADJUNCT_STARTS_EN: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'while', 'when', 'to', 'from', 'with', 'for',
  'via', 'last', 'this', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'and', 'but', 'as', 'that', 'who', 'which', 'by', 'outside',
  'earlier', 'later', 'speaking', 'adding', 'saying',
]);

export const INTRO_WORDS_EN: ReadonlySet<string> = new Set([
  'speaking', 'in', 'on', 'at', 'during', 'after', 'before', 'asked', 'interviewed', 'writing',
  'addressing', 'however', 'but', 'meanwhile', 'still', 'yet', 'later', 'earlier', 'then',
  'when', 'while', 'as', 'since', 'although', 'though', 'for', 'with', 'from', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'last', 'this', 'and', 'so',
]);

export const NAMING_WORDS_EN: ReadonlySet<string> = new Set([
  'operation', 'called', 'dubbed', 'named', 'titled', 'entitled', 'nicknamed', 'term', 'word',
  'phrase', 'slogan', 'film', 'book', 'show', 'programme', 'program', 'plan', 'label', 'so-called',
]);

export const DOCUMENT_NOUNS_EN: ReadonlySet<string> = new Set([
  'statement', 'report', 'results', 'figures', 'estimates', 'data', 'document', 'documents',
  'source', 'sources', 'letter', 'message', 'post', 'count', 'tally',
]);

export const ROLE_SYNONYMS_EN: readonly (readonly [RegExp, string])[] = [
  [/\bforeign secretary\b/g, 'foreign minister'],
  [/\btop diplomat\b/g, 'foreign minister'],
  [/\bhead of state\b/g, 'president'],
  [/\bcoach\b/g, 'manager'],
];

export const ROLE_STOPWORDS_EN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'its', 'his', 'her', 'their', 'new', 'former', 'current',
]);

export const DETERMINERS_EN: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some',
  'several', 'two', 'three', 'one',
]);

/** A spokesperson speaks for the body after "for"/"of": "a spokesman for the CSP" -> the CSP. */
export const SPOKESPERSON_NOUNS_EN: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);

/** Link a complement to its head noun: "the lawyer of Mr Sonko" is the lawyer, not Mr Sonko. */
export const COMPLEMENT_LINKS_EN: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * Heads that say only "a body": in "the rebel alliance" the word that finds the body is
 * "rebel", the one the article used to introduce it ("separatist rebels of the CSP").
 */
export const BODY_HEADS_EN: ReadonlySet<string> = new Set([
  'alliance', 'coalition', 'group', 'movement', 'front', 'organisation', 'organization', 'body',
  'umbrella', 'bloc', 'platform', 'union',
]);

/** Time words that may stand between a verb and its subject: "said on Thursday the ministry". */
export const TIME_WORDS_EN: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight', 'morning', 'evening', 'night', 'afternoon',
]);

/** Before a participle, these make it passive, reporting no one: "That being said, …". */
export const PASSIVE_MARKERS_EN: ReadonlySet<string> = new Set(['being']);

/** After an incise in a dash line, these go on narrating: "…, he said, with a shrug". */
export const NARRATION_OPENERS_EN: ReadonlySet<string> = new Set([
  'who', 'which', 'while', 'with', 'as', 'before', 'after', 'then', 'in', 'on',
]);
/** A present participle: "…, he said, pointing at the door". */
export const GERUND_EN = /ing$/;

/** Before a body's name inside a speaker phrase, these make it a complement: "channels close to Wagner". */
export const PREPOSITIONS_EN: ReadonlySet<string> = new Set([
  'to', 'with', 'near', 'in', 'at', 'on', 'by', 'from', 'against',
]);

/** After a name, these leave it the speaker: "Lavrov himself said", "Diop, who said". */
export const AFTER_SPEAKER_EN: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'who', 'which', 'whose', 'that']);
