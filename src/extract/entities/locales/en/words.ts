// English function words and frequent sentence openers (see fr/words.ts).
export const STOPWORDS_EN = new Set(
  `the a an this that these those it its he she they we you i his her their our your my
  but or and so yet nor if when while after before since until as because though although
  for by on in at to from with without of about against between during into over under
  according however meanwhile also then there here now today yesterday tomorrow still
  some many most several each every all both either neither no not other such what which who
  whom whose where why how monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mr mrs ms`.split(/\s+/),
);

/** Heads that name one body after a nationality: "the Malian army" (see fr/words.ts). */
export const BODY_HEADS_EN = new Set(['army', 'ministry']);

export const ORG_HEADS_EN = new Set(
  `ministry department party union organization organisation council assembly parliament senate
  government bank company corporation commission committee agency army forces front movement
  university school institute academy court tribunal federation association league
  confederation union chamber office foundation group alliance coalition brigade regiment
  police guard church fund conference mission service club hospital museum theatre
  administration coordination convention congress cabinet bureau embassy consulate inc ltd corp survey center centre`.split(/\s+/),
);

export const PLACE_HEADS_EN = new Set(
  `street avenue road square bridge county province region district city town village valley
  lake mount mountain river island gulf cape strait sea ocean desert port mountains hills mosque
  plateau`.split(/\s+/),
);

/** "north of Kidal", "outside Gao" (see fr/words.ts). */
export const PLACE_DE_WORDS_EN = new Set(['north', 'south', 'east', 'west', 'outskirts']);

export const PLACE_DETERMINERS_EN = new Set(['the']);

export const PLACE_PREPOSITIONS_EN = new Set(['in', 'at', 'to', 'from', 'near', 'across', 'into', 'toward', 'towards', 'via']);

/** See fr/words.ts: "Prigozhin said", "Lavrov has". */
export const SUBJECT_VERBS_EN = new Set(['said', 'says', 'has', 'had', 'is', 'was', 'told', 'added']);
