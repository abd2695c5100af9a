// npm run bench entities: the entity stages alone on RECOUPE_BENCH_SIZE articles (default 2,000):
// the first call of extractEntities (gazetteer load), articles per second of extractEntities,
// of EntityIndex.add, and the bytes per article of the index's saved state (what a store
// checkpoints: it must grow with entities and keys, not with mentions).
import type { Article } from '../src/article.js';
import { buildCleanContext, cleanArticle } from '../src/clean/cleanArticle.js';
import { identifyLanguage } from '../src/language/identifyLanguage.js';
import { extractEntities } from '../src/extract/entities/extractEntities.js';
import { EntityIndex } from '../src/extract/entities/EntityIndex.js';
import { Corpus, byPublication } from '../src/pipeline.js';
import { benchCorpus } from './benchCorpus.js';

const SIZE = Number(process.env.RECOUPE_BENCH_SIZE ?? 2_000);

export async function run(): Promise<void> {
  const raws = await benchCorpus(SIZE);
  const context = buildCleanContext(raws);
  let articles: Article[] = raws.map((raw) => identifyLanguage(cleanArticle(raw, context)));
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0);
  console.log(`corpus: ${articles.length} articles, ${(chars / articles.length / 1024).toFixed(1)} KB of clean text each`);

  let started = performance.now();
  extractEntities(articles[0]!);
  console.log(`  first call (lexicons, gazetteer)  ${(performance.now() - started).toFixed(0)} ms`);

  started = performance.now();
  articles = articles.map((a) => ({ ...a, mentions: extractEntities(a) }));
  let ms = performance.now() - started;
  const mentions = articles.reduce((sum, a) => sum + a.mentions.length, 0);
  console.log(`  extractEntities  ${(ms / articles.length).toFixed(2)} ms/article  ${(articles.length / (ms / 1000)).toFixed(0)} articles/s  (${(mentions / articles.length).toFixed(1)} mentions/article)`);

  // Event ids as the pipeline gives them, so that surname joins and role holders work as in a store.
  const corpus = Corpus.empty();
  const ordered = byPublication(articles);
  const events = ordered.map((a) => corpus.add(a).placement.event);

  started = performance.now();
  const index = new EntityIndex();
  ordered.forEach((a, i) => index.add(a, events[i]!));
  ms = performance.now() - started;
  console.log(`  EntityIndex.add  ${(ms / articles.length).toFixed(3)} ms/article  ${index.entities().length} entities`);

  started = performance.now();
  const json = JSON.stringify(index.toJSON());
  const saveMs = performance.now() - started;
  started = performance.now();
  EntityIndex.fromJSON(JSON.parse(json));
  const loadMs = performance.now() - started;
  console.log(`  state  ${(json.length / articles.length / 1024).toFixed(2)} KB/article  ${(json.length / 1e6).toFixed(2)} MB in all  save ${saveMs.toFixed(0)} ms  load ${loadMs.toFixed(0)} ms`);
}
