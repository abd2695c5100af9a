// A shop's buying guide or a league's preview presents a few names, each above a paragraph about
// it: "Weber" / "L'icône du secteur : ses cuves…" / "Voir tous les barbecues Weber →", then
// "Campingaz" / "Le leader français…". The same names are printed again and again on the page (its
// product tiles, its filters), so the line classes take each for a template line ("repeated") and
// drop it. A copy that heads a paragraph naming it, in its text or in the link right below it, is
// a heading of the article; and the page shows such a section only if two names at least are
// presented so: one name above a teaser that repeats it is a rail's kicker ("Stuttgart" / "VfB
// Stuttgart | Interview…").
//
// On the shared slice: 4 article lines (a shop's brand section), none of boilerplate.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

const REPEATED_REASON = 'repeated';
/** A name: a word or a few ("Broil King"). */
export const NAME_MAX_WORDS = 4;
/** The paragraph below a heading: a sentence or more, not a teaser's label. */
export const PARAGRAPH_MIN_WORDS = 12;
/** Two names presented so make a section; one is a coincidence. */
export const MIN_NAMED = 2;

/** Lower case without accents: "Napoléon" is named "Napoleon" in its link. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function headsItsParagraph(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[], i: number): boolean {
  const below = lines[i + 1];
  if (!verdicts[i + 1].content || below.wordCount < PARAGRAPH_MIN_WORDS) return false;
  const name = fold(lines[i].text);
  if (fold(below.text).includes(name)) return true;
  const link = lines[i + 2];
  return link !== undefined && link.text !== lines[i].text && fold(link.text).includes(name);
}

/** For each line, whether it is a name heading its paragraph in a section of such (see above). */
export function namedHeadings(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let named: number[] | null = null;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (verdicts[i].reason !== REPEATED_REASON || lines[i].wordCount > NAME_MAX_WORDS || !headsItsParagraph(lines, verdicts, i)) continue;
    (named ??= []).push(i);
  }
  if (named === null || named.length < MIN_NAMED) return [];
  const taken = new Array<boolean>(lines.length).fill(false);
  for (const i of named) taken[i] = true;
  return taken;
}
