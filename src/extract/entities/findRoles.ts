// Role phrases: a function head with what qualifies it.
//   French:  [ancien] HEAD [adjectives] (de|du|des|de la|d' COMPLEMENT [adjectives]){0,3}
//            "ministre russe des Affaires étrangères", "chef de la diplomatie malienne",
//            "président de la transition", "secrétaire général de l'ONU"
//   English: [modifiers] HEAD [of COMPLEMENT]      "Russian Foreign Minister", "head of MINUSMA"
// A complement is either a capitalised run (a nested name: "du Mali") or domain words
// ("des Affaires étrangères", "de la transition"); domain words are never names on their own.
import type { Token } from './tokenize.js';
import type { Lexicon } from './lexicon.js';
import { demonymOf, organizationOf } from './gazetteer.js';

export interface RolePhrase {
  /** First and last token of the role (determiner excluded). */
  first: number;
  last: number;
  /** Index of the determiner before it ("le", "la", "the"), when there is one. */
  determiner: number | null;
  /** Folded head ("ministre", "chef de la diplomatie"). */
  head: string;
  /** Token ranges inside the complement that are names ("Mali" in "président du Mali"). */
  nested: [number, number][];
  /** Tokens that are domain words, never names ("Affaires étrangères"). */
  domainTokens: number[];
}

/** "coordinatrice d'une ONG sénégalaise": an indefinite complement qualifies a role as well. */
const COMPLEMENT_LINKS = [['de', 'la'], ['de', 'l'], ['d', 'une'], ['d', 'un'], ['de'], ['du'], ['des'], ['d'], ['of', 'the'], ['of']];
const MAX_COMPLEMENTS = 3;

export function findRoles(tokens: Token[], lex: Lexicon): RolePhrase[] {
  const folds = tokens.map((t) => t.fold);
  const roles: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, folds, i, lex);
    if (!role) continue;
    roles.push(role);
    i = role.last;
  }
  return roles;
}

function roleAt(tokens: Token[], folds: string[], i: number, lex: Lexicon): RolePhrase | null {
  let cursor = i;
  // English and French pre-modifiers: "Russian Foreign Minister", "ancien ministre".
  while (cursor < tokens.length && cursor - i < 3 && isModifier(tokens, folds, cursor, lex) && !headAt(tokens, folds, cursor, lex)) cursor++;
  const head = headAt(tokens, folds, cursor, lex);
  if (!head) return null;
  let last = head.last;
  const nested: [number, number][] = [];
  const domainTokens: number[] = [];
  for (let complements = 0; ; ) {
    const next = last + 1;
    if (next >= tokens.length || tokens[next]!.boundaryBefore || !adjacent(tokens, last, next)) break;
    if (tokens[next]!.kind === 'word' && !tokens[next]!.capitalised && (lex.roleModifiers.has(folds[next]!) || demonymOf(folds[next]!))) {
      last = next;
      continue;
    }
    if (complements >= MAX_COMPLEMENTS) break;
    const complement = complementAt(tokens, folds, next, lex);
    if (!complement) break;
    complements++;
    if (complement.name) nested.push(complement.name);
    domainTokens.push(...complement.domain);
    last = complement.last;
  }
  const before = i - 1;
  const determiner = before >= 0 && lex.roleDeterminers.has(folds[before]!) && adjacent(tokens, before, i) ? before : null;
  return { first: i, last, determiner, head: head.text, nested, domainTokens };
}

function isModifier(tokens: Token[], folds: string[], k: number, lex: Lexicon): boolean {
  const token = tokens[k]!;
  if (token.kind !== 'word') return false;
  return lex.roleModifiers.has(folds[k]!) || demonymOf(folds[k]!) !== undefined || (token.allCaps && organizationOf(token.text, folds[k]!) !== undefined);
}

function headAt(tokens: Token[], folds: string[], k: number, lex: Lexicon): { last: number; text: string } | null {
  if (k >= tokens.length || tokens[k]!.kind !== 'word') return null;
  for (const head of lex.headsByFirstWord.get(folds[k]!.split(' ')[0]!) ?? []) {
    const words = head.join(' ');
    let joined = '';
    for (let j = k; j < tokens.length && j - k < head.length + 1; j++) {
      if (j > k && !adjacent(tokens, j - 1, j)) break;
      joined = joined ? `${joined} ${folds[j]}` : folds[j]!;
      if (joined === words) return { last: j, text: words };
      if (!words.startsWith(joined)) break;
    }
  }
  return null;
}

function complementAt(
  tokens: Token[],
  folds: string[],
  k: number,
  lex: Lexicon,
): { last: number; name: [number, number] | null; domain: number[] } | null {
  for (const link of COMPLEMENT_LINKS) {
    const start = k + link.length;
    if (start >= tokens.length || !link.every((w, n) => folds[k + n] === w)) continue;
    const domain: number[] = [];
    const namedBody = lex.orgHeads.has(folds[start]!) && tokens[start + 1]?.capitalised === true;
    let j = namedBody ? tokens.length : start;
    while (j < tokens.length && adjacent(tokens, j - 1, j) && tokens[j]!.kind === 'word' && lex.roleDomains.has(folds[j]!)) {
      domain.push(j);
      j++;
    }
    if (domain.length > 0) {
      // "de la diplomatie malienne": a nationality after the domain qualifies the role.
      while (j < tokens.length && adjacent(tokens, j - 1, j) && demonymOf(folds[j]!) && !tokens[j]!.capitalised) j++;
      return { last: j - 1, name: null, domain };
    }
    // "du groupe Wagner", "de la société Total": a lower-case organisation head, then its name.
    const orgHead = !tokens[start]!.capitalised && lex.orgHeads.has(folds[start]!) && tokens[start + 1]?.capitalised && adjacent(tokens, start, start + 1);
    if (tokens[start]!.capitalised || orgHead) {
      const nameStart = orgHead ? start + 1 : start;
      let end = nameStart;
      while (end + 1 < tokens.length && adjacent(tokens, end, end + 1) && tokens[end + 1]!.capitalised) end++;
      // "de l'Action nationale", "du Conseil fédéral": a body's lower-case adjectives belong to its name.
      while (end + 1 < tokens.length && adjacent(tokens, end, end + 1) && !tokens[end + 1]!.capitalised && lex.orgAdjectives.has(folds[end + 1]!)) end++;
      return { last: end, name: [nameStart, end], domain: [] };
    }
  }
  return null;
}

/** Only whitespace between two tokens, and no hard boundary. */
export function adjacent(tokens: Token[], a: number, b: number): boolean {
  const next = tokens[b];
  return next !== undefined && !next.boundaryBefore && b === a + 1;
}
