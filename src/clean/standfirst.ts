// The standfirst above the article: "Berlin. In Berlin brennen zwei Strommasten. Zehntausende sind
// ohne Energie." / "Von Ines Zöttl" / "26.10.2025 | 2:43 min" / the first paragraph. The byline,
// the date and the picture's credit between it and the body cost more than it weighs, so the
// densest-run search leaves it above the body; yet it is the article's own summary. A teaser or a
// caption above the body is one sentence ("Who is Yahya Sinwar?", "Der Parteipräsident bei seiner
// Rede in Küssnacht."); a standfirst says two things at least, on the article's topic.
import type { LineClass } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';
import { sharedWords, topicWords } from './topicalCoherence.js';

/**
 * How far above the first article line the standfirst may stand: a byline, a date, a picture and
 * its credit, a reading time, share buttons between ("Par Awa Diallo" / "14 novembre 2023" /
 * "Lecture 4 min" / "Partager" / "Facebook" / "X" / …). At 6, seven standfirsts of the slice were
 * out of reach; none more was taken wrongly at 10.
 */
export const LEAD_REACH = 10;
/** Content words it must share with the article: a browser or cookie notice shares none. */
export const LEAD_SHARED_WORDS = 3;
/** Two sentences at least: a sentence end, a space, a capital; and a sentence end last. */
const TWO_SENTENCES = /[.!?…] \p{Lu}/u;
const ENDS_SENTENCE = /[.!…]$/u;

/**
 * For each line, whether it is the standfirst: the nearest prose line (good or near-good) above
 * the first article line, within LEAD_REACH lines, with only short lines and furniture between
 * (no menu-like line, no tail marker), of two sentences or more, sharing LEAD_SHARED_WORDS
 * content words with the article.
 */
export function standfirst(page: PageFeatures, classes: readonly LineClass[], verdicts: readonly { content: boolean }[]): boolean[] {
  const { lines } = page;
  const lead = new Array<boolean>(lines.length).fill(false);
  const first = verdicts.findIndex((v) => v.content);
  for (let i = first - 1; i >= 0 && i >= first - LEAD_REACH; i--) {
    if (classes[i] === 'bad' || lines[i].tail) break;
    const { text } = lines[i];
    // A line that ends like no sentence is a heading, a kicker or an app's pitch ("Suivez la guerre
    // en Ukraine avec l'application du Figaro"): looked past, as short lines are.
    // A line printed twice in a row is a picture's alternative text and caption.
    if ((classes[i] !== 'good' && classes[i] !== 'near-good') || !ENDS_SENTENCE.test(text) || printedTwice(page, i)) continue;
    if (TWO_SENTENCES.test(text) && sharedWords(page, i, topicWords(page, verdicts, lines.length)) >= LEAD_SHARED_WORDS) {
      lead[i] = true;
    }
    break;
  }
  return lead;
}

function printedTwice(page: PageFeatures, i: number): boolean {
  const { lines } = page;
  const { key, text } = lines[i];
  return (i > 0 && lines[i - 1].key === key && lines[i - 1].text === text) || (i + 1 < lines.length && lines[i + 1].key === key && lines[i + 1].text === text);
}
