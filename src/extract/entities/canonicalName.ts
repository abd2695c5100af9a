// The name an entity is shown under: the most complete well-formed spelling among those seen
// (README of demo/: "Assimi Goïta" with its diaeresis, the full name of a body, not its acronym).
import { expandsAcronym } from './acronyms.js';

/**
 * A place's spellings are variants of one word, not longer and shorter names: the most frequent
 * wins, then the accented one, then the first seen ("Tinzaouatène" over "Tin Zaouatene").
 */
export function canonicalPlace(spellings: [string, number][]): string {
  const accents = (s: string) => (/[^\x00-\x7f]/.test(s) ? 1 : 0);
  let best = spellings[0]!;
  for (const spelling of spellings) {
    if (spelling[1] > best[1] || (spelling[1] === best[1] && accents(spelling[0]) > accents(best[0]))) best = spelling;
  }
  return best[0];
}

/**
 * Most complete well-formed spelling: one that spells out the body's acronym, then more words,
 * then proper case over capitals, then accents. The acronym test keeps a body's own name over a
 * description of it: "US Geological Survey" (USGS) over "Institut américain de géophysique".
 */
export function canonicalName(spellings: [string, number][], acronyms: string[]): string {
  const score = (s: string) => {
    const expands = acronyms.some((a) => expandsAcronym(s, a)) ? 1 : 0;
    const words = s.split(/\s+/).length;
    const properCase = s !== s.toUpperCase() ? 1 : 0;
    const accents = /[^\x00-\x7f]/.test(s) ? 1 : 0;
    return expands * 10_000 + words * 100 + properCase * 10 + accents;
  };
  let best = spellings[0]![0];
  for (const [s] of spellings) if (score(s) > score(best)) best = s;
  return best;
}
