// A list its writer typed with bullets: "+ Added Slime Block" / "+ Added Iron Trapdoor" / "* Villager
// trading has been rebalanced". Markup lists lose their bullets when a page is copied as text, so
// a bullet left in the text was written by hand, in the article. The items are short and dense
// with names, so the densest-run search cuts the list where its items stop reading as prose; the
// bullets say the whole run is one list, and the article line beside it says whose. A menu
// printed with dashes ("- Reden" / "- Mediathek") stands apart from the article.
import type { LineFeatures } from './lineFeatures.js';

/** "+ …", "* …", "• …", "– …", "- …", "▪ …", "► …", "✓ …": a mark and a space, then the item. */
const BULLET = /^[+*•–·▪►✓✔-]\s+\S/u;
/** The marks BULLET opens on. */
export const BULLET_MARKS = '+*•–·▪►✓✔-';
const BULLET_CHARS = new Uint8Array(0x10000);
for (const c of BULLET_MARKS) BULLET_CHARS[c.charCodeAt(0)] = 1;
/** Fewer items make no list to recover. */
export const MIN_BULLETS = 3;
/** How near an article line must stand to the run (or in it) for the list to be the article's. */
export const BULLET_REACH = 2;

export function isBullet(text: string): boolean {
  return BULLET_CHARS[text.charCodeAt(0)] === 1 && BULLET.test(text);
}

/**
 * For each line, whether it is in a run of MIN_BULLETS or more bulleted lines that holds a line
 * of the article or stands within BULLET_REACH lines of one (`verdicts`, as judged so far).
 */
export function bulletLists(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  let items: boolean[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!isBullet(lines[i].text)) continue;
    let end = i;
    while (end + 1 < lines.length && isBullet(lines[end + 1].text)) end++;
    if (end - i + 1 >= MIN_BULLETS && nearArticle(verdicts, i, end)) {
      items ??= new Array<boolean>(lines.length).fill(false);
      for (let k = i; k <= end; k++) items[k] = true;
    }
    i = end;
  }
  return items ?? [];
}

function nearArticle(verdicts: readonly { content: boolean }[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - BULLET_REACH); k <= Math.min(verdicts.length - 1, to + BULLET_REACH); k++) {
    if (verdicts[k].content) return true;
  }
  return false;
}
