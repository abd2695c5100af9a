-- The corpus indexes become a checkpoint plus a log: the stored articles, in `seq` order, are
-- every corpus add since; a writer loads the checkpoint and replays the articles after
-- `through` (src/store/corpusLog.ts). The checkpoint is written in chunks (splitState.ts), one
-- row each, and only now and then (checkpointPolicy.ts), never per batch.
CREATE TABLE corpus_checkpoint (
  seq INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  kind TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE corpus_checkpoint_info (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- articles.seq of the last article the checkpoint includes.
  through INTEGER NOT NULL,
  written_at TEXT NOT NULL
);
-- The state saved by every batch until now includes every stored article.
INSERT INTO corpus_checkpoint (seq, path, kind, json) SELECT 1, '', 'value', state FROM corpus_state;
INSERT INTO corpus_checkpoint_info (id, through, written_at)
  SELECT 1, (SELECT coalesce(max(seq), 0) FROM articles), datetime('now') FROM corpus_state;
DROP TABLE corpus_state;

-- An entity's article and event counts follow from its event links, so that the corpus need
-- not keep every mention: `articles` is how many of the event's articles mention it.
ALTER TABLE event_entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
UPDATE event_entities SET articles = (
  SELECT count(DISTINCT a.seq) FROM articles a, json_each(a.data, '$.mentions') m
  WHERE a.event = event_entities.event AND json_extract(m.value, '$.entity') = event_entities.entity
);

-- The language filter walks its own index newest first: each link carries the event's sort and
-- range keys and rowid (`seq`), as in events_sort, so a page reads 50 links in the same order as
-- the unfiltered list, not every event of the language.
DROP TABLE event_langs;
CREATE TABLE event_langs (
  lang TEXT NOT NULL,
  event TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  start_key TEXT,
  end_key TEXT,
  seq INTEGER NOT NULL,
  PRIMARY KEY (lang, event)
) WITHOUT ROWID;
CREATE INDEX event_langs_event ON event_langs(event);
CREATE INDEX event_langs_sort ON event_langs(lang, sort_key, start_key, end_key, seq);
INSERT INTO event_langs (lang, event, sort_key, start_key, end_key, seq)
  SELECT l.value, e.id, e.sort_key, e.start_key, e.end_key, e.rowid FROM events e, json_each(e.langs) l;

-- Batches now compare events and storylines with the corpus in memory (planBatch.ts).
ALTER TABLE entities DROP COLUMN fingerprint;
ALTER TABLE storylines DROP COLUMN fingerprint;
