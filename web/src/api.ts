// The API client: one typed function per route. Types come from the server's own schemas.
import type {
  EntityPage,
  EventPage,
  IngestReport,
  Mark,
  Source,
} from '../../src/server/schemas/responses.js';
import type { z } from 'zod';
import type {
  EntitySummarySchema,
  EventSummarySchema,
  SearchResultSchema,
  StatsSchema,
  StorylineDetailSchema,
} from '../../src/server/schemas/responses.js';
import type { StorylineSchema } from '../../src/server/schemas/model.js';

export type { EntityPage, EventPage, IngestReport, Mark, Source };
export type EventSummary = z.infer<typeof EventSummarySchema>;
export type EntitySummary = z.infer<typeof EntitySummarySchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type Storyline = z.infer<typeof StorylineSchema>;
export type StorylineDetail = z.infer<typeof StorylineDetailSchema>;
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url(path, query), { signal, headers: { Accept: 'application/json' } });
  return read<T>(response);
}

async function read<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

const id = encodeURIComponent;

export const api = {
  events: (query: Query, signal?: AbortSignal) => get<Page<EventSummary>>('/events', query, signal),
  event: (eventId: string, signal?: AbortSignal) => get<EventPage>(`/events/${id(eventId)}`, undefined, signal),
  storylines: (query: Query, signal?: AbortSignal) => get<Page<Storyline>>('/storylines', query, signal),
  storyline: (storylineId: string, signal?: AbortSignal) => get<StorylineDetail>(`/storylines/${id(storylineId)}`, undefined, signal),
  entities: (query: Query, signal?: AbortSignal) => get<Page<EntitySummary>>('/entities', query, signal),
  entity: (entityId: string, query: Query, signal?: AbortSignal) => get<EntityPage>(`/entities/${id(entityId)}`, query, signal),
  search: (query: Query, signal?: AbortSignal) => get<SearchResult>('/search', query, signal),
  stats: (signal?: AbortSignal) => get<Stats>('/stats', undefined, signal),
};

/**
 * Uploads files as one multipart request, reporting upload progress (fetch cannot), then
 * waits for the server to analyse and store them.
 */
export function uploadFiles(files: File[], token: string, onProgress: (sent: number, total: number) => void): Promise<IngestReport> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    request.setRequestHeader('Accept', 'application/json');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    request.onerror = () => reject(new ApiError(0, 'network error'));
    request.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // answered with something other than JSON: reported by status below
      }
      if (request.status >= 200 && request.status < 300) resolve(body as IngestReport);
      else reject(new ApiError(request.status, body?.error?.message ?? `HTTP ${request.status}`));
    };
    request.send(form);
  });
}
