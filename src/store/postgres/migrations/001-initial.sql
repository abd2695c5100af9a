-- The whole store in PostgreSQL, table for table as in sqlite/migrations (see there for what
-- each column means). Differences: full text is a tsvector of the folded text (queryTerms.ts
-- folds case and accents the same way for the query), range and sort keys are compared
-- byte-wise (COLLATE "C"), and `seq` columns are identities.
CREATE TABLE runs (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at text NOT NULL,
  versions text NOT NULL
);

CREATE TABLE articles (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  given_id text NOT NULL,
  hash text NOT NULL UNIQUE,
  event text NOT NULL,
  duplicate_of text,
  duplicate_kind text,
  duplicate_group text,
  file text NOT NULL,
  url text,
  outlet text,
  author text,
  title text NOT NULL,
  published text COLLATE "C",
  lang text NOT NULL,
  run integer NOT NULL REFERENCES runs(id),
  ingested_at text NOT NULL,
  text text NOT NULL,
  data text NOT NULL,
  -- Title weighs A, body D: ts_rank then counts a title match ten times a body match.
  search tsvector NOT NULL
);
CREATE INDEX articles_event ON articles(event, published);
CREATE INDEX articles_duplicate_group ON articles(duplicate_group) WHERE duplicate_group IS NOT NULL;
CREATE INDEX articles_search ON articles USING gin(search);

CREATE TABLE events (
  seq integer GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  title text NOT NULL,
  start text,
  "end" text,
  start_key text COLLATE "C",
  end_key text COLLATE "C",
  sort_key text COLLATE "C" NOT NULL,
  storyline text NOT NULL,
  article_count integer NOT NULL,
  origins integer NOT NULL,
  outlets text NOT NULL,
  langs text NOT NULL,
  claim_count integer NOT NULL,
  conflict_count integer NOT NULL,
  run integer NOT NULL REFERENCES runs(id),
  fingerprint text NOT NULL,
  articles text NOT NULL,
  findings text NOT NULL,
  -- The folded words of all its articles: the event list's text filter.
  search tsvector NOT NULL DEFAULT ''
);
CREATE INDEX events_sort ON events(sort_key DESC, start_key DESC, end_key DESC, seq DESC);
CREATE INDEX events_range ON events(end_key, start_key);
CREATE INDEX events_storyline ON events(storyline, start_key);
CREATE INDEX events_search ON events USING gin(search);

CREATE TABLE event_langs (
  lang text NOT NULL,
  event text NOT NULL,
  sort_key text COLLATE "C" NOT NULL,
  start_key text COLLATE "C",
  end_key text COLLATE "C",
  seq integer NOT NULL,
  PRIMARY KEY (lang, event)
);
CREATE INDEX event_langs_event ON event_langs(event);
CREATE INDEX event_langs_sort ON event_langs(lang, sort_key DESC, start_key DESC, end_key DESC, seq DESC);

CREATE TABLE event_entities (
  entity text NOT NULL,
  event text NOT NULL,
  mentions integer NOT NULL,
  articles integer NOT NULL,
  PRIMARY KEY (entity, event)
);
CREATE INDEX event_entities_event ON event_entities(event);

CREATE TABLE quotes (
  event text NOT NULL,
  seq integer NOT NULL,
  article text NOT NULL,
  speaker text,
  data text NOT NULL,
  PRIMARY KEY (event, seq)
);
CREATE INDEX quotes_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE storylines (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  title text NOT NULL,
  events text NOT NULL,
  sort_key text COLLATE "C" NOT NULL
);
CREATE INDEX storylines_sort ON storylines(sort_key DESC, seq DESC);

CREATE TABLE entities (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  name text NOT NULL,
  type text NOT NULL,
  aliases text NOT NULL,
  roles text NOT NULL,
  article_count integer NOT NULL,
  event_count integer NOT NULL,
  search tsvector NOT NULL
);
CREATE INDEX entities_rank ON entities(article_count DESC, seq);
CREATE INDEX entities_type_rank ON entities(type, article_count DESC, seq);
CREATE INDEX entities_search ON entities USING gin(search);

CREATE TABLE corpus_checkpoint (
  seq integer PRIMARY KEY,
  path text NOT NULL,
  kind text NOT NULL,
  json text NOT NULL
);
CREATE TABLE corpus_checkpoint_info (
  id integer PRIMARY KEY CHECK (id = 1),
  through integer NOT NULL,
  written_at text NOT NULL
);

-- An event's words are the union of its articles' (tsvector has no built-in aggregate).
CREATE AGGREGATE tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
