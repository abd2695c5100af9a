// A brief pasted alone: a line or three of prose with no page around it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText } from './cleanText.js';

test('a one-sentence brief the line classes leave out is kept as the article', () => {
  const brief = 'French police say armed robbers cleaned out a high-end jewellery store on Thursday in Paris, news organisations report.';
  const cleaned = cleanText(brief);
  assert.deepEqual(cleaned.paragraphs, [brief]);
  assert.ok(cleaned.notes.some((n) => n.rule === 'brief'));
});

test('a headline, a date line and a sentence cut short: the headline is the title, the sentence the body', () => {
  const sentence = 'Early on Friday the 26-year-old actress checked into the Betty Ford Center in Rancho Mirage, California, her lawyer told reporters outside the court,';
  const cleaned = cleanText(['Lindsay Lohan checks into rehab at Betty Ford Center', 'Fri., May 3, 2013 11:45 AM PDT', sentence].join('\n'));
  assert.equal(cleaned.title, 'Lindsay Lohan checks into rehab at Betty Ford Center');
  assert.deepEqual(cleaned.paragraphs, [sentence]);
});

test('a short text of furniture only stays empty, with its note', () => {
  const cleaned = cleanText(['Accepter les cookies', 'Se connecter', 'Partager sur Facebook'].join('\n'));
  assert.deepEqual(cleaned.paragraphs, []);
  assert.ok(!cleaned.notes.some((n) => n.rule === 'brief'));
});
