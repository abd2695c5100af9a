import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const kept = (lines: string[]) => classifyLines(lines).map((v) => v.content);
const P1 = 'Die Stadtwerke haben am Montag angekündigt, die Preise für Strom und Gas im kommenden Jahr deutlich zu senken, nachdem die Einkaufspreise gefallen sind.';
const P2 = 'Für einen Haushalt mit einem Verbrauch von 3000 Kilowattstunden bedeutet das nach Angaben des Unternehmens eine Ersparnis von rund 150 Euro im Jahr.';
const P3 = 'Die Verbraucherzentrale begrüßt den Schritt, rät aber dazu, die Angebote anderer Anbieter zu vergleichen, bevor man einen neuen Vertrag unterschreibt.';

test('two kicker headlines in a row between paragraphs are a rail of related articles', () => {
  const lines = [P1, 'Stadtwerke: Preise für Strom sinken im kommenden Jahr', 'Gas und Strom – was Haushalte jetzt vergleichen sollten', P2, P3];
  assert.deepEqual(kept(lines), [true, false, false, true, true]);
});

test('one kicker headline heads the paragraph below it, and questions in a row are left alone', () => {
  assert.deepEqual(kept([P1, 'Verbraucherzentrale: Angebote vergleichen vor dem Vertrag', P2, P3]), [true, true, true, true]);
  const faq = [P1, 'Strom oder Gas: Was ist im kommenden Jahr günstiger?', 'Neuer Vertrag: Wann lohnt sich der Wechsel der Anbieter?', P2, P3];
  assert.deepEqual(kept(faq), [true, true, true, true, true]);
});

test('a row of headlines holding two kicker headlines goes whole, plain headlines and a section label with them', () => {
  const lines = [P1, 'Stadtwerke: Preise für Strom sinken im kommenden Jahr', 'Energie', 'Warum Haushalte ihre Verträge für Gas jetzt prüfen sollten', 'Gas und Strom – was Haushalte jetzt vergleichen sollten', P2, P3];
  assert.deepEqual(kept(lines), [true, false, false, false, false, true, true]);
});
