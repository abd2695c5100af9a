// Finds attribution cues in a token stream: speech verbs in every form the locale knows
// ("a déclaré", "a-t-il ajouté", "estime-t-elle", "s'est réjoui", "said", "has told") and
// source phrases ("selon", "d'après", "according to").
import type { Span } from '../../article.js';
import type { QuoteLocale } from './locale.js';
import type { Token } from './tokens.js';

export interface VerbForm {
  lemma: string;
  /** A participle needs an auxiliary ("a déclaré"); a finite form stands alone ("estime"). */
  kind: 'finite' | 'participle' | 'gerund' | 'infinitive';
  /** Pronominal verb: the form counts only with its "s'"/"se" ("s'est inquiété"). */
  reflexive: boolean;
  /** A third-person plural form ("évoquent", "déclaraient"): its subject is plural. */
  plural?: boolean;
  /** An English base form ("say"): a cue only after its subject, never as an imperative or after "to". */
  base?: boolean;
}

export interface Cue extends Span {
  kind: 'verb' | 'source';
  lemma: string;
  form: VerbForm['kind'] | 'source';
  /** Subject pronoun carried by an inverted form: "a-t-il ajouté" -> "il". */
  pronoun: string | null;
  /** First and last token of the cue. */
  first: number;
  last: number;
}

const INVERTED = /^(.+?)-(?:t-)?(il|elle|on|ils|elles)$/;
/** Before an English base form, these make it an infinitive or an imperative, not a present. */
const NOT_SUBJECTS = new Set(['to', 'and', 'or', 'please', 'not', 'just', 'also', 'then']);

function isPunctuationToken(tok: Token): boolean {
  return /^[^\p{L}\p{N}]+$/u.test(tok.text);
}
const REFLEXIVES = new Set(["s'", 'se', "m'", 'me', 'nous', 'vous', "t'", 'te']);
/** How far back an auxiliary may stand: "s'est pourtant vivement inquiété" spans 3 tokens. */
const AUX_REACH = 4;

/** How far a coordinated participle may stand from its auxiliary: "a dénoncé X et estimé que". */
const COORDINATION_REACH = 20;

export function findCues(tokens: Token[], locale: QuoteLocale): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = cues.at(-1);
    const coordinated = !!last && last.form === 'participle' && i - last.last <= COORDINATION_REACH && ['et', ',', 'puis'].includes(tokens[i - 1]?.lower);
    const cue = verbCueAt(tokens, i, locale, coordinated) ?? sourceCueAt(tokens, i, locale);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}

function make(tokens: Token[], first: number, last: number, lemma: string, form: Cue['form'], pronoun: string | null): Cue {
  return { start: tokens[first].start, end: tokens[last].end, kind: form === 'source' ? 'source' : 'verb', lemma, form, pronoun, first, last };
}

/** Index of the last token of a locution tail starting after `i`, or -1. */
function tailEnd(tokens: Token[], i: number, tail: readonly string[]): number {
  for (let k = 0; k < tail.length; k++) if (tokens[i + 1 + k]?.lower !== tail[k]) return -1;
  return i + tail.length;
}

function verbAt(tokens: Token[], i: number, locale: QuoteLocale, word = tokens[i].lower): { lemma: string; last: number; form: VerbForm } | null {
  const form = locale.verbs.get(word);
  if (form) return { lemma: form.lemma, last: i, form };
  for (const loc of locale.locutions.get(word) ?? []) {
    const last = tailEnd(tokens, i, loc.tail);
    if (last >= 0) return { lemma: loc.lemma, last, form: { lemma: loc.lemma, kind: 'finite', reflexive: false } };
  }
  return null;
}

function verbCueAt(tokens: Token[], i: number, locale: QuoteLocale, coordinated: boolean): Cue | null {
  const tok = tokens[i];
  const inv = locale.lang === 'fr' ? INVERTED.exec(tok.lower) : null;
  if (inv) {
    const [, base, pronoun] = inv;
    if (locale.auxiliaries.has(base)) {
      // "a-t-il (encore) ajouté"
      for (let j = i + 1; j <= i + 1 + AUX_REACH && j < tokens.length; j++) {
        const v = verbAt(tokens, j, locale);
        if (v && (v.form.kind === 'participle' || v.form.kind === 'finite')) return make(tokens, i, v.last, v.lemma, 'participle', pronoun);
        if (!locale.adverbs.has(tokens[j].lower)) break;
      }
      return null;
    }
    const v = verbAt(tokens, i, locale, base);
    if (v && v.form.kind === 'finite') return make(tokens, i, v.last, v.lemma, 'finite', pronoun);
    return null;
  }
  if (/^\p{Lu}/u.test(tok.text) && i > 0 && !/[.!?«“"]/.test(tokens[i - 1].text)) return null;
  const v = verbAt(tokens, i, locale);
  if (!v) return null;
  if (v.form.kind === 'infinitive') return infinitiveCue(tokens, i, v.last, v.lemma, locale);
  let first = i;
  let hasAux = false;
  let hasReflexive = false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - AUX_REACH; k--) {
    const w = tokens[k].lower;
    const invAux = INVERTED.exec(w);
    if (locale.auxiliaries.has(w) || (invAux && locale.auxiliaries.has(invAux[1]))) {
      hasAux = true;
      first = k;
      if (k > 0 && REFLEXIVES.has(tokens[k - 1].lower)) {
        hasReflexive = true;
        first = k - 1;
      }
      break;
    }
    if (REFLEXIVES.has(w)) hasReflexive = true;
    if (!locale.adverbs.has(w)) break;
  }
  if (v.form.reflexive && !hasReflexive) return null;
  if (v.form.kind === 'participle' && !hasAux && !coordinated) return null;
  if (v.form.kind === 'finite' && !hasAux && i > 0 && locale.nounMarkers.has(tokens[i - 1].lower)) return null;
  // "Say it", "to say", "add the text": a base form needs a subject word right before it
  if (v.form.base && (i === 0 || isPunctuationToken(tokens[i - 1]) || NOT_SUBJECTS.has(tokens[i - 1].lower))) return null;
  // "That being said, …", « des cas sont prévus »: the passive reports no one ("s'est dit" is no passive)
  const passive = locale.passiveMarkers.has(tokens[i - 1]?.lower ?? '') || (hasAux && locale.passiveMarkers.has(tokens[first].lower));
  if (passive && !hasReflexive) return null;
  const inverted = first < i ? INVERTED.exec(tokens[first].lower) ?? INVERTED.exec(tokens[first + 1]?.lower ?? '') : null;
  return make(tokens, first, v.last, v.lemma, v.form.kind, inverted ? inverted[2] : null);
}

/**
 * An infinitive is a cue after a lead that makes it speech: "a tenu à préciser",
 * "avant d'ajouter", "a-t-il voulu rassurer". The cue takes in the lead and its auxiliary.
 */
function infinitiveCue(tokens: Token[], i: number, last: number, lemma: string, locale: QuoteLocale): Cue | null {
  let lead = i - 1;
  if (['à', "d'", 'de'].includes(tokens[lead]?.lower)) lead--;
  if (lead < 0 || !locale.infinitiveLeads.has(tokens[lead].lower)) return null;
  let first = lead;
  let pronoun: string | null = null;
  for (let k = lead; k >= 0 && k >= lead - 1 - AUX_REACH; k--) {
    const inv = INVERTED.exec(tokens[k].lower);
    if (inv && locale.auxiliaries.has(inv[1])) {
      pronoun = inv[2];
      first = k;
      break;
    }
    if (locale.auxiliaries.has(tokens[k].lower)) {
      first = k;
      break;
    }
    if (k < lead && !locale.adverbs.has(tokens[k].lower)) break;
  }
  return make(tokens, first, last, lemma, 'finite', pronoun);
}

function sourceCueAt(tokens: Token[], i: number, locale: QuoteLocale): Cue | null {
  for (const words of locale.sourceCues) {
    if (tailEnd(tokens, i - 1, words) < 0) continue;
    return make(tokens, i, i + words.length - 1, words.join(' ').replace("' ", "'"), 'source', null);
  }
  return null;
}
