// One statement placed in two places: "l'attaque a visé Kidal" against "l'attaque a visé Gao",
// when neither article mentions the other's place at all.
import { createRequire } from 'node:module';
import { memo } from './memo.js';
import countries from 'i18n-iso-countries';
import type { ConflictValue } from '../article.js';
import { byPublished, type ConflictDraft } from './conflictDraft.js';
import { ALIGN_THRESHOLD } from './alignSentences.js';
import { sameOrigin, type EventReading } from './readEvent.js';
import type { Place } from './readSentences.js';
import { editSimilarity, fold, tokenize } from './text.js';
import { localeFor } from './locales/index.js';
import { outletKey } from './countOrigins.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

// Placing one statement in two places needs the two sentences to say the same thing otherwise:
// higher than the claim alignment threshold.
const SAME_STATEMENT = Math.max(ALIGN_THRESHOLD, 0.5);

export function findPlaceConflicts(reading: EventReading): ConflictDraft[] {
  const placesOf = new Map<string, Set<string>>();
  for (const s of reading.sentences) {
    const set = placesOf.get(s.article) ?? new Set<string>();
    for (const p of s.places) set.add(p.key);
    for (const n of s.names) set.add(n);
    placesOf.set(s.article, set);
  }
  const drafts: ConflictDraft[] = [];
  const seen = new Set<string>();
  for (const [i, j, score] of reading.alignment.scores.entries()) {
    if (score < SAME_STATEMENT) continue;
    const a = reading.sentences[i]!;
    const b = reading.sentences[j]!;
    // A sentence naming two places ("in Key Biscayne, where the plan to break into the Watergate
    // complex in Washington was approved") places two things.
    if (sameOrigin(reading, a.article, b.article) || a.places.length !== 1 || b.places.length !== 1) continue;
    const onlyA = a.places.filter((p) => isPlaceOnlyIn(p, a.article, b.article, reading, placesOf));
    const onlyB = b.places.filter((p) => isPlaceOnlyIn(p, b.article, a.article, reading, placesOf));
    if (onlyA.length !== 1 || onlyB.length !== 1 || sameName(onlyA[0]!.name, onlyB[0]!.name)) continue;
    const places = [onlyA[0]!.key, onlyB[0]!.key].sort().join('|');
    if (seen.has(places)) continue;
    seen.add(places);
    drafts.push({
      about: `place: ${gist(a.text)}`,
      topic: { kind: 'place', gist: gist(a.text) },
      kind: 'place',
      values: [toValue(reading, a.article, onlyA[0]!), toValue(reading, b.article, onlyB[0]!)].sort(byPublished),
      cumulative: false,
    });
  }
  return drafts;
}

// The place where a thing happened follows a locative ("à Kidal", "near Gao"): an outlet's name
// in a dateline ("Dépêche Afrique") or an adjective ("West African") is no such place.
function isPlaceOnlyIn(place: Place, own: string, other: string, reading: EventReading, placesOf: Map<string, Set<string>>): boolean {
  if (isCountry(place.name) || placesOf.get(other)!.has(place.key)) return false;
  const article = reading.articles.get(own)!;
  // "à Kidal", "près de Tessalit", "near Gao": the locative is one of the two words before.
  const before = tokenize(article.text.slice(Math.max(0, place.start - 24), place.start)).slice(-2);
  if (!before.some((t) => localeFor(article.lang).locatives.has(t.folded))) return false;
  const outlets = [reading.articles.get(own)?.outlet, reading.articles.get(other)?.outlet].map(outletKey);
  return !outlets.includes(outletKey(place.name));
}

// A country and a town in it are not two places for one happening ("au Mali" / "à Kidal").
const isCountry = memo((name: string): boolean =>
  Boolean(countries.getSimpleAlpha2Code(name, 'fr') ?? countries.getSimpleAlpha2Code(name, 'en')),
);

// Spellings of one place across languages stay close: "Moscou" ~ "Moscow", "Tombouctou" ~ "Timbuktu" less so,
// which entity resolution (the mention's entity id) settles before this is asked.
const SAME_PLACE_NAME = 0.6;

// "Richmond Hill" and "South Richmond Hill", "Carlton" and "Carlton Hotel" name one place.
function sameName(a: string, b: string): boolean {
  const words = (name: string) => new Set(fold(name).split(/[^\p{L}]+/u).filter((w) => w.length > 2));
  const wa = words(a);
  return editSimilarity(fold(a), fold(b)) >= SAME_PLACE_NAME || [...words(b)].some((w) => wa.has(w));
}

// "place: Une patrouille de l'armée malienne est tombée dans…": what was placed, in its first words.
const GIST_WORDS = 9;

function gist(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > GIST_WORDS ? `${words.slice(0, GIST_WORDS).join(' ')}…` : sentence;
}

function toValue(reading: EventReading, article: string, place: Place): ConflictValue {
  return { value: place.name, article, start: place.start, end: place.end, published: reading.articles.get(article)?.published ?? null };
}
