// A quotation interrupted by its attribution is two quotations:
//   « Nous partirons, a-t-il dit, mais nous reviendrons. »   -> « Nous partirons » + « mais nous reviendrons. »
//   — Moi, je suis veuf, dit Bouvard, et sans enfants !      -> "Moi, je suis veuf" + "et sans enfants !"
// The incise (", dit-il,", "! s'écria Pécuchet,") is left between them, outside both, so each
// half finds it as its attribution. In a dash line the words after the incise are narration
// when they open like it ("…, reprit-il, en désignant la porte", "…, cria Bouvard dans l'escalier.").
import { isPunctuation } from './context.js';
import type { QuoteLocale } from './locale.js';
import type { QuotedSegment } from './quoteMarks.js';
import type { Cue } from './speechCues.js';
import type { Token } from './tokens.js';

/** Punctuation a quotation half may end on before its incise. */
const BEFORE_INCISE = new Set([',', '!', '?', '…', '...']);
/** Longest subject of an incise: "reprit le vieux comte de Faverges". */
const MAX_SUBJECT_TOKENS = 6;

export function splitAtIncises(tokens: Token[], cues: Cue[], segments: QuotedSegment[], locale: QuoteLocale): QuotedSegment[] {
  return segments.flatMap((seg) => split(tokens, cues, seg, locale));
}

function split(tokens: Token[], cues: Cue[], seg: QuotedSegment, locale: QuoteLocale): QuotedSegment[] {
  const parts: QuotedSegment[] = [];
  let start = seg.start;
  let open = seg.open;
  for (const cue of cues) {
    if (cue.start <= start || cue.end > seg.end) continue;
    const before = tokens[cue.first - 1];
    if (!before || before.start <= start || !BEFORE_INCISE.has(before.text) || !isIncise(tokens, cue, locale)) continue;
    const end = before.text === ',' ? tokens[cue.first - 2].end : before.end;
    parts.push({ ...seg, start, end, open, close: before.end, unclosed: false });
    const resume = resumeAfter(tokens, cue, seg, locale);
    if (resume === null) return parts;
    start = tokens[resume].start;
    open = start;
  }
  if (parts.length === 0) return [seg];
  return [...parts, { ...seg, start, open }];
}

/** "dit-il", "reprit Pécuchet", "s'écria le comte": a speech verb with its subject after it. */
function isIncise(tokens: Token[], cue: Cue, locale: QuoteLocale): boolean {
  if (cue.kind !== 'verb') return false;
  if (cue.pronoun) return true;
  // "dit timidement Louisa": an adverb may stand between the verb and its subject
  let k = cue.last + 1;
  while (tokens[k] && (locale.adverbs.has(tokens[k].lower) || /^\p{Ll}+ment$/u.test(tokens[k].text)) && !locale.determiners.has(tokens[k].lower)) k++;
  const next = tokens[k];
  return !!next && (/^\p{Lu}/u.test(next.text) || locale.determiners.has(next.lower) || next.lower in locale.titles);
}

/** First token of the words that carry the quotation on after the incise, or null when none do. */
function resumeAfter(tokens: Token[], cue: Cue, seg: QuotedSegment, locale: QuoteLocale): number | null {
  let k = cue.last + 1;
  while (k < tokens.length && tokens[k].end <= seg.end && !isPunctuation(tokens[k]) && k - cue.last <= MAX_SUBJECT_TOKENS) k++;
  const stop = tokens[k];
  const next = tokens[k + 1];
  if (!stop || !next || next.end > seg.end || !isPunctuation(stop)) return null;
  if (seg.mark !== 'dash') return k + 1;
  // a dash line has no closing mark: after the incise, only speech-like words are speech
  // ("— Non, répondit Florent. J'étais à l'étranger …" goes on; "…, dit-il, en riant" does not)
  if (stop.text === ',' && (locale.narrationOpeners.has(next.lower) || locale.gerund.test(next.lower))) return null;
  return k + 1;
}
