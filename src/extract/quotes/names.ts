// Person and body names written in an article: capitalised runs with their titles, the
// fullest spelling of each surname ("M. Lavrov" -> "Sergueï Lavrov"), and a gender when a
// title or a known given name tells it.
import type { EntityMention, Span } from '../../article.js';
import type { Gender, QuoteLocale } from './locale.js';
import type { Token } from './tokens.js';
import { FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES } from './locales/firstNames.js';
import { ORGANISATION_WORDS } from './locales/orgWords.js';

export interface NameRun extends Span {
  /** Tokens [first, last] of the name itself, title excluded. */
  first: number;
  last: number;
  text: string;
  gender: Gender;
  /** Looks like a person: a title, a known given name, or a mention typed person. */
  person: boolean;
  /** Index into article.mentions when the run lies inside a mention. */
  mention: number | null;
}

/** Lower-case particles inside names: "Rachid ben Amor", "Iyad ag Ghaly", "Charles de Gaulle". */
const PARTICLES = new Set(['sans', 'de', 'du', 'des', 'da', 'di', 'van', 'von', 'ben', 'bin', 'ibn', 'ould', 'ag', 'el', 'al', 'le', 'la', 'dos', 'del']);
/** A capitalised run right after these belongs to a longer phrase ("ministre de la Transition"). */
const PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'of', 'à', 'au', 'aux', 'in', 'at', 'from', 'for', 'by', 'with', 'dans', 'sur', 'par', 'pour']);
const PHRASE_LINKS = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', 'les', "l'", 'the']);

function isCapitalised(tok: Token | undefined): boolean {
  return !!tok && /^\p{Lu}/u.test(tok.text);
}

export function givenNameGender(word: string): Gender {
  const w = word.toLowerCase();
  if (FEMININE_FIRST_NAMES.has(w)) return 'f';
  if (MASCULINE_FIRST_NAMES.has(w)) return 'm';
  return null;
}

/** Title before token i ("M." is two tokens, "Mme" one): [gender, first token of the title] or null. */
function titleBefore(tokens: Token[], i: number, locale: QuoteLocale): [Gender, number] | null {
  const prev = tokens[i - 1];
  if (!prev) return null;
  if (prev.text === '.' && tokens[i - 2] && `${tokens[i - 2].lower}.` in locale.titles) return [locale.titles[`${tokens[i - 2].lower}.`], i - 2];
  if (prev.lower in locale.titles && isCapitalised(prev)) return [locale.titles[prev.lower], i - 1];
  return null;
}

/** Every capitalised run in tokens[from, to), mentions first when they cover the run. */
export function nameRuns(tokens: Token[], from: number, to: number, locale: QuoteLocale, mentions: EntityMention[]): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (!isCapitalised(tok) || locale.notNames.has(tok.lower) || tok.lower in locale.titles) continue;
    let last = i;
    while (last + 1 < to) {
      const next = tokens[last + 1];
      if (isCapitalised(next) && !locale.notNames.has(next.lower)) last++;
      else if (PARTICLES.has(next.lower) && isCapitalised(tokens[last + 2]) && last + 2 < to) last += 2;
      else break;
    }
    const title = titleBefore(tokens, i, locale);
    const words = tokens.slice(i, last + 1);
    const mention = mentionIndexAt(mentions, tok.start);
    const org = words.some((w) => ORGANISATION_WORDS.has(w.lower));
    let gender: Gender = title ? title[0] : givenNameGender(words[0].text.split('-')[0]) ?? givenNameGender(words[0].text);
    const typedPerson = mention !== null && mentions[mention].type === 'person';
    const person = typedPerson || (!org && (title !== null || gender !== null));
    // "the World Meteorological Organization" heads its phrase; "la mission de la CEDEAO" does not
    const namedBody = mention !== null && mentions[mention].type === 'organization' && !PREPOSITIONS.has(tokens[i - 2]?.lower ?? '') && !PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
    const linked = i > 0 && PHRASE_LINKS.has(tokens[i - 1].lower) && !person && !namedBody;
    if (!linked) {
      const start = title ? tokens[title[1]].start : tok.start;
      runs.push({ start, end: tokens[last].end, first: i, last, text: words.map((w) => w.text).join(' '), gender, person, mention });
    }
    i = last;
  }
  return runs;
}

export function mentionIndexAt(mentions: EntityMention[], pos: number): number | null {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start <= pos && pos < m.end) return k;
    if (m.start > pos) break;
  }
  return null;
}

/** The article's people: fullest spelling by surname, and what gender each is known to have. */
export class NameBook {
  private readonly fullest = new Map<string, string>();
  private readonly genders = new Map<string, Gender>();

  constructor(runs: NameRun[], mentions: EntityMention[]) {
    for (const run of runs) {
      const full = run.mention !== null && mentions[run.mention].type === 'person' ? mentions[run.mention].name : run.text;
      const key = surnameKey(full);
      const known = this.fullest.get(key);
      if (run.person && (!known || full.length > known.length) && full.split(' ').length >= 2) this.fullest.set(key, full);
      if (run.gender) this.genders.set(key, run.gender);
    }
  }

  /** "Lavrov" -> "Sergueï Lavrov" when the article wrote the full name somewhere. */
  full(name: string): string {
    return this.fullest.get(surnameKey(name)) ?? name;
  }

  gender(name: string): Gender {
    const key = surnameKey(name);
    return this.genders.get(key) ?? givenNameGender(this.full(name).split(/[\s-]/)[0]);
  }

  isPerson(name: string): boolean {
    return this.fullest.has(surnameKey(name));
  }
}

function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words.at(-1) ?? '').toLowerCase();
}
