// The types that flow through recoupe. Article stages map one Article to a richer one;
// corpus stages (dedup, cluster, entity resolution, cross-check) keep an index that grows
// one article at a time, so a batch run and an incremental ingest share one code path.
//
// Every extracted item carries start/end offsets into its article's clean `text`.

export interface Span {
  start: number;
  end: number;
}

/** Something odd a stage met and went past: reaches the CLI, the API and the UI. */
export interface Note {
  stage: string;
  rule: string;
  message: string;
  span?: Span;
}

/** One article as ingest/ found it in a file, before cleaning. */
export interface RawArticle {
  id: string;
  /** Where it came from: a path, `path#3` for the 4th record of a JSONL/feed file, or `stdin`. */
  file: string;
  /** Plain text, as copied from a web page (may hold a title line, a date line, boilerplate). */
  text?: string;
  /** Raw HTML of a whole page or of an article body. */
  html?: string;
  title?: string;
  url?: string;
  /** As given by the source (any date format); clean/ normalises it. */
  published?: string;
  lang?: string;
  /** Outlet name or host ("Le Monde", "lemonde.fr"). */
  outlet?: string;
  author?: string;
  notes: Note[];
}

export type PublishedSource = 'metadata' | 'dateline' | 'url' | 'text' | 'inferred';

export type DateGrain = 'datetime' | 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** A time expression in the text, normalised (ISO 8601 as precise as the text allows). */
export interface DateMention extends Span {
  text: string;
  /** "2024-03-05", "2024-03-05T18:00", "2024-03", "2023", "2023-W10", "196X" … */
  value: string;
  grain: DateGrain;
  /** Resolved against the publication date (or another anchor) rather than stated in full. */
  relative: boolean;
  /** "fin 2023" -> end, "début février" -> start, "depuis 2021" -> since, "vers 2010" -> approx. */
  mod?: 'start' | 'mid' | 'end' | 'approx' | 'since' | 'before' | 'after';
  /** "lundi soir" -> value "2023-02-06", grain "day", partOfDay "evening" (a part of day is not a clock time). */
  partOfDay?: 'morning' | 'midday' | 'afternoon' | 'evening' | 'night' | 'daytime';
}

export type EntityType = 'person' | 'organization' | 'location' | 'other';

/** A name (or a role standing for a person) in one article. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /**
   * The fullest name this mention refers to within the article ("M. Lavrov" -> "Sergueï Lavrov"),
   * so that corpus-level resolution compares names, not surface forms.
   */
  name: string;
  /** A role stated for this person or body here ("ministre russe des Affaires étrangères"). */
  role?: string;
  roleSpan?: Span;
  /** True when the mention is a role only ("le chef de la diplomatie malienne"). */
  roleOnly?: boolean;
  /** Corpus-wide entity id, set when the article joins a corpus (EntityIndex.add). */
  entity?: string;
}

/** A quotation (direct or reported) in one article, before speakers are linked to entities. */
export interface QuoteMention extends Span {
  /** The quoted words, without the quote marks. */
  text: string;
  direct: boolean;
  /** Speaker as written or resolved in the article ("Abdoulaye Diop", "le chef de la diplomatie malienne"). */
  speakerName: string | null;
  speakerSpan: Span | null;
  /** Index into article.mentions of the speaker's mention, when there is one. */
  speakerMention: number | null;
  /** The attribution cue ("a déclaré", "selon"), when there is one. */
  cue: string | null;
  cueSpan?: Span;
}

/** One article after the article stages. */
export interface Article {
  id: string;
  file: string;
  url: string | null;
  outlet: string | null;
  author: string | null;
  /**
   * The news agency the page or text credits for the article ("AFP", "Reuters"), never an author:
   * two outlets running one agency's dispatch are not independent sources. Absent in articles
   * stored before it was read.
   */
  credit?: string | null;
  title: string;
  /** ISO date or datetime. */
  published: string | null;
  publishedSource: PublishedSource | null;
  /** ISO date or datetime of the last update the page declares (article:modified_time, JSON-LD dateModified). */
  modified?: string | null;
  lang: string;
  /** Clean main text: all offsets point into it. */
  text: string;
  /** Boilerplate lines taken out, in page order. */
  removed: string[];
  dates: DateMention[];
  mentions: EntityMention[];
  quotes: QuoteMention[];
  notes: Note[];
}

export interface ArticleRef extends Span {
  article: string;
  text: string;
}

export interface DuplicateGroup {
  /** The origin: earliest published, else the longest. */
  origin: string;
  /** Every member, origin included. */
  members: string[];
}

/**
 * How a copy relates to its group: the same folded text, a reprint (shared sentences), or a
 * translation into another language (shared names and figures, paragraph by paragraph).
 */
export type DuplicateKind = 'exact' | 'near' | 'translation';

export interface DuplicateVerdict {
  duplicateOf: string | null;
  kind: DuplicateKind | null;
  similarity: number;
}

export interface EventCluster {
  id: string;
  title: string;
  articles: string[];
  start: string | null;
  end: string | null;
  storyline: string;
}

export interface Storyline {
  id: string;
  title: string;
  /** Event ids in chronological order. */
  events: string[];
}

export interface Entity {
  id: string;
  /** Canonical: the most complete well-formed spelling. */
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articles: string[];
  mentions: ArticleRef[];
}

export interface Quote extends Span {
  article: string;
  text: string;
  speaker: string | null;
  speakerName: string | null;
  direct: boolean;
  cue: string | null;
  /** Quotes that state the same words across articles share a group id. */
  group: string | null;
}

export interface DateRef extends Span {
  article: string;
  text: string;
  value: string;
}

export interface Claim {
  id: string;
  event: string;
  text: string;
  articles: string[];
  /** Independent origins: reprints of one dispatch and editions of one outlet count once. */
  origins: number;
  evidence: ArticleRef[];
}

export interface ConflictValue extends Span {
  value: string;
  article: string;
  /** Published time of that article, to tell an update from a contradiction. */
  published: string | null;
}

export interface Conflict {
  id: string;
  event: string;
  /** What the values disagree about, as a language-neutral English key ("death toll (soldiers)"). */
  about: string;
  /** The same in the language of the articles ("bilan des morts (soldats)"), for display. */
  label?: string;
  kind: 'number' | 'date' | 'name' | 'place';
  /** `update` when later articles revise an earlier value; `contradiction` otherwise. */
  verdict: 'contradiction' | 'update';
  values: ConflictValue[];
}

export interface SummarySentence extends Span {
  article: string;
  text: string;
}

export interface ArticleProblem {
  file: string;
  message: string;
}
