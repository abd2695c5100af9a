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
// The index saves what resolution reads, never the mentions (entityIndexState.ts): a reload at
// any point, then more adds, gives the index of a run never saved (EntityIndex.reload.test.ts).
import type { Article, Entity, EntityMention } from '../../article.js';
import { foldName } from './normalizeName.js';
import { firstNameOf } from './gazetteer.js';
import { roleKey, roleKeyString, rolesMatch, type RoleKey } from './roleKey.js';
import { isAcronym } from './acronyms.js';
import { keysOf, poolOf, pooledKeys } from './entityKeys.js';
import { canonicalName, canonicalPlace } from './canonicalName.js';
import { HONORIFICS_FR } from './locales/fr/titles.js';
import { HONORIFICS_EN } from './locales/en/titles.js';
import { loadEntity, saveEntity, STATE_VERSION, upgradeState, type SavedEntity, type State } from './entityIndexState.js';

export const VERSION = STATE_VERSION;

/** A saved entity and the sets that answer "seen already?" in one probe (rebuilt on load). */
interface EntityRecord extends SavedEntity {
  /** The keys it is found under: saved once, in the key lists (byKey), not per entity. */
  keys: Set<string>;
  seen: { aliases: Set<string>; events: Set<string>; roles: Set<string> };
}

export class EntityIndex {
  private records: EntityRecord[] = [];
  private byId = new Map<string, EntityRecord>();
  /** key -> ids in the order they learnt it: a lookup takes the first. */
  private byKey = new Map<string, string[]>();
  /** event -> role key -> holders, in order of first holding. */
  private holders = new Map<string, Map<string, string[]>>();

  add(article: Article, eventId: string): string[] {
    const ids: string[] = [];
    const inArticle = new Set<EntityRecord>();
    const pooled = pooledKeys(article.mentions ?? [], eventId);
    for (const mention of article.mentions ?? []) {
      let record: EntityRecord;
      try {
        const keys = pooled.get(poolOf(mention)) ?? keysOf(mention, eventId);
        record = this.resolve(mention, eventId, keys) ?? this.create(mention);
        this.record(record, mention, eventId, keys);
      } catch {
        record = this.create({ ...mention, type: 'other' });
      }
      record.mentions++;
      if (!inArticle.has(record)) {
        inArticle.add(record);
        record.articles++;
      }
      ids.push(record.id);
    }
    return ids;
  }

  /**
   * Every entity with its name, type, aliases and roles. `mentions` and `articles` are left
   * empty: the index neither keeps nor saves them, they are read from the articles, whose
   * mentions carry their entity id (pipeline.ts, withMentions).
   */
  entities(): Entity[] {
    return this.records.map(publicEntity);
  }

  /** One entity, as `entities()` gives it (without mentions nor articles). */
  get(id: string): Entity | undefined {
    const record = this.byId.get(id);
    return record ? publicEntity(record) : undefined;
  }

  holderOfRole(role: string, eventId: string): string | null {
    const inEvent = this.holders.get(eventId);
    if (!inEvent) return null;
    const asked = roleKey(role);
    // A role nobody was named for ("le ministre russe" on its own) holds nothing: only named people answer.
    const named = (ids: string[]) => ids.filter((id) => isNamed(this.byId.get(id)!));
    const exact = named(inEvent.get(roleKeyString(role)) ?? []);
    if (exact.length === 1) return exact[0]!;
    const found = new Set<string>();
    for (const [key, ids] of inEvent) if (rolesMatch(asked, parseRoleKey(key))) for (const id of named(ids)) found.add(id);
    return found.size === 1 ? [...found][0]! : null;
  }

  toJSON(): State {
    return {
      version: STATE_VERSION,
      entities: this.records.map(saveEntity),
      keys: [...this.byKey].map(([key, ids]) => [key, ...ids]),
      holders: [...this.holders].flatMap(([event, roles]) => [...roles].map(([role, ids]) => [event, role, ...ids] as State['holders'][number])),
    };
  }

  /** Any saved state, `entity-index-1` included; anything else gives an empty index. */
  static fromJSON(state: unknown): EntityIndex {
    const index = new EntityIndex();
    const saved = upgradeState(state);
    if (!saved) return index;
    for (const entity of saved.entities) index.insert(loadEntity(entity));
    for (const [key, ...ids] of saved.keys) {
      index.byKey.set(key, ids);
      for (const id of ids) index.byId.get(id)?.keys.add(key);
    }
    for (const [event, role, ...ids] of saved.holders) {
      let inEvent = index.holders.get(event);
      if (!inEvent) index.holders.set(event, (inEvent = new Map()));
      inEvent.set(role, ids);
    }
    return index;
  }

  private resolve(mention: EntityMention, eventId: string, keys: string[]): EntityRecord | undefined {
    if (mention.roleOnly && mention.name === mention.role) {
      const holder = this.holderOfRole(mention.role ?? mention.name, eventId);
      if (holder) return this.byId.get(holder);
      return this.first(`r:${eventId}:${roleKeyString(mention.name)}`);
    }
    if (mention.type !== 'person') {
      for (const key of keys) {
        const found = this.first(key);
        if (found) return found;
      }
      return undefined;
    }
    // A person's keys are [full name, surname], or [surname] alone (keysOf).
    const person = keys.length > 1 ? { full: keys[0]!, surname: keys[1]! } : { full: null, surname: keys[0]! };
    if (person.full) {
      const same = this.first(person.full);
      if (same) return same;
    }
    // A surname alone, or a full name first met as a surname: join one compatible person of the event.
    const gender = genderOf(mention);
    const role = mention.role ? roleKey(mention.role) : null;
    const candidates = this.lookup(person.surname).filter(
      (r) =>
        r.seen.events.has(eventId) &&
        (person.full === null || !hasFullName(r)) &&
        (gender === null || r.gender === null || r.gender === gender) &&
        !rolesClash(role, r.roleKeys),
    );
    if (candidates.length <= 1) return candidates[0];
    const sameRole = role ? candidates.filter((r) => r.roleKeys.some((k) => rolesMatch(role, parseRoleKey(k)))) : [];
    return sameRole.length === 1 ? sameRole[0] : undefined;
  }

  private first(key: string): EntityRecord | undefined {
    const ids = this.byKey.get(key);
    return ids ? this.byId.get(ids[0]!) : undefined;
  }

  private lookup(key: string): EntityRecord[] {
    return (this.byKey.get(key) ?? []).map((id) => this.byId.get(id)!);
  }

  private create(mention: EntityMention): EntityRecord {
    return this.insert({
      id: `n${this.records.length + 1}`,
      name: mention.name,
      type: mention.type,
      aliases: [],
      roles: [],
      roleKeys: [],
      gender: null,
      spellings: [],
      events: [],
      mentions: 0,
      articles: 0,
    });
  }

  private insert(saved: SavedEntity): EntityRecord {
    const record: EntityRecord = {
      ...saved,
      keys: new Set(),
      seen: { aliases: new Set(saved.aliases), events: new Set(saved.events), roles: new Set(saved.roles) },
    };
    this.records.push(record);
    this.byId.set(record.id, record);
    return record;
  }

  private record(record: EntityRecord, mention: EntityMention, eventId: string, keys: string[]): void {
    const seen = record.seen;
    // "colonel Abdoulaye Maïga" is written "Abdoulaye Maïga" once its title is off: both are surfaces.
    this.alias(record, mention.text);
    if (!mention.roleOnly && mention.name !== mention.text && mention.text.includes(mention.name)) this.alias(record, mention.name);
    if (!seen.events.has(eventId)) {
      seen.events.add(eventId);
      record.events.push(eventId);
      for (const key of record.roleKeys) this.hold(eventId, key, record.id);
    }
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
      if (record.keys.has(key)) continue;
      record.keys.add(key);
      const ids = this.byKey.get(key);
      if (ids) ids.push(record.id);
      else this.byKey.set(key, [record.id]);
    }
  }

  private alias(record: EntityRecord, alias: string): void {
    if (record.seen.aliases.has(alias)) return;
    record.seen.aliases.add(alias);
    record.aliases.push(alias);
  }

  private hold(eventId: string, roleKeyText: string, id: string): void {
    let inEvent = this.holders.get(eventId);
    if (!inEvent) this.holders.set(eventId, (inEvent = new Map()));
    const ids = inEvent.get(roleKeyText);
    if (!ids) inEvent.set(roleKeyText, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }
}

function publicEntity(r: EntityRecord): Entity {
  return { id: r.id, name: r.name, type: r.type, aliases: [...r.aliases], roles: [...r.roles], articles: [], mentions: [] };
}

/** Named: known by a name, not only as the holder of a role nobody was named for. */
function isNamed(record: EntityRecord): boolean {
  for (const key of record.keys) if (!key.startsWith('r:')) return true;
  return false;
}

function hasFullName(record: EntityRecord): boolean {
  for (const key of record.keys) if (key.startsWith('p:')) return true;
  return false;
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
