-- The whole store. What readers filter and sort on lives in columns with an index; the rest of
-- each result is JSON, read whole. Ids are the pipeline's (articles as given, events e1…,
-- storylines s1…, entities p1…); `seq` rowids exist only to tie FTS rows to their table.

-- One row per ingest call, with the VERSION of every stage that produced what it wrote.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  versions TEXT NOT NULL
);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  -- The id the input gave it; differs from id when that was taken by other content.
  given_id TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  event TEXT NOT NULL,
  duplicate_of TEXT,
  duplicate_kind TEXT,
  -- Origin of its duplicate group; null when the article has no duplicate.
  duplicate_group TEXT,
  file TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  author TEXT,
  title TEXT NOT NULL,
  published TEXT,
  lang TEXT NOT NULL,
  run INTEGER NOT NULL REFERENCES runs(id),
  ingested_at TEXT NOT NULL,
  -- Large columns last: SQLite reads a row up to the column it needs, so the metadata that
  -- lists and filters read stays on the row's first page.
  text TEXT NOT NULL,
  -- Article fields not above (removed lines, dates, mentions, quotes, notes…) and the
  -- entity id of each mention.
  data TEXT NOT NULL
);
CREATE INDEX articles_event ON articles(event, published);
CREATE INDEX articles_duplicate_group ON articles(duplicate_group) WHERE duplicate_group IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  start TEXT,
  "end" TEXT,
  -- Range keys for "overlaps [from, to]" at any precision: start_key is the earliest date
  -- (a prefix sorts before its extensions), end_key the latest with U+FFFF appended, so
  -- "2024-03" ends after "2024-03-31". Null when the event has no date.
  start_key TEXT,
  end_key TEXT,
  -- Newest first: the latest date, '' when undated (last).
  sort_key TEXT NOT NULL,
  storyline TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  origins INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  langs TEXT NOT NULL,
  claim_count INTEGER NOT NULL,
  conflict_count INTEGER NOT NULL,
  run INTEGER NOT NULL REFERENCES runs(id),
  -- Changes whenever membership, title, dates or storyline do: what an ingest compares.
  fingerprint TEXT NOT NULL,
  articles TEXT NOT NULL,
  -- dates, claims, conflicts, summary (quotes have their own table).
  findings TEXT NOT NULL
);
CREATE INDEX events_sort ON events(sort_key);
CREATE INDEX events_start ON events(start_key);
CREATE INDEX events_storyline ON events(storyline, start_key);

CREATE TABLE event_langs (
  lang TEXT NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (lang, event)
) WITHOUT ROWID;
CREATE INDEX event_langs_event ON event_langs(event);

CREATE TABLE event_entities (
  entity TEXT NOT NULL,
  event TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, event)
) WITHOUT ROWID;
CREATE INDEX event_entities_event ON event_entities(event);

CREATE TABLE quotes (
  event TEXT NOT NULL,
  seq INTEGER NOT NULL,
  article TEXT NOT NULL,
  speaker TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (event, seq)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TABLE storylines (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  events TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL
);
CREATE INDEX storylines_sort ON storylines(sort_key);

CREATE TABLE entities (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  fingerprint TEXT NOT NULL
);
CREATE INDEX entities_rank ON entities(article_count);
CREATE INDEX entities_type_rank ON entities(type, article_count);

CREATE VIRTUAL TABLE entities_fts USING fts5(
  name, aliases,
  content = 'entities', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entities_fts(rowid, name, aliases) VALUES (new.seq, new.name, new.aliases);
END;
CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
  INSERT INTO entities_fts(entities_fts, rowid, name, aliases) VALUES ('delete', old.seq, old.name, old.aliases);
END;
CREATE TRIGGER entities_fts_update AFTER UPDATE OF name, aliases ON entities BEGIN
  INSERT INTO entities_fts(entities_fts, rowid, name, aliases) VALUES ('delete', old.seq, old.name, old.aliases);
  INSERT INTO entities_fts(rowid, name, aliases) VALUES (new.seq, new.name, new.aliases);
END;

-- The corpus stages' indexes (dedup, events, entities), saved in the same transaction as the
-- articles they include. `generation` lets a process tell whether its cached copy is current.
CREATE TABLE corpus_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL,
  state TEXT NOT NULL
);
