// Given names as extractors hand them over, cleaned: "Commerce Secretary Gary Locke" ->
// ["commerce", "gary"], "Raymond W. Kelly" -> ["raymond", "w"], "LuAnn Marie Johnson" -> ["luann", "marie"].
import { allLocales } from './locales/index.js';
import { editSimilarity, fold } from './text.js';

// Transliterations and spelling variants of one first name stay above this: "Sergueï" ~ "Sergey"
// (0.71), "Mohamed" ~ "Mohammed" (0.88), "Abdoulaye" ~ "Abdallah" (0.56); "Abdelkader" ~
// "Abdoulaye" (0.50) and "Abdoulaye" ~ "Moussa" (0.22) are other names.
const SAME_GIVEN_NAME = 0.52;
// A short form is the start of the full name: "Al" is Albert, "Ray" Kelly is Raymond.
const SHORT_FORM = 2;

/**
 * Folded name parts before the surname, past titles ("secretary", "ministre", "M.") and
 * possessives ("Boston Herald's Michael"); initials stay as one letter ("A. J. Smith" -> a, j).
 */
export function givenNames(parts: string[]): string[] {
  const before = parts.slice(0, -1);
  const afterPossessive = before.slice(before.findLastIndex((w) => /'s$|’s$/.test(w)) + 1);
  return afterPossessive.filter((w) => !isTitle(w)).map((w) => w.replace(/\.$/, ''));
}

const TITLES = new Set(allLocales().flatMap((l) => [...l.roleWords].map((w) => fold(w))));

function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, ''));
}

/** Two people's given names agree when any of them are one name written two ways. */
export function sameGivenNames(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameGivenName(x, y)));
}

/** "J." ~ "Jean", "Jean-Marie" ~ "Jean", "Bill" ~ "William", "Ray" ~ "Raymond", close spellings. */
export function sameGivenName(a: string, b: string): boolean {
  const full = (name: string) => allLocales().map((l) => l.nicknames[name]).find(Boolean) ?? name;
  const x = full(a.replace(/\.$/, ''));
  const y = full(b.replace(/\.$/, ''));
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  if (x.split('-')[0] === y.split('-')[0]) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= SHORT_FORM && long.startsWith(short)) return true;
  return editSimilarity(x, y) >= SAME_GIVEN_NAME;
}
