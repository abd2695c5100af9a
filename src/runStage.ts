import type { Note } from './article.js';

/**
 * Runs one stage on one article; if it throws, the article keeps what it had, gains a note, and
 * the batch goes on: a bug in one stage on one odd page must not cost the other articles.
 */
export function runStage<T>(stage: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const note: Note = { stage, rule: 'stage-failed', message: `${stage} failed: ${(error as Error)?.message ?? String(error)}` };
    if (fallback && typeof fallback === 'object' && 'notes' in fallback && Array.isArray(fallback.notes)) {
      return { ...fallback, notes: [...fallback.notes, note] };
    }
    process.emitWarning(note.message, 'RecoupeStageWarning');
    return fallback;
  }
}
