// A site's cookie settings, copied with the page: "Wie wir Cookies verwenden" / "Notwendige
// Website Cookies" / "Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer
// Webseite verfügbaren Dienste … zur Verfügung zu stellen." / "Hier klicken, um Google Maps zu
// aktivieren/deaktivieren." / … A banner's one line is in the lexicon ("Wir verwenden Cookies");
// a settings dialog runs to twenty lines of prose, longer than a short news item, and the
// densest-run search took it for the article (battery-news: the dialog kept, the story above it
// lost). What gives it away is that it keeps naming cookies and speaks of its own site and its
// switches; an article about cookies (a regulator's fine, a browser's new rule) names them as
// often but neither offers the reader a switch nor says "our website".

import { foldLine } from './foldWords.js';
import type { LineFeatures } from './lineFeatures.js';

/** The word every such dialog repeats, folded as foldLine folds ("Cookies", "cookie", "COOKIES"). */
const COOKIE = 'cookie';
/**
 * The dialog speaking of its own site or its switches, in the languages we read: what an article
 * about cookies does not print. Each is a phrase a settings panel uses for a control or for the
 * site itself, folded as foldLine folds (no accents, a slash or a mark as a space).
 */
export const DIALOG_CUES: readonly string[] = [
  // switches and buttons ("Hier klicken, um … zu aktivieren/deaktivieren", "OK TOUT ACCEPTER")
  'aktivieren deaktivieren', 'activer desactiver', 'enable disable', 'hier klicken', 'click here',
  'cliquez ici', 'en cliquant', 'by clicking', 'tout accepter', 'tout refuser', 'accept all',
  'reject all', 'alle akzeptieren', 'alle ablehnen', 'parametrer',
  // the site itself ("auf unserer Webseite", "sur notre site")
  'unserer webseite', 'unsere webseite', 'unserer website', 'unsere website', 'our website',
  'this website', 'notre site', 'ce site',
]
/** Lines naming cookies in the dialog, at least; a banner's one or two lines are the lexicon's. */
const MIN_COOKIE_LINES = 4;
/** Of them, this many at least also speak of the site or a switch. */
const MIN_DIALOG_LINES = 2;
/** A dialog's lines naming cookies stand this close at most (its switches' lines sit between). */
const MAX_GAP = 4;

/**
 * Marks as furniture ('promo', as a banner's line is) each cookie settings dialog printed with the
 * page: from its first line naming cookies to its last line naming them or offering a switch,
 * the lines between included ("Hier klicken, um Google Maps zu aktivieren/deaktivieren." names
 * no cookie).
 *
 * `page`, the text the lines were cut from when there is one, gates the whole pass: a dialog's
 * first line names cookies, so a page whose text holds the word's letters nowhere (most pages)
 * has none, and two searches of the text spare the two of every line. Callgrind, two steady
 * passes over the 313 article-sized flattened texts after twelve warm ones: 920.6 M -> 902.3 M
 * instructions (-2.0%).
 */
export function markConsentDialogs(lines: LineFeatures[], page?: string): void {
  // The page's test looks for the word's end, whose 'k' is rare in the languages we read: a
  // search anchored on a frequent first letter ('o') stops at every one (the page's two searches
  // of 'ookie' and 'OOKIE' cost 10.2 M instructions over the two steady passes, callgrind).
  if (page !== undefined && page.indexOf('kie') < 0 && page.indexOf('KIE') < 0) return;
  let first = -1;
  let last = -1;
  let cookies = 0;
  let dialog = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (first >= 0 && (i === lines.length || i - last > MAX_GAP)) {
      if (cookies >= MIN_COOKIE_LINES && dialog >= MIN_DIALOG_LINES) {
        for (let k = first; k <= last; k++) if (lines[k].furniture === null) lines[k].furniture = 'promo';
      }
      [first, cookies, dialog] = [-1, 0, 0];
    }
    if (i === lines.length) break;
    const { text } = lines[i];
    // Cheap gate: the word's letters as printed, before anything is folded; a line naming no
    // cookie is read only within a dialog's reach, for its switches.
    const cookie = namesCookies(text);
    if (!cookie && first < 0) continue;
    const folded = foldLine(text);
    const cue = DIALOG_CUES.some((c) => folded.includes(c));
    if (cookie && folded.includes(COOKIE)) {
      if (first < 0) first = i;
      cookies++;
    } else if (!cue) continue;
    last = i;
    if (cue) dialog++;
  }
}

/** The cookie word's letters as printed ("Cookies", "COOKIES"), before anything is folded. */
function namesCookies(text: string): boolean {
  return text.indexOf('ookie') >= 0 || text.indexOf('OOKIE') >= 0;
}
