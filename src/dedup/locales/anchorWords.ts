// Words a translation carries over as the same fact in another language: months and week days
// ("mardi 7 février" / "Tuesday, February 7"), and the capitalised words that are titles, not
// names, in one language only ("Foreign Minister Sergei Lavrov" / "le ministre Sergueï Lavrov").

/**
 * Calendar words by folded spelling -> language-independent anchor. English "may" and "march"
 * are also common verbs: they count only when capitalised mid-sentence (`CAPITALISED_ONLY`).
 * A Map, so that a word of the text such as "constructor" is never looked up on Object.prototype.
 */
export const CALENDAR_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  janvier: 'm1', january: 'm1', fevrier: 'm2', february: 'm2', mars: 'm3', march: 'm3',
  avril: 'm4', april: 'm4', mai: 'm5', may: 'm5', juin: 'm6', june: 'm6',
  juillet: 'm7', july: 'm7', aout: 'm8', august: 'm8', septembre: 'm9', september: 'm9',
  octobre: 'm10', october: 'm10', novembre: 'm11', november: 'm11', decembre: 'm12', december: 'm12',
  lundi: 'd1', monday: 'd1', mardi: 'd2', tuesday: 'd2', mercredi: 'd3', wednesday: 'd3',
  jeudi: 'd4', thursday: 'd4', vendredi: 'd5', friday: 'd5', samedi: 'd6', saturday: 'd6',
  dimanche: 'd7', sunday: 'd7',
}));

export const CAPITALISED_ONLY = new Set(['may', 'march']);

/**
 * Capitalised mid-sentence in one language and not in the other: English titles and honorifics
 * ("President", "Foreign Minister"), French honorifics ("M.", "Mme"). Left out so that they
 * neither match nor weigh against a match.
 */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'm', 'mme', 'mlle', 'me', 'pr',
  'president', 'vice', 'prime', 'minister', 'ministry', 'foreign', 'interior', 'defence', 'defense',
  'secretary', 'general', 'state', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson',
  'colonel', 'general', 'captain', 'lieutenant', 'commander', 'governor', 'mayor', 'senator',
  'king', 'queen', 'prince', 'pope', 'ambassador', 'envoy', 'affairs', 'affaires', 'etrangeres',
  'national', 'nationale', 'republic', 'republique', 'assembly', 'assemblee', 'council', 'conseil',
]);
