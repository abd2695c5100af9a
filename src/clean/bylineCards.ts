// A rail of teaser cards, each signed: "Donald Trump sigue dominando al Partido Republicano" /
// "Su influencia sobre el partido muestra, una vez más, que…" / "By Shane Goldmacher", then the
// next card a line or two further ("Photo", "Credit…", a kicker). Each summary is a sentence and
// each headline could head a paragraph, so line by line the rail reads as an article; an article
// is signed once, at its top, and its paragraphs do not each end on a byline. On the shared slice
// every headline / summary / byline triple outside one front page is boilerplate.
import type { LineFeatures } from './lineFeatures.js';

/**
 * "By Charles M. Blow", "Por Andrew E. Kramer y Tyler Hicks", "Par Awa Diallo et Jean Roe", "Von
 * Ines Zöttl": a byline word, then names alone (and the words joining two).
 */
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|y|and|et|und|e))*$/u;
/** First letters of a byline word (ASCII): most short lines are told apart without the pattern. */
const BYLINE_FIRST = new Uint8Array(128);
for (const c of 'BbPpVvDd') BYLINE_FIRST[c.charCodeAt(0)] = 1;
/** A byline is a few names. */
const BYLINE_MAX_WORDS = 9;
/** A headline: a few words, no sentence end (a question mark is a headline's). */
const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 25;
/** A teaser's summary: one sentence or two. */
const SUMMARY_MIN_WORDS = 5;
const SUMMARY_MAX_WORDS = 50;
/** Between two cards of a rail: a picture's label and credit, a kicker ("Photo", "Credit…", "Skin Deep"). */
const GAP_MAX_LINES = 5;
const GAP_MAX_WORDS = 12;
/**
 * Cards signed one after the other: an article's own header (title, standfirst, byline) is one
 * such card, followed by the article, not by more cards.
 */
export const MIN_RAIL_CARDS = 3;

/** Marks as furniture ('teaser') the headlines, summaries and bylines of a rail of signed cards. */
export function markBylineCards(lines: LineFeatures[]): void {
  let rail: number[] = [];
  for (let i = 2; i < lines.length; i++) {
    if (!isCard(lines, i)) continue;
    const previous = rail[rail.length - 1];
    if (previous !== undefined && (i - 2 <= previous || !isGap(lines, previous + 1, i - 3))) {
      markRail(lines, rail);
      rail = [];
    }
    rail.push(i);
  }
  markRail(lines, rail);
}

/** Whether line `i` is a byline closing a card: a summary above it and a headline above that. */
function isCard(lines: readonly LineFeatures[], i: number): boolean {
  const byline = lines[i];
  if (byline.wordCount < 2 || byline.wordCount > BYLINE_MAX_WORDS || !BYLINE_FIRST[byline.text.charCodeAt(0) & 0x7f] || !BYLINE.test(byline.text)) {
    return false;
  }
  const summary = lines[i - 1];
  const headline = lines[i - 2];
  if (!isOpen(summary) || !summary.sentence || summary.colon || summary.wordCount < SUMMARY_MIN_WORDS || summary.wordCount > SUMMARY_MAX_WORDS) return false;
  const last = headline.text.charCodeAt(headline.text.length - 1);
  return (
    isOpen(headline) &&
    headline.wordCount >= HEADLINE_MIN_WORDS &&
    headline.wordCount <= HEADLINE_MAX_WORDS &&
    last !== 0x2e /* . */ &&
    last !== 0x3a /* : */
  );
}

/** Not yet furniture, or already a teaser's line (a card another rule found is still a card of the rail). */
function isOpen(line: LineFeatures): boolean {
  return line.furniture === null || line.furniture === 'teaser';
}

/** Lines `from` .. `to` (inclusive) part two cards of one rail: few, and short. */
function isGap(lines: readonly LineFeatures[], from: number, to: number): boolean {
  if (to - from + 1 > GAP_MAX_LINES) return false;
  for (let k = from; k <= to; k++) if (lines[k].wordCount > GAP_MAX_WORDS) return false;
  return true;
}

function markRail(lines: LineFeatures[], rail: readonly number[]): void {
  if (rail.length < MIN_RAIL_CARDS) return;
  for (const i of rail) for (let k = i - 2; k <= i; k++) if (lines[k].furniture === null) lines[k].furniture = 'teaser';
}
