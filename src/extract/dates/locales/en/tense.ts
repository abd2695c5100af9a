// English verb forms that tell past reports from announcements ("arrived on Monday" vs "will meet on Monday").

export const FUTURE_MARKERS_EN = ['will', "'ll", 'shall', 'going', 'scheduled', 'due', 'expected', 'planned', 'next', 'upcoming'];

export const PAST_MARKERS_EN = ['was', 'were', 'had', 'did', 'said', 'met', 'went', 'came', 'told', 'last', 'ago', 'left', 'held', 'took', 'gave', 'made'];

/** Regular past tense and participles: "arrived", "announced". */
export const PAST_ENDING_EN = /^\p{L}{3,}ed$/u;
