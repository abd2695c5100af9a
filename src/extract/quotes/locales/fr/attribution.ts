// Words around an attribution in French news prose, as data for the quote extractor.

/** Introduce the source of reported content: "selon le ministre, …", "d'après l'AFP, …". */
export const SOURCE_CUES_FR: readonly (readonly string[])[] = [
  ['selon'], ["d'", 'après'], ['de', "l'", 'avis', 'de'], ['aux', 'yeux', 'de'], ['pour'],
];

/** "pour" is a source only at the head of a sentence ("Pour l'analyste X, …"). */
export const SENTENCE_INITIAL_ONLY_FR: ReadonlySet<string> = new Set(['pour']);

export const PRONOUNS_FR: Readonly<Record<string, 'm' | 'f' | null>> = {
  il: 'm', elle: 'f', ils: 'm', elles: 'f', on: null, lui: 'm', eux: 'm',
};

/** Auxiliaries before a past participle: "a déclaré", "s'est réjoui", "avait lancé". */
export const AUXILIARIES_FR: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'eut',
  'est', 'sont', 'était', 'étaient', 'serait', 'seraient', 'ai', 'avons', 'avez', 'suis',
]);

/** May stand between an auxiliary and its participle: "a encore ajouté", "a-t-il toutefois nuancé". */
export const ADVERBS_FR: ReadonlySet<string> = new Set([
  'encore', 'également', 'aussi', 'ensuite', 'alors', 'notamment', 'pourtant', 'toutefois',
  'cependant', 'néanmoins', 'déjà', 'enfin', 'même', 'bien', 'plutôt', 'clairement',
  'fermement', 'vivement', 'simplement', 'aussitôt', 'immédiatement', 'longuement', 'publiquement',
  'récemment', 'lui', 'leur', 'nous', 'vous', 'me', 'y', 'en', 'pas', 'ne', "n'", 'jamais', 'plus',
  'point', 'tout', "s'", 'se', "l'", 'le', 'la', 'les',
  // "a de son côté salué", "a pour sa part estimé"
  'de', 'son', 'sa', 'côté', 'pour', 'part', 'quant', 'à', 'lui',
]);

/** A token before a verb-like word that makes it a noun: "la note", "l'annonce", "le juge". */
export const NOUN_MARKERS_FR: ReadonlySet<string> = new Set([
  'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces',
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'au',
  'aux', 'à', 'en', 'par', 'pour', 'sans', 'sur', 'avec', 'dont', 'quelle', 'quel', 'chaque',
]);

/** Conjunctions that open the reported content: "a indiqué que …", "qu'il …". */
export const COMPLEMENTIZERS_FR: ReadonlySet<string> = new Set(['que', "qu'"]);

/** Words that end a speaker phrase after the verb: "a déclaré M. Lavrov lors d'une conférence". */
export const ADJUNCT_STARTS_FR: ReadonlySet<string> = new Set([
  'lors', 'devant', 'après', 'avant', 'pendant', 'durant', 'dans', 'sur', 'depuis', 'hier',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ce', 'cette',
  'à', 'au', 'aux', 'en', 'lorsqu\'', 'lorsque', 'quand', 'face', 'avec', 'auprès', 'parmi',
  'vers', 'dès', 'sous', 'par', 'pour', 'que', "qu'", 'qui', 'et', 'mais', 'tandis', 'alors',
  'dimanche', 'vendredi', 'mercredi', 'aujourd\'', 'jeudi', 'ainsi', 'tout', 'non', 'sans',
]);

/** An opening chunk that is not the subject: "Interrogé sur …, M. Lavrov a répondu". */
export const INTRO_WORDS_FR: ReadonlySet<string> = new Set([
  'dans', 'devant', 'lors', 'après', 'avant', 'pendant', 'durant', 'depuis', 'en', 'au', 'aux',
  'à', 'sur', 'sous', 'face', 'malgré', 'pour', 'par', 'avec', 'sans', 'hier', 'puis', 'mais',
  'or', 'ensuite', 'enfin', 'toutefois', 'pourtant', 'cependant', 'néanmoins', 'interrogé',
  'interrogée', 'interrogés', 'questionné', 'questionnée', 'invité', 'invitée', 'sollicité',
  'sollicitée', 'contacté', 'contactée', 'joint', 'jointe', 'reçu', 'reçue', 'arrivé', 'arrivée',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'selon', "d'",
  'ce', 'cette', 'alors', 'ainsi', 'là', 'ici', 'dès', 'quant', 'lorsque', "lorsqu'", 'quand',
  'si', "s'", 'comme', 'tout', 'même', 'entouré', 'entourée', 'accompagné', 'accompagnée',
  'visiblement', 'très', 'plus', 'de', 'du', 'des', 'et', 'côté', 'outre', 'loin', 'près',
]);

/** Words that name a thing in quote marks rather than quote someone: l'opération « Barkhane ». */
export const NAMING_WORDS_FR: ReadonlySet<string> = new Set([
  'opération', 'baptisé', 'baptisée', 'baptisés', 'intitulé', 'intitulée', 'surnommé', 'surnommée',
  'appelé', 'appelée', 'nommé', 'nommée', 'dit', 'dite', 'mot', 'terme', 'expression', 'slogan',
  'film', 'livre', 'ouvrage', 'roman', 'émission', 'journal', 'hebdomadaire', 'quotidien',
  'magazine', 'chanson', 'album', 'série', 'programme', 'plan', 'projet', 'loi', 'mouvement',
  'label', 'dispositif', 'hashtag', 'formule', 'concept', 'notion', 'qualificatif', 'étiquette',
]);

/** A source phrase headed by a document: "selon un communiqué de l'armée" -> "l'armée". */
export const DOCUMENT_NOUNS_FR: ReadonlySet<string> = new Set([
  'communiqué', 'communiqués', 'décompte', 'rapport', 'résultats', 'résultat', 'bilan', 'déclaration',
  'note', 'courrier', 'lettre', 'message', 'chiffres', 'estimations', 'données', 'document',
  'documents', 'source', 'sources', 'propos', 'services', 'entourage', 'texte',
]);

/**
 * Role phrases that name the same office. "le chef de la diplomatie malienne" is the
 * minister of foreign affairs of Mali: both map to one canonical wording before comparison.
 */
export const ROLE_SYNONYMS_FR: readonly (readonly [RegExp, string])[] = [
  [/\bchef de la diplomatie\b/g, "ministre des affaires etrangeres"],
  [/\bpatron de la diplomatie\b/g, "ministre des affaires etrangeres"],
  [/\bchef de l'etat\b/g, 'president'],
  [/\bchef du gouvernement\b/g, 'premier ministre'],
  [/\blocataire de l'elysee\b/g, 'president francais'],
  [/\bcoach\b/g, 'entraineur'],
  [/\btechnicien\b/g, 'entraineur'],
  [/\bselectionneur\b/g, 'entraineur'],
  [/\bedile\b/g, 'maire'],
  [/\bpremier magistrat\b/g, 'maire'],
  [/\bpatron\b/g, 'directeur'],
];

/** Words to drop when comparing role phrases. */
export const ROLE_STOPWORDS_FR: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'et', 'en', 'a', 'au', 'aux',
  'son', 'sa', 'ses', 'leur', 'ce', 'cette', 'nouveau', 'nouvelle', 'ancien', 'ancienne',
  'actuel', 'actuelle', 'jeune', 'principal', 'principale',
]);

export const DETERMINERS_FR: ReadonlySet<string> = new Set([
  'le', 'la', "l'", 'les', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet',
  'cette', 'ces', 'plusieurs', 'certains', 'certaines', 'de', 'du', "d'", 'notre', 'nos',
]);

/** Before "à"/"de" + infinitive, these make the infinitive the speech act: "a tenu à préciser". */
export const INFINITIVE_LEADS_FR: ReadonlySet<string> = new Set([
  'tenu', 'tient', 'tenait', 'tiennent', 'avant', 'voulu', 'veut', 'voulait', 'pu', 'su', 'choisi',
  'préféré', 'cru', 'jugé', 'estimé', 'refusé', 'oublié', 'manqué', 'pris', 'soin',
]);

/** A spokesperson speaks for the body after "de": « un porte-parole du CSP » -> the CSP. */
export const SPOKESPERSON_NOUNS_FR: ReadonlySet<string> = new Set(['porte-parole', 'porte-paroles', 'porte-voix']);

/** Link a complement to its head noun: « l'avocat de M. Sonko » is the lawyer, not M. Sonko. */
export const COMPLEMENT_LINKS_FR: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'"]);

/**
 * Heads that say only "a body": in « l'alliance rebelle » the word that finds the body is
 * « rebelle », the one the article used to introduce it (« les rebelles du CSP »).
 */
export const BODY_HEADS_FR: ReadonlySet<string> = new Set([
  'alliance', 'coalition', 'groupe', 'mouvement', 'front', 'organisation', 'formation', 'collectif',
  'plateforme', 'coordination', 'union', 'organisme', 'structure',
]);

/** Time words that may stand between a verb and its subject: "a annoncé jeudi le Cabinet royal". */
export const TIME_WORDS_FR: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'soir', 'matin',
  'midi', 'après-midi', 'dernier', 'dernière', 'prochain',
]);

/**
 * Number agreement tells a postposed subject from an object: in « Les Nations unies, plus
 * prudentes, évoquent un bilan difficile » the plural verb cannot have « un bilan » for subject.
 */
export const PLURAL_AUXILIARIES_FR: ReadonlySet<string> = new Set([
  'ont', 'sont', 'avaient', 'étaient', 'auraient', 'seraient', 'auront', 'seront',
]);
export const SINGULAR_DETERMINERS_FR: ReadonlySet<string> = new Set([
  'un', 'une', 'le', 'la', "l'", 'son', 'sa', 'ce', 'cet', 'cette', 'leur',
]);

/** « être » before a speech participle makes it passive unless reflexive: « sont prévus » vs « s'est dit ». */
export const PASSIVE_MARKERS_FR: ReadonlySet<string> = new Set([
  'est', 'sont', 'était', 'étaient', 'serait', 'seraient', 'sera', 'seront', 'été',
]);

/** After an incise in a dash line, these go on narrating: "…, dit-il, en désignant la porte". */
export const NARRATION_OPENERS_FR: ReadonlySet<string> = new Set([
  'qui', 'dont', 'en', 'tandis', 'pendant', 'avec', 'sans', "d'un", "d'une", 'comme', 'puis',
  'lorsque', "lorsqu'", 'quand', 'sur', 'dans',
]);
/** A present participle: "…, dit-il, désignant la porte". */
export const GERUND_FR = /ant$/;

/** Before a body's name inside a speaker phrase, these make it a complement: « l'armée au Mali ». */
export const PREPOSITIONS_FR: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'avec', 'près', 'sur', 'dans', 'par', 'pour', 'contre', 'en', 'chez',
]);
