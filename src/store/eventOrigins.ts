// An event's independent origins as a store counts them: crosscheck's one rule (countOrigins.ts),
// so that `recoupe events`, the API and the UI give the number `recoupe analyze --json` gives.
// A store knows each article by its row: its outlet, and the origin of its duplicate group.
import { countOrigins, originsOf } from '../crosscheck/countOrigins.js';

export interface OriginMember {
  id: string;
  outlet: string | null;
  /** Origin of the article's duplicate group; null when it has no copy. */
  duplicateGroup: string | null;
}

export function eventOrigins(members: OriginMember[]): number {
  const duplicateOf = new Map(members.map((m) => [m.id, m.duplicateGroup === m.id ? null : m.duplicateGroup]));
  return countOrigins(
    members.map((m) => m.id),
    originsOf(members, duplicateOf),
  );
}

export interface ArticleOriginRow {
  event: string;
  id: string;
  outlet: string | null;
  duplicate_group: string | null;
}

/** Every event's origins from its article rows: what a migration recounts a store with. */
export function originsByEvent(rows: Iterable<ArticleOriginRow>): Map<string, number> {
  const members = new Map<string, OriginMember[]>();
  for (const { event, id, outlet, duplicate_group } of rows) {
    const list = members.get(event);
    const member = { id, outlet, duplicateGroup: duplicate_group };
    if (list) list.push(member);
    else members.set(event, [member]);
  }
  return new Map([...members].map(([event, list]) => [event, eventOrigins(list)]));
}
