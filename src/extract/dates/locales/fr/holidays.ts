// French feasts and holidays used as dates in news ("à Noël", "le lundi de Pentecôte").
// A fixed feast is a day of the year; a movable one is counted in days from Easter Sunday.

export const FIXED_HOLIDAYS_FR: Record<string, { month: number; day: number }> = {
  noël: { month: 12, day: 25 }, 'nouvel an': { month: 1, day: 1 }, "jour de l'an": { month: 1, day: 1 },
  'saint-sylvestre': { month: 12, day: 31 }, toussaint: { month: 11, day: 1 }, assomption: { month: 8, day: 15 },
  'saint-valentin': { month: 2, day: 14 }, 'fête du travail': { month: 5, day: 1 }, 'fête nationale': { month: 7, day: 14 },
  '14-juillet': { month: 7, day: 14 }, '11-novembre': { month: 11, day: 11 }, '8-mai': { month: 5, day: 8 },
};

export const EASTER_HOLIDAYS_FR: Record<string, number> = {
  pâques: 0, 'lundi de pâques': 1, 'vendredi saint': -2, 'mercredi des cendres': -46, ascension: 39,
  pentecôte: 49, 'lundi de pentecôte': 50,
};
