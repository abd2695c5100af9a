// One person given two roles: "Abdoulaye Diop, ministre des Affaires étrangères" in most sources,
// "le ministre de la Défense, Abdoulaye Diop" in one. Roles compare by what they are in charge
// of, so "chef de la diplomatie" and "Foreign Minister" agree.
import type { ConflictValue } from '../article.js';
import { allLocales } from './locales/index.js';
import type { Person } from './readSentences.js';
import { byPublished, type ConflictDraft } from './conflictDraft.js';
import { givenNames, sameGivenNames } from './givenNames.js';
import { sameOrigin, type EventReading } from './readEvent.js';
import { fold } from './text.js';

interface Held {
  person: Person;
  portfolio: string;
  article: string;
}

export function findRoleConflicts(reading: EventReading): ConflictDraft[] {
  const bySurname = new Map<string, Held[]>();
  for (const s of reading.sentences) {
    for (const person of s.persons) {
      const portfolio = person.role ? portfolioOf(person.role) : null;
      if (!portfolio) continue;
      const surname = person.parts.at(-1)!;
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), { person, portfolio, article: s.article }]);
    }
  }

  const drafts: ConflictDraft[] = [];
  for (const held of bySurname.values()) {
    // Each article's first statement of the person's role; articles that give two roles are
    // describing a career, not disagreeing.
    const perArticle = new Map<string, Held>();
    const ambiguous = new Set<string>();
    for (const h of held) {
      const first = perArticle.get(h.article);
      if (!first) perArticle.set(h.article, h);
      else if (first.portfolio !== h.portfolio) ambiguous.add(h.article);
    }
    const stated = [...perArticle.values()].filter((h) => !ambiguous.has(h.article));
    const pair = firstDisagreement(reading, stated);
    if (!pair) continue;
    const samePerson = stated.filter((h) => samePersonAs(h, pair[0]));
    drafts.push({
      about: `role of ${pair[0].person.name}`,
      topic: { kind: 'role', person: pair[0].person.name },
      kind: 'name',
      values: samePerson.map((h) => toValue(reading, h)).sort(byPublished),
      cumulative: false,
    });
  }
  return drafts;
}

function firstDisagreement(reading: EventReading, stated: Held[]): [Held, Held] | null {
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const a = stated[i]!;
      const b = stated[j]!;
      if (a.portfolio === b.portfolio || sameOrigin(reading, a.article, b.article) || !samePersonAs(a, b)) continue;
      return [a, b];
    }
  }
  return null;
}

function samePersonAs(a: Held, b: Held): boolean {
  // "M. Diop" (no given name) may be anyone called Diop: the given names present must agree.
  const [ga, gb] = [givenNames(a.person.parts), givenNames(b.person.parts)];
  return a.person.parts.at(-1) === b.person.parts.at(-1) && (ga.length === 0 || gb.length === 0 || sameGivenNames(ga, gb));
}

/** "ministre malien de la Défense" -> "defence"; the longest phrase found wins. */
export function portfolioOf(role: string): string | null {
  const folded = ` ${fold(role).replace(/[^\p{L}\s]+/gu, ' ')} `;
  let best: { phrase: string; portfolio: string } | null = null;
  for (const locale of allLocales()) {
    for (const [phrase, portfolio] of Object.entries(locale.rolePortfolios)) {
      if (folded.includes(` ${phrase} `) && (!best || phrase.length > best.phrase.length)) best = { phrase, portfolio };
    }
  }
  return best?.portfolio ?? null;
}

function toValue(reading: EventReading, h: Held): ConflictValue {
  const span = h.person.roleSpan ?? h.person;
  return {
    value: h.person.role ?? h.portfolio,
    article: h.article,
    start: span.start,
    end: span.end,
    published: reading.articles.get(h.article)?.published ?? null,
  };
}
