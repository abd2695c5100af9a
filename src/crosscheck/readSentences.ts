// An article read as statements: each sentence with the stems, names, figures and dates that a
// claim in another article must share to state the same fact.
import type { Article, EntityMention, Span } from '../article.js';
import { localeFor } from './locales/index.js';
import type { CrosscheckLocale } from './locales/locale.js';
import { splitSentences, type Sentence } from './splitSentences.js';
import { readCounts, type Count } from './readCounts.js';
import { readDates, type DateFact } from './readDates.js';
import { contentStems, fold, tokenize, type Token } from './text.js';

export interface Person extends Span {
  /** Folded full name tokens: ["abdoulaye", "diop"]. */
  parts: string[];
  name: string;
  /** The role as written ("ministre malien de la Défense") and where. */
  role: string | null;
  roleSpan: Span | null;
  /** "le chef de la diplomatie malienne": a role standing for the named person, no name written. */
  roleOnly: boolean;
}

export interface Place extends Span {
  name: string;
  key: string;
}

export interface StatedSentence extends Sentence {
  article: string;
  lang: string;
  stems: string[];
  /** First letters of the longer content words, shared by cognates across languages. */
  prefixes: Set<string>;
  /** Folded names of the entities the sentence mentions (mentions, or capitalised words). */
  names: Set<string>;
  persons: Person[];
  places: Place[];
  counts: Count[];
  dates: DateFact[];
  /** Page furniture ("Lire aussi", a credit line): states nothing. */
  furniture: boolean;
  /** A statement a claim can rest on: no furniture, not mostly quoted words, not a fragment. */
  claimable: boolean;
}

const MIN_WORDS = 5;
// A line that is only a name and its title ("Abdoulaye Diop, ministre malien des Affaires
// étrangères.", under a pull quote or a photo) states nothing: it has no content word outside
// names and role phrases. One is enough: "Il a été reçu par le président de la transition,
// Assimi Goïta" states its fact with "reçu" alone.
const MIN_STATED_WORDS = 1;
const QUOTED_SHARE = 0.6;

export function readSentences(article: Article): StatedSentence[] {
  const locale = localeFor(article.lang);
  const text = article.text ?? '';
  const mentions = article.mentions ?? [];
  const excluded: Span[] = (article.dates ?? []).map((d) => ({ start: d.start, end: d.end }));
  return splitSentences(text).map((sentence) => {
    const tokens = tokenize(sentence.text, sentence.start);
    const furniture = isBoilerplate(sentence.text, locale);
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    return {
      ...sentence,
      article: article.id,
      lang: locale.lang,
      stems: contentStems(tokens, locale),
      prefixes: cognatePrefixes(tokens, locale),
      names: mentions.length > 0 ? new Set(inside.map(nameKey)) : capitalisedNames(tokens, sentence, locale),
      persons: inside.filter(isNamedPerson).map(toPerson),
      places: inside.filter((m) => m.type === 'location').map((m) => ({ start: m.start, end: m.end, name: m.name || m.text, key: nameKey(m) })),
      counts: readCounts(sentence.text, sentence.start, locale, excluded, tokens),
      dates: readDates(article, sentence, locale),
      furniture,
      claimable: tokens.length >= MIN_WORDS && !furniture && quotedShare(article, sentence) < QUOTED_SHARE && statesSomething(tokens, inside, locale),
    };
  });
}

function statesSomething(tokens: Token[], inside: EntityMention[], locale: CrosscheckLocale): boolean {
  const named = (t: Token) => inside.some((m) => within(t, m) || (m.roleSpan !== undefined && within(t, m.roleSpan)));
  return contentStems(tokens.filter((t) => !named(t)), locale).length >= MIN_STATED_WORDS;
}

const within = (t: Span, span: Span) => t.start >= span.start && t.end <= span.end;

/** The corpus-wide entity when resolved ("Moscou" and "Moscow" are one), else the folded name. */
function nameKey(m: EntityMention): string {
  return m.entity ?? fold(m.name || m.text);
}

function isNamedPerson(m: EntityMention): boolean {
  return m.type === 'person' && (m.name || m.text).trim().split(/\s+/).length >= 2;
}

function toPerson(m: EntityMention): Person {
  const name = (m.name || m.text).trim();
  return {
    start: m.start, end: m.end, name, parts: fold(name).split(/\s+/),
    role: m.role ?? null, roleSpan: m.roleSpan ?? null, roleOnly: Boolean(m.roleOnly),
  };
}

// Without entity mentions in the whole article (an extractor that found none), capitalised words
// past the first still tell "Wagner" and "Bamako" apart from common words. An article with
// mentions keeps to them, so that all its names are keyed alike (entity ids).
function capitalisedNames(tokens: ReturnType<typeof tokenize>, sentence: Sentence, locale: CrosscheckLocale): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    if (i === 0 || t.start === sentence.start) return;
    if (/^\p{Lu}/u.test(t.text) && t.text.length > 1 && !locale.stopwords.has(t.folded)) names.add(t.folded);
  });
  return names;
}

// "coopération" / "cooperation", "sécurité" / "security", "militaires" / "military": French and
// English share the first letters of much news vocabulary.
const COGNATE_PREFIX = 5;

function cognatePrefixes(tokens: ReturnType<typeof tokenize>, locale: CrosscheckLocale): Set<string> {
  const prefixes = new Set<string>();
  for (const t of tokens) {
    if (t.folded.length >= COGNATE_PREFIX + 1 && !locale.stopwords.has(t.folded) && /^\p{L}/u.test(t.folded)) prefixes.add(t.folded.slice(0, COGNATE_PREFIX));
  }
  return prefixes;
}

function isBoilerplate(text: string, locale: CrosscheckLocale): boolean {
  return locale.boilerplate.some((pattern) => pattern.test(text));
}

/** Share of the sentence inside direct quotes, by the quote extractor or by quote marks. */
function quotedShare(article: Article, sentence: Span): number {
  let byExtractor = 0;
  for (const q of article.quotes ?? []) {
    if (!q.direct) continue;
    byExtractor += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  }
  let byMarks = 0;
  for (const m of article.text.slice(sentence.start, sentence.end).matchAll(/«[^»]*»|“[^”]*”|"[^"]*"/g)) byMarks += m[0].length;
  return Math.min(1, Math.max(byExtractor, byMarks) / Math.max(1, sentence.end - sentence.start));
}
