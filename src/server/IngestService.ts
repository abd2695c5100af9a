// Ingestion for the API: JSON articles or uploaded files -> RawArticles -> store.ingest. Writes
// are queued one after the other so two uploads never interleave their batches, and results
// are in the store (and in every read) as soon as the call returns.
import type { ArticleProblem, RawArticle } from '../article.js';
import { isProblem, parseFile } from '../ingest/readInputs.js';
import { MAX_FILE_BYTES } from '../ingest/limits.js';
import type { Ingestor } from './ports.js';
import type { ArticleInput } from './schemas/requests.js';
import type { IngestReport } from './schemas/responses.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** Articles per store transaction, as for `recoupe ingest`. */
const BATCH_SIZE = 200;

export class IngestService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ingestor: Ingestor) {}

  ingestArticles(inputs: ArticleInput[]): Promise<IngestReport> {
    return this.ingest(inputs.map(toRaw), []);
  }

  ingestFiles(files: UploadedFile[]): Promise<IngestReport> {
    const raws: RawArticle[] = [];
    const problems: ArticleProblem[] = [];
    for (const file of files) {
      if (file.bytes.length > MAX_FILE_BYTES) {
        problems.push({ file: file.name, message: `too large (the limit is ${MAX_FILE_BYTES / 1048576} MB a file)` });
        continue;
      }
      for (const item of parseFile(file.bytes, file.name, file.contentType)) {
        if (isProblem(item)) problems.push(item);
        else raws.push(item);
      }
    }
    return this.ingest(raws, problems);
  }

  private ingest(raws: RawArticle[], problems: ArticleProblem[]): Promise<IngestReport> {
    const run = this.queue.then(() => this.ingestNow(raws, problems));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(raws: RawArticle[], problems: ArticleProblem[]): Promise<IngestReport> {
    const report: IngestReport = { read: raws.length, added: [], skipped: [], failed: [], degraded: [], renamed: [], events: [], problems };
    const events = new Set<string>();
    for (let i = 0; i < raws.length; i += BATCH_SIZE) {
      const result = await this.ingestor.ingest(raws.slice(i, i + BATCH_SIZE));
      report.added.push(...result.added);
      report.skipped.push(...result.skipped);
      report.failed.push(...result.failed);
      report.degraded.push(...result.degraded);
      report.renamed.push(...result.renamed);
      for (const event of result.events) events.add(event);
    }
    report.events = [...events];
    return report;
  }
}

function toRaw(input: ArticleInput, index: number): RawArticle {
  const id = input.id ?? (slug(input.title ?? '') || 'article');
  return {
    id,
    file: `api#${index}`,
    text: input.text,
    html: input.html,
    title: input.title,
    url: input.url,
    published: input.published,
    lang: input.lang,
    outlet: input.outlet,
    author: input.author,
    notes: [],
  };
}

/** "Mali : Lavrov à Bamako" -> "mali-lavrov-a-bamako": a readable id; the store suffixes clashes. */
function slug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}
