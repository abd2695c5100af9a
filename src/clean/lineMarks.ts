// What a line holds besides its words, as the line scan records it in one number
// (LineScan.marks): a bit for each separator some rule needs ("Photo: AFP" needs its colon,
// "Ammar Awad / Reuters" its slash), one for a word opening on a figure, one for a word of a
// photographer's commission ("for", "pour"). A rule that cannot match without its mark is skipped,
// exactly, on a line without it: most lines hold none, and the scan reads every char anyway.
// Apart from scanLine.ts so that the rules' modules and the vocabulary can read it without a cycle.

/** "(": a credit in brackets, "(c)". */
export const HAS_OPEN_PAREN = 1;
/** "©". */
export const HAS_COPYRIGHT_SIGN = 2;
/** ":": a labelled credit ("Photo: AFP"), a running time ("2:43 min"). */
export const HAS_COLON = 4;
/** "/": a photographer and an agency ("Ammar Awad / Reuters"). */
export const HAS_SLASH = 8;
/** "|": a media kicker ("WATCH | …"). */
export const HAS_PIPE = 16;
/** A word opening on a digit ("vor 2 Stunden", "12 Kommentare"). */
export const HAS_DIGIT_WORD = 32;
/**
 * A word a photographer's commission turns on ("Kim Raff for The New York Times", "Jean Dupont
 * pour Le Monde"), folded: also the word's flag in the vocabulary (a bit above its other flags),
 * which the scan copies into the marks of the line.
 */
export const HAS_COMMISSION_WORD = 1 << 22;
/** Every bit: what a caller that has not scanned the line passes, so that no rule is skipped. */
export const ANY_MARK = -1;

/**
 * The bit of each separator the scan records, by char code (0 for the other separators and for
 * every letter): one read per separator, where two comparisons stood for "(" and "©".
 */
export const SEPARATOR_MARKS = new Uint8Array(0x10000);
SEPARATOR_MARKS[0x28] = HAS_OPEN_PAREN;
SEPARATOR_MARKS[0xa9] = HAS_COPYRIGHT_SIGN;
SEPARATOR_MARKS[0x3a] = HAS_COLON;
SEPARATOR_MARKS[0x2f] = HAS_SLASH;
SEPARATOR_MARKS[0x7c] = HAS_PIPE;
