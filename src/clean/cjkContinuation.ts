// Prose going on below the body in a script without spaces: a Japanese how-to's steps, one short
// sentence a line ("まず設定画面を開きます。" / "「保存」をクリック。" / "再起動して完了"). The body search
// ends where its lines get short, and proseContinuation.ts, which carries sentences of some words
// below the body, counts words by spaces: a Japanese or Chinese line is one word to it. Here a line
// is read by its script and its close: below a kept line mostly in Han or kana, the lines left
// out, none of them furniture, are the article going on down to the last one in that script
// closed by a sentence mark ('。', '！', '？'); lines without one ("Ctrl＋Alt＋Kで", a step cut in
// two, "再起動して完了") come along between, at most SHORT_RUN_MAX in a row, as short sentences do
// below an alphabetic body. A menu or a rail below ("関連記事" / its headlines) has no sentence
// mark.
//
// On the shared slice: 12 article lines (a how-to's steps); 3 lines labelled boilerplate, the
// last two profiles of a list of appointed executives closing a news story, whose first the
// body already keeps.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';
import { SHORT_RUN_MAX } from './proseContinuation.js';

/** Han and kana: the scripts written without spaces between words. */
function isHanOrKana(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** At least half the line's characters other than spaces are Han or kana. */
function isDenseScript(text: string): boolean {
  let dense = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHanOrKana(code)) dense++;
    else if (code !== 0x20) other++;
  }
  return dense > 0 && dense >= other;
}

/** '。', '！', '？' and their half-width forms closing the line. */
function endsSentence(last: number): boolean {
  return last === 0x3002 || last === 0xff01 || last === 0xff1f || last === 0xff61;
}

function isOutsideLine(line: LineFeatures, verdict: LineVerdict): boolean {
  return !verdict.content && verdict.reason === 'outside-body' && line.furniture === null && !line.caption && !line.tail && !line.paywall;
}

/** For each line, whether it continues the body's prose downwards in a script without spaces (see above). */
export function cjkContinuation(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let taken: boolean[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!verdicts[i].content || !isOutsideLine(lines[i + 1], verdicts[i + 1])) continue;
    let end = i;
    let unclosed = 0;
    // The marks are the scripts' own: a line they close is in Han or kana, and the kept line
    // above, the only one read char by char, is read only once a run is found.
    for (let k = i + 1; k < lines.length && isOutsideLine(lines[k], verdicts[k]); k++) {
      if (endsSentence(lines[k].last)) {
        end = k;
        unclosed = 0;
      } else if (++unclosed > SHORT_RUN_MAX) break;
    }
    if (end === i || !isDenseScript(lines[i].text)) continue;
    taken ??= new Array<boolean>(lines.length).fill(false);
    for (let k = i + 1; k <= end; k++) taken[k] = true;
    i = end;
  }
  return taken ?? [];
}
