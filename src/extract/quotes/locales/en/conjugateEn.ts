// Inflects English speech-verb lemmas: state -> stated/states/stating, deny -> denied/denies,
// admit -> admitted/admitting (a short final stressed syllable doubles its consonant).
import type { VerbForm } from '../../speechCues.js';
import { QUOTE_VERBS_EN_BASE, QUOTE_VERBS_EN_IRREGULAR, QUOTE_VERBS_EN_REGULAR } from './speechVerbs.js';

const DOUBLES = new Set(['admit', 'regret', 'rebut', 'concur', 'demur', 'object']);

function regularForms(verb: string): { finite: string[]; gerund: string } {
  if (verb.endsWith('e')) return { finite: [verb + 'd', verb + 's'], gerund: verb.slice(0, -1) + 'ing' };
  if (/[^aeiou]y$/.test(verb)) return { finite: [verb.slice(0, -1) + 'ied', verb.slice(0, -1) + 'ies'], gerund: verb + 'ing' };
  if (DOUBLES.has(verb) && verb !== 'object') {
    const d = verb + verb.at(-1);
    return { finite: [d + 'ed', verb + 's'], gerund: d + 'ing' };
  }
  const s = /(?:s|sh|ch|x|z)$/.test(verb) ? 'es' : 's';
  return { finite: [verb + 'ed', verb + s], gerund: verb + 'ing' };
}

/** English has no auxiliary requirement: "said", "has said" and "had told" are all finite cues. */
export function speechVerbFormsEn(): Map<string, VerbForm> {
  const map = new Map<string, VerbForm>();
  const put = (form: string, lemma: string, kind: VerbForm['kind']) => {
    if (!map.has(form)) map.set(form, { lemma, kind, reflexive: false });
  };
  for (const lemma of QUOTE_VERBS_EN_REGULAR) {
    const { finite, gerund } = regularForms(lemma);
    for (const form of finite) put(form, lemma, 'finite');
    put(gerund, lemma, 'gerund');
  }
  for (const [lemma, [past, pp, third, gerund]] of Object.entries(QUOTE_VERBS_EN_IRREGULAR)) {
    for (const form of [past, pp, third]) put(form, lemma, 'finite');
    put(gerund, lemma, 'gerund');
  }
  for (const lemma of QUOTE_VERBS_EN_BASE) if (!map.has(lemma)) map.set(lemma, { lemma, kind: 'finite', reflexive: false, base: true });
  return map;
}
