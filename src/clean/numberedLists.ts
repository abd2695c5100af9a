// A numbered list that goes on from the article: "Ecco allora le offerte da non lasciarsi
// sfuggire:" / "1) Lego Star Wars 75188…" / "2) Polistil 960574…", or "Wir haben einige
// Statistiken gesammelt" / "1. Evergrande besaß mehr als 1300 Immobilienprojekte" / (a photo
// credit, a consent notice) / "2. Evergrande war mit 300 Milliarden Dollar verschuldet". Its items
// are short and dense with names, so the densest-run search leaves them out; their numbers, one
// after the other from 1, say they are one list, and the prose just above says whose.
import type { LineFeatures } from './lineFeatures.js';

/** "1) …", "2. …", "3 - …", "4: …": a number, a mark, then the item. */
const NUMBERED = /^(\d{1,2})\s*[.):–-]\s+\S/u;
/** Fewer items make no list to recover: "1. " may open any sentence about a first point. */
export const MIN_ITEMS = 3;
/**
 * How far the next item may be: an item comes with a link, a picture's credit or a notice of
 * blocked content ("Externer Inhalt nicht verfügbar"), a few lines at most.
 */
export const ITEM_REACH = 6;
/** How far below the last article line the first item may start (a heading, a credit between). */
export const LIST_REACH = 6;

function itemNumber(text: string): number {
  const first = text.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return 0;
  const match = NUMBERED.exec(text);
  return match ? Number(match[1]) : 0;
}

/**
 * The line alone between two items is the item's link or its second line ("1) Lego Star Wars
 * 75188" / "http://amzn.to/2iJFhRj" / "2) …"), unless it is known furniture (a picture's credit).
 */
function itemsRest(line: LineFeatures): boolean {
  return line.furniture === null && !line.tail && !line.paywall && line.wordCount > 0;
}

/**
 * For each line, whether it is an item of a numbered list (1, 2, 3… in order, MIN_ITEMS or more,
 * each within ITEM_REACH lines of the one before) that starts within LIST_REACH lines below a
 * line of the article (`verdicts`, as judged so far). Only the numbered lines are taken: what
 * stands between them may be furniture.
 */
export function numberedLists(lines: readonly LineFeatures[], verdicts: readonly { content: boolean }[]): boolean[] {
  let items: boolean[] | null = null;
  let lastContent = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i].content) {
      lastContent = i;
      continue;
    }
    if (i - lastContent > LIST_REACH || itemNumber(lines[i].text) !== 1) continue;
    const found = [i];
    for (let k = i + 1; k < lines.length && k - found[found.length - 1] <= ITEM_REACH; k++) {
      if (lines[k].tail) break;
      if (itemNumber(lines[k].text) === found.length + 1) found.push(k);
    }
    if (found.length < MIN_ITEMS) continue;
    items ??= new Array<boolean>(lines.length).fill(false);
    for (const k of found) items[k] = true;
    // One line between two items is the item's own; a box (a picture, its credit, a notice of
    // blocked content and its button) between them is several.
    for (let f = 1; f < found.length; f++) if (found[f] - found[f - 1] === 2 && itemsRest(lines[found[f] - 1])) items[found[f] - 1] = true;
    i = found[found.length - 1];
  }
  return items ?? [];
}
