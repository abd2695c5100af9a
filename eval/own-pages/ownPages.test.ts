// The own-pages set stays well-formed: every page has its files, its labels match its flattened
// copy, its expected text and its planted noise are really on the page. It checks the set, not
// the cleaner: pages are decoded here by their recorded encoding, not by src/ingest.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { META_FIELDS, OWN_PAGES_DIR, PAGE_FILES, readOwnPages, readPageEntries, type OwnPage } from './readOwnPages.js';

const pages = readOwnPages();

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function decodePage(page: OwnPage): string {
  const { bytes } = page;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  assert.equal(bom, page.encoding.includes('bom'), `${page.id}: a BOM exactly when pages.json says so`);
  if (page.encoding.startsWith('windows-1252')) return new TextDecoder('windows-1252').decode(bytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
}

function pageText(page: OwnPage): string {
  return squash(DomUtils.textContent(parseDocument(decodePage(page))));
}

test('pages.json lists exactly the page folders', () => {
  const folders = readdirSync(OWN_PAGES_DIR).filter((name) => statSync(join(OWN_PAGES_DIR, name)).isDirectory());
  assert.deepEqual(Object.keys(readPageEntries()).sort(), folders.sort());
  assert.ok(pages.length >= 20, 'about twenty pages');
});

test('every page folder has its files', () => {
  for (const page of pages) {
    for (const file of PAGE_FILES) assert.ok(existsSync(join(OWN_PAGES_DIR, page.id, file)), `${page.id}/${file}`);
  }
});

test('expected text is empty exactly on the pages without an article', () => {
  for (const page of pages) {
    assert.equal(page.expectedLines.length > 0, page.article, page.id);
  }
  assert.ok(pages.some((p) => !p.article) && pages.some((p) => p.article));
});

test('one label per flattened line, and the content lines are the expected lines in order', () => {
  for (const page of pages) {
    assert.equal(page.labels.length, page.flatLines.length, `${page.id}: labels count = lines count`);
    assert.ok(page.labels.every((l) => l === 0 || l === 1), `${page.id}: labels are 0 or 1`);
    assert.ok(page.flatLines.every((l) => l.trim() !== ''), `${page.id}: no empty flat line`);
    const content = page.flatLines.filter((_, i) => page.labels[i] === 1).map(squash);
    assert.deepEqual(content, page.expectedLines.map(squash), page.id);
  }
});

test('expected lines and planted noise are on the page, and the noise is not in the expected text', () => {
  for (const page of pages) {
    const text = pageText(page);
    const expected = squash(page.expectedLines.join('\n'));
    for (const line of page.expectedLines) assert.ok(text.includes(squash(line)), `${page.id}: expected line not on the page: ${line}`);
    assert.ok(page.without.length > 0, `${page.id}: some planted noise`);
    for (const line of page.without) {
      assert.ok(text.includes(squash(line)), `${page.id}: without line not on the page: ${line}`);
      assert.ok(!expected.includes(squash(line)), `${page.id}: without line inside the expected text: ${line}`);
    }
  }
});

test('meta.json holds known fields, ISO dates and the page language', () => {
  for (const page of pages) {
    for (const key of Object.keys(page.meta)) assert.ok((META_FIELDS as readonly string[]).includes(key), `${page.id}: field ${key}`);
    for (const date of [page.meta.published, page.meta.modified]) {
      if (date !== undefined) assert.match(date, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/, page.id);
    }
    if (page.meta.lang !== undefined) assert.equal(page.meta.lang, page.lang, page.id);
    if (page.meta.url !== undefined) assert.doesNotThrow(() => new URL(page.meta.url!), page.id);
  }
});
