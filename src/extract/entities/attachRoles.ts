// Which name a role phrase belongs to, or whether it stands alone for a person.
//   before the name:     "le ministre Sergueï Lavrov", "Russian Foreign Minister Sergei Lavrov"
//   apposition after:    "Sergueï Lavrov, ministre russe des Affaires étrangères"
//   apposition before:   "le chef de la diplomatie russe, Sergueï Lavrov, a …"
//   indefinite after:    "Lahcen, un habitant de Moulay Brahim", "Youssef, a 32-year-old volunteer"
//   alone:               "a résumé le chef de la diplomatie malienne" -> a role-only mention
import type { Token } from './tokenize.js';
import type { NameSpan } from './findNames.js';
import type { RolePhrase } from './findRoles.js';
import { roleKey } from './roleKey.js';

export interface AttachedRoles {
  /** Role for names[i], when one was found beside it. */
  roleOf: Map<number, RolePhrase>;
  /** Roles that stand for a person on their own. */
  roleOnly: RolePhrase[];
}

/** Concepts precise enough to stand alone ("le président", "le porte-parole"); others need a qualifier. */
const SELF_STANDING = new Set(['head-of-state', 'prime-minister', 'foreign-minister', 'defence-minister', 'interior-minister', 'finance-minister', 'spokesperson', 'secretary-general', 'un-secretary-general', 'army-chief', 'envoy', 'ambassador']);

const DETERMINERS = new Set(['le', 'la', "l'", 'l’', 'the']);
const INDEFINITES = new Set(['un', 'une', 'a', 'an']);
/** Words between an indefinite article and its role: "a 32-year-old volunteer". */
const MAX_INDEFINITE_GAP = 4;

export function attachRoles(tokens: Token[], names: NameSpan[], roles: RolePhrase[]): AttachedRoles {
  const byFirst = new Map<number, number>();
  const byLast = new Map<number, number>();
  names.forEach((n, i) => {
    byFirst.set(n.titleFirst ?? n.first, i);
    byFirst.set(n.first, i);
    byLast.set(n.last, i);
  });
  const canBePerson = (i: number | undefined) => i !== undefined && (names[i]!.type === 'person' || names[i]!.type === null);
  // "…de la transition, le colonel Assimi Goïta": a determiner may open the apposed name.
  const afterDeterminer = (k: number) => (DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? '') ? byFirst.get(k + 1) : undefined);
  const roleOf = new Map<number, RolePhrase>();
  const roleOnly: RolePhrase[] = [];
  for (const role of roles) {
    const start = role.determiner ?? indefiniteBefore(tokens, role.first) ?? role.first;
    const following = byFirst.get(role.last + 1);
    const commaBefore = tokens[start - 1]?.text === ',' ? byLast.get(start - 2) : undefined;
    const commaAfter = tokens[role.last + 1]?.text === ',' ? byFirst.get(role.last + 2) ?? afterDeterminer(role.last + 2) : undefined;
    const target = [following, commaBefore, commaAfter].find((i) => canBePerson(i) && !roleOf.has(i!));
    if (target !== undefined) {
      roleOf.set(target, role);
      names[target]!.type = 'person';
      continue;
    }
    if (role.determiner !== null && standsAlone(role, tokens)) roleOnly.push(role);
  }
  return { roleOf, roleOnly };
}

/** The indefinite article opening an apposed role, across numbers and hyphens: ", a 32-year-old volunteer". */
function indefiniteBefore(tokens: Token[], first: number): number | null {
  for (let k = first - 1; k >= 0 && first - k <= MAX_INDEFINITE_GAP; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && INDEFINITES.has(t.text.toLowerCase())) return k;
    if (t.capitalised || (t.kind === 'punct' && t.text !== '-')) return null;
  }
  return null;
}

function standsAlone(role: RolePhrase, tokens: Token[]): boolean {
  const text = tokens.slice(role.first, role.last + 1).map((t) => t.text).join(' ');
  const key = roleKey(text);
  return SELF_STANDING.has(key.concept) || key.qualifier !== null || role.last > role.first;
}
