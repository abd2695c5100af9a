// Short forms of given names in French-language news ("Jean-Marie" is written "J.-M." elsewhere,
// which initials already cover). Folded, short -> full.
export const NICKNAMES_FR: Record<string, string> = {
  jo: 'joseph', manu: 'emmanuel', fred: 'frederic', seb: 'sebastien', nico: 'nicolas',
};
