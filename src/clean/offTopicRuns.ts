// A page copied whole can hold prose that is not the article's, far from it and on another topic:
// the first paragraphs of another story opened in a "latest news" feed below the article, a
// reader's comment, a site's notice about its e-mail address or its rules. The body search keeps
// each run of prose it finds dense enough, and the topical check (topicalCoherence.ts) reads one
// line against its neighbours, which here are of the same stray story. Read as a whole, such a
// run shares almost none of its words with the article: a run of kept lines parted from the main
// one (the one of most words) by more than RUN_GAP lines kept by nothing, whose content words are
// the main run's at most OFF_TOPIC_SHARE of the time, goes. The article's own parts set apart (a
// closing section, a box resumed below, the notes) speak of its subject and share a third or more.
//
// On the shared slice: 6 lines of boilerplate out (another story's five paragraphs under a live
// feed, a game's pitch), none of the article's; 16 unlabelled lines too (comments, a customs
// office's e-mail notice, a forum's rules). Runs sharing 11% or more held article lines.
import type { LineVerdict } from './classifyLines.js';
import type { PageFeatures } from './lineFeatures.js';

/** More lines than this with nothing kept between two runs part them: a box, a rail, a menu. */
export const RUN_GAP = 8;
/** The share of a run's content words found in the main run at most, for it to be off-topic. */
export const OFF_TOPIC_SHARE = 0.05;

/** Drops ('off-topic-run') each kept run apart from the main one that shares almost no word with it. */
export function dropOffTopicRuns(page: PageFeatures, verdicts: LineVerdict[]): void {
  const { lines, contentHashes, contentStart } = page;
  // Runs as [first line, last line + 1, words], in page order.
  const runs: number[][] = [];
  let last = -RUN_GAP - 1;
  for (let i = 0; i < lines.length; i++) {
    if (!verdicts[i].content) continue;
    if (i - last > RUN_GAP) runs.push([i, i + 1, 0]);
    const run = runs[runs.length - 1];
    run[1] = i + 1;
    run[2] += lines[i].wordCount;
    last = i;
  }
  if (runs.length < 2) return;
  let main = runs[0];
  for (const run of runs) if (run[2] > main[2]) main = run;
  for (const run of runs) {
    if (run === main) continue;
    const words = new Set<number>();
    for (let i = run[0]; i < run[1]; i++) {
      if (verdicts[i].content) for (let w = contentStart[i]; w < contentStart[i + 1]; w++) words.add(contentHashes[w]);
    }
    if (words.size === 0) continue;
    // The run's few words looked for in the main run's, the search ended once enough are found:
    // no set of the main run's words is built.
    const most = OFF_TOPIC_SHARE * words.size;
    const found = new Set<number>();
    for (let i = main[0]; i < main[1] && found.size <= most; i++) {
      if (!verdicts[i].content) continue;
      for (let w = contentStart[i]; w < contentStart[i + 1]; w++) if (words.has(contentHashes[w])) found.add(contentHashes[w]);
    }
    if (found.size > most) continue;
    for (let i = run[0]; i < run[1]; i++) if (verdicts[i].content) verdicts[i] = { content: false, reason: 'off-topic-run' };
  }
}
