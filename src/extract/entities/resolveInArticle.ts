// From typed spans to EntityMentions, resolving each name to the fullest form it has in the
// article: "M. Lavrov" and "LAVROV" -> "Sergueï Lavrov" (same surname, compatible gender);
// "le chef de la diplomatie malienne" -> "Abdoulaye Diop" when Diop was given that role;
// "ONU" -> "Organisation des Nations unies"; an acronym in parentheses takes the name before it.
// A surname of a named person is a person; other spans nothing typed go to settleTypes.ts.
import type { EntityMention, EntityType } from '../../article.js';
import type { Token } from './tokenize.js';
import type { NameSpan } from './findNames.js';
import type { RolePhrase } from './findRoles.js';
import type { AttachedRoles } from './attachRoles.js';
import type { Gender } from './lexicon.js';
import { foldName, soundKey } from './normalizeName.js';
import { firstNameOf } from './gazetteer.js';
import { roleKey, rolesMatch } from './roleKey.js';
import { settleTypes, typeFromSiblings } from './settleTypes.js';
import { isAcronym } from './acronyms.js';
import { OFFICE_TITLES_FR } from './locales/fr/titles.js';
import { OFFICE_TITLES_EN } from './locales/en/titles.js';

/** "le roi Mohammed VI": a title that is an office is the person's role as well. */
const OFFICE_TITLES = new Set([...OFFICE_TITLES_FR, ...OFFICE_TITLES_EN]);

export interface Draft {
  span: NameSpan;
  start: number;
  end: number;
  /** The name's own words, cleaned: no title, no OCR hyphenation, single spaces. */
  clean: string;
  name: string;
  type: EntityType | null;
  gender: Gender | null;
  role?: RolePhrase;
}

export function resolveInArticle(text: string, tokens: Token[], names: NameSpan[], attached: AttachedRoles, lang: string): EntityMention[] {
  const drafts: Draft[] = names.map((span, i) => {
    const clean = cleanText(text.slice(tokens[span.first]!.start, tokens[span.last]!.end));
    const given = firstNameOf(foldName(clean.split(' ')[0] ?? ''));
    return {
      span,
      start: tokens[span.titleFirst ?? span.first]!.start,
      end: tokens[span.last]!.end,
      clean,
      name: span.org ? (lang === 'fr' ? span.org.fr : span.org.en) : clean,
      type: span.type,
      gender: span.gender ?? (span.last > span.first ? given?.gender ?? null : null),
      role: attached.roleOf.get(i),
    };
  });
  linkAcronyms(drafts, tokens);
  resolveSurnames(drafts);
  typeFromSiblings(drafts, tokens);
  const settled = settleTypes(drafts, tokens);

  const mentions: EntityMention[] = settled.map((d) => {
    const mention: EntityMention = { start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type!, name: d.name };
    if (d.role) {
      mention.roleSpan = { start: tokens[d.role.first]!.start, end: tokens[d.role.last]!.end };
      mention.role = cleanText(text.slice(mention.roleSpan.start, mention.roleSpan.end));
    } else if (d.type === 'person' && d.span.titleFirst !== null && OFFICE_TITLES.has(tokens[d.span.titleFirst]!.text.toLowerCase())) {
      const title = tokens[d.span.titleFirst]!;
      mention.roleSpan = { start: title.start, end: title.end };
      mention.role = title.text.toLowerCase();
    }
    return mention;
  });
  const persons = mentions.filter((m) => m.type === 'person' && m.role);
  for (const role of attached.roleOnly) {
    const start = tokens[role.determiner ?? role.first]!.start;
    const end = tokens[role.last]!.end;
    const roleSpan = { start: tokens[role.first]!.start, end };
    const roleText = cleanText(text.slice(roleSpan.start, end));
    const spoken = bodySpokenFor(mentions, role, tokens, start);
    if (spoken) {
      const bodyEnd = tokens[spoken.last]!.end;
      mentions.push({ start, end: bodyEnd, text: text.slice(start, bodyEnd), type: 'organization', name: spoken.body.name, role: roleText, roleSpan, roleOnly: true });
      continue;
    }
    const holder = holderInArticle(persons, roleText, start);
    mentions.push({ start, end, text: text.slice(start, end), type: 'person', name: holder ?? roleText, role: roleText, roleSpan, roleOnly: true });
  }
  return withoutOverlaps(mentions);
}

export function cleanText(raw: string): string {
  return raw.replace(/[¬\u00ad]\s*/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * "Cadre stratégique permanent (CSP)": an acronym in parentheses right after a name stands for it,
 * whatever its letters ("Permanent Strategic Framework (CSP)"), and takes its name; later, a lone
 * acronym made of a long form's initials takes it too ("Mission … au Mali" … "MINUSMA").
 */
function linkAcronyms(drafts: Draft[], tokens: Token[]): void {
  const sorted = [...drafts].sort((a, b) => a.span.first - b.span.first);
  sorted.forEach((d, n) => {
    const long = sorted[n - 1];
    const inParentheses = tokens[d.span.first - 1]?.text === '(' && tokens[d.span.last + 1]?.text === ')';
    if (!long || !inParentheses || long.span.last !== d.span.first - 2 || !(isAcronym(d.clean) || d.span.org)) return;
    if (long.type !== null && long.type !== 'organization') return;
    // "Bardella (RN)", "Dupont (PS)": one unknown word before a party's acronym is a surname.
    if (long.type === null && !long.clean.includes(' ')) return;
    long.type = 'organization';
    d.type = 'organization';
    d.name = long.name;
  });
  const byAcronym = new Map<string, string>();
  for (const d of drafts) {
    if (d.type !== 'organization' || d.span.org || d.clean.includes(' ') === false) continue;
    const initials = d.clean.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2) byAcronym.set(initials, d.name);
  }
  for (const d of drafts) {
    if (d.clean.includes(' ') || !/^\p{Lu}{2,}$/u.test(d.clean)) continue;
    const long = byAcronym.get(d.clean);
    if (long && !d.span.org) {
      d.name = long;
      d.type = 'organization';
    }
  }
}

/** Surname-only mentions take the full name of the person they match ("Diop" -> "Abdoulaye Diop"). */
function resolveSurnames(drafts: Draft[]): void {
  const bySurname = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const words = d.clean.split(' ');
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      const key = soundKey(words.slice(k).join(' '));
      if (key.length < 2) continue;
      const list = bySurname.get(key) ?? [];
      list.push(d);
      bySurname.set(key, list);
    }
  }
  for (const d of drafts) {
    if (d.type !== null && d.type !== 'person' && d.span.rule !== 'acronym') continue;
    const candidates = (bySurname.get(soundKey(d.clean)) ?? []).filter((c) => c !== d && gendersAgree(c.gender, d.gender));
    const distinct = new Set(candidates.map((c) => soundKey(c.name)));
    if (candidates.length === 0) continue;
    // Two different people share the surname: take the one named most recently before.
    const pick = distinct.size === 1 ? candidates[0]! : [...candidates].reverse().find((c) => c.start < d.start) ?? candidates[0]!;
    d.name = pick.name;
    d.type = 'person';
    d.gender ??= pick.gender;
  }
}

function gendersAgree(a: Gender | null, b: Gender | null): boolean {
  return a === null || b === null || a === 'x' || b === 'x' || a === b;
}

const SPOKESPERSON = 'spokesperson';
const DE = new Set(['du', 'de', 'des', 'd', "d'", 'd’']);
const ARTICLES = new Set(['la', 'le', 'les', "l'", 'l’']);

/**
 * "Le porte-parole du ministère" speaks for the body named before ("le ministère taliban de la
 * Gestion des catastrophes"): the mention stands for that body, whose head word it repeats.
 * Returns the body and the last token of the phrase, or null.
 */
function bodySpokenFor(mentions: EntityMention[], role: RolePhrase, tokens: Token[], at: number): { body: EntityMention; last: number } | null {
  if (roleKey(role.head).concept !== SPOKESPERSON) return null;
  let k = role.last + 1;
  if (!DE.has(tokens[k]?.text.toLowerCase() ?? '')) return null;
  k++;
  if (ARTICLES.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const noun = tokens[k];
  if (!noun || noun.kind !== 'word' || noun.capitalised || noun.boundaryBefore) return null;
  const head = foldName(noun.text);
  const body = mentions.filter((m) => m.type === 'organization' && m.start < at && foldName(m.text).split(' ')[0] === head).at(-1);
  return body ? { body, last: k } : null;
}

function holderInArticle(persons: EntityMention[], role: string, at: number): string | null {
  const asked = roleKey(role);
  const holders = persons.filter((p) => rolesMatch(asked, roleKey(p.role!)));
  if (holders.length === 0) return null;
  return ([...holders].reverse().find((p) => p.start < at) ?? holders[0]!).name;
}

/**
 * Sorted by start; where two overlap the longer stays, except that names inside a role-only
 * mention are kept beside it: "le président de l'Action nationale" stands for a person and
 * names a body ("Action nationale"), and both are facts.
 */
function withoutOverlaps(mentions: EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  let role: EntityMention | null = null;
  for (const m of sorted) {
    if (role && m.start >= role.start && m.end <= role.end && !m.roleOnly) {
      kept.push(m);
      continue;
    }
    const previous = kept.at(-1);
    if (previous && m.start < previous.end) {
      if (m.end - m.start > previous.end - previous.start) kept[kept.length - 1] = m;
      if (kept.at(-1)!.roleOnly) role = kept.at(-1)!;
      continue;
    }
    kept.push(m);
    role = m.roleOnly ? m : role;
  }
  return kept;
}
