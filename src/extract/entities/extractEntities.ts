// Entities of one article: names of people, organisations and places, and roles standing for
// people, each with its span in article.text. The stage reads as its steps:
//   tokens (wire credits of datelines set aside) -> role phrases -> bodies named in lower case -> capitalised names (typed)
//   -> roles attached to names
//   -> names resolved to their fullest form in the article -> sorted, non-overlapping mentions.
import type { Article, EntityMention } from '../../article.js';
import { tokenize } from './tokenize.js';
import { markDatelineCredits } from './datelines.js';
import { lexiconFor } from './lexicon.js';
import { findRoles } from './findRoles.js';
import { findNames } from './findNames.js';
import { findBodies } from './findBodies.js';
import { attachRoles } from './attachRoles.js';
import { resolveInArticle } from './resolveInArticle.js';

export const VERSION = 'entities-3';

export function extractEntities(article: Article): EntityMention[] {
  try {
    const text = article.text ?? '';
    const lex = lexiconFor(article.lang ?? '');
    const tokens = tokenize(text);
    const credits = markDatelineCredits(tokens);
    const roles = findRoles(tokens, lex);
    const roleWords = new Set<number>(credits);
    for (const role of roles) {
      for (let k = role.first; k <= role.last; k++) roleWords.add(k);
      for (const [a, b] of role.nested) for (let k = a; k <= b; k++) roleWords.delete(k);
    }
    const bodies = findBodies(tokens, lex, roleWords);
    const taken = new Set(roleWords);
    for (const body of bodies) for (let k = body.first; k <= body.last; k++) taken.add(k);
    const names = [...bodies, ...findNames(tokens, lex, taken)].sort((a, b) => a.first - b.first);
    const attached = attachRoles(tokens, names, roles);
    return resolveInArticle(text, tokens, names, attached, article.lang ?? '');
  } catch (error) {
    article.notes?.push({ stage: 'entities', rule: 'failed', message: `entity extraction failed: ${(error as Error).message}` });
    return [];
  }
}
