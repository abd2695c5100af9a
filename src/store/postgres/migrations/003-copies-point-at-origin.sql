-- A copy's duplicate_of names its group's current origin (duplicate_group: earliest published,
-- else the longest), as the group lists do, no longer the origin it was matched with when added:
-- that origin may since have been displaced by an earlier or a longer copy. A displaced origin
-- had no kind: it takes its pair's, the kind of the copy that displaced it. Then the origin of
-- each group is a copy of nothing.
UPDATE articles SET duplicate_kind = (SELECT o.duplicate_kind FROM articles o WHERE o.id = articles.duplicate_group)
  WHERE duplicate_group IS NOT NULL AND duplicate_group <> id AND duplicate_kind IS NULL;
UPDATE articles SET duplicate_of = duplicate_group
  WHERE duplicate_group IS NOT NULL AND duplicate_group <> id AND duplicate_of IS DISTINCT FROM duplicate_group;
UPDATE articles SET duplicate_of = NULL, duplicate_kind = NULL
  WHERE duplicate_group = id AND (duplicate_of IS NOT NULL OR duplicate_kind IS NOT NULL);
