// Does a page copied as text hold an article? A home page or a section front is a column of
// cards, each a headline with a teaser sentence or a date ("Crue du fleuve : trois mille
// sinistrés" / "Les quartiers riverains sont les plus touchés…" / "Il y a 3 heures"); a 404
// page's text is its message ("La page que vous cherchez n'existe pas"). The text path has no
// markup to declare either (pageKind.ts reads it on HTML pages), so the verdict reads the lines'
// shapes and what the classifier kept of them. It is conservative: a kept line longer than any
// teaser, a story's own text beside the cards, undated cards or cards on one topic (a live blog,
// an explainer's subheads) leave the page an article.
import type { Note } from '../article.js';
import { foldLine } from './foldWords.js';
import type { LineFeatures, PageFeatures } from './lineFeatures.js';
import { MONTHS_EN } from './locales/en/months.js';
import {
  ERROR_STATES_EN, ERROR_SUBJECTS_EN, ERROR_TITLES_EN, RELATIVE_DAYS_EN, RELATIVE_TIME_CLOSERS_EN, RELATIVE_TIME_UNITS_EN,
} from './locales/en/pageKinds.js';
import { MONTHS_FR } from './locales/fr/months.js';
import {
  ERROR_STATES_FR, ERROR_SUBJECTS_FR, ERROR_TITLES_FR, RELATIVE_DAYS_FR, RELATIVE_TIME_OPENERS_FR, RELATIVE_TIME_UNITS_FR,
} from './locales/fr/pageKinds.js';
import { ERROR_MAX_OWN_CHARS, LISTING_MAX_OWN_CHARS, MIN_LISTING_CARDS, MIN_TEASER_SHARE } from './pageKind.js';
import { findDate } from './parseDate.js';

export const VERSION = 'text-page-kind-0.1.0';

export type TextPageKind = 'article' | 'listing' | 'error';

export interface TextPageVerdict {
  kind: TextPageKind;
  /** Why, readable, with line numbers (1-based, as an editor shows them). */
  evidence: string[];
  /** Characters of the kept lines, and of those outside cards and error messages. */
  keptChars: number;
  ownChars: number;
  cards: number;
}

/**
 * Longest teaser a card holds: a front page's excerpt is one or two sentences (80-300
 * characters); a kept line longer than this is a paragraph of a story, and the page is one.
 */
export const TEASER_MAX_CHARS = 400;
/** A teaser is a sentence of some length: "Voir la vidéo." or "Lire la suite." is none. */
const TEASER_MIN_WORDS = 6;
/** A headline: a few words ("Uranium : la mine d'Arlit tourne au ralenti"), no sentence end. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 24;
const HEADLINE_MAX_CHARS = 200;
/**
 * How a headline may not end: a period or a semicolon close a sentence, a colon announces what
 * follows, a question is an interviewer's as often as an editor's ("Pourquoi ?"), so a question
 * never makes a card (interviews must stay articles).
 */
const NOT_HEADLINE_ENDS = new Set(['.', '?', ':', ';', ',', '…']);
/** Date lines are short: "Il y a 2 heures", "Publié le 11/04/2024 à 08:30", "14 août 2024". */
const DATE_LINE_MAX_CHARS = 60;
/** "Aujourd'hui", "Yesterday": the longest date line without a digit. */
const RELATIVE_DAY_MAX_CHARS = 12;
/** Characters a date line holds besides its date: a cue ("Publié le "), a separator. */
const DATE_LINE_EXTRA_CHARS = 24;
/** Short lines between two paragraphs of one story: a subhead, a name, a caption. */
const STORY_GAP_LINES = 3;
/** Between the parts of a card: "Lire la suite", a "Vidéo" badge. */
const MAX_FURNITURE_IN_CARD = 2;
// How many cards make a listing, and how much text of its own a listing or an error page may
// keep, are pageKind.ts's: one rule for a page whether it came as HTML or as text.

/**
 * Share of the cards that must print a date or an age: a front page dates each card; an
 * explainer's subheads and an interview's questions carry none, and a page of undated headline
 * and sentence pairs is left an article, however listing-like (a listicle reads that way too).
 */
export const MIN_DATED_SHARE = 0.5;
/**
 * A front page's cards speak of different things: no word but stop words runs through half of
 * them. A live blog's timed entries all name the event ("Kidal", "séisme"): they are one story.
 * (A tag page's cards all name the tag and stay an article too: conservative.)
 */
export const MAX_ONE_WORD_SHARE = 0.5;
/** An error message is a line or two: a longer line quoting "page introuvable" is a sentence. */
const ERROR_LINE_MAX_CHARS = 160;
/** Lines of an error message: a title, the explanation, a hint ("Vérifiez l'adresse…"). */
const MAX_ERROR_LINES = 3;
/** An error title stands alone, give or take a word: "Oups ! Erreur 404". */
const ERROR_TITLE_MAX_EXTRA_WORDS = 2;

/**
 * The phrases with a space on each side, as they are looked for in a folded line padded alike
 * (" page introuvable "), and each title with its word count: built once, not at each line.
 */
const ERROR_TITLES = [...ERROR_TITLES_FR, ...ERROR_TITLES_EN].map((title) => ({ title, words: title.split(' ').length }));
/** A line of more words holds no title: its titles are not looked for. */
const ERROR_TITLE_MAX_LINE_WORDS = Math.max(...ERROR_TITLES.map((title) => title.words)) + ERROR_TITLE_MAX_EXTRA_WORDS;
/**
 * Phrases as one alternation, each with a space on either side: one native search of the padded
 * line instead of one includes per phrase, each a search set up anew (callgrind: those searches
 * cost ~3.2 M instructions a pass over the 313 article-sized texts).
 */
const spacedAlternation = (phrases: readonly string[]) =>
  new RegExp(phrases.map((phrase) => ` ${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `).join('|') || '(?!)');
/** By a line's word count, the titles it may hold: those it exceeds by ERROR_TITLE_MAX_EXTRA_WORDS at most. */
const ERROR_TITLES_BY_LINE_WORDS = Array.from({ length: ERROR_TITLE_MAX_LINE_WORDS + 1 }, (_, wordCount) =>
  spacedAlternation(ERROR_TITLES.filter((title) => wordCount <= title.words + ERROR_TITLE_MAX_EXTRA_WORDS).map((title) => title.title)),
);
const ERROR_SUBJECTS = spacedAlternation([...ERROR_SUBJECTS_FR, ...ERROR_SUBJECTS_EN]);
const ERROR_STATES = spacedAlternation([...ERROR_STATES_FR, ...ERROR_STATES_EN]);

const alternation = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).join('|');
const MONTH = alternation(Object.keys({ ...MONTHS_FR, ...MONTHS_EN }).map((m) => foldLine(m)));
/** A time, folded: "10h45", "10 45" (from "10:45"). */
const TIME = String.raw`\d{1,2}\s?h(?:\s?\d{2})?|\d{1,2} \d{2}`;
/**
 * Date lines that findDate does not read (it needs a year), on the folded line: an age ("il y a
 * 2 heures", "2 hours ago"), a day named by its distance ("hier a 18h30"), a time alone, a day
 * and a month without the year ("mardi 13 aout", "aug 13 10 45").
 */
const UNDATED_TIME = new RegExp(
  String.raw`^(?:(?:${alternation(RELATIVE_TIME_OPENERS_FR)}) \d+ ?(?:${alternation(RELATIVE_TIME_UNITS_FR)})` +
    String.raw`|\d+ ?(?:${alternation(RELATIVE_TIME_UNITS_EN)}) (?:${alternation(RELATIVE_TIME_CLOSERS_EN)})` +
    String.raw`|(?:${alternation([...RELATIVE_DAYS_FR, ...RELATIVE_DAYS_EN])})(?: (?:a|at))?(?: (?:${TIME}))?` +
    String.raw`|${TIME}` +
    String.raw`|(?:[a-z]+ )?\d{1,2}(?:er)? (?:${MONTH})(?: (?:a|at|) ?(?:${TIME}))?` +
    String.raw`|(?:${MONTH}) \d{1,2}(?: (?:${TIME}))?)$`,
);

type Role = 'headline' | 'teaser' | 'date' | 'furniture' | 'other';

interface Card {
  start: number;
  end: number;
  dated: boolean;
  /** The lines whose words tell the card's topic: its headline and its teaser. */
  words: number[];
}

export function textPageKind(page: PageFeatures, verdicts: readonly { content: boolean }[]): TextPageVerdict {
  const { lines } = page;
  let keptChars = 0;
  let longest = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i].content) continue;
    keptChars += lines[i].text.length;
    if (longest < 0 || lines[i].text.length > lines[longest].text.length) longest = i;
  }
  // Most articles stop here: one paragraph is longer than any teaser.
  if (longest >= 0 && lines[longest].text.length > TEASER_MAX_CHARS) {
    const evidence = [`line ${longest + 1}: a paragraph of ${lines[longest].text.length} characters`];
    return { kind: 'article', evidence, keptChars, ownChars: keptChars, cards: 0 };
  }
  // Pushed one by one, not lines.map(roleOf): the array map builds is packed when the builtin
  // runs and holey when optimized code inlines it, and findCards, inlined here, met the other map
  // and was thrown away five times over twelve warm passes (each time recompiled).
  const roles: Role[] = [];
  for (let i = 0; i < lines.length; i++) roles.push(roleOf(lines[i]));
  const cards = findCards(roles);
  const inCard = new Uint8Array(lines.length);
  for (const card of cards) inCard.fill(1, card.start, card.end + 1);
  let ownChars = 0;
  for (let i = 0; i < lines.length; i++) if (verdicts[i].content && !inCard[i]) ownChars += lines[i].text.length;
  // An error message is a line or a few: only a page whose own text is hardly more than that
  // can be an error page, and only there are lines read for one.
  const errors = ownChars <= ERROR_MAX_OWN_CHARS + MAX_ERROR_LINES * ERROR_LINE_MAX_CHARS ? errorLines(lines) : [];
  for (const i of errors) if (verdicts[i].content && !inCard[i]) ownChars -= lines[i].text.length;
  const measures = { keptChars, ownChars, cards: cards.length };

  if (errors.length > 0 && ownChars <= ERROR_MAX_OWN_CHARS) {
    const said = errors.slice(0, 2).map((i) => `line ${i + 1} "${lines[i].text}"`);
    return { kind: 'error', evidence: [`an error message: ${said.join(', ')}`, `${ownChars} characters of kept text besides`], ...measures };
  }
  const why = hasOwnParagraphs(roles, verdicts, inCard) ? null : listingEvidence(page, cards, measures);
  if (why) return { kind: 'listing', evidence: why, ...measures };
  return { kind: 'article', evidence: [`${cards.length} cards, ${ownChars} characters of kept text outside them`], ...measures };
}

/**
 * Two sentences kept one under the other outside any card: a story's paragraphs, however short
 * (a brief above a box of dated teasers). Not asked of an error page: its message often runs to
 * two or three sentences ("… n'existe pas." / "Elle a peut-être été déplacée." / "Essayez…").
 */
function hasOwnParagraphs(roles: readonly Role[], verdicts: readonly { content: boolean }[], inCard: Uint8Array): boolean {
  for (let i = 1; i < roles.length; i++) {
    if (roles[i] === 'teaser' && roles[i - 1] === 'teaser' && verdicts[i].content && verdicts[i - 1].content && !inCard[i] && !inCard[i - 1]) return true;
  }
  return false;
}

/** Why the cards make a listing, or null when they do not. */
function listingEvidence(page: PageFeatures, cards: readonly Card[], m: { keptChars: number; ownChars: number }): string[] | null {
  if (cards.length < MIN_LISTING_CARDS || m.ownChars > LISTING_MAX_OWN_CHARS) return null;
  if (m.keptChars - m.ownChars < MIN_TEASER_SHARE * m.keptChars) return null;
  const dated = cards.filter((card) => card.dated).length;
  if (dated < MIN_DATED_SHARE * cards.length) return null;
  const oneWord = mostCardsOneWordIn(page, cards);
  if (oneWord >= MAX_ONE_WORD_SHARE * cards.length) return null;
  const where = cards.slice(0, 3).map((card) => `${card.start + 1}-${card.end + 1}`).join(', ');
  return [
    `${cards.length} cards of a headline and a teaser or a date (lines ${where}…), ${dated} dated`,
    `no word in more than ${oneWord} of them`,
    `${m.ownChars} characters of kept text outside them`,
  ];
}

function roleOf(line: LineFeatures): Role {
  const { text, wordCount } = line;
  if (text.length <= DATE_LINE_MAX_CHARS && isDateLine(text)) return 'date';
  if (line.furniture !== null) return 'furniture';
  const last = text[text.length - 1]!;
  if (wordCount >= HEADLINE_MIN_WORDS && wordCount <= HEADLINE_MAX_WORDS && text.length <= HEADLINE_MAX_CHARS && !NOT_HEADLINE_ENDS.has(last)) {
    return 'headline';
  }
  if (line.sentence && last !== ':' && wordCount >= TEASER_MIN_WORDS && text.length <= TEASER_MAX_CHARS) return 'teaser';
  return 'other';
}

function isDateLine(text: string): boolean {
  // findDate reads a year, four digits: a line without a digit (most short lines, a heading, a
  // name) is not searched for one.
  const digit = DIGIT.test(text);
  const date = digit ? findDate(text) : null;
  if (date) return text.length - (date.end - date.start) <= DATE_LINE_EXTRA_CHARS;
  // Without a digit, only a day named alone ("Hier", "Aujourd'hui") is a date line.
  return (text.length <= RELATIVE_DAY_MAX_CHARS || digit) && UNDATED_TIME.test(foldLine(text));
}

const DIGIT = /\d/;

/**
 * Cards in page order: a headline, then one teaser and/or a date. Pages print the date above the
 * headline or below the card, so a date line next to a card dates it on either side (in "H T D
 * H T D" each date is the card's above it and the card's below it, and both are dated). A teaser
 * followed by another sentence is a story's first paragraph under its title, not a card.
 */
function findCards(roles: readonly Role[]): Card[] {
  const cards: Card[] = [];
  for (let i = 0; i < roles.length; i++) {
    if (roles[i] !== 'headline') continue;
    const start = i > 0 && roles[i - 1] === 'date' ? i - 1 : i;
    let end = i;
    let teaser = -1;
    let next = skipFurniture(roles, i + 1);
    if (roles[next] === 'date') {
      end = next;
      next = skipFurniture(roles, next + 1);
    }
    if (roles[next] === 'teaser') {
      teaser = next;
      end = next;
      next = skipFurniture(roles, next + 1);
      if (storyGoesOn(roles, next)) continue;
      if (roles[next] === 'date') end = next;
    }
    let dated = start < i;
    for (let k = i + 1; k <= end && !dated; k++) dated = roles[k] === 'date';
    if (teaser < 0 && !dated) continue;
    cards.push({ start, end, dated, words: teaser < 0 ? [i] : [i, teaser] });
    i = end;
  }
  return cards;
}

/**
 * Past the furniture between a card's parts, from `from`. A function of the module, not a closure
 * made at each call: tsx names each closure it creates (Object.defineProperty), and that was
 * ~0.7% of the flattened path's profile.
 */
function skipFurniture(roles: readonly Role[], from: number): number {
  let i = from;
  while (i < roles.length && roles[i] === 'furniture' && i - from < MAX_FURNITURE_IN_CARD) i++;
  return i;
}

/**
 * After a teaser, another sentence within a line or two (past a subhead, a name, a caption's
 * furniture) is the story going on: "Titre / date / premier paragraphe / Kate Henshaw / suite".
 */
function storyGoesOn(roles: readonly Role[], from: number): boolean {
  for (let i = from; i < roles.length && i < from + STORY_GAP_LINES; i++) {
    if (roles[i] === 'teaser') return true;
    if (roles[i] !== 'other' && roles[i] !== 'furniture') return false;
  }
  return false;
}

/** The most cards one content word appears in (a headline's or a teaser's). */
function mostCardsOneWordIn(page: PageFeatures, cards: readonly Card[]): number {
  const { contentHashes, contentStart } = page;
  const cardsWith = new Map<number, number>();
  const lastCard = new Map<number, number>();
  cards.forEach((card, k) => {
    for (const line of card.words) {
      for (let w = contentStart[line]; w < contentStart[line + 1]; w++) {
        const word = contentHashes[w];
        if (lastCard.get(word) === k) continue;
        lastCard.set(word, k);
        cardsWith.set(word, (cardsWith.get(word) ?? 0) + 1);
      }
    }
  });
  let most = 0;
  for (const count of cardsWith.values()) most = Math.max(most, count);
  return most;
}

/** The first MAX_ERROR_LINES lines that say the page is missing. */
function errorLines(lines: readonly LineFeatures[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length && found.length < MAX_ERROR_LINES; i++) {
    if (lines[i].text.length <= ERROR_LINE_MAX_CHARS && isErrorLine(lines[i])) found.push(i);
  }
  return found;
}

/** "Erreur 404", "Page introuvable" alone; "La page que vous cherchez n'existe pas ou a été déplacée." */
function isErrorLine(line: LineFeatures): boolean {
  const folded = ` ${foldLine(line.text)} `;
  if (line.wordCount <= ERROR_TITLE_MAX_LINE_WORDS && ERROR_TITLES_BY_LINE_WORDS[line.wordCount].test(folded)) return true;
  return ERROR_SUBJECTS.test(folded) && ERROR_STATES.test(folded);
}

/** The note a listing or an error page gets: what it is, why, and that its text is left empty. */
export function textPageKindNote(verdict: TextPageVerdict): Note {
  const why = verdict.evidence.join(', ');
  return verdict.kind === 'error'
    ? { stage: 'clean', rule: 'error-page', message: `an error page, no article (${why}): text left empty` }
    : { stage: 'clean', rule: 'listing-page', message: `a page of teasers, no article (${why}): text left empty` };
}
