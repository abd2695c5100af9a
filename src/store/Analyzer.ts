// What the store needs from the pipeline: the article stages and the corpus indexes it keeps
// (a checkpoint, then a replay of the articles stored after it: corpusLog.ts). Injected so that the store contract can be checked with a small,
// predictable analyzer, and loaded lazily so that reading commands never load the pipeline.
import type { Article, DuplicateGroup, Entity, EventCluster, RawArticle, Storyline } from '../article.js';
import type { CleanContext, EventFindings, Placement } from '../pipeline.js';

export type { EventFindings, Placement };

export interface CorpusIndex {
  add(article: Article): { article: Article; placement: Placement };
  events(): EventCluster[];
  storylines(): Storyline[];
  entities(): Entity[];
  /** One entity without listing them all; a batch reads only the entities it touched. */
  entity?(id: string): Entity | undefined;
  duplicateGroups(): DuplicateGroup[];
  findings(eventId: string, members: Article[]): EventFindings;
  toJSON(): unknown;
}

export interface Analyzer {
  versions: Readonly<Record<string, string>>;
  /** Never throws: a failing stage leaves a note. */
  analyzeArticle(raw: RawArticle, context?: CleanContext): Article;
  /** Lines that recur across one outlet's articles, learnt from a batch. */
  cleanContext?(raws: RawArticle[]): CleanContext;
  /** The order the corpus indexes expect articles in (the batch path uses the same). */
  byPublication(articles: Article[]): Article[];
  emptyCorpus(): CorpusIndex;
  loadCorpus(state: unknown): CorpusIndex;
}

export async function loadPipelineAnalyzer(): Promise<Analyzer> {
  const [pipeline, clean] = await Promise.all([import('../pipeline.js'), import('../clean/cleanArticle.js')]);
  return {
    versions: pipeline.VERSIONS,
    analyzeArticle: pipeline.analyzeArticle,
    cleanContext: clean.buildCleanContext,
    byPublication: pipeline.byPublication,
    emptyCorpus: () => pipeline.Corpus.empty(),
    loadCorpus: (state) => pipeline.Corpus.fromJSON(state),
  };
}
