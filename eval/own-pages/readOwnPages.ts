// Reads the own-pages set (see README.md): one folder per page, listed in pages.json.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OWN_PAGES_DIR = dirname(fileURLToPath(import.meta.url));

/** The files every page folder holds. */
export const PAGE_FILES = ['page.html', 'expected.txt', 'meta.json', 'without.txt', 'flat.txt', 'flat.labels.json'] as const;

/** What a page states about itself, when it states it (meta.json). */
export interface PageMeta {
  title?: string;
  published?: string;
  modified?: string;
  author?: string;
  outlet?: string;
  url?: string;
  lang?: string;
}

export const META_FIELDS = ['title', 'published', 'modified', 'author', 'outlet', 'url', 'lang'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** One row of pages.json: how the page was built and what it tries to catch. */
export interface PageEntry {
  lang: string;
  /** False for pages holding no article (a home page, a 404): the expected text is empty. */
  article: boolean;
  encoding: string;
  shape: string;
  traps: string[];
}

export interface OwnPage extends PageEntry {
  id: string;
  /** The page as served: bytes, since some are Windows-1252 or start with a BOM. */
  bytes: Uint8Array;
  /** The article text, one paragraph, subhead or list item a line. */
  expectedLines: string[];
  meta: PageMeta;
  /** Planted noise: none of these lines may appear in the cleaned text. */
  without: string[];
  /** The page as a reader copies it from a browser, one block a line. */
  flatLines: string[];
  /** 1 content, 0 boilerplate, one per flat line. */
  labels: number[];
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

export function readPageEntries(root = OWN_PAGES_DIR): Record<string, PageEntry> {
  return JSON.parse(readFileSync(join(root, 'pages.json'), 'utf8')) as Record<string, PageEntry>;
}

export function readOwnPage(id: string, entry: PageEntry, root = OWN_PAGES_DIR): OwnPage {
  const file = (name: string) => join(root, id, name);
  return {
    id,
    ...entry,
    bytes: readFileSync(file('page.html')),
    expectedLines: lines(readFileSync(file('expected.txt'), 'utf8')),
    meta: JSON.parse(readFileSync(file('meta.json'), 'utf8')) as PageMeta,
    without: lines(readFileSync(file('without.txt'), 'utf8')),
    flatLines: readFileSync(file('flat.txt'), 'utf8').replace(/\n$/, '').split('\n'),
    labels: JSON.parse(readFileSync(file('flat.labels.json'), 'utf8')) as number[],
  };
}

export function readOwnPages(root = OWN_PAGES_DIR): OwnPage[] {
  return Object.entries(readPageEntries(root)).map(([id, entry]) => readOwnPage(id, entry, root));
}
