import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode.js';

const phrase = 'Le ministre a évoqué « une coopération renforcée » à Bamako.';

test('UTF-8 without declaration', () => {
  const result = decodeBytes(Buffer.from(phrase, 'utf8'));
  assert.equal(result.text, phrase);
  assert.equal(result.encoding, 'utf-8');
});

test('undeclared Windows-1252 French text is detected, with a note', () => {
  const result = decodeBytes(Buffer.from(phrase, 'latin1'));
  assert.equal(result.text, phrase);
  assert.equal(result.encoding, 'windows-1252');
  assert.equal(result.notes[0]?.rule, 'charset-guessed');
});

test('Windows-1252 punctuation (curly apostrophe, euro) decodes', () => {
  const bytes = Uint8Array.from([0x6c, 0x92, 0x61, 0x63, 0x63, 0x6f, 0x72, 0x64, 0x20, 0x80]);
  assert.equal(decodeBytes(bytes).text, 'l’accord €');
});

test('declared charset in a meta tag wins', () => {
  const html = `<html><head><meta charset="iso-8859-1"></head><body>${phrase}</body></html>`;
  const result = decodeBytes(Buffer.from(html, 'latin1'));
  assert.ok(result.text.includes(phrase));
  assert.equal(result.encoding, 'windows-1252');
});

test('http-equiv content type', () => {
  const html = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${phrase}</p>`;
  assert.ok(decodeBytes(Buffer.from(html, 'latin1')).text.includes(phrase));
});

test('a Latin-1 declaration over UTF-8 bytes is overruled, never mojibake', () => {
  const html = `<meta charset="iso-8859-1"><p>${phrase}</p>`;
  const result = decodeBytes(Buffer.from(html, 'utf8'));
  assert.ok(result.text.includes(phrase));
  assert.equal(result.notes[0]?.rule, 'charset-mismatch');
});

test('a UTF-8 declaration over Latin-1 bytes is overruled', () => {
  const html = `<meta charset="utf-8"><p>${phrase}</p>`;
  assert.ok(decodeBytes(Buffer.from(html, 'latin1')).text.includes(phrase));
});

test('byte-order marks: UTF-8 and UTF-16LE', () => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(phrase, 'utf8')]);
  assert.equal(decodeBytes(utf8).text, phrase);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(phrase, 'utf16le')]);
  assert.equal(decodeBytes(utf16).text, phrase);
});

test('Content-Type hint', () => {
  const result = decodeBytes(Buffer.from(phrase, 'latin1'), { contentType: 'text/plain; charset=ISO-8859-1' });
  assert.equal(result.text, phrase);
});
