// One view over the locale tables of a language, so the recognisers ask "is this an honorific?"
// without caring whether the article is French or English. Articles in other languages get the
// union of both: their names are capitalised the same way and the news they quote uses both.
import { HONORIFICS_FR, TITLES_FR } from './locales/fr/titles.js';
import { HONORIFICS_EN, TITLES_EN } from './locales/en/titles.js';
import { BODY_HEADS_FR, ORG_ADJECTIVES_FR, ORG_HEADS_FR, PLACE_DE_WORDS_FR, PLACE_DETERMINERS_FR, PLACE_HEADS_FR, PLACE_PREPOSITIONS_FR, STOPWORDS_FR } from './locales/fr/words.js';
import { BODY_HEADS_EN, ORG_HEADS_EN, PLACE_DE_WORDS_EN, PLACE_DETERMINERS_EN, PLACE_HEADS_EN, PLACE_PREPOSITIONS_EN, STOPWORDS_EN } from './locales/en/words.js';
import { DOMAIN_ADJECTIVES_FR, FUNCTION_HEADS_FR, ROLE_DOMAINS_FR, ROLE_MODIFIERS_FR } from './locales/fr/roles.js';
import { FUNCTION_HEADS_EN, ROLE_MODIFIERS_EN } from './locales/en/roles.js';
import { foldName } from './normalizeName.js';

export type Gender = 'm' | 'f' | 'x';

export interface Lexicon {
  honorifics: Map<string, Gender>;
  titles: Map<string, Gender>;
  stopwords: Set<string>;
  orgHeads: Set<string>;
  /** Lower-case heads naming one body once qualified ("l'armée malienne"). */
  bodyHeads: Set<string>;
  /** Lower-case adjectives continuing an organisation name ("Conseil fédéral"). */
  orgAdjectives: Set<string>;
  placeHeads: Set<string>;
  placePrepositions: Set<string>;
  /** Place nouns written after the name ("Zinda Jan district"): English only. */
  placeTails: Set<string>;
  /** Words that make "de X" a place ("près de X"). */
  placeDeWords: Set<string>;
  /** Determiners that make an unknown capitalised word a place rather than a person ("la Dalmatie"). */
  placeDeterminers: Set<string>;
  /** Function heads as folded token sequences, longest first. */
  functionHeads: string[][];
  /** The same, by first word, so a token is only compared with heads that can start there. */
  headsByFirstWord: Map<string, string[][]>;
  roleModifiers: Set<string>;
  roleDomains: Set<string>;
  /** Particles inside personal names ("Charles de Gaulle", "Ould Ghazouani", "van Gogh"). */
  nameParticles: Set<string>;
  /** Determiners that open a role-only mention ("le chef de la diplomatie malienne"). */
  roleDeterminers: Set<string>;
}

const foldSet = (words: Iterable<string>) => new Set([...words].map(foldName));
const foldMap = (table: Record<string, Gender>) => new Map(Object.entries(table).map(([k, v]) => [foldName(k), v]));
const heads = (list: string[]) =>
  [...new Set(list.map(foldName))].map((h) => h.split(' ')).sort((a, b) => b.length - a.length);

const PARTICLES = ['de', 'du', 'des', 'd', 'von', 'van', 'der', 'den', 'ter', 'al', 'el', 'ben', 'bin', 'ibn', 'ould', 'ag', 'da', 'dos', 'das', 'di', 'del', 'della', 'abou', 'abu', 'bou', 'mac', 'st'];

function byFirstWord(heads: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const head of heads) map.set(head[0]!, [...(map.get(head[0]!) ?? []), head]);
  return map;
}

const FR: Lexicon = {
  honorifics: foldMap(HONORIFICS_FR),
  titles: foldMap(TITLES_FR),
  stopwords: foldSet(STOPWORDS_FR),
  orgHeads: foldSet(ORG_HEADS_FR),
  bodyHeads: foldSet(BODY_HEADS_FR),
  orgAdjectives: foldSet(ORG_ADJECTIVES_FR),
  placeHeads: foldSet(PLACE_HEADS_FR),
  placePrepositions: foldSet(PLACE_PREPOSITIONS_FR),
  placeTails: new Set(),
  placeDeWords: foldSet(PLACE_DE_WORDS_FR),
  placeDeterminers: foldSet(PLACE_DETERMINERS_FR),
  functionHeads: heads(FUNCTION_HEADS_FR),
  headsByFirstWord: byFirstWord(heads(FUNCTION_HEADS_FR)),
  roleModifiers: foldSet(ROLE_MODIFIERS_FR),
  roleDomains: foldSet([...ROLE_DOMAINS_FR, ...DOMAIN_ADJECTIVES_FR]),
  nameParticles: new Set(PARTICLES),
  roleDeterminers: new Set(['le', 'la', 'l', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'notre', 'votre']),
};

const EN: Lexicon = {
  honorifics: foldMap(HONORIFICS_EN),
  titles: foldMap(TITLES_EN),
  stopwords: foldSet(STOPWORDS_EN),
  orgHeads: foldSet(ORG_HEADS_EN),
  bodyHeads: foldSet(BODY_HEADS_EN),
  orgAdjectives: new Set(),
  placeHeads: foldSet(PLACE_HEADS_EN),
  placePrepositions: foldSet(PLACE_PREPOSITIONS_EN),
  placeTails: foldSet(PLACE_HEADS_EN),
  placeDeWords: foldSet(PLACE_DE_WORDS_EN),
  placeDeterminers: foldSet(PLACE_DETERMINERS_EN),
  functionHeads: heads(FUNCTION_HEADS_EN),
  headsByFirstWord: byFirstWord(heads(FUNCTION_HEADS_EN)),
  roleModifiers: foldSet(ROLE_MODIFIERS_EN),
  roleDomains: new Set(),
  nameParticles: new Set(PARTICLES),
  roleDeterminers: new Set(['the', 'its', 'his', 'her', 'their']),
};

function union(a: Lexicon, b: Lexicon): Lexicon {
  const merged = {} as Record<keyof Lexicon, unknown>;
  for (const key of Object.keys(a) as (keyof Lexicon)[]) {
    const x = a[key];
    const y = b[key];
    if (key === 'headsByFirstWord') continue;
    if (x instanceof Map && y instanceof Map) merged[key] = new Map<unknown, unknown>([...y, ...x]);
    else if (x instanceof Set && y instanceof Set) merged[key] = new Set([...x, ...y]);
    else merged[key] = [...(x as string[][]), ...(y as string[][])].sort((p, q) => q.length - p.length);
  }
  return merged as Lexicon;
}

const ANY = { ...union(FR, EN), headsByFirstWord: byFirstWord([...FR.functionHeads, ...EN.functionHeads].sort((p, q) => q.length - p.length)) };

export function lexiconFor(lang: string): Lexicon {
  if (lang === 'fr') return FR;
  if (lang === 'en') return EN;
  return ANY;
}
