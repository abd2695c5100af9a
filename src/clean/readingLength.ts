// How long a line reads, for the length thresholds of the line classes (classifyLines.ts), which
// were set on alphabetic scripts: a Chinese, Japanese or Korean character carries about what two
// Latin letters do (Twitter weighs them so too), so a sentence of 30 of them ("まずスタートメニューから
// プログラムを探し、右クリック。") is as long as a Latin one of 60.

/** What one Han, kana or Hangul character counts for against the thresholds. */
export const CJK_CHAR_WEIGHT = 2;

/** Han, kana and Hangul syllables: the blocks one character of which stands for a syllable or a word. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** The line's length with each CJK character counted CJK_CHAR_WEIGHT times. */
export function readingLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) length += CJK_CHAR_WEIGHT - 1;
  return length;
}
