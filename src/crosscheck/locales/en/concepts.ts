// What counted things and dated events are about ("12 killed", "a toll of 14" -> death toll).
// Labels are shared with the French tables so that figures compare across languages.

const concept = (label: string, words: string) =>
  Object.fromEntries(words.split(/\s+/).filter(Boolean).map((w) => [w, label]));

export const COUNT_CONCEPTS_EN: Record<string, string> = {
  // Not "death": "a death sentence by three jurors" counts jurors.
  ...concept('death toll', `dead deaths killed killing kills died die toll victims fatalities
    bodies lives`),
  ...concept('injured', 'injured injuries wounded wounding hurt'),
  ...concept('missing', 'missing disappeared'),
  ...concept('displaced', 'displaced refugees evacuated evacuees homeless'),
  ...concept('arrests', 'arrested arrests detained detainees'),
  ...concept('fighters', 'fighters mercenaries militants jihadists insurgents rebels paramilitaries'),
  ...concept('troops', 'soldiers troops servicemen police officers peacekeepers'),
  ...concept('protesters', 'protesters demonstrators strikers'),
  ...concept('votes', 'votes ballots'),
  ...concept('money (euros)', 'euros euro'),
  ...concept('money (dollars)', 'dollars dollar'),
  ...concept('homes', 'homes houses buildings dwellings'),
  ...concept('magnitude', 'magnitude richter'),
  ...concept('hectares', 'hectares hectare acres'),
};

export const COUNTED_WHO_EN: Record<string, string> = {
  ...concept('people', `people persons person individuals residents victims villagers workers
    migrants pilgrims tourists passengers miners fishermen worshippers journalists farmers patients
    employees staff`),
  ...concept('civilians', 'civilians civilian'),
  ...concept('soldiers', 'soldiers troops servicemen peacekeepers'),
  ...concept('police', 'police officers policemen'),
  ...concept('children', 'children child minors pupils students'),
  ...concept('women', 'women'),
  ...concept('fighters', 'fighters mercenaries militants jihadists rebels insurgents attackers terrorists'),
};

export const GENERIC_WHO_EN = new Set(['people']);

export const DATE_PREDICATES_EN: Record<string, string> = {
  ...concept('arrival', `arrived arrival arriving deployed deployment stationed present presence
    landed`),
  ...concept('founding', 'founded established created'),
  ...concept('election', 'elected election'),
  ...concept('birth', 'born birth'),
  ...concept('departure', 'withdrew withdrawal left departure'),
  ...concept('signing', 'signed signing agreement'),
  ...concept('start', 'began started launched'),
  ...concept('appointment', 'appointed named appointment'),
};
