// The note that closes a syndicated article by naming where it first ran: "Originally published on
// Live Science.", "This article was reprinted on Wired.com.", "This article originally appeared on
// The Atlantic.", "Cet article a d'abord été publié dans Le Temps.". It is short, names an outlet,
// and often stands under a few related links ("27 Oddest Medical Case Reports" / "Originally
// published on Live Science."), so the body search leaves it out; yet it is the article's own last
// line, its credit, as the dateline is its first. A sentence this short with these words is not a
// teaser's or a menu's: those name no other outlet as the story's origin.
//
// "First published: Tuesday, November 19, 2019" is a date line (a colon, no outlet), not taken.
//
// On the shared slice: 5 article lines, none of boilerplate.
import type { LineVerdict } from './classifyLines.js';
import type { LineFeatures } from './lineFeatures.js';

/** How far below the article's last kept line the note may stand: a few related links between. */
export const PROVENANCE_REACH = 4;
/** The note is one short sentence: "Originally published on Live Science." */
export const PROVENANCE_MAX_WORDS = 15;

/**
 * "(This article|story…) … (originally|first|was) (appeared|published|reprinted…) (on|in|at|by)",
 * "Originally published (on|in)…", and the same in French, German and Spanish.
 */
const PROVENANCE = new RegExp(
  [
    String.raw`^(?:this|the) (?:article|story|post|piece|interview|essay|column)\b.{0,40}?\b(?:originally|first|was) (?:appeared|published|reprinted|republished|ran|posted)\b.{0,20}?\b(?:on|in|at|by|from)\s`,
    String.raw`^(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\s`,
    String.raw`^(?:cet|l') ?(?:article|entretien|texte|enquête)\b.{0,40}?\b(?:publié|paru)e? (?:initialement |d'abord )?(?:dans|sur|par)\s`,
    String.raw`^(?:dieser|der) (?:artikel|beitrag|text)\b.{0,40}?\b(?:erschien|erschienen|veröffentlicht)\b`,
    String.raw`^(?:este|el) (?:artículo|texto|reportaje)\b.{0,40}?\b(?:publicado|apareció)\b.{0,20}?\b(?:en|por)\s`,
  ].join('|'),
  'iu',
);

/** For each line, whether it is the note naming where the article first ran (see above). */
export function provenanceNotes(lines: readonly LineFeatures[], verdicts: readonly LineVerdict[]): boolean[] {
  let last = verdicts.length - 1;
  while (last >= 0 && !verdicts[last].content) last--;
  if (last < 0) return [];
  for (let i = last + 1; i < lines.length && i <= last + PROVENANCE_REACH; i++) {
    const line = lines[i];
    if (line.tail || line.paywall) return [];
    if (line.wordCount > PROVENANCE_MAX_WORDS || line.last !== 0x2e /* . */ || !PROVENANCE.test(line.text)) continue;
    const taken = new Array<boolean>(lines.length).fill(false);
    taken[i] = true;
    return taken;
  }
  return [];
}
