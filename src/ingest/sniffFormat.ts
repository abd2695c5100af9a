// What a file really holds, from its content: extensions lie (an HTML page saved as .txt, a
// JSON export named .data). The extension only breaks ties.
import { MAX_CONTROL_BYTE_SHARE } from './limits.js';

export type InputFormat = 'html' | 'json' | 'jsonl' | 'feed' | 'text';

const EXTENSION_FORMATS: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

export function formatFromExtension(extension: string): InputFormat | null {
  return EXTENSION_FORMATS[extension.toLowerCase()] ?? null;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_BYTE_SHARE;
}

/** Decides from the decoded text; `extension` is used when the content could be several things. */
export function sniffFormat(text: string, extension: string): InputFormat {
  const head = text.slice(0, 2048).trimStart().replace(/^\uFEFF/, '');
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLineEnd = head.indexOf('\n');
    const firstLine = (firstLineEnd < 0 ? head : head.slice(0, firstLineEnd)).trim();
    if (head.startsWith('{') && firstLine.endsWith('}') && text.trim().includes('\n')) return 'jsonl';
    return 'json';
  }
  const lower = head.toLowerCase();
  if (lower.startsWith('<?xml') || lower.startsWith('<rss') || lower.startsWith('<feed')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/<html[\s>]/.test(lower)) return 'html';
  }
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(lower)) return 'html';
  const byExtension = formatFromExtension(extension);
  if (byExtension === 'html' && head.startsWith('<')) return 'html';
  // A text file whose first lines are markup (a page saved under the wrong name).
  const tags = head.match(/<\/?(p|div|span|a|h[1-6]|article|section|br|meta|script|ul|li)\b[^>]*>/gi);
  if (tags && tags.length >= 3) return 'html';
  return 'text';
}
