// Keys for comparing spellings of one name. `foldName` removes what never distinguishes two names
// (case, accents, OCR hyphenation marks); `soundKey` also folds transliteration habits, so that
// French and English renderings of a Russian or Arabic name meet:
//   "Prigojine" / "Prigozhin" -> "prigojin";  "Zelensky" / "Zelenski" / "Zelenskyy" -> "zelenski".

const COMBINING_MARKS = /\p{M}/gu;
const OCR_BREAKS = /[¬\u00ad]/g;

/**
 * What folding means, on any text: the reference `foldName` must equal (normalizeName.test.ts),
 * without its eight passes over each string.
 */
export function foldText(text: string): string {
  return text
    .replace(OCR_BREAKS, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(UNMARKED_LETTERS, (ch) => UNMARKED_FOLDS[ch]!)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[\s\-']+/g, ' ')
    .trim();
}

/**
 * Latin letters whose stroke or missing dot is no combining mark, so NFD keeps them: the Turkish
 * dotless i ("Sındırgı", written "Sindirgi" in English copy), the Polish ł ("Łódź", "Lodz"), the
 * Nordic ø and the South Slavic đ.
 */
const UNMARKED_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };
const UNMARKED_LETTERS = new RegExp(`[${Object.keys(UNMARKED_FOLDS).join('')}]`, 'g');

const NON_ASCII = /[^\x00-\x7f]/;
const PLAIN_LOWER = /^[a-z]+$/;

/**
 * Folds of the accented Latin letters and marks foldText rewrites, char by char, so that names
 * and the 300 000 words of the dictionary fold without normalising each one ("é" -> "e",
 * "œ" -> "oe").
 */
const LATIN_FOLDS = (() => {
  const table = new Map<string, string>([['œ', 'oe'], ['Œ', 'Oe'], ['æ', 'ae'], ['’', "'"], ['‘', "'"], ['´', "'"], ['¬', ''], ['\u00ad', ''], ...Object.entries(UNMARKED_FOLDS)]);
  for (let code = 0xc0; code <= 0x24f; code++) {
    const ch = String.fromCharCode(code);
    if (!table.has(ch)) table.set(ch, ch.normalize('NFD').replace(COMBINING_MARKS, ''));
  }
  return table;
})();

/** foldText, fast for Latin-script text (char by char), the same result for any text. */
export function foldName(text: string): string {
  let out = text;
  if (NON_ASCII.test(text)) {
    out = '';
    for (const ch of text) {
      if (ch < '\x80') out += ch;
      else {
        const folded = LATIN_FOLDS.get(ch);
        if (folded === undefined) return foldText(text);
        out += folded;
      }
    }
  }
  out = out.toLowerCase();
  return PLAIN_LOWER.test(out) ? out : out.replace(/[\s\-'`]+/g, ' ').trim();
}

const NON_ASCII_ALL = /[^\x00-\x7f]/g;
/** Stands for a character the table cannot fold: its text is folded on its own. */
const UNFOLDED = '\uffff';

/**
 * foldName of each text, in one pass over all of them: the gazetteer folds 470 000 words and
 * town names at load. A text whose fold is not plain lower-case letters (a hyphen, a space, a
 * letter outside the table) is folded on its own, so the result is foldName's for any text.
 */
export function foldAll(texts: string[]): string[] {
  const folded = texts.join('\n').replace(NON_ASCII_ALL, (ch) => LATIN_FOLDS.get(ch) ?? UNFOLDED).toLowerCase().split('\n');
  const aligned = folded.length === texts.length;
  return texts.map((text, i) => (aligned && PLAIN_LOWER.test(folded[i]!) ? folded[i]! : foldName(text)));
}

/** Ordered rewrites from transliteration spellings to one sound key. */
const SOUND_RULES: [RegExp, string][] = [
  [/zh/g, 'j'],
  [/dj/g, 'j'],
  [/kh/g, 'h'],
  [/tch/g, 'ch'],
  [/sch/g, 'ch'],
  [/sh/g, 'ch'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/gu(?=[ei])/g, 'g'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/ie(?=\b)/g, 'i'],
  [/([a-z])\1+/g, '$1'],
  [/e\b/g, ''],
];

/**
 * Names come back article after article ("Lavrov", "Diop"): their keys are kept, up to this
 * many, then the memory starts afresh so a long ingest never grows it without bound.
 */
const SOUND_KEYS_KEPT = 50_000;
const soundKeys = new Map<string, string>();

export function soundKey(text: string): string {
  let key = soundKeys.get(text);
  if (key !== undefined) return key;
  key = foldName(text);
  for (const [pattern, replacement] of SOUND_RULES) key = key.replace(pattern, replacement);
  if (soundKeys.size >= SOUND_KEYS_KEPT) soundKeys.clear();
  soundKeys.set(text, key);
  return key;
}

/**
 * Key of a place's spelling: its sound key without spaces, so hyphens, spaces, accents and a
 * final mute e do not part two spellings: "Tinzaouatène", "Tin-Zaouatène", "Tinzaouaten" and
 * "Tin Zaouatene" -> "tinzauaten".
 */
export function placeKey(name: string): string {
  return soundKey(name).replace(/ /g, '');
}

/**
 * Consonant skeleton of a place's spelling, for transliterations that differ in their vowels and
 * silent h: "Zindajan" and "Zendeh Jan" -> "zndjn". Loose on purpose, so it is only ever
 * compared within one event, where two places of the same skeleton are unlikely.
 */
export function placeSkeleton(name: string): string {
  const key = placeKey(name);
  return key.slice(0, 1) + key.slice(1).replace(/[aeiouh]/g, '');
}
