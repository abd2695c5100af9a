// Bytes -> text without mojibake. Order of trust: a byte-order mark, then a charset the document
// declares (HTTP content type, <meta charset>, http-equiv, XML declaration), then what the bytes
// say: valid UTF-8 is UTF-8; anything else from a French page is almost always Windows-1252
// (a superset of Latin-1 for printable characters), which never fails to decode.
import type { Note } from '../article.js';

export interface Decoded {
  text: string;
  encoding: string;
  notes: Note[];
}

/** How far into a document a charset declaration is looked for (HTML5 says 1024 bytes; pages lie). */
const DECLARATION_WINDOW = 4096;

/** Labels that TextDecoder knows under another name, or that pages commonly misspell. */
const CHARSET_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
  'x-mac-roman': 'macintosh',
};

export function decodeBytes(bytes: Uint8Array, hint: { contentType?: string } = {}): Decoded {
  const notes: Note[] = [];
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, notes };

  const declared = charsetFromContentType(hint.contentType) ?? declaredCharset(bytes);
  const validUtf8 = isValidUtf8(bytes);
  if (declared) {
    const encoding = normaliseCharset(declared);
    if (encoding === 'utf-8' && !validUtf8) {
      // Declared UTF-8 but is not: a legacy page behind a template's meta tag.
      notes.push({
        stage: 'ingest',
        rule: 'charset-mismatch',
        message: 'declared UTF-8 but the bytes are not valid UTF-8; decoded as Windows-1252',
      });
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', notes };
    }
    if (encoding !== 'utf-8' && validUtf8 && hasMultiByteUtf8(bytes)) {
      // Declared Latin-1 but the bytes are UTF-8 (a common CMS mistake): trusting the
      // declaration would turn "é" into "Ã©".
      notes.push({
        stage: 'ingest',
        rule: 'charset-mismatch',
        message: `declared ${declared} but the bytes are valid UTF-8; decoded as UTF-8`,
      });
      return { text: decodeWith('utf-8', bytes), encoding: 'utf-8', notes };
    }
    if (isSupported(encoding)) return { text: decodeWith(encoding, bytes), encoding, notes };
    notes.push({ stage: 'ingest', rule: 'unknown-charset', message: `unknown charset "${declared}"; guessed instead` });
  }
  if (validUtf8) return { text: decodeWith('utf-8', bytes), encoding: 'utf-8', notes };
  notes.push({
    stage: 'ingest',
    rule: 'charset-guessed',
    message: 'no charset declared and not valid UTF-8; decoded as Windows-1252',
  });
  return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', notes };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function charsetFromContentType(contentType: string | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match ? match[1] : null;
}

/** <meta charset=…>, <meta http-equiv content="…; charset=…">, <?xml … encoding="…"?> */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1');
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (meta) return meta[1];
  const xml = head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i);
  return xml ? xml[1] : null;
}

function normaliseCharset(label: string): string {
  const lower = label.trim().toLowerCase();
  return CHARSET_ALIASES[lower] ?? lower;
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Windows-1252 puts punctuation where Latin-1 has C1 controls (0x92 -> ’, 0x80 -> €, 0x9C -> œ).
 * Node 20's TextDecoder('windows-1252') decodes those bytes as Latin-1 controls, so the 32
 * code points are mapped here; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
