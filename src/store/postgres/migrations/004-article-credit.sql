-- The news agency an article credits ("AFP"), beside its author: two outlets running one
-- agency's dispatch are not independent. A column, not a key of `data`, so that a store can be
-- asked for every article of a wire. Articles stored before it was read keep NULL: unknown.
ALTER TABLE articles ADD COLUMN credit text;
