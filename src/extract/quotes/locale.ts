// The word lists one language brings to quote extraction, bundled so that the stages below
// read one object. French is the default: recoupe's first readers write French.
import type { VerbForm } from './speechCues.js';
import * as frA from './locales/fr/attribution.js';
import * as enA from './locales/en/attribution.js';
import { speechLocutionsFr, speechVerbFormsFr } from './locales/fr/conjugateFr.js';
import { speechVerbFormsEn } from './locales/en/conjugateEn.js';
import { NOT_NAMES_FR, TITLES_FR } from './locales/fr/names.js';
import { NOT_NAMES_EN, TITLES_EN } from './locales/en/names.js';

export type Gender = 'm' | 'f' | null;

export interface QuoteLocale {
  lang: 'fr' | 'en';
  verbs: Map<string, VerbForm>;
  locutions: Map<string, { lemma: string; tail: readonly string[] }[]>;
  sourceCues: readonly (readonly string[])[];
  sentenceInitialOnly: ReadonlySet<string>;
  pronouns: Readonly<Record<string, Gender>>;
  auxiliaries: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  nounMarkers: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  /** English only: tokens that may open a reported clause with no "that". */
  clauseStarts: ReadonlySet<string>;
  /** English only: lemmas whose reported clause may drop "that". */
  bareClauseVerbs: ReadonlySet<string>;
  adjunctStarts: ReadonlySet<string>;
  /** Words after which an infinitive reports speech: "tenu à préciser", "avant d'ajouter". */
  infinitiveLeads: ReadonlySet<string>;
  introWords: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  roleSynonyms: readonly (readonly [RegExp, string])[];
  roleStopwords: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** French only: a plural verb never takes a subject opened by a singular determiner. */
  pluralAuxiliaries: ReadonlySet<string>;
  singularDeterminers: ReadonlySet<string>;
  /** Before a body's name inside a speaker phrase, these make it a complement. */
  prepositions: ReadonlySet<string>;
  /** English only: after a body's name, these leave it the speaker ("Lavrov himself said"). */
  afterSpeaker: ReadonlySet<string>;
  /** After an incise in a dash line, words that go on narrating rather than speaking. */
  narrationOpeners: ReadonlySet<string>;
  gerund: RegExp;
  /** Before a speech participle, these make it passive: "That being said", « sont prévus ». */
  passiveMarkers: ReadonlySet<string>;
  /** Time words skipped before a speaker phrase. */
  timeWords: ReadonlySet<string>;
  spokespersonNouns: ReadonlySet<string>;
  complementLinks: ReadonlySet<string>;
  bodyHeads: ReadonlySet<string>;
  titles: Readonly<Record<string, Gender>>;
  notNames: ReadonlySet<string>;
}

let fr: QuoteLocale | undefined;
let en: QuoteLocale | undefined;

function buildFr(): QuoteLocale {
  return {
    lang: 'fr', verbs: speechVerbFormsFr(), locutions: speechLocutionsFr(),
    sourceCues: frA.SOURCE_CUES_FR, sentenceInitialOnly: frA.SENTENCE_INITIAL_ONLY_FR,
    pronouns: frA.PRONOUNS_FR, auxiliaries: frA.AUXILIARIES_FR, adverbs: frA.ADVERBS_FR,
    nounMarkers: frA.NOUN_MARKERS_FR, complementizers: frA.COMPLEMENTIZERS_FR, clauseStarts: new Set(), bareClauseVerbs: new Set(),
    adjunctStarts: frA.ADJUNCT_STARTS_FR, infinitiveLeads: frA.INFINITIVE_LEADS_FR, introWords: frA.INTRO_WORDS_FR, namingWords: frA.NAMING_WORDS_FR,
    documentNouns: frA.DOCUMENT_NOUNS_FR, roleSynonyms: frA.ROLE_SYNONYMS_FR,
    roleStopwords: frA.ROLE_STOPWORDS_FR, determiners: frA.DETERMINERS_FR,
    prepositions: frA.PREPOSITIONS_FR, afterSpeaker: new Set(), narrationOpeners: frA.NARRATION_OPENERS_FR, gerund: frA.GERUND_FR, passiveMarkers: frA.PASSIVE_MARKERS_FR, pluralAuxiliaries: frA.PLURAL_AUXILIARIES_FR, singularDeterminers: frA.SINGULAR_DETERMINERS_FR, timeWords: frA.TIME_WORDS_FR, spokespersonNouns: frA.SPOKESPERSON_NOUNS_FR, complementLinks: frA.COMPLEMENT_LINKS_FR, bodyHeads: frA.BODY_HEADS_FR,
    titles: TITLES_FR, notNames: NOT_NAMES_FR,
  };
}

function buildEn(): QuoteLocale {
  return {
    lang: 'en', verbs: speechVerbFormsEn(), locutions: new Map(),
    sourceCues: enA.SOURCE_CUES_EN, sentenceInitialOnly: new Set(),
    pronouns: enA.PRONOUNS_EN, auxiliaries: enA.AUXILIARIES_EN, adverbs: enA.ADVERBS_EN,
    nounMarkers: enA.NOUN_MARKERS_EN, complementizers: enA.COMPLEMENTIZERS_EN, clauseStarts: enA.CLAUSE_STARTS_EN, bareClauseVerbs: enA.BARE_CLAUSE_VERBS_EN,
    adjunctStarts: enA.ADJUNCT_STARTS_EN, infinitiveLeads: new Set(), introWords: enA.INTRO_WORDS_EN, namingWords: enA.NAMING_WORDS_EN,
    documentNouns: enA.DOCUMENT_NOUNS_EN, roleSynonyms: enA.ROLE_SYNONYMS_EN,
    roleStopwords: enA.ROLE_STOPWORDS_EN, determiners: enA.DETERMINERS_EN,
    prepositions: enA.PREPOSITIONS_EN, afterSpeaker: enA.AFTER_SPEAKER_EN, narrationOpeners: enA.NARRATION_OPENERS_EN, gerund: enA.GERUND_EN, passiveMarkers: enA.PASSIVE_MARKERS_EN, pluralAuxiliaries: new Set(), singularDeterminers: new Set(), timeWords: enA.TIME_WORDS_EN, spokespersonNouns: enA.SPOKESPERSON_NOUNS_EN, complementLinks: enA.COMPLEMENT_LINKS_EN, bodyHeads: enA.BODY_HEADS_EN,
    titles: TITLES_EN, notNames: NOT_NAMES_EN,
  };
}

/** English for "en…", French for everything else (the lists are built once, on first use). */
export function localeFor(lang: string | null | undefined): QuoteLocale {
  if ((lang ?? '').toLowerCase().startsWith('en')) return (en ??= buildEn());
  return (fr ??= buildFr());
}
