// The fact box above an encyclopedic article, copied as text: "Mozilla" / "Industry" / "Open-source
// software" / "Founded" / "February 28, 1998" / … / then the first paragraph, "Mozilla is a
// free-software community, created in 1998…". Labels and values one a line are short and dense
// with names, so the densest-run search leaves the box out; what tells it from a menu is its
// title and its facts: the box is headed by the name of its subject, the article's first
// sentence opens on that same name, and it gives dates and figures. A menu above an article is
// headed by no such name, holds furniture ("Search", "Log in") or lines dense with links, and
// no figures.
import type { LineClass } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';

/** A box of facts runs to a few dozen label and value lines; a country's runs to a hundred. */
export const INFOBOX_MAX_LINES = 120;
/** Fewer lines make no box to recover: a title and a caption. */
export const INFOBOX_MIN_LINES = 4;
/** The subject's name is a few words: "New Zealand", "Hermitian matrix", "Kofi Annan". */
export const SUBJECT_MAX_WORDS = 6;

/**
 * For each line, whether it is in the fact box right above the article's first line (`verdicts`,
 * as judged so far): the lines from the nearest line above it that names the subject the first
 * line opens on ("New Zealand" above "New Zealand (Māori: Aotearoa) is a sovereign island
 * country…"), INFOBOX_MIN_LINES to INFOBOX_MAX_LINES of them, one at least with a figure, none of
 * them a paragraph, a menu-like line, known furniture or a tail marker.
 */
export function infobox(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[]): boolean[] {
  const { lines } = page;
  const first = verdicts.findIndex((v) => v.content);
  if (first < INFOBOX_MIN_LINES || classes[first] !== 'good') return [];
  const lede = lines[first].text;
  for (let i = first - 1; i >= 0 && first - i <= INFOBOX_MAX_LINES; i--) {
    const line = lines[i];
    if (!inBox(line, classes[i])) return [];
    if (line.wordCount > SUBJECT_MAX_WORDS || !namesSubject(line.text, lede)) continue;
    if (first - i < INFOBOX_MIN_LINES || !holdsFigure(lines, i, first)) return [];
    const taken = new Array<boolean>(first).fill(false);
    for (let k = i; k < first; k++) taken[k] = true;
    return taken;
  }
  return [];
}

const DIGIT = /\d/;

/**
 * A box of facts gives a date or a figure ("Founded" / "February 28, 1998"); a menu of sections
 * whose last item happens to open the article ("Afrique" / "Mali" / …, "Mali, la junte…") gives none.
 */
function holdsFigure(lines: PageFeatures['lines'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DIGIT.test(lines[k].text)) return true;
  return false;
}

/** A picture's caption in the box is a sentence ("Location of New Zealand, including…"); a paragraph is longer. */
export const CAPTION_MAX_CHARS = 200;

/**
 * A label, a value or a caption: no menu-like line, known furniture or tail marker. A line the
 * page repeats is one: the subject's name heads the box and the links below it, a label recurs
 * ("• Total" under "Area", then under "Population").
 */
function inBox(line: PageFeatures['lines'][number], cls: LineClass): boolean {
  if (cls === 'bad' || line.furniture !== null || line.tail) return false;
  return cls !== 'good' || line.text.length <= CAPTION_MAX_CHARS;
}

/** "New Zealand" names the subject of "New Zealand (Māori: …) is…", "Mozilla" that of "Mozilla is…". */
function namesSubject(name: string, lede: string): boolean {
  if (!lede.startsWith(name)) return false;
  const next = lede.charCodeAt(name.length);
  return next === 0x20 /* space */ || next === 0x2c /* , */ || next === 0x28 /* ( */;
}
