// Roles the article gives its people, so that a role phrase at an attribution site resolves
// to a name. "Le ministre russe des Affaires étrangères, Sergueï Lavrov, …" then "…, a ajouté
// le chef de la diplomatie russe": both roles normalise to {ministre, affaires, etrangere, russ}
// and the second resolves to Sergueï Lavrov.
import type { Gender, QuoteLocale } from './locale.js';
import { isPunctuation, type QuoteContext } from './context.js';
import { ORGANISATION_WORDS } from './locales/orgWords.js';
import type { NameRun } from './names.js';

export interface RoleHolder {
  name: string;
  mention: number | null;
  gender: Gender;
  person: true;
}

interface Entry {
  holder: RoleHolder;
  words: Set<string>;
  /** First offset where the article names this person. */
  at: number;
}

/** Tokens of role text taken on each side of a name. */
const ROLE_WINDOW = 12;
/** After "Name," these open no role: "Jordan Bardella, lui, …", "X, qui …". */
const APPOSITION_BLOCKERS = new Set(['lui', 'elle', 'eux', 'elles', 'qui', 'que', "qu'", 'dont', 'himself', 'herself', 'who', 'which', 'a', 'has', 'had', 'et', 'and']);
/** Tokens of a role written just before a name ("l'ancien Premier ministre Amadou Ba"). */
const PREFIX_WINDOW = 4;

export class RoleBook {
  readonly entries: Entry[] = [];

  constructor(readonly ctx: QuoteContext) {
    const { tokens, runs, mentions, book, locale } = ctx;
    // first token of the name with its title ("M." in "M. Lavrov")
    const titleOrFirst = (run: NameRun) => {
      let t = run.first;
      while (t > 0 && tokens[t - 1].start >= run.start) t--;
      return t;
    };
    const byName = new Map<string, Entry>();
    for (const run of runs) {
      if (!run.person) continue;
      const name = run.mention !== null ? mentions[run.mention].name : book.full(run.text);
      let entry = byName.get(name);
      if (!entry) {
        entry = { holder: { name, mention: run.mention, gender: book.gender(name) ?? run.gender, person: true }, words: new Set(), at: run.start };
        byName.set(name, entry);
        this.entries.push(entry);
      }
      const add = (from: number, to: number) => {
        for (const w of roleWords(tokens.slice(Math.max(0, from), to + 1).map((t) => t.text).join(' '), locale)) entry.words.add(w);
      };
      // "l'entraîneur lensois Franck Haise": a short noun phrase right before the name
      let k = run.first - 1;
      while (k >= 0 && run.first - k <= PREFIX_WINDOW && !isPunctuation(tokens[k]) && !locale.determiners.has(tokens[k].lower)) k--;
      if (k >= 0 && locale.determiners.has(tokens[k].lower) && !isPunctuation(tokens[k])) add(k + 1, titleOrFirst(run) - 1);
      // "Le ministre …, Sergueï Lavrov, …": a chunk before the name, when the name is an apposition
      let b = titleOrFirst(run) - 1;
      if (tokens[b]?.text === ',' && tokens[run.last + 1]?.text === ',') {
        let a = b - 1;
        while (a >= 0 && b - a <= ROLE_WINDOW && !isPunctuation(tokens[a])) a--;
        add(a + 1, b - 1);
      }
      // "Abdoulaye Diop, ministre malien des Affaires étrangères,"
      const opening = tokens[run.last + 2]?.lower ?? '';
      // "Sergueï Lavrov, arrivé à Bamako lundi": a participle clause, not a role
      if (tokens[run.last + 1]?.text === ',' && !APPOSITION_BLOCKERS.has(opening) && !/(?:é|ée|és|ées|ed)$/.test(opening)) {
        let c = run.last + 2;
        while (c < tokens.length && c - run.last <= ROLE_WINDOW && !isPunctuation(tokens[c])) c++;
        add(run.last + 2, c - 1);
      }
      const role = run.mention !== null ? mentions[run.mention].role : undefined;
      if (role) for (const w of roleWords(role, locale)) entry.words.add(w);
    }
  }

  /** `name` has no stated role, or one that includes `head` ("president" for "le président russe"). */
  compatible(name: string, wanted: string[]): boolean {
    const entry = this.entries.find((e) => e.holder.name === name);
    if (!entry || entry.words.size === 0) return true;
    const [head, ...rest] = wanted;
    // "le ministre russe" is not the man introduced as "ministre malien des Affaires étrangères"
    return entry.words.has(head) && rest.filter((w) => entry.words.has(w)).length * 2 >= rest.length;
  }

  /**
   * A role phrase names a person unless it names a body: a capitalised head ("the World
   * Meteorological Organization") or an organisation word ("la préfecture", "le ministère").
   */
  isPersonRole(phrase: string): boolean {
    const words = phrase.split(/[\s']+/).filter((w) => w && !this.ctx.locale.determiners.has(w.toLowerCase()) && !this.ctx.locale.determiners.has(`${w.toLowerCase()}'`));
    if (!words[0] || /^\p{Lu}/u.test(words[0])) return false;
    return !words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || DOCUMENTS.test(w));
  }
}

const DOCUMENTS = /^(?:résultats|communiqué|rapport|statement|report|décompte|bilan)$/i;

/** The one person whose stated role best covers `phrase`, or null when none or a tie. */
export function matchRole(book: RoleBook, phrase: string, at: number): RoleHolder | null {
  const wanted = roleWords(phrase, book.ctx.locale);
  if (wanted.length === 0) return null;
  const head = wanted[0];
  let best: Entry | null = null;
  let bestScore = 0;
  let tie = false;
  for (const e of book.entries) {
    if (!e.words.has(head)) continue;
    let score = 0;
    for (const w of wanted) if (e.words.has(w)) score++;
    // a person named only after this point is a weaker match: prefer those already introduced
    const adjusted = score - (e.at > at ? 0.5 : 0);
    if (adjusted > bestScore) {
      best = e;
      bestScore = adjusted;
      tie = false;
    } else if (adjusted === bestScore) tie = true;
  }
  const needed = Math.min(2, wanted.length);
  return best && !tie && bestScore >= needed ? best.holder : null;
}

/** Content words of a role, accents and plural/feminine endings removed, synonyms unified. */
export function roleWords(text: string, locale: QuoteLocale): string[] {
  let s = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'");
  for (const [re, to] of locale.roleSynonyms) s = s.replace(re, to);
  return s
    .split(/[^a-z']+/)
    .map((w) => w.replace(/^(?:l|d|qu)'/, ''))
    .filter((w) => w.length > 1 && !locale.roleStopwords.has(w))
    .map(stem);
}

/** "malienne" -> "malien", "étrangères" -> "etranger", "ministres" -> "ministr". */
function stem(w: string): string {
  return w.replace(/s$/, '').replace(/(ien|on)ne$/, '$1').replace(/e$/, '').replace(/er$/, 'er');
}
