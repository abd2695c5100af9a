// How English pages credit who published a text: the outlet's own words and the credit lines.

/** Words outlet names are built from ("The Meridian Post", "Global Desk Wire"). Folded. */
export const OUTLET_WORDS_EN: readonly string[] = [
  'agency', 'press', 'post', 'times', 'herald', 'tribune', 'observer', 'courier', 'gazette', 'dispatch',
  'news', 'daily', 'weekly', 'journal', 'chronicle', 'telegraph', 'guardian', 'standard', 'globe',
  'mirror', 'monitor', 'review', 'wire', 'wires', 'reporter', 'report', 'today', 'radio', 'television',
  'tv', 'broadcasting', 'media', 'network', 'ledger', 'bulletin', 'examiner', 'sentinel', 'independent',
  'star', 'sun', 'express', 'magazine', 'online', 'inquirer', 'register', 'record',
];

export const SOURCE_CUES_EN: readonly string[] = ['source', 'sources'];

export const BYLINE_CUES_EN: readonly string[] = ['by'];

export const RIGHTS_RESERVED_EN: readonly string[] = ['all rights reserved'];
