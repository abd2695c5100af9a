// The signature under a social-media post the article embeds, copied as text: "I urge all
// Delhiites to use them whenever needed…" / "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019".
// A name, a handle and a date are dense with names, so the line classes take the signature for a
// menu line; but it says who wrote the quoted post above it, and the article quotes it as it
// quotes a speaker. Its dash and the handle in parentheses are the embed's own format.
import type { LineFeatures } from './lineFeatures.js';

/** "— Rep. Ilhan Omar (@Ilhan) November 19, 2019": a dash, a name, a handle in parentheses. */
const SIGNATURE = /^[—–]\s*[^()]{1,60}\(@[\w.]{1,40}\)/u;
/** The dashes SIGNATURE opens on. */
export const SIGNATURE_DASHES = '—–';

function isSignature(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x2014 /* — */ || first === 0x2013) /* – */ && SIGNATURE.test(text);
}

/** For each line, whether it signs the post quoted on the line right above, a line of the article (`verdicts`, as judged so far). */
export function postSignatures(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  // One flag a line once one is found, as the other finders return: a sparse array written past
  // its end had other maps (holey, or a dictionary far past it) than theirs where
  // takeBackArticleParts reads them.
  let taken: boolean[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    if (verdicts[i].content || !verdicts[i - 1].content || !isSignature(lines[i].text)) continue;
    taken ??= new Array<boolean>(lines.length).fill(false);
    taken[i] = true;
  }
  return taken ?? [];
}
