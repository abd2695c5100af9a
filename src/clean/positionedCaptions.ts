// A photo's caption names who stands where, or what a colour shows, in brackets after the name:
// "Die Bürgermeisterin (l.) vor der alten Remise.", "The mayor (right) with the depot's last
// driver.", "The plan shows the workshops (in red) beside the hall.". Prose points at no picture,
// so a line that does is the caption of one, even without its credit (the credits
// captionCredit.ts reads close most captions, not these). Left to the line classes when it is the
// first line kept: a wire text whose photo was cut may open on a lede that still points at it
// ("The coach (left) said on Sunday…"); a caption stands between paragraphs.
//
// On the shared slice: 4 caption lines out, no line of the article's; of the 772 ECB+ texts, one
// lede holds such a mark, and it is the text's first line.
import { CAPTION_MAX_WORDS } from './captionCredit.js';
import type { LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';
import { COLOUR_KEY_OPENERS, PICTURE_COLOURS, PICTURE_POSITIONS } from './locales/captionPositions.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
const positions = PICTURE_POSITIONS.map(escape).join('|');
const colours = `(?:(?:${COLOUR_KEY_OPENERS.map(escape).join('|')})\\s)?(?:${PICTURE_COLOURS.map(escape).join('|')})`;
/** "(l.)", "(à droite)", "(in white)", whole inside its brackets. */
const POSITION_IN_PICTURE = new RegExp(`\\((?:${positions}|${colours})\\)`, 'iu');

/** Drops ('caption') each kept line below the first kept one that places what it names in a picture. */
export function dropPositionedCaptions(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines } = page;
  let seenKept = false;
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i].content) continue;
    const line = lines[i];
    // Cheap test first: most lines hold no bracket.
    if (seenKept && line.wordCount <= CAPTION_MAX_WORDS && line.text.indexOf('(') >= 0 && POSITION_IN_PICTURE.test(line.text)) {
      verdicts[i] = { content: false, reason: 'caption' };
    }
    seenKept = true;
  }
}
