-- Date-range filters read only index pages: the newest-first walk checks both range keys in
-- events_sort itself, and a count over a range scans events_range without touching rows.
-- (Measured with src/store/sqlite/benchStore.ts at 100,000 articles.)
DROP INDEX events_sort;
DROP INDEX events_start;
CREATE INDEX events_sort ON events(sort_key, start_key, end_key);
CREATE INDEX events_range ON events(end_key, start_key);
