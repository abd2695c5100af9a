// Names found without the entities stage: runs of capitalised words ("Wladimir Klitschko",
// "Los Angeles Times"), each occurrence resolved to the fullest name in the article that
// ends with or contains it, so "Klitschko" and "Wladimir" alone both count for
// "Wladimir Klitschko".
//
// A sentence's first word is capitalised anyway: it starts a name only when it is followed by
// another capitalised word ("Tara Reid checked in"), or when it is capitalised inside a sentence
// elsewhere in the text ("Lavrov said…" counts when "…met Lavrov" appears too).

import { foldCase } from '../dedup/foldText.js';
import { NOT_NAMES } from './locales/stopWords.js';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What may stand before a sentence's first word: quotes, brackets, dashes, bullets. */
const SENTENCE_OPENERS = /[\s"'“”«»‘’()[\]—–•*-]*$/u;
const SENTENCE_END = /(?:^|[.!?:;…\n])$/u;
/** Two capitalised words belong to one name when only a space or a hyphen stands between them. */
const NAME_GAP = /^[ -]$/u;

interface Token {
  key: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

/** Each name occurrence as the folded words of the fullest name it stands for. */
export function fallbackNames(text: string): string[][] {
  const phrases = capitalisedRuns(text);
  const inside = new Set(phrases.flatMap((p) => p.filter((t) => !t.sentenceStart).map((t) => t.key)));
  const names = phrases
    .map((phrase) => dropUnconfirmedOpener(phrase, inside).map((t) => t.key))
    .filter((name) => name.length > 0);
  const fullest = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    for (const word of name) if (!fullest.has(word)) fullest.set(word, name);
  }
  return names.map((name) => (name.length === 1 ? (fullest.get(name[0]!) ?? name) : name));
}

function capitalisedRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(ELISION, '').replace(POSSESSIVE, '');
    const key = foldCase(word);
    const last = run[run.length - 1];
    const joined = last !== undefined && NAME_GAP.test(text.slice(last.end, match.index));
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (!CAPITALISED.test(word) || !/\p{L}/u.test(key) || (NOT_NAMES.has(key) && run.length === 0)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 6), match.index).replace(SENTENCE_OPENERS, '');
    run.push({ key, start: match.index, end: match.index + match[0].length, sentenceStart: SENTENCE_END.test(before) });
  }
  if (run.length > 0) runs.push(run);
  return runs.map((r) => trimTrailingStopWords(r)).filter((r) => r.length > 0);
}

function dropUnconfirmedOpener(phrase: Token[], inside: ReadonlySet<string>): Token[] {
  const first = phrase[0]!;
  if (!first.sentenceStart || phrase.length > 1 || inside.has(first.key)) return phrase;
  return [];
}

function trimTrailingStopWords(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && NOT_NAMES.has(run[end - 1]!.key)) end--;
  return run.slice(0, end);
}
