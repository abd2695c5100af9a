-- An event's origins follow crosscheck's rule (src/crosscheck/countOrigins.ts): reprints of one
-- dispatch and editions of one outlet count once, as in `recoupe analyze --json`. Before, only
-- duplicate groups counted once. SQL cannot fold outlet names, so the recount is this
-- version's step in migrate.ts (recountOrigins); no column changes.
SELECT 1;
