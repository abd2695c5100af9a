// The lede of a clean article pasted as text: "Manning threw for 364 yards and three touchdowns,
// and the visiting Colts secured the No. 5 seed…" / the body. Such a text is a headline, maybe a
// date line, then sentences one a line; the densest-run search may start the body a few lines
// down, where stop words grow denser, and leave the first sentences, full of names and figures,
// above it. A whole page copied as text has its menus above the article ("Accueil" / "Sport" /
// "Connexion": lines the classes call menu-like) or a long stretch of teasers; a clean article
// has neither. So when the lines above the body are few and none but the first (the headline)
// reads as a menu, the sentences right above the first kept line, up to the first line that is no
// sentence, are the article's.
//
// On the shared slice's 313 pages this takes nothing (each has a menu line or more above its
// body, or too many lines); on the ECB+ texts it keeps 42 sentence lines the text path dropped.
import type { LineClass, LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';

/**
 * Lines above the body a clean article may hold: a headline, a date line, a byline, a few lede
 * sentences. Beyond, a stretch without a menu is rather a list of teasers ("Vikings come back to
 * beat the Broncos (145)", …), which the rule then leaves alone.
 */
export const LEDE_MAX_LINES_ABOVE = 12;
/** One sentence at least this long in the run: "Cheeks is in." alone proves nothing. */
export const LEDE_MIN_WORDS = 8;

/** For each line, whether it is a lede sentence above the body of a clean article (see above). */
export function ledeSentences(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly LineVerdict[]): boolean[] {
  const { lines } = page;
  const taken: boolean[] = [];
  let first = 0;
  while (first < verdicts.length && !verdicts[first].content) first++;
  if (first === 0 || first >= verdicts.length || first > LEDE_MAX_LINES_ABOVE) return taken;
  for (let i = 1; i < first; i++) if (classes[i] === 'bad' || lines[i].tail || lines[i].paywall) return taken;
  let top = first;
  let long = false;
  while (top > 0) {
    const line = lines[top - 1];
    if (verdicts[top - 1].reason !== 'outside-body' || !line.sentence || line.colon || line.furniture !== null || line.tail || line.paywall) break;
    if (line.wordCount >= LEDE_MIN_WORDS) long = true;
    top--;
  }
  if (long) for (let i = top; i < first; i++) taken[i] = true;
  return taken;
}
