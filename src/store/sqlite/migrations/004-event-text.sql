-- Full text per event, for the text filter of the event list: each event's row holds the titles
-- and texts of its articles. Matching events straight from here, rather than matching articles
-- and looking up the event of each, keeps a common word under 50 ms at 100,000 articles
-- (a word in 8,000 articles: ~120 ms through the articles, ~15 ms here; benchStore.ts).
-- Contentless: only the index is kept, the text stays in `articles`; rowid is the event's rowid.
CREATE VIRTUAL TABLE events_fts USING fts5(
  text,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO events_fts (rowid, text)
  SELECT e.rowid, (SELECT group_concat(a.title || char(10) || a.text, char(10)) FROM articles a WHERE a.event = e.id)
  FROM events e;
