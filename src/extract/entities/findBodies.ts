// Bodies named in lower case: a head that is a common noun until something makes it one body.
//   French:  HEAD [adjectives] [de|du|des|de la|d' COMPLEMENT]
//            "l'armée malienne", "l'état-major général des armées",
//            "le ministère taliban de la Gestion des catastrophes"
//   English: DEMONYM HEAD                     "the Malian army"
// A national army is the country's army whatever it is called: "l'armée malienne", "the Malian
// army" and "Forces armées maliennes (FAMa)" are one body when the table knows that army.
import type { Token } from './tokenize.js';
import type { Lexicon } from './lexicon.js';
import type { NameSpan } from './findNames.js';
import { armyOf, demonymOf } from './gazetteer.js';
import { adjacent } from './findRoles.js';

const ARMY_HEADS = new Set(['armee', 'army']);
const COMPLEMENT_LINKS = [['de', 'la'], ['de', 'l'], ['du'], ['des'], ['de'], ['d']];
/** "taliban" in "ministère taliban de la Gestion": one unlisted adjective, when a complement follows. */
const MAX_UNLISTED_ADJECTIVES = 1;
const MAX_ADJECTIVES = 3;

export function findBodies(tokens: Token[], lex: Lexicon, skip: Set<number>): NameSpan[] {
  const folds = tokens.map((t) => t.fold);
  const bodies: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i) || tokens[i]!.kind !== 'word' || tokens[i]!.capitalised || !lex.bodyHeads.has(folds[i]!)) continue;
    const body = frenchBody(tokens, folds, i, lex) ?? englishBody(tokens, folds, i);
    if (!body) continue;
    bodies.push(body);
    i = body.last;
  }
  return bodies;
}

function frenchBody(tokens: Token[], folds: string[], head: number, lex: Lexicon): NameSpan | null {
  let last = head;
  let country: string | undefined;
  let unlisted = 0;
  for (let k = head + 1; k < tokens.length && k - head <= MAX_ADJECTIVES && adjacent(tokens, k - 1, k); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.capitalised || lex.stopwords.has(folds[k]!) || lex.nameParticles.has(folds[k]!)) break;
    const demonym = demonymOf(folds[k]!);
    if (!demonym && !lex.orgAdjectives.has(folds[k]!) && !lex.roleModifiers.has(folds[k]!)) {
      if (++unlisted > MAX_UNLISTED_ADJECTIVES) break;
    }
    country ??= demonym;
    last = k;
  }
  const complement = complementEnd(tokens, folds, last + 1, lex);
  // An unlisted word is an adjective only when a complement follows: "le ministère taliban de la
  // Gestion des catastrophes", but not "l'armée tire" or "le ministère dément".
  if (complement === null) {
    while (last > head && !demonymOf(folds[last]!) && !lex.orgAdjectives.has(folds[last]!) && !lex.roleModifiers.has(folds[last]!)) last--;
  }
  const end = complement ?? last;
  if (end === head) return null;
  const army = ARMY_HEADS.has(folds[head]!) && country && complement === null ? armyOf(country) : undefined;
  return { first: head, last: end, titleFirst: null, type: 'organization', gender: null, rule: 'body', ...(army ? { org: army } : {}) };
}

/** "the Malian army": the nationality comes first in English. */
function englishBody(tokens: Token[], folds: string[], head: number): NameSpan | null {
  const before = head - 1;
  if (before < 0 || !adjacent(tokens, before, head) || !ARMY_HEADS.has(folds[head]!)) return null;
  const country = demonymOf(folds[before]!);
  if (!country) return null;
  const army = armyOf(country);
  return { first: before, last: head, titleFirst: null, type: 'organization', gender: null, rule: 'body', ...(army ? { org: army } : {}) };
}

/** "des armées", "de la Gestion des catastrophes", "de la Défense": the last token of the complement. */
function complementEnd(tokens: Token[], folds: string[], k: number, lex: Lexicon): number | null {
  for (const link of COMPLEMENT_LINKS) {
    const start = k + link.length;
    if (start >= tokens.length || !link.every((w, n) => folds[k + n] === w && adjacent(tokens, k + n - 1, k + n))) continue;
    if (!adjacent(tokens, start - 1, start) || tokens[start]!.kind !== 'word') return null;
    if (tokens[start]!.capitalised) {
      // "de la Gestion des catastrophes": a capitalised domain may carry one lower-case complement.
      const tail = start + 2;
      const carries = ['des', 'de', 'du'].includes(folds[start + 1] ?? '') && adjacent(tokens, start, start + 1) && adjacent(tokens, start + 1, tail) && tokens[tail]?.kind === 'word' && !tokens[tail]!.capitalised;
      return carries ? tail : start;
    }
    return lex.roleDomains.has(folds[start]!) ? start : null;
  }
  return null;
}
