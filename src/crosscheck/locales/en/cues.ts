// Phrases that change how a sentence is read: a revised figure, a role before a name, page furniture.

// "The toll rose to 14", "a new toll": the figure replaces an earlier one.
export const REVISION_CUES_EN: RegExp[] = [
  /\bnew (?:death )?toll\b/i,
  /\b(?:toll|number|count|figure) (?:has )?(?:rose|risen|climbed|increased|grew|jumped|was revised)/i,
  /\b(?:rose|risen|climbed) to\b/i,
  /\brevised (?:up|down)(?:ward)?\b/i,
  /\bupdated?\b/i,
  /\bnow stands at\b/i,
  /\bcorrect(?:ed|ion)\b/i,
];

// "from 12 to 14", "rose from 12": the first figure is the superseded one.
export const REVISION_RANGE_EN = /\b(?:rose|risen|climbed|increased|grew|jumped|went up|up)[^.;]{0,40}?\bfrom\s+$/i;

export const ROLE_WORDS_EN = new Set([
  'minister', 'president', 'prime', 'spokesman', 'spokeswoman', 'spokesperson', 'general',
  'colonel', 'captain', 'commander', 'chief', 'director', 'mayor', 'governor', 'ambassador',
  'secretary', 'prosecutor', 'senator', 'judge', 'lieutenant', 'sergeant', 'king', 'queen',
  'prince', 'princess', 'leader', 'head', 'chairman', 'ceo', 'manager', 'coach', 'trooper',
  'officer', 'sgt', 'rep', 'sen', 'gov', 'dr', 'mr', 'mrs', 'ms', 'commissioner', 'producer',
  'producers', 'attorney', 'lawyer', 'detective', 'deputy', 'sheriff', 'chief', 'superintendent',
  'commander', 'commodore', 'admiral', 'inspector', 'professor', 'prof', 'pastor', 'reverend',
]);

export const BOILERPLATE_EN: RegExp[] = [
  /^\s*(?:read more|read also|see also|watch|listen|related)\s*[:|]?/i,
  /\bsubscribe\b|\bnewsletter\b|\bsign up\b/i,
  /^\s*(?:published|updated|posted) (?:on|at)?\b/i,
  /©|\ball rights reserved\b/i,
  /^\s*(?:photo|credit|image|video|caption)\s*[:|]/i,
  /https?:\/\/|www\./i,
  /\bcookies?\b|\bshare (?:on|this)\b/i,
  /^\s*(?:listen (?:live|to)|follow us|download our|join us)\b/i,
];

// Not "to" or "from": "according to Fire Chief Steele" places nothing.
export const LOCATIVES_EN = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
