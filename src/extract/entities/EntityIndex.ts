// Entities across articles: every mention gets the id of the entity it names. Resolution is by
// normalised keys, one hash probe per key, never a scan of all entities:
//   p:<first-name group>|<surname sound>   "Sergueï Lavrov" = "Sergei Lavrov" = "SERGEY LAVROV"
//   s:<surname sound>                      surname-only mentions, resolved within their event
//   o:<org key or folded name>             "ONU" = "Nations unies" = "United Nations"
//   o:acr:<acronym>                        "Cadre stratégique permanent (CSP)" = "Permanent Strategic
//                                          Framework (CSP)"; "US Geological Survey" = "USGS"
//   l:<ISO code, exonym or place key>      "Russie" = "Russia", "Moscou" = "Moscow",
//                                          "Tin-Zaouatène" = "Tinzaouaten"
//   lv:<event>:<consonant skeleton>        "Zindajan" = "Zendeh Jan", within one event only
//   r:<event>:<role key>                   a role whose holder is not known yet
// A surname alone ("Diop") only joins a person already named in the same event, and not when
// genders or roles clash, so two Diops in one story stay two people.
// Within one article, the mentions of one body or place pool their keys: "Permanent Strategic
// Framework" and its "(CSP)" give one entity both keys, so it meets the French article's CSP.
import type { Article, Entity, EntityMention } from '../../article.js';
import { foldName } from './normalizeName.js';
import { firstNameOf } from './gazetteer.js';
import { roleKey, roleKeyString, rolesMatch, type RoleKey } from './roleKey.js';
import { isAcronym } from './acronyms.js';
import { keysOf, personKeys, poolOf, pooledKeys } from './entityKeys.js';
import { canonicalName, canonicalPlace } from './canonicalName.js';
import { HONORIFICS_FR } from './locales/fr/titles.js';
import { HONORIFICS_EN } from './locales/en/titles.js';

export const VERSION = 'entity-index-1';

interface EntityRecord extends Entity {
  events: string[];
  keys: string[];
  /** Role keys ("foreign-minister@ML") this person was given. */
  roleKeys: string[];
  gender: 'm' | 'f' | null;
  /** Each full spelling of the name with how often it was seen, in order of first sighting. */
  spellings: [string, number][];
}

interface State {
  version: string;
  entities: EntityRecord[];
}

export class EntityIndex {
  private records: EntityRecord[] = [];
  private byId = new Map<string, EntityRecord>();
  private byKey = new Map<string, string[]>();
  /** event -> role key -> holders, in order of first holding. */
  private holders = new Map<string, Map<string, string[]>>();
  private seen = new Map<string, { aliases: Set<string>; articles: Set<string>; events: Set<string>; roles: Set<string> }>();

  add(article: Article, eventId: string): string[] {
    const ids: string[] = [];
    const pooled = pooledKeys(article.mentions ?? [], eventId);
    for (const mention of article.mentions ?? []) {
      try {
        const keys = pooled.get(poolOf(mention)) ?? keysOf(mention, eventId);
        const record = this.resolve(mention, eventId, keys) ?? this.create(mention, eventId);
        this.record(record, mention, article.id, eventId, keys);
        ids.push(record.id);
      } catch {
        ids.push(this.create({ ...mention, type: 'other' }, eventId).id);
      }
    }
    return ids;
  }

  entities(): Entity[] {
    return this.records.map(publicEntity);
  }

  get(id: string): Entity | undefined {
    const record = this.byId.get(id);
    return record ? publicEntity(record) : undefined;
  }

  holderOfRole(role: string, eventId: string): string | null {
    const inEvent = this.holders.get(eventId);
    if (!inEvent) return null;
    const asked = roleKey(role);
    // A role nobody was named for ("le ministre russe" on its own) holds nothing: only named people answer.
    const named = (ids: string[]) => ids.filter((id) => this.byId.get(id)!.keys.some((k) => !k.startsWith('r:')));
    const exact = named(inEvent.get(roleKeyString(role)) ?? []);
    if (exact.length === 1) return exact[0]!;
    const found = new Set<string>();
    for (const [key, ids] of inEvent) if (rolesMatch(asked, parseRoleKey(key))) for (const id of named(ids)) found.add(id);
    return found.size === 1 ? [...found][0]! : null;
  }

  toJSON(): unknown {
    return { version: VERSION, entities: this.records } satisfies State;
  }

  static fromJSON(state: unknown): EntityIndex {
    const index = new EntityIndex();
    const records = (state as Partial<State> | null)?.entities;
    if (!Array.isArray(records)) return index;
    for (const record of records) index.insert(structuredClone(record));
    return index;
  }

  private resolve(mention: EntityMention, eventId: string, keys: string[]): EntityRecord | undefined {
    if (mention.roleOnly && mention.name === mention.role) {
      const holder = this.holderOfRole(mention.role ?? mention.name, eventId);
      if (holder) return this.byId.get(holder);
      return this.lookup(`r:${eventId}:${roleKeyString(mention.name)}`)[0];
    }
    if (mention.type !== 'person') {
      for (const key of keys) {
        const found = this.lookup(key)[0];
        if (found) return found;
      }
      return undefined;
    }
    const person = personKeys(mention.name);
    if (person.full) {
      const same = this.lookup(person.full)[0];
      if (same) return same;
    }
    // A surname alone, or a full name first met as a surname: join one compatible person of the event.
    const gender = genderOf(mention);
    const role = mention.role ? roleKey(mention.role) : null;
    const candidates = this.lookup(person.surname).filter(
      (r) =>
        r.events.includes(eventId) &&
        (person.full === null || !r.keys.some((k) => k.startsWith('p:'))) &&
        (gender === null || r.gender === null || r.gender === gender) &&
        !rolesClash(role, r.roleKeys),
    );
    if (candidates.length <= 1) return candidates[0];
    const sameRole = role ? candidates.filter((r) => r.roleKeys.some((k) => rolesMatch(role, parseRoleKey(k)))) : [];
    return sameRole.length === 1 ? sameRole[0] : undefined;
  }

  private lookup(key: string): EntityRecord[] {
    return (this.byKey.get(key) ?? []).map((id) => this.byId.get(id)!);
  }

  private create(mention: EntityMention, eventId: string): EntityRecord {
    const record: EntityRecord = {
      id: `n${this.records.length + 1}`,
      name: mention.name,
      type: mention.type,
      aliases: [],
      roles: [],
      articles: [],
      mentions: [],
      events: [],
      keys: [],
      roleKeys: [],
      gender: null,
      spellings: [],
    };
    this.insert(record);
    return record;
  }

  private insert(record: EntityRecord): void {
    this.records.push(record);
    this.byId.set(record.id, record);
    this.seen.set(record.id, {
      aliases: new Set(record.aliases),
      articles: new Set(record.articles),
      events: new Set(record.events),
      roles: new Set(record.roles),
    });
    for (const key of record.keys) this.index(key, record.id);
    for (const event of record.events) for (const key of record.roleKeys) this.hold(event, key, record.id);
  }

  private record(record: EntityRecord, mention: EntityMention, articleId: string, eventId: string, keys: string[]): void {
    const seen = this.seen.get(record.id)!;
    // "colonel Abdoulaye Maïga" is written "Abdoulaye Maïga" once its title is off: both are surfaces.
    const bare = !mention.roleOnly && mention.name !== mention.text && mention.text.includes(mention.name) ? [mention.name] : [];
    for (const alias of [mention.text, ...bare]) {
      if (seen.aliases.has(alias)) continue;
      seen.aliases.add(alias);
      record.aliases.push(alias);
    }
    if (!seen.articles.has(articleId)) {
      seen.articles.add(articleId);
      record.articles.push(articleId);
    }
    if (!seen.events.has(eventId)) {
      seen.events.add(eventId);
      record.events.push(eventId);
      for (const key of record.roleKeys) this.hold(eventId, key, record.id);
    }
    record.mentions.push({ article: articleId, start: mention.start, end: mention.end, text: mention.text });
    if (mention.role) {
      if (!seen.roles.has(mention.role)) {
        seen.roles.add(mention.role);
        record.roles.push(mention.role);
      }
      const key = roleKeyString(mention.role);
      if (!record.roleKeys.includes(key)) record.roleKeys.push(key);
      this.hold(eventId, key, record.id);
    }
    record.gender ??= genderOf(mention);
    const unresolvedRole = mention.roleOnly && mention.name === mention.role;
    if (!unresolvedRole || record.spellings.length === 0) {
      const spelling = record.spellings.find(([s]) => s === mention.name);
      if (spelling) spelling[1]++;
      else record.spellings.push([mention.name, 1]);
      record.name = record.type === 'location' ? canonicalPlace(record.spellings) : canonicalName(record.spellings, record.type === 'organization' ? record.aliases.filter(isAcronym) : []);
    }
    if (record.type === 'other' && mention.type !== 'other') record.type = mention.type;
    for (const key of keys) {
      if (record.keys.includes(key)) continue;
      record.keys.push(key);
      this.index(key, record.id);
    }
  }

  private index(key: string, id: string): void {
    const ids = this.byKey.get(key);
    if (!ids) this.byKey.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }

  private hold(eventId: string, roleKeyText: string, id: string): void {
    let inEvent = this.holders.get(eventId);
    if (!inEvent) this.holders.set(eventId, (inEvent = new Map()));
    const ids = inEvent.get(roleKeyText) ?? [];
    if (!ids.includes(id)) ids.push(id);
    inEvent.set(roleKeyText, ids);
  }
}

function publicEntity(r: EntityRecord): Entity {
  return { id: r.id, name: r.name, type: r.type, aliases: [...r.aliases], roles: [...r.roles], articles: [...r.articles], mentions: r.mentions.map((m) => ({ ...m })) };
}

function genderOf(mention: EntityMention): 'm' | 'f' | null {
  const firstWord = foldName(mention.text).split(' ')[0] ?? '';
  const honorific = HONORIFICS_FR[firstWord] ?? HONORIFICS_EN[firstWord];
  if (honorific === 'm' || honorific === 'f') return honorific;
  const given = firstNameOf(foldName(mention.name).split(' ')[0] ?? '');
  return given && given.gender !== 'x' && mention.name.includes(' ') ? given.gender : null;
}

/** Same concept held for two different countries or bodies: not the same person. */
function rolesClash(role: RoleKey | null, held: string[]): boolean {
  if (!role || held.length === 0) return false;
  const keys = held.map(parseRoleKey);
  if (keys.some((k) => rolesMatch(role, k))) return false;
  return keys.some((k) => k.concept === role.concept) || role.qualifier !== null;
}

function parseRoleKey(key: string): RoleKey {
  const at = key.indexOf('@');
  return at < 0 ? { concept: key, qualifier: null } : { concept: key.slice(0, at), qualifier: key.slice(at + 1) };
}
