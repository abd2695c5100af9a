// A photo caption ends with its credit: "Sergei Lavrov at the joint news conference in Bamako.
// Photo: Sahel Monitor", "Des Casques bleus en patrouille à Gao. (Archives)", "… après le
// séisme. © Atlas Info", "Murat Yakin ärgerte sich. Foto: AFP". Prose never ends that way, so
// the credit marks the whole line as a caption, however much of a sentence comes before it.
import { CAPTION_LABELS, CREDIT_SOURCES, PHOTO_AGENCIES } from './locales/captionCredits.js';
import * as lineMarks from './lineMarks.js';

// Local copies (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { ANY_MARK, HAS_COPYRIGHT_SIGN, HAS_OPEN_PAREN } = lineMarks;

/** Captions are a sentence or two; a longer line ending in "(AFP)" is a dispatch paragraph. */
export const CAPTION_MAX_WORDS = 45;

/** "photo" -> "[Pp]hoto": the credit after it must be capitalised, so the pattern cannot ignore case. */
const labels = CAPTION_LABELS.map((l) => `[${l[0].toUpperCase()}${l[0]}]${l.slice(1)}`).join('|');
const sources = CREDIT_SOURCES.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * "Photo: X", "Crédit : X / Y", "Foto: X", "Photograph by X" closing the line, after a sentence
 * end or alone; X is a capitalised name without a sentence end. "… la carte : il faut agir." is
 * prose: the label does not follow a sentence end and "il" is not a name. Some pages print an
 * ellipsis for the colon and glue it to the caption: "… a big win.Credit...Doug Mills/The Times".
 */
const LABEL_CREDIT = new RegExp(`(?:^|[.!?)»"”|/–—]\\s*)(?:${labels})(?:\\s*:|\\.\\.\\.|…|\\s+(?:by|de|par|von)\\s)\\s*[\\p{Lu}\\d][^.!?:]{0,80}\\.?$`, 'u');
/** "© Atlas Info", "© DPA Images | Christoph Soeder" closing the line. */
const COPYRIGHT_CREDIT = /(?:^|\s)(?:©|\(c\))\s*[^.!?©]{1,80}\.?$/iu;
/** "(AFP)", "(Archives)", "(DR)", "(Reuters/John Doe)" closing the line. */
const PAREN_CREDIT = new RegExp(`\\((?:${sources})(?:\\s*[/|,-]\\s*[^()]{1,60})?\\)\\.?$`, 'iu');

const agencies = PHOTO_AGENCIES.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "(Adel Hana/The Associated Press)", "( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)": a photographer and an agency in brackets. */
const PAREN_AGENCY_CREDIT = new RegExp(`\\([^()/]{1,60}/\\s*(?:${agencies})\\s*\\)\\.?$`, 'iu');

/**
 * Whether a line ends with a caption credit. `hasLabelWord`: one of its words opens a labelled
 * credit ("photo", "credit", "bildrechte"…), as scanLine finds through the vocabulary; `marks`,
 * the separators it met (LineScan.marks): without "©" or "(" the line holds no "© X" credit.
 */
export function isCaptionCredit(line: string, wordCount: number, hasLabelWord: boolean, marks = ANY_MARK): boolean {
  if (wordCount > CAPTION_MAX_WORDS) return false;
  const text = line.trimEnd();
  // Cheap tests first: most lines have none of the marks a credit needs.
  if (text.endsWith(')') || text.endsWith(').')) {
    if (PAREN_CREDIT.test(text) || PAREN_AGENCY_CREDIT.test(text)) return true;
  }
  if ((marks & (HAS_COPYRIGHT_SIGN | HAS_OPEN_PAREN)) !== 0 && (text.includes('©') || hasParenC(text)) && COPYRIGHT_CREDIT.test(text)) return true;
  return hasLabelWord && LABEL_CREDIT.test(text);
}

/** "(c)" or "(C)" in the line: its brackets visited by indexOf, one search where two looked for each case. */
function hasParenC(text: string): boolean {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if ((text.charCodeAt(at + 1) | 0x20) === 0x63 /* c */ && text.charCodeAt(at + 2) === 0x29 /* ) */) return true;
  }
  return false;
}
