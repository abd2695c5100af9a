// The I/O edge: paths (files or folders, recursively) -> RawArticle, or a problem naming the file.
// A bad file never stops the batch: it becomes one ArticleProblem and reading goes on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ArticleProblem, RawArticle } from '../article.js';
import { decodeBytes } from './decode.js';
import { IGNORED_NAMES, MAX_FILE_BYTES } from './limits.js';
import { looksBinary, sniffFormat } from './sniffFormat.js';
import { parseJsonLines, parseJsonRecords, RecordError, recordToRaw } from './readRecords.js';
import { readFeed } from './readFeed.js';

export type InputItem = RawArticle | ArticleProblem;

export function isProblem(item: InputItem): item is ArticleProblem {
  return 'message' in item && !('notes' in item);
}

export async function* readInputs(paths: string[]): AsyncGenerator<InputItem> {
  const seenIds = new Map<string, number>();
  for (const path of paths) {
    for await (const item of readPath(path)) {
      if (!isProblem(item)) item.id = uniqueId(item, seenIds);
      yield item;
    }
  }
}

/** Reads a list of paths to the end: the articles, and the problems to warn about. */
export async function collectInputs(paths: string[]): Promise<{ raws: RawArticle[]; problems: ArticleProblem[] }> {
  const raws: RawArticle[] = [];
  const problems: ArticleProblem[] = [];
  for await (const item of readInputs(paths)) {
    if (isProblem(item)) problems.push(item);
    else raws.push(item);
  }
  return { raws, problems };
}

async function* readPath(path: string): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { file: path, message: describeFsError(error) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield { file: path, message: describeFsError(error) };
      return;
    }
    for (const name of names) {
      if (IGNORED_NAMES.has(name) || name.startsWith('.')) continue;
      yield* readPath(join(path, name));
    }
    return;
  }
  if (!info.isFile()) {
    yield { file: path, message: 'not a regular file' };
    return;
  }
  if (info.size === 0) {
    yield { file: path, message: 'empty file' };
    return;
  }
  if (info.size > MAX_FILE_BYTES) {
    yield { file: path, message: `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { file: path, message: describeFsError(error) };
    return;
  }
  yield* parseFile(bytes, path);
}

/** Parses one file's bytes; exported for inputs that do not come from disk (API uploads). */
export function* parseFile(bytes: Uint8Array, file: string, contentType?: string): Generator<InputItem> {
  if (bytes.length === 0) {
    yield { file, message: 'empty file' };
    return;
  }
  if (looksBinary(bytes) && !hasUtf16Bom(bytes)) {
    yield { file, message: 'binary content, not text, HTML, JSON or a feed' };
    return;
  }
  const decoded = decodeBytes(bytes, { contentType });
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    yield { file, message: 'no text (only white space)' };
    return;
  }
  const extension = extname(file);
  const baseId = basename(file, extension) || 'article';
  const format = sniffFormat(text, extension);
  const notes = decoded.notes.map((note) => ({ ...note, message: `${note.message} (${decoded.encoding})` }));
  try {
    switch (format) {
      case 'html':
        yield { id: baseId, file, html: text, notes };
        return;
      case 'text':
        yield { id: baseId, file, text, notes };
        return;
      case 'feed': {
        const items = readFeed(text, file, baseId);
        if (items.length === 0) yield { file, message: 'feed with no item that has content' };
        yield* items;
        return;
      }
      case 'json':
      case 'jsonl': {
        const { records, badLines } =
          format === 'json' ? { records: parseJsonRecords(text), badLines: [] as number[] } : parseJsonLines(text);
        if (badLines.length > 0) {
          yield { file, message: `invalid JSON on line${badLines.length > 1 ? 's' : ''} ${badLines.slice(0, 10).join(', ')}` };
        }
        const single = records.length === 1;
        for (const [index, record] of records.entries()) {
          const raw = recordToRaw(record, single ? baseId : `${baseId}-${index + 1}`, single ? file : `${file}#${index}`);
          if (!raw) {
            yield { file: single ? file : `${file}#${index}`, message: 'record has no text or html field' };
            continue;
          }
          raw.notes.push(...notes);
          yield raw;
        }
        if (records.length === 0 && badLines.length === 0) yield { file, message: 'JSON with no article record' };
        return;
      }
    }
  } catch (error) {
    const message = error instanceof RecordError ? error.message : `could not be parsed: ${(error as Error).message}`;
    yield { file, message };
  }
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Two inputs with one id (a.txt and a.html): the second becomes a-2, with a note. */
function uniqueId(raw: RawArticle, seen: Map<string, number>): string {
  const count = seen.get(raw.id) ?? 0;
  seen.set(raw.id, count + 1);
  if (count === 0) return raw.id;
  const id = `${raw.id}-${count + 1}`;
  raw.notes.push({ stage: 'ingest', rule: 'duplicate-id', message: `id "${raw.id}" already used in this batch; renamed ${id}` });
  return id;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `unreadable (${code ?? (error as Error).message})`;
}
