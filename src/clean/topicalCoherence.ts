// A headline-like line that shares no content word with the article around it is a teaser for
// another article ("Grèce : les incendies reprennent" inside a piece on Russia and Mali).
// A pull quote shares no word either ("Nos relations avec la Russie reposent sur la confiance"),
// but it is quoted or signed on the next line ("Abdoulaye Diop, ministre malien des Affaires
// étrangères."): those stay.
import type { LineFeatures } from './lineFeatures.js';
import { foldLine } from './foldWords.js';
import { STOPLISTS } from './textStats.js';

/** Words this short are too common to show a shared topic. */
const MIN_WORD_CHARS = 4;
/** Only lines this short, without a final period, are judged: prose is never a teaser. */
const MAX_TEASER_CHARS = 160;
/** Too little article around it to judge. */
const MIN_BODY_LINES = 3;

const ALL_STOPWORDS = new Set(Object.values(STOPLISTS).flatMap((s) => [...s].map(foldLine)));

/** "Abdoulaye Diop, ministre malien…", "Jane Doe, a spokeswoman for…": a name, a comma, a role. */
const SIGNATURE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+\p{Ll}/u;
const MAX_SIGNATURE_CHARS = 140;
const OPENING_QUOTE = /^[«"“„]/;

/** Content words, a final plural "s" dropped ("russes" and "russe" meet). */
function contentWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < MIN_WORD_CHARS || ALL_STOPWORDS.has(w) || isDigit(w.charCodeAt(0))) continue;
    out.add(w.charCodeAt(w.length - 1) === 0x73 ? w.slice(0, -1) : w);
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * For each body line (indexes into `lines`, in page order), whether it is off-topic; the word
 * index is built once (linear).
 */
export function topicalOutliers(lines: readonly LineFeatures[], body: readonly number[]): boolean[] {
  if (body.length < MIN_BODY_LINES) return body.map(() => false);
  const perLine = body.map((i) => contentWords(lines[i].words));
  const counts = new Map<string, number>();
  for (const set of perLine) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
  return body.map((index, k) => {
    const line = lines[index];
    if (line.text.length > MAX_TEASER_CHARS || line.sentence || perLine[k].size < 2) return false;
    if (OPENING_QUOTE.test(line.text) || isSignature(lines[index + 1])) return false;
    for (const w of perLine[k]) if ((counts.get(w) ?? 0) > 1) return false;
    return true;
  });
}

function isSignature(line: LineFeatures | undefined): boolean {
  return line !== undefined && line.text.length <= MAX_SIGNATURE_CHARS && SIGNATURE.test(line.text);
}
