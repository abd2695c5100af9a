// How English pages sign an article and date it near its headline: "By Jane Doe and John Roe",
// "Jane Doe, Staff writer", "Published 12 March 2024", "Updated March 13, 2024". Lower case.

export const BYLINE_OPENERS_EN: readonly string[] = ['by', 'written by', 'words by', 'reporting by', 'story by'];

export const AUTHOR_JOINERS_EN: readonly string[] = ['and', '&'];

export const AGENCY_JOINERS_EN: readonly string[] = ['with', 'and'];

/** A newsroom signing as itself ("Staff", "Editorial Team", "Web Desk"): no person, see the fr list. */
export const DESK_SIGNATURES_EN: readonly string[] = ['staff', 'staff writer', 'staff reporter', 'editorial team', 'editorial staff', 'editorial board', 'newsroom', 'news desk', 'web desk', 'the editors', 'editors', 'admin', 'administrator', 'wire staff', 'wire services', 'agencies'];

export const UPDATE_CUES_EN: readonly string[] = ['updated', 'last updated', 'last modified', 'modified'];

export const ROLE_WORDS_EN: readonly string[] = ['correspondent', 'reporter', 'writer', 'editor', 'columnist', 'contributor', 'journalist', 'staff', 'special', 'senior', 'chief', 'associate', 'political', 'foreign', 'africa', 'business'];
