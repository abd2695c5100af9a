// An interview series asks each guest the same things, and not every prompt is put as a question:
// "Votre recette pour un dîner rapide." / "— Des pâtes, toujours : …", printed once a guest, ten
// guests a page. A line printed that often is taken for the page's template (classifyLines.ts:
// "Article content", "Publicité", "Livraison estimée le samedi 7 mars."), and the prompts went
// with the menus. What tells them apart is the reply: in the typography of interviews in French,
// Russian, Italian or Spanish, an answer opens on a dash ("— Des pâtes…", "– Mi piace…"), and
// a notice or a label is never answered. A repeated line that is answered so, at most copies and
// at two at least, is the interview's refrain: each of its copies standing between two lines the
// article keeps is taken back, the one or two answered in prose too.
//
// On the shared slice: 23 article lines (an interview of food bloggers), no line of boilerplate.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** The reason classifyLines gives a line the page prints too often to be anything but template. */
const REPEATED_REASON = 'repeated';
/** A refrain is answered at two copies at least: one reply is a coincidence. */
export const MIN_ANSWERED_COPIES = 2;
/** A prompt says something: "Votre recette." A single word ("Réponse", "Photo") is a label. */
export const PROMPT_MIN_WORDS = 2;

/** "— Des pâtes…", "– Mi piace…": an em or en dash, then a space, opening the line. */
function isDashReply(line: LineFeatures): boolean {
  const first = line.text.charCodeAt(0);
  return (first === 0x2014 /* — */ || first === 0x2013 /* – */) && line.text.charCodeAt(1) === 0x20;
}

/** For each line, whether it is a copy of an interview's refrain between two kept lines (see above). */
export function interviewPrompts(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  const copies = new Map<string, number[]>();
  for (let i = 1; i + 1 < lines.length; i++) {
    if (verdicts[i].reason !== REPEATED_REASON || lines[i].wordCount < PROMPT_MIN_WORDS) continue;
    const at = copies.get(lines[i].text);
    if (at) at.push(i);
    else copies.set(lines[i].text, [i]);
  }
  if (copies.size === 0) return [];
  const taken = new Array<boolean>(lines.length).fill(false);
  for (const at of copies.values()) {
    let answered = 0;
    for (const i of at) if (verdicts[i + 1].content && isDashReply(lines[i + 1])) answered++;
    if (answered < MIN_ANSWERED_COPIES || answered * 2 <= at.length) continue;
    for (const i of at) if (verdicts[i - 1].content && verdicts[i + 1].content) taken[i] = true;
  }
  return taken;
}
