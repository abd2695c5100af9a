// The shape of one language's cross-checking lexicon. Every heuristic the stage applies to words
// lives in these tables, so supporting a language is filling one folder.

/** How a stated number binds its value: "plus de 2 000" is `above`, "environ 1 500" is `about`. */
export type Qualifier = 'exact' | 'about' | 'atLeast' | 'above' | 'below' | 'atMost';

/** A vague amount written in words: "une quinzaine" is 13 to 17, "des centaines" 200 to 999. */
export interface VagueQuantity {
  /** Lower-case words as written, matched on word boundaries ("des centaines"). */
  words: string;
  low: number;
  high: number;
  /** The round figure the words name, when there is one ("une quinzaine" -> 15). */
  point: number | null;
}

/** How conflicts are named (see topic.ts); keys are the English concepts of concepts.ts. */
export interface ConflictLabels {
  /** Count concept -> its name ("death toll" -> "bilan des morts"); unlisted ones keep the key. */
  counts: Record<string, string>;
  /** Who is counted ("soldiers" -> "soldats"). */
  counted: Record<string, string>;
  /** Date concept -> its complement in `dateOf` ("arrival" -> "de arrivée", elided later). */
  dates: Record<string, string>;
  grains: Record<'year' | 'date', string>;
  /** Templates with {grain}, {concept}, {person}, {gist}. */
  dateOf: string;
  firstNameOf: string;
  roleOf: string;
  placeOf: string;
  /** Rewrites applied to a filled template ("de arrivée" -> "d'arrivée"). */
  elisions: Array<[RegExp, string]>;
}

export interface CrosscheckLocale {
  lang: string;
  stopwords: Set<string>;
  /** Number words with their value; multipliers (cent, mille, million) are listed separately. */
  numberWords: Record<string, number>;
  /** Words that multiply what precedes them: "deux cents", "trois mille", "1,5 million". */
  multipliers: Record<string, number>;
  vagueQuantities: VagueQuantity[];
  /** Words just before a number that bound it ("au moins 12", "more than 2,000"). */
  qualifiers: Record<string, Qualifier>;
  /**
   * What a counted thing is about, keyed by folded word stem prefix: "tué", "morts", "killed" ->
   * "death toll". Counts of the same concept are the same fact across articles.
   */
  countConcepts: Record<string, string>;
  /** Nouns naming who is counted; generic ones ("personnes") agree with any other. */
  countedWho: Record<string, string>;
  genericWho: Set<string>;
  /** Predicates that give a date its meaning: "arrivés en 2009", "présents depuis 2021" -> "arrival". */
  datePredicates: Record<string, string>;
  /** Phrases saying a figure was revised ("le bilan s'est alourdi", "toll rose to"). */
  revisionCues: RegExp[];
  /** "de 12 à 14", "from 12 to 14": the first number is a superseded value. */
  revisionRange: RegExp;
  /** Role words that stand before a person's name ("le ministre Abdoulaye Diop"). */
  roleWords: Set<string>;
  /** Short forms of given names, folded: "bill" -> "william". */
  nicknames: Record<string, string>;
  /** Folded phrase in a role -> what the role is in charge of ("diplomatie" -> "foreign affairs"). */
  rolePortfolios: Record<string, string>;
  /** Words that put what follows in a place ("à Kidal", "near Gao"): a place a thing happened in. */
  locatives: Set<string>;
  /** Sentences that are page furniture, not statements ("Lire aussi", "Abonnez-vous"). */
  boilerplate: RegExp[];
  /** Month names, to keep "12 mars" from being read as a count. */
  months: Set<string>;
  /** Units of time: "six decades", "trois jours" are spans of time, not counts of a fact. */
  timeUnits: Set<string>;
  /**
   * Words after a figure that make it a part, not a total: "two other victims", "three of the
   * seven officers", "deux autres blessés", "trois d'entre eux".
   */
  partitives: RegExp;
  conflictLabels: ConflictLabels;
  /** Units of distance and weight: "70 km", "15 miles" are measures, not counts. */
  measureUnits: Set<string>;
}
