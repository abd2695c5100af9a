// When to write a new corpus checkpoint. The stored articles, in ingest order, are the log of
// every corpus add; the checkpoint only saves replaying them. Writing one costs time in
// proportion to the whole store (the indexes hold ~8.6 KB an article today); not writing one
// costs the next writer one corpus add per article since (no analysis, a small share of what
// ingesting them cost). Readers never load the corpus, so only writers pay either way.

/** Past this many unsaved articles a checkpoint is always due, so a restart replays at most this many. */
export const CHECKPOINT_MAX_TAIL = 5000;
/**
 * Otherwise a checkpoint is due once the store has grown by this share since the last one: the
 * checkpoints of a growing store then cost, in total, a constant times its final size (a
 * geometric series), and a large store is not rewritten for a handful of articles.
 */
export const CHECKPOINT_GROWTH = 0.25;
/** Between batches, never for fewer than this: the API posts articles one by one. */
export const CHECKPOINT_MIN_TAIL = 1000;

/** `batch`: after an ingest batch committed; `close`: the store is closing (end of an ingest command). */
export type CheckpointMoment = 'batch' | 'close';

export type CheckpointPolicy = (tail: number, stored: number, moment: CheckpointMoment) => boolean;

/** `tail`: articles added since the last checkpoint; `stored`: articles in the store. */
export const checkpointDue: CheckpointPolicy = (tail, stored, moment) => {
  if (tail <= 0) return false;
  if (tail >= CHECKPOINT_MAX_TAIL) return true;
  const grown = tail >= CHECKPOINT_GROWTH * stored;
  return moment === 'close' ? grown : grown && tail >= CHECKPOINT_MIN_TAIL;
};
