// The write side: JSON articles (one, an array, or {articles}) and uploaded files (multipart,
// or one raw body named by ?name=), read by the same parser as `recoupe ingest`.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.js';
import type { IngestService, UploadedFile } from '../IngestService.js';
import { IngestBodySchema } from '../schemas/requests.js';
import { ErrorSchema, IngestReportSchema } from '../schemas/responses.js';
import { errors, jsonBody } from './openapiHelpers.js';

/** A JSON request holds at most one 10 MB article plus its envelope, or a batch of smaller ones. */
export const MAX_JSON_BYTES = 12 * 1024 * 1024;
/** An upload request; the UI sends a large drop as several requests below this. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
export const MAX_FILES_PER_REQUEST = 500;

const tooLarge = (limit: number) =>
  bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new ApiError('payload_too_large', `request body over ${limit / 1048576} MB; send fewer articles per request`);
    },
  });

const ingestResponses = {
  200: jsonBody(IngestReportSchema, 'What was stored, skipped as already stored, or failed, and the events touched'),
  400: errors[400],
  401: jsonBody(ErrorSchema, 'Token missing or wrong'),
  413: jsonBody(ErrorSchema, 'Request too large'),
  415: jsonBody(ErrorSchema, 'Unsupported content type'),
};

const postArticles = createRoute({
  method: 'post',
  path: '/articles',
  tags: ['ingest'],
  summary: 'Ingest articles given as JSON; they join their events at once',
  request: { body: { content: { 'application/json': { schema: IngestBodySchema } }, required: true } },
  responses: ingestResponses,
});

const postFiles = createRoute({
  method: 'post',
  path: '/files',
  tags: ['ingest'],
  summary: 'Ingest files: text, HTML, JSON, JSONL or RSS/Atom, as multipart `files`, or one raw body named by ?name=',
  request: {
    query: z.object({ name: z.string().max(300).optional().openapi({ param: { name: 'name', in: 'query' }, example: 'article.html' }) }),
    body: {
      content: {
        'multipart/form-data': { schema: z.object({ files: z.array(z.string().openapi({ format: 'binary' })) }) },
        'text/plain': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
      required: true,
    },
  },
  responses: ingestResponses,
});

export function ingestRoutes(app: OpenAPIHono, ingest: IngestService): void {
  app.use('/articles', tooLarge(MAX_JSON_BYTES));
  app.use('/articles', async (c, next) => {
    if (c.req.method === 'POST' && !isJson(c)) {
      throw new ApiError('unsupported_media_type', 'send articles as application/json, or files to /api/files');
    }
    return next();
  });
  app.openapi(postArticles, async (c) => {
    const body = c.req.valid('json');
    const articles = Array.isArray(body) ? body : 'articles' in body ? body.articles : [body];
    return c.json(await ingest.ingestArticles(articles), 200);
  });

  // The body is read here rather than by the validator: files are bytes, not a JSON shape.
  app.use('/files', tooLarge(MAX_UPLOAD_BYTES));
  app.openAPIRegistry.registerPath(postFiles);
  app.post('/files', async (c) => c.json(await ingest.ingestFiles(await uploadedFiles(c)), 200));
}

type FormFile = Exclude<ReturnType<FormData["get"]>, string | null>;

function isJson(c: Context): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test(c.req.header('Content-Type') ?? '');
}

async function uploadedFiles(c: Context): Promise<UploadedFile[]> {
  const type = c.req.header('Content-Type') ?? '';
  if (/^multipart\/form-data/i.test(type)) {
    const form = await c.req.formData().catch(() => {
      throw new ApiError('invalid_request', 'malformed multipart body');
    });
    const files = form.getAll('files').filter((value): value is FormFile => typeof value !== 'string');
    if (files.length === 0) throw invalidField('body.files', 'no file: send them as multipart fields named "files"');
    if (files.length > MAX_FILES_PER_REQUEST) throw invalidField('body.files', `at most ${MAX_FILES_PER_REQUEST} files a request`);
    return Promise.all(
      files.map(async (file) => ({ name: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined })),
    );
  }
  if (!type || /^(text\/|application\/(octet-stream|json|x-ndjson|xml|rss\+xml|atom\+xml))/i.test(type)) {
    const name = c.req.query('name');
    if (name !== undefined && (name.length === 0 || name.length > 300)) throw invalidField('query.name', 'a file name of 1 to 300 characters');
    return [{ name: name ?? 'upload', bytes: new Uint8Array(await c.req.arrayBuffer()), contentType: type || undefined }];
  }
  throw new ApiError('unsupported_media_type', `cannot read ${type.split(';')[0]}: send multipart/form-data, text, HTML, JSON or a feed`);
}

function invalidField(field: string, reason: string): ApiError {
  return new ApiError('invalid_request', `${field}: ${reason}`, [{ field, reason }]);
}
