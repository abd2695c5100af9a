// Inflects the French speech-verb lemmas into the forms met in news prose.
// déclarer -> déclaré(e)(s), déclare, déclarent, déclara, déclarait, déclarera, déclarant;
// annoncer -> annonça, annonçait (c -> ç before a); exiger -> exigea (g -> ge before a);
// répéter -> répète, rappeler -> rappelle (the stem's last e changes before a mute ending).
import type { VerbForm } from '../../speechCues.js';
import {
  QUOTE_LOCUTIONS_FR, QUOTE_VERBS_FR_ER, QUOTE_VERBS_FR_IR, QUOTE_VERBS_FR_IRREGULAR,
} from './speechVerbs.js';

/** -eler/-eter verbs that double the consonant: rappeler -> rappelle, rejeter -> rejette. */
const DOUBLING = new Set(['appeler', 'rappeler', 'rejeter', 'jeter', 'interpeller']);

/** "s'inquiéter" -> "inquiéter". */
function bare(lemma: string): string {
  return lemma.replace(/^(?:s'|se )/, '');
}

/** "répét" -> "répèt", "célébr" -> "célèbr", "rappel" -> "rappell"; "comment" is unchanged. */
function muteStem(verb: string, stem: string): string {
  if (DOUBLING.has(verb)) return stem.endsWith('ll') ? stem : stem + stem.at(-1);
  return stem.replace(/[eé]((?:[^aeiouyéèêëàâîïôûù]|[bcdfgptv][rl]))$/, 'è$1');
}

function erForms(verb: string): string[] {
  const stem = verb.slice(0, -2);
  const beforeA = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  const mute = muteStem(verb, stem);
  return [
    stem + 'é', stem + 'ée', stem + 'és', stem + 'ées',
    mute + 'e', mute + 'ent', beforeA + 'a', beforeA + 'ait', beforeA + 'aient', mute + 'era', beforeA + 'ant',
  ];
}

function irForms(verb: string): string[] {
  const stem = verb.slice(0, -2);
  return [stem + 'i', stem + 'ie', stem + 'is', stem + 'it', stem + 'issent', stem + 'issait', stem + 'ira', stem + 'issant'];
}

function add(map: Map<string, VerbForm>, lemma: string, participles: string[], finites: string[], gerund: string, plurals: string[] = []): void {
  const reflexive = /^(?:s'|se )/.test(lemma);
  const put = (form: string, kind: VerbForm['kind']) => {
    // "expliqué" belongs to "expliquer" before "s'expliquer"; "dit" is both a participle and
    // a present, and the finite reading also accepts "a dit".
    const known = map.get(form);
    const better = !known || (known.reflexive && !reflexive) || (known.reflexive === reflexive && kind === 'finite' && known.kind !== 'finite');
    if (better) map.set(form, { lemma, kind, reflexive, ...(plurals.includes(form) ? { plural: true } : {}) });
  };
  put(bare(lemma), 'infinitive');
  for (const form of participles) put(form, 'participle');
  for (const form of finites) put(form, 'finite');
  put(gerund, 'gerund');
}

/** Every inflected speech-verb form (lowercase) -> its lemma and kind. */
export function speechVerbFormsFr(): Map<string, VerbForm> {
  const map = new Map<string, VerbForm>();
  for (const lemma of QUOTE_VERBS_FR_ER) {
    const forms = erForms(bare(lemma));
    add(map, lemma, forms.slice(0, 4), forms.slice(4, 10), forms[10], [forms[5], forms[8]]);
  }
  for (const lemma of QUOTE_VERBS_FR_IR) {
    const forms = irForms(bare(lemma));
    add(map, lemma, forms.slice(0, 3), forms.slice(3, 7), forms[7], [forms[4]]);
  }
  for (const [lemma, [pp, ...finites]] of Object.entries(QUOTE_VERBS_FR_IRREGULAR)) {
    const participles = /[st]$/.test(pp) ? [pp, pp + 'e', pp + 'es'] : [pp, pp + 'e', pp + 's', pp + 'es'];
    add(map, lemma, participles, finites.slice(0, 5), finites[5], [finites[1]]);
  }
  return map;
}

/** First word of a locution -> its lemma and the words that must follow. */
export function speechLocutionsFr(): Map<string, { lemma: string; tail: readonly string[] }[]> {
  const map = new Map<string, { lemma: string; tail: readonly string[] }[]>();
  for (const [lemma, { forms, tail }] of Object.entries(QUOTE_LOCUTIONS_FR)) {
    for (const form of forms) map.set(form, [...(map.get(form) ?? []), { lemma, tail }]);
  }
  return map;
}
