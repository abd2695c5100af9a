// Corpus side of quotations: link each speaker to an entity, and group the same words
// quoted by several articles.
import type { Article, Entity, Quote } from '../../article.js';
import { localeFor } from './locale.js';
import { roleWords } from './roles.js';

export { groupQuotes, groupOrigin } from './groupQuotes.js';

/** What attribution needs from the entity index (src/extract/entities/EntityIndex.ts fits). */
export interface EntityIndexLike {
  get(id: string): Entity | undefined;
  holderOfRole(role: string, eventId: string): string | null;
}

/**
 * Quote.speaker is the entity of the speaker's mention; for a role-only mention ("le chef de la
 * diplomatie malienne") the entity holding that role in the event. Null when unsure: no
 * speaker is better than a wrong one, so a speaker whose entity is not a person or a body,
 * or whose role has no known holder, stays null (speakerName still says what was written).
 */
export function attributeQuotes(article: Article, mentionEntities: string[], entities: EntityIndexLike, eventId: string): Quote[] {
  const quotes: Quote[] = [];
  for (const q of article.quotes ?? []) {
    quotes.push({
      start: q.start,
      end: q.end,
      article: article.id,
      text: q.text,
      speaker: speakerEntity(article, q.speakerMention, q.speakerName, mentionEntities, entities, eventId),
      speakerName: q.speakerName,
      direct: q.direct,
      cue: q.cue,
      group: null,
    });
  }
  return quotes;
}

function speakerEntity(
  article: Article, index: number | null, name: string | null, mentionEntities: string[], entities: EntityIndexLike, eventId: string,
): string | null {
  try {
    if (index === null || index < 0 || index >= article.mentions.length) {
      return name ? entities.holderOfRole(name, eventId) ?? holderInArticle(article, name, mentionEntities, entities) : null;
    }
    const mention = article.mentions[index];
    if (mention.roleOnly) {
      const role = mention.role ?? mention.text;
      return entities.holderOfRole(role, eventId) ?? holderInArticle(article, role, mentionEntities, entities) ?? idIfSpeaker(mentionEntities[index], entities, true);
    }
    return idIfSpeaker(mentionEntities[index], entities, false);
  } catch {
    return null;
  }
}

/** An entity that can speak: a person or an organisation; a role-only entity only when resolved. */
function idIfSpeaker(id: string | undefined, entities: EntityIndexLike, roleOnly: boolean): string | null {
  if (!id) return null;
  const entity = entities.get(id);
  if (!entity || (entity.type !== 'person' && entity.type !== 'organization')) return null;
  // a role-only entity with no name of its own is unsure: "le ministre" of which country?
  if (roleOnly && !/\p{Lu}/u.test(entity.name)) return null;
  return id;
}

/**
 * The one named person of the article whose stated role holds every word of `role`: "ministre
 * russe" -> the man introduced as "ministre russe des Affaires étrangères". Two such people, or
 * none, give null: a guess between two is worse than no speaker.
 */
function holderInArticle(article: Article, role: string, mentionEntities: string[], entities: EntityIndexLike): string | null {
  const locale = localeFor(article.lang);
  const wanted = roleWords(role, locale);
  if (wanted.length === 0) return null;
  const holders = new Set<string>();
  article.mentions.forEach((m, i) => {
    if (m.type !== 'person' || m.roleOnly || !m.role || !mentionEntities[i]) return;
    const held = new Set(roleWords(m.role, locale));
    if (wanted.every((w) => held.has(w)) && idIfSpeaker(mentionEntities[i], entities, false)) holders.add(mentionEntities[i]);
  });
  return holders.size === 1 ? [...holders][0] : null;
}
