// The corpus checkpoint as rows of bounded size. One JSON.stringify of the whole state would
// pass V8's longest string (~512 MB) near 60,000 articles, and a single row that large is
// slow to write and to read back. Objects are split by key and arrays into runs of elements,
// so no chunk grows past CHUNK_CHARS unless one array element alone does.
//
//   { version: 1, entities: { entities: [e1, e2, …] } }  ->
//     ['', object] ['version', value 1] ['entities', object] ['entities.entities', array [e1, e2]] …

/** About 8 MB per chunk: few rows, each parsed quickly, none near any length limit. */
export const CHUNK_CHARS = 8_000_000;
/** Objects deeper than this are stored whole: the corpus states hold their bulk in shallow arrays. */
const MAX_SPLIT_DEPTH = 4;

export interface StateChunk {
  /** Keys from the root, joined by '.' ('' for the root). */
  path: string;
  /**
   * `object`: an object (its keys follow); `array`: a run of elements; `value`: JSON of the
   * whole value; `entry`: `{key: value}` to add to the object at `path`, for a key holding '.'.
   */
  kind: 'object' | 'array' | 'value' | 'entry';
  json: string;
}

export function* splitState(state: unknown, chunkChars = CHUNK_CHARS): Generator<StateChunk> {
  yield* split(plain(state), '', 0, chunkChars);
}

function* split(value: unknown, path: string, depth: number, chunkChars: number): Generator<StateChunk> {
  if (Array.isArray(value) && depth < MAX_SPLIT_DEPTH) {
    yield { path, kind: 'array', json: '[]' };
    let run: string[] = [];
    let size = 0;
    for (const element of value) {
      const json = JSON.stringify(plain(element)) ?? 'null';
      if (size + json.length > chunkChars && run.length > 0) {
        yield { path, kind: 'array', json: `[${run.join(',')}]` };
        run = [];
        size = 0;
      }
      run.push(json);
      size += json.length + 1;
    }
    if (run.length > 0) yield { path, kind: 'array', json: `[${run.join(',')}]` };
    return;
  }
  if (isObject(value) && depth < MAX_SPLIT_DEPTH) {
    yield { path, kind: 'object', json: '{}' };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key.includes('.') || key === '') yield { path, kind: 'entry', json: JSON.stringify({ [key]: plain(child) }) };
      else yield* split(plain(child), childPath, depth + 1, chunkChars);
    }
    return;
  }
  const json = JSON.stringify(value);
  if (json !== undefined) yield { path, kind: 'value', json };
}

/** The state again, from its chunks in the order splitState gave them. */
export function joinState(chunks: Iterable<StateChunk>): unknown {
  let root: unknown;
  const nodes = new Map<string, unknown>();
  for (const { path, kind, json } of chunks) {
    const parsed = JSON.parse(json) as unknown;
    const existing = nodes.get(path);
    if (kind === 'array' && Array.isArray(existing)) {
      for (const element of parsed as unknown[]) existing.push(element);
      continue;
    }
    if (kind === 'entry') {
      const target = nodes.get(path);
      if (!isObject(target)) throw new Error(`corpus checkpoint: no object at "${path}"`);
      for (const [key, child] of Object.entries(parsed as Record<string, unknown>)) setOwn(target, key, child);
      continue;
    }
    nodes.set(path, parsed);
    if (path === '') root = parsed;
    else setOwn(parentOf(nodes, path), lastKey(path), parsed);
  }
  return root;
}

function parentOf(nodes: Map<string, unknown>, path: string): Record<string, unknown> {
  const cut = path.lastIndexOf('.');
  const parent = nodes.get(cut < 0 ? '' : path.slice(0, cut));
  if (!isObject(parent)) throw new Error(`corpus checkpoint: no object holds "${path}"`);
  return parent;
}

/**
 * An own property, whatever its name: a plain assignment to "__proto__" (a word an article may
 * hold, and so a key of some index's state) would set the object's prototype instead.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function lastKey(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** What JSON.stringify would see: a value's toJSON() result. */
function plain(value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(): unknown }).toJSON()
    : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
