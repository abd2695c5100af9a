// Pull quotes: a paragraph of someone's words with no quote marks, signed by the next line.
//   Le Mali ne reviendra pas en arrière. Nous avons choisi nos partenaires.
//   Abdoulaye Diop, ministre malien des Affaires étrangères.
import type { Span } from '../../article.js';
import type { QuoteContext } from './context.js';

export interface Signature {
  /** The paragraph signed. */
  quoted: Span;
  name: string;
  nameSpan: Span;
}

/** A signature line: a name of 2-4 capitalised words, a comma, a role, at most this many words. */
const MAX_SIGNATURE_WORDS = 18;
const SIGNATURE = /^((?:M\.|Mme|Dr|Mr\.?|Mrs\.?|Ms\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|da|ben|bin|el|al|ag|ould|van|von|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})\s*,\s*\p{Ll}[^\n]*?\.?$/u;
/**
 * Someone's own words speak in the first person. This keeps an author's credit line at the
 * end of an article ("Jean Dupont, envoyé spécial à Gao.") from turning the paragraph
 * above it into a quotation.
 */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:je|j['’]|nous|notre|nos|mon|ma|mes|me|m['’]|moi|i|we|our|my|us|me)(?=[^\p{L}]|$)/iu;
/** A quoted paragraph is sentences: at least this many words. */
const MIN_QUOTED_WORDS = 6;

export function findSignatures(ctx: QuoteContext): Signature[] {
  const out: Signature[] = [];
  const { paragraphs, text } = ctx;
  for (let p = 1; p < paragraphs.length; p++) {
    const line = text.slice(paragraphs[p].start, paragraphs[p].end);
    if (line.split(/\s+/).length > MAX_SIGNATURE_WORDS) continue;
    const m = SIGNATURE.exec(line);
    if (!m) continue;
    const quoted = paragraphs[p - 1];
    const body = text.slice(quoted.start, quoted.end);
    if (body.split(/\s+/).length < MIN_QUOTED_WORDS || !FIRST_PERSON.test(body)) continue;
    if (ctx.locale.notNames.has(m[2].split(/\s+/)[0].toLowerCase())) continue;
    const nameStart = paragraphs[p].start + (m[1]?.length ?? 0);
    out.push({ quoted, name: m[2], nameSpan: { start: nameStart, end: nameStart + m[2].length } });
  }
  return out;
}

