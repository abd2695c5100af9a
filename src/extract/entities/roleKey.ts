// A role's comparable key: concept (from the synonym table) and qualifier (the country or body
// it serves). "chef de la diplomatie malienne" and "ministre malien des Affaires étrangères"
// -> "foreign-minister@ML"; "Malian foreign minister" -> "foreign-minister@ML" too.
import { ROLE_CONCEPTS } from './locales/roleConcepts.js';
import { foldName } from './normalizeName.js';
import { demonymOf, organizationOf, placeOf } from './gazetteer.js';

const BROADER = new Map(ROLE_CONCEPTS.filter((c) => c.broader).map((c) => [c.id, c.broader!]));

export interface RoleKey {
  concept: string;
  qualifier: string | null;
}

export function roleKey(role: string): RoleKey {
  // Nationality words sit anywhere in a role ("ministre malien des Affaires étrangères"):
  // they make the qualifier, and are taken out before matching the concept's phrases.
  const words = foldName(role).replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter((w) => w && !demonymOf(w));
  const folded = ` ${words.join(' ')} `;
  const concept = ROLE_CONCEPTS.find((c) => c.phrases.some((p) => folded.includes(` ${p} `)))?.id ?? folded.trim().split(' ')[0] ?? '';
  return { concept, qualifier: qualifierOf(role) };
}

export function roleKeyString(role: string): string {
  const key = roleKey(role);
  return key.qualifier ? `${key.concept}@${key.qualifier}` : key.concept;
}

/** Does a role stated without qualifier ("le président de la transition") fit a qualified one? */
export function rolesMatch(asked: RoleKey, held: RoleKey): boolean {
  // A vaguer role fits a case of it only for the same country or body: "le ministre russe" is
  // Lavrov (foreign-minister@RU), never a foreign minister of unstated country.
  if (asked.concept === BROADER.get(held.concept)) return asked.qualifier !== null && asked.qualifier === held.qualifier;
  if (asked.concept !== held.concept) return false;
  return asked.qualifier === null || held.qualifier === null || asked.qualifier === held.qualifier;
}

function qualifierOf(role: string): string | null {
  const words = role.split(/[\s'’]+/).filter(Boolean);
  for (let n = 0; n < words.length; n++) {
    const word = words[n]!.replace(/[.,;:()]/g, '');
    const folded = foldName(word);
    const org = organizationOf(word, folded);
    if (org && word.length > 1) return org.key;
    const demonym = demonymOf(folded);
    if (demonym) return demonym;
    if (/^\p{Lu}/u.test(word)) {
      for (const size of [3, 2, 1]) {
        const phrase = foldName(words.slice(n, n + size).join(' '));
        const place = placeOf(phrase);
        if (place?.country) return place.country;
        const known = organizationOf('', phrase);
        if (known) return known.key;
      }
    }
  }
  return null;
}
