// What EntityIndex saves: what resolution reads, in the order it was learnt, and nothing per
// mention. Mentions and the articles an entity appears in are read from the articles themselves
// (each mention carries its entity id), so the state grows with entities, keys and role
// holders, not with the text ingested.
//
// Order matters: a key shared by two entities finds the one that learnt it first ("CSP" alone
// finds the body first called "CSP", even when an older entity later learns the acronym too), so
// key lists are saved as they stand, not rebuilt from the entities.
import type { EntityType } from '../../article.js';

export const STATE_VERSION = 'entity-index-2';

/** One entity as resolution needs it. */
export interface SavedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Role keys ("foreign-minister@ML") this entity was given, in order. */
  roleKeys: string[];
  gender: 'm' | 'f' | null;
  /** Each full spelling of the name with how often it was seen, in order of first sighting. */
  spellings: [string, number][];
  /** Events it appears in, in order: a surname alone joins a person of the same event only. */
  events: string[];
  mentions: number;
  articles: number;
}

/**
 * As written: most entities are met once, without role or gender, so what is empty is left out
 * (a fifth of the state on the bench corpus).
 */
export type WrittenEntity = Omit<SavedEntity, 'roles' | 'roleKeys' | 'gender'> & Partial<Pick<SavedEntity, 'roles' | 'roleKeys' | 'gender'>>;

export function saveEntity(entity: SavedEntity): WrittenEntity {
  const { id, name, type, aliases, roles, roleKeys, gender, spellings, events, mentions, articles } = entity;
  return {
    id, name, type, aliases,
    ...(roles.length > 0 ? { roles } : {}),
    ...(roleKeys.length > 0 ? { roleKeys } : {}),
    ...(gender ? { gender } : {}),
    spellings, events, mentions, articles,
  };
}

/** A copy the index may grow, whatever the caller does with the state after. */
export function loadEntity(written: WrittenEntity): SavedEntity {
  return {
    ...written,
    aliases: [...written.aliases],
    roles: [...(written.roles ?? [])],
    roleKeys: [...(written.roleKeys ?? [])],
    gender: written.gender ?? null,
    spellings: written.spellings.map(([spelling, count]) => [spelling, count]),
    events: [...written.events],
  };
}

export interface State {
  version: typeof STATE_VERSION;
  entities: WrittenEntity[];
  /** Each key, then the ids it finds in the order they learnt it. */
  keys: [string, ...string[]][];
  /** Event, role key, then its holders in the order they first held it there. */
  holders: [string, string, ...string[]][];
}

/**
 * The state of `entity-index-1` (every record with its keys and mentions), read as that version
 * read it: key lists in record order, each role held in every event of its holder. Lookups may
 * differ from the run that saved it, as they did then; the next save writes the current version.
 */
export function upgradeState(state: unknown): State | null {
  const s = state as { version?: string; entities?: unknown; keys?: unknown; holders?: unknown } | null;
  if (!s || !Array.isArray(s.entities)) return null;
  if (s.version === STATE_VERSION && Array.isArray(s.keys) && Array.isArray(s.holders)) return s as State;
  type Legacy = Omit<SavedEntity, 'mentions' | 'articles'> & { keys: string[]; mentions: unknown[]; articles: unknown[] };
  const legacy = s.entities as Legacy[];
  const keys = new Map<string, string[]>();
  const holders = new Map<string, string[]>();
  for (const r of legacy) {
    for (const key of r.keys) keys.set(key, [...(keys.get(key) ?? []), r.id]);
    for (const event of r.events) {
      for (const role of r.roleKeys) holders.set(`${event}\u0000${role}`, [...(holders.get(`${event}\u0000${role}`) ?? []), r.id]);
    }
  }
  return {
    version: STATE_VERSION,
    entities: legacy.map(({ keys: _keys, mentions, articles, ...rest }) => ({ ...rest, mentions: mentions.length, articles: articles.length })),
    keys: [...keys].map(([key, ids]) => [key, ...ids]),
    holders: [...holders].map(([at, ids]) => {
      const [event, role] = at.split('\u0000') as [string, string];
      return [event, role, ...ids];
    }),
  };
}
