// Where a photo's caption places what it names, in brackets right after it: "Die Trainerin (l.)
// mit ihrem Team.", "the town hall (right)", "the flooded fields (in blue) along the river".
// Matched case-insensitively, whole inside the brackets.

/** Positions in the picture: "(left)", "(l.)", "(à droite)", "(v. l.)". */
export const PICTURE_POSITIONS: readonly string[] = [
  // English
  'left', 'right', 'center', 'centre', 'far left', 'far right', 'top', 'bottom', 'top left', 'top right',
  'bottom left', 'bottom right', 'from left', 'from right', 'front', 'back', 'foreground', 'background',
  // French
  'à gauche', 'à droite', 'au centre', 'au premier plan', 'de gauche à droite', 'g.', 'd.',
  // German
  'l.', 'r.', 'li.', 're.', 'm.', 'links', 'rechts', 'mitte', 'v. l.', 'v.l.', 'v. l. n. r.', 'v.l.n.r.',
  // Spanish, Italian
  'izq.', 'der.', 'izquierda', 'derecha', 'a sinistra', 'a destra', 'al centro',
];

/** Colours a figure's caption keys its picture with: "(red)", "(in white)", "(en rouge)". */
export const PICTURE_COLOURS: readonly string[] = [
  'red', 'blue', 'green', 'white', 'yellow', 'black', 'orange', 'purple', 'grey', 'gray', 'pink',
  'rouge', 'bleu', 'vert', 'blanc', 'jaune', 'noir', 'violet', 'gris',
  'rot', 'blau', 'grün', 'gelb', 'weiß', 'schwarz',
];

/** Words that may open a colour key: "(in white)", "(en rouge)". */
export const COLOUR_KEY_OPENERS: readonly string[] = ['in', 'en', 'shown in', 'highlighted in', 'marked in'];
