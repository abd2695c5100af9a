// A note about the author closing the article: "Laura Jedeed is a freelance journalist based in
// New York City.", "Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland.", "Yasmine
// Hassan is a producer filing stories on the Middle East for CBC's parliamentary bureau." It reads
// as a sentence of prose and shares the article's names, yet it is about the writer, not the
// story. The role may come first, the name after it: "Pulitzer Prize-winning journalist Jane Roe
// writes a daily blog…". Only the last kept lines are read: a sentence introducing an expert ("Jane Doe is a
// professor of economics at…") inside the story is the story's.
import type { LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';
import { BIO_COPULAS, BIO_ROLES, BIO_WRITING_VERBS } from './locales/authorBios.js';

/** How many of the last kept lines may be the note: it may run over two or three paragraphs. */
export const BIO_REACH = 3;
/** A role is named within the first words after the verb: "is a senior staff writer with". */
const ROLE_WITHIN_WORDS = 6;

/** A name of two to five words opening the line, an address in brackets maybe, then the verb. */
const NAME_AND_VERB = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|der|da|di|le|la|bin|al)){1,4}(?:\\s*\\([^)]*\\))?,?\\s+(?:${BIO_COPULAS.join('|')})\\s`,
  'u',
);
const ROLE = new RegExp(`^(?:\\S+\\s+){0,${ROLE_WITHIN_WORDS}}?\\S*?(?:${BIO_ROLES.join('|')})\\b`, 'iu');

/**
 * The role within the first words, then a name of two to four words, then what the writer does
 * for the outlet: "writes a daily blog", not "writes in his book that…" (a source quoted).
 */
const ROLE_WITHIN_OPENING_WORDS = 4;
/** Where the opening stands: a role of a few words, a name, the verb. */
const ROLE_THEN_NAME_CHARS = 120;
const WRITING_VERB = new RegExp(`\\s(?:${BIO_WRITING_VERBS.join('|')})\\s`, 'u');
const ROLE_THEN_NAME = new RegExp(
  `^(?:\\S+\\s+){0,${ROLE_WITHIN_OPENING_WORDS}}?\\S*?(?:${BIO_ROLES.map((role) => `[${role[0]}${role[0].toUpperCase()}]${role.slice(1)}`).join('|')})\\s+` +
    `\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+(?:${BIO_WRITING_VERBS.join('|')})\\s(?!(?:in|that|dass|que|dans)\\s)`,
  'u',
);

/** Whether a line opens as a note about a person's role: "<Name> is a … journalist …". */
export function isAuthorBio(text: string): boolean {
  const opening = NAME_AND_VERB.exec(text);
  return opening !== null && ROLE.test(text.slice(opening[0].length, opening[0].length + 120));
}

/**
 * The same, or the role first: "… journalist <Name> writes …". Read on the last kept lines only
 * (dropClosingBios): the role alternation, tried at each of the first words, is dear on every
 * paragraph, and the verb is looked for first.
 */
export function isClosingNote(text: string): boolean {
  if (isAuthorBio(text)) return true;
  const head = text.slice(0, ROLE_THEN_NAME_CHARS);
  return WRITING_VERB.test(head) && ROLE_THEN_NAME.test(head);
}

/**
 * A line after the note that is a paragraph of this many words or more is the story going on: the
 * note was a sentence about an expert. The note's own other sentences and the outlet's notes after
 * it are shorter ("is an associate professor at the University of …", "Note: comments are moderated.").
 */
const PARAGRAPH_WORDS = 20;

/**
 * Drops a note about the author among the last BIO_REACH kept lines, and the kept lines after it
 * when none of them is a paragraph.
 */
export function dropClosingBios(page: PageFeatures, verdicts: LineVerdict[]): void {
  let seen = 0;
  let bio = -1;
  // From the last kept line up: a note is taken only while no paragraph stands below it.
  for (let i = verdicts.length - 1; i >= 0 && seen < BIO_REACH; i--) {
    if (!verdicts[i].content) continue;
    seen++;
    if (isClosingNote(page.lines[i].text)) bio = i;
    else if (page.lines[i].wordCount >= PARAGRAPH_WORDS) break;
  }
  if (bio < 0) return;
  for (let i = bio; i < verdicts.length; i++) if (verdicts[i].content) verdicts[i] = { content: false, reason: 'author-bio' };
  dropBioHeading(page, verdicts, bio);
}

/** The name and role heading the note: a few words each, no sentence end ("Yasmine Hassan" / "Producer"). */
const HEADING_MAX_LINES = 2;
const HEADING_MAX_WORDS = 3;

/**
 * The kept lines right above the note that head it: its writer's name, which the note opens on,
 * and a role beside it ("ABOUT THE AUTHOR" / "Yasmine Hassan" / "Producer" / "Yasmine Hassan is a
 * producer…"). Taken only when one of them is the name the note opens on.
 */
function dropBioHeading(page: PageFeatures, verdicts: LineVerdict[], bio: number): void {
  const note = page.lines[bio].text;
  let named = false;
  let top = bio;
  for (let i = bio - 1; i >= 0 && bio - i <= HEADING_MAX_LINES; i--) {
    const line = page.lines[i];
    if (!verdicts[i].content || line.sentence || line.wordCount === 0 || line.wordCount > HEADING_MAX_WORDS) break;
    if (note.startsWith(line.text + ' ')) named = true;
    top = i;
  }
  if (!named) return;
  for (let i = top; i < bio; i++) verdicts[i] = { content: false, reason: 'author-bio' };
}
