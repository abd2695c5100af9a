// One person named differently: "le ministre Abdoulaye Diop" in one source, "le ministre Moussa
// Diop" in another. Same surname, same role (or the same statement), another first name.
import type { ConflictValue } from '../article.js';
import { localeFor } from './locales/index.js';
import { givenNames, sameGivenNames } from './givenNames.js';
import type { Person } from './readSentences.js';
import { byPublished, type ConflictDraft } from './conflictDraft.js';
import { ALIGN_THRESHOLD } from './alignSentences.js';
import { sameOrigin, type EventReading } from './readEvent.js';
import { fold, tokenize } from './text.js';

const ROLE_WINDOW = 4;
// Without a role on both sides, two first names disagree only in sentences that otherwise say
// the same thing this closely.
const SAME_STATEMENT = Math.max(ALIGN_THRESHOLD, 0.5);

interface Named {
  person: Person;
  first: string[];
  role: string | null;
  sentence: number;
  article: string;
}

export function findNameConflicts(reading: EventReading): ConflictDraft[] {
  const bySurname = new Map<string, Map<string, Named[]>>();
  reading.sentences.forEach((s, sentence) => {
    for (const person of s.persons) {
      if (person.roleOnly) continue;
      const surname = person.parts.at(-1)!;
      const first = givenNames(person.parts);
      if (surname.length < 2 || first.length === 0) continue;
      const perArticle = bySurname.get(surname) ?? new Map<string, Named[]>();
      const list = perArticle.get(s.article) ?? [];
      const role = person.role ? fold(person.role) : roleBefore(reading, s.article, person);
      list.push({ person, first, role, sentence, article: s.article });
      perArticle.set(s.article, list);
      bySurname.set(surname, perArticle);
    }
  });

  const drafts: ConflictDraft[] = [];
  for (const [surname, perArticle] of bySurname) {
    // An article that itself names two people of this surname (a family) says nothing here.
    const stated = [...perArticle.values()].filter((list) => list.every((n) => sameGivenNames(n.first, list[0]!.first))).map((list) => list[0]!);
    const pair = firstDisagreement(reading, stated);
    if (!pair) continue;
    drafts.push({
      about: `first name of ${[pair[0].role ?? pair[1].role, capitalise(surname)].filter(Boolean).join(' ')}`,
      topic: { kind: 'firstName', person: [pair[0].role ?? pair[1].role, capitalise(surname)].filter(Boolean).join(' ') },
      kind: 'name',
      values: stated.filter((n) => !n.role || !pair[0].role || sameRole(n.role, pair[0].role)).map((n) => toValue(reading, n)).sort(byPublished),
      cumulative: false,
    });
  }
  return drafts;
}

function firstDisagreement(reading: EventReading, stated: Named[]): [Named, Named] | null {
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const a = stated[i]!;
      const b = stated[j]!;
      if (sameOrigin(reading, a.article, b.article) || sameGivenNames(a.first, b.first)) continue;
      const roles = a.role && b.role ? sameRole(a.role, b.role) : false;
      if (roles || reading.score(a.sentence, b.sentence) >= SAME_STATEMENT) return [a, b];
    }
  }
  return null;
}

// Roles compare on the first letters of their words, which also holds across French and English:
// "ministre des Affaires étrangères" ~ "foreign minister" on "minis".
const ROLE_PREFIX = 5;

function sameRole(a: string, b: string): boolean {
  const words = (role: string) => new Set(fold(role).split(/[\s'-]+/).filter((w) => w.length > 3).map((w) => w.slice(0, ROLE_PREFIX)));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

// "le ministre Abdoulaye Diop": a role word in the few words before the name.
function roleBefore(reading: EventReading, articleId: string, person: Person): string | null {
  const article = reading.articles.get(articleId)!;
  const locale = localeFor(article.lang);
  const before = tokenize(article.text.slice(Math.max(0, person.start - 60), person.start)).slice(-ROLE_WINDOW);
  const role = before.find((t) => locale.roleWords.has(t.text.toLowerCase()));
  return role ? fold(role.text) : null;
}

function toValue(reading: EventReading, n: Named): ConflictValue {
  const published = reading.articles.get(n.article)?.published ?? null;
  return { value: n.person.name, article: n.article, start: n.person.start, end: n.person.end, published };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
