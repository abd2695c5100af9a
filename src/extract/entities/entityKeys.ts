// The keys under which an entity is found again: one hash probe per key (see EntityIndex.ts for
// the list). A mention's keys come from its type and name: a person's first-name group and
// surname sound, a body's table key and acronyms, a place's ISO code, exonym or folded spelling.
import type { EntityMention } from '../../article.js';
import { foldName, placeKey, placeSkeleton, soundKey } from './normalizeName.js';
import { firstNameOf, organizationOf, placeOf } from './gazetteer.js';
import { roleKeyString } from './roleKey.js';
import { isAcronym } from './acronyms.js';

/** The keys a mention makes known for its entity. */
export function keysOf(mention: EntityMention, eventId: string): string[] {
  const folded = foldName(mention.name);
  if (mention.roleOnly && mention.name === mention.role) return [`r:${eventId}:${roleKeyString(mention.name)}`];
  switch (mention.type) {
    case 'person': {
      const { full, surname } = personKeys(mention.name);
      return full ? [full, surname] : [surname];
    }
    case 'organization': {
      // "(Minusma)" named after the long form it follows still carries the table's key by its text.
      const known = organizationOf(mention.name, folded) ?? organizationOf(mention.text, foldName(mention.text));
      return [`o:${known?.key ?? folded}`, ...acronymKeys(mention)];
    }
    case 'location': {
      const place = placeOf(folded);
      const keys = [`l:${place?.country ?? place?.key ?? placeKey(mention.name)}`];
      const skeleton = placeSkeleton(mention.name);
      if (!place && skeleton.length >= MIN_SKELETON) keys.push(`lv:${eventId}:${skeleton}`);
      return keys;
    }
    default:
      return [`x:${folded}`];
  }
}

/**
 * Below four consonants a skeleton says too little: "Kidal" and "Kadoli" share "kdl", and
 * "Gao" is just "g".
 */
const MIN_SKELETON = 4;

/**
 * Below three letters, capitals of a name are too common to be a key ("UN" is safe only
 * because the table knows it).
 */
const MIN_DERIVED_ACRONYM = 3;

/**
 * An acronym names its body in every language: the mention written as one ("CSP", "FAMa"), or the
 * capitals of a name written out ("US Geological Survey" -> "USGS").
 */
function acronymKeys(mention: EntityMention): string[] {
  const keys: string[] = [];
  const text = mention.text.trim();
  if (isAcronym(text)) keys.push(`o:acr:${text.toUpperCase()}`);
  const words = mention.name.split(/[\s'’]+/).filter(Boolean);
  if (words.length > 1) {
    const capitals = words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => (w === w.toUpperCase() ? w.replace(/[^\p{Lu}]/gu, '') : w[0]!))
      .join('');
    if (capitals.length >= MIN_DERIVED_ACRONYM) keys.push(`o:acr:${capitals}`);
  }
  return keys;
}

/** Mentions of one body or place in an article: one pool, whatever the surface. */
export function poolOf(mention: EntityMention): string {
  return `${mention.type}|${mention.name}`;
}

export function pooledKeys(mentions: EntityMention[], eventId: string): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const mention of mentions) {
    if (mention.type === 'person' || mention.roleOnly) continue;
    const pool = pools.get(poolOf(mention)) ?? [];
    for (const key of keysOf(mention, eventId)) if (!pool.includes(key)) pool.push(key);
    pools.set(poolOf(mention), pool);
  }
  return pools;
}

/** "Sergueï Lavrov" -> full "p:sergei|lavrov", surname "s:lavrov"; "Lavrov" -> surname only. */
export function personKeys(name: string): { full: string | null; surname: string } {
  const words = foldName(name).split(' ').filter(Boolean);
  let given = 0;
  while (given < words.length - 1 && (firstNameOf(words[given]!) || words[given]!.length === 1)) given++;
  if (given === 0 && words.length > 1) given = 1;
  const surname = `s:${soundKey(words.slice(given).join(' ') || name)}`;
  if (given === 0) return { full: null, surname };
  const first = words.slice(0, given).map((w) => firstNameOf(w)?.key ?? soundKey(w)).join(' ');
  return { full: `p:${first}|${surname.slice(2)}`, surname };
}
