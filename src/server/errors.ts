// Every failure the API can answer with, and the one table that maps each to its HTTP status.
// Routes and services throw; `errorResponse` (the app's onError) is the only place that turns
// an error into a response, so a status code is never chosen twice.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export interface FieldIssue {
  /** Where the bad value is: `query.limit`, `body.articles.2.text`, `path.id`. */
  field: string;
  reason: string;
}

export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }

  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what: string, id: string) => new ApiError('not_found', `no ${what} with id "${id}"`);

export function invalidInput(target: string, error: ZodError): ApiError {
  const issues = flatten(error.issues).map((issue) => ({
    field: [target, ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
  const message = issues.map((issue) => `${issue.field}: ${issue.reason}`).join('; ');
  return new ApiError('invalid_request', message, issues);
}

type Issue = ZodError['issues'][number];

/**
 * A union's "Invalid input" says nothing: report the alternative the value was closest to, the
 * first one whose shape matched at the top. `{articles: [{title: "x"}]}` -> body.articles.0.text.
 */
function flatten(issues: Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const shapeMatched = issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (!shapeMatched) return [issue];
    return flatten(shapeMatched.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  });
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}

/** The response for any thrown error; unexpected ones are logged and answered without detail. */
export function errorResponse(error: unknown, log: (text: string) => void = console.error): { status: ContentfulStatusCode; body: ErrorBody } {
  const known = error instanceof ApiError ? error : fromFramework(error);
  if (!known) {
    log(`recoupe serve: ${(error as Error)?.stack ?? String(error)}`);
    return { status: 500, body: { error: { code: 'internal', message: 'internal error (logged by the server)' } } };
  }
  const body: ErrorBody = { error: { code: known.code, message: known.message } };
  if (known.issues.length > 0) body.error.issues = known.issues;
  return { status: known.status, body };
}

/** Hono's own HTTPExceptions (body limit, malformed JSON) carry a status we translate once. */
function fromFramework(error: unknown): ApiError | null {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number') return null;
  if (status === 413) return new ApiError('payload_too_large', (error as Error).message || 'request body too large');
  if (status === 400) return new ApiError('invalid_request', (error as Error).message || 'malformed request');
  if (status === 401) return new ApiError('unauthorized', (error as Error).message || 'unauthorized');
  return null;
}
