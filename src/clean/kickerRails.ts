// Related headlines printed in a row between two paragraphs of the story, each a kicker and its
// headline ("Baufinanzierung: Diese Zinsbindung bietet jetzt sehr stabile Zinsen" / "Baufinanzierung:
// Experte warnt vor teurem Fehler"; "Endlich kommt der Frühling – dann sogar ein bisschen Sommer" /
// "Alle gesperrten Straßen – wann die Läufer wo erwartet werden" / "Haspa Marathon: Über Hamburg
// nach Paris"). They share the story's words, so topical coherence keeps them, and one alone
// reads as a subheading. A story heads a paragraph with one subheading, not two in a row; a row of
// headlines holding two built as a kicker, a colon or a dash, and a headline is links to other
// articles, with the plain headlines and the one-word section labels between them ("Moon Rush:
// Private Lunar Lander Plans" / "Here's Where Commercial Landers Will Land on the Moon for NASA" /
// "NASA: The International Space Station Is Open for Business in Orbit"; "„Kinder? Für mich keine
// Option“ – Wie die GenZ …" / "Demografie" / "Kinderlosigkeit: „Ich mag Kinder …“"). A question
// is left alone (an interview's, or a FAQ's "Barbecue gaz ou charbon : lequel choisir ?"), and so
// is a line opening on a figure or a mark (a list, "» Zum Angebot: …"). On the shared slice the
// rows this finds are all boilerplate (13 lines).
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';

/** A headline: a few words. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 20;
/** At least this many kicker headlines in the row. */
const MIN_KICKERS = 2;
/** A section label between two headlines of the row ("Demografie"). */
const LABEL_MAX_WORDS = 2;
/** A headline opens on a letter, or on a quotation mark ("„Kinder? Für mich keine Option“ – …"). */
const OPENING = /^[„“"«‘']?\p{L}/u;
/** The kicker ("Baufinanzierung", "Lt. Col. Vindman") then its mark, within the line's first chars. */
const KICKER = /^[„“"«‘']?\p{L}[^:–—|]{2,59}(?: ?: | – | — | \| )/u;
/** Reasons of the lines kept as prose (classifyLines.ts): a list's item or a table's cell is left alone. */
const READ_AS_PROSE = new Set(['good', 'near-good', 'short', 'heading']);

/** Drops ('teaser-rail') each row of kept headlines holding two kicker headlines or more; returns where each row starts and ends (exclusive), in pairs. */
export function dropKickerRails(page: PageFeatures, verdicts: LineVerdict[]): number[] {
  const { lines } = page;
  const rows: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeadline(lines[i], verdicts[i])) continue;
    let end = i;
    for (;;) {
      if (end + 1 < lines.length && isHeadline(lines[end + 1], verdicts[end + 1])) end++;
      else if (end + 2 < lines.length && isLabel(lines[end + 1], verdicts[end + 1]) && isHeadline(lines[end + 2], verdicts[end + 2])) end += 2;
      else break;
    }
    end++;
    // The kickers are counted once the row is known, on its headlines (a label has fewer words
    // than a headline, so every other line of the row is one): a headline alone, most of them (a
    // subheading), holds fewer than MIN_KICKERS and is not read.
    let kickers = 0;
    if (end - i >= MIN_KICKERS) for (let k = i; k < end; k++) if (isHeadline(lines[k], verdicts[k]) && KICKER.test(lines[k].text)) kickers++;
    if (kickers >= MIN_KICKERS) {
      for (let k = i; k < end; k++) verdicts[k] = { content: false, reason: 'teaser-rail' };
      rows.push(i, end);
    }
    i = end - 1;
  }
  return rows;
}

function isHeadline(line: LineFeatures, verdict: LineVerdict): boolean {
  if (!verdict.content || line.wordCount < HEADLINE_MIN_WORDS || line.wordCount > HEADLINE_MAX_WORDS || line.furniture !== null) return false;
  // No sentence end but a quotation's ("Lt. Col. Vindman: 'I will be fine for telling the truth'"); no question.
  if (line.sentence && !endsOnQuote(line.text)) return false;
  return READ_AS_PROSE.has(verdict.reason) && OPENING.test(line.text);
}

function isLabel(line: LineFeatures, verdict: LineVerdict): boolean {
  return verdict.content && line.wordCount > 0 && line.wordCount <= LABEL_MAX_WORDS && !line.sentence && READ_AS_PROSE.has(verdict.reason);
}

function endsOnQuote(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x27 || last === 0x2019 || last === 0x22 || last === 0x201d || last === 0x201c || last === 0xbb;
}
