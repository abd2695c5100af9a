// A photo credit left on its own line once the picture is gone: "Ammar Awad / Reuters",
// "(Robert F. Bukaty / AP)", "Noel Celis/AFP via Getty Images". It names a photographer and an
// agency, so it reads as a short line of names that context may keep between two paragraphs;
// the slash and the agency after it say what it is.
import { PHOTO_AGENCIES } from './locales/captionCredits.js';
import * as lineMarks from './lineMarks.js';

// Local copies (see scanLine.ts: an imported binding is a getter call once tsx turns modules into
// CommonJS).
const { ANY_MARK, HAS_SLASH } = lineMarks;

/** A credit is a name or two and an agency; a longer line with a slash is prose or a headline. */
export const CREDIT_MAX_WORDS = 10;

const agencies = PHOTO_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** What follows the last slash: the agency, maybe "via" another, maybe a closing parenthesis. */
const AFTER_SLASH = new RegExp(`^\\s*(?:[\\p{L} .-]*\\s)?(?:${agencies})(?:\\s+(?:via|vía)\\s+(?:${agencies}))?\\s*\\)?$`, 'iu');

/**
 * Whether a short line is "<photographer> / <agency>". `marks`, the separators its scan met
 * (LineScan.marks): a line without a slash is none.
 */
export function isAgencyCredit(text: string, wordCount: number, marks = ANY_MARK): boolean {
  if (wordCount > CREDIT_MAX_WORDS || (marks & HAS_SLASH) === 0) return false;
  // The last slash by indexOf from the first one on, not lastIndexOf: that is a call into the
  // runtime, 12 of the function's 20 profile ticks, and most lines hold no slash.
  let slash = text.indexOf('/');
  if (slash < 0) return false;
  for (let next = text.indexOf('/', slash + 1); next >= 0; next = text.indexOf('/', next + 1)) slash = next;
  if (slash === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f /* . ! ? */) return false;
  return AFTER_SLASH.test(text.slice(slash + 1));
}
