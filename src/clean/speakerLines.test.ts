import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const kept = (lines: string[]) => classifyLines(lines).map((v) => v.content);
const P1 = 'Die Wassertemperatur im Nordatlantik lag im vergangenen Sommer so hoch wie nie seit Beginn der Messungen, berichten die Forscher.';
const P2 = 'Für die Küsten Westeuropas bedeutet das vor allem mehr Feuchtigkeit in der Luft und damit häufiger starke Regenfälle im Herbst.';
const P3 = 'Ob sich der Trend im kommenden Jahr fortsetzt, hängt nach Ansicht der Forscher vor allem von den Winden über dem Atlantik ab.';
const QUOTE = 'Das Meer speichert die Wärme des Sommers viel länger als die Luft über dem Land.';

test("a name and a role signing a pull quote go; the quote's sentence and the story stay", () => {
  assert.deepEqual(kept([P1, P2, QUOTE, 'Anna Beispiel, Universität Kiel', P3, P1.replace('Sommer', 'Winter')]), [true, true, true, false, true, true]);
});

test("a subheading naming a theme, or a byline under a box's heading, is no speaker's line", () => {
  assert.equal(kept([P1, P2, 'Wärme, Winde und der Atlantik', P3, P1.replace('Sommer', 'Winter')])[2], true);
  assert.equal(kept([P1, P2, 'Der Atlantik im Sommer', 'Anna Beispiel, Reporterin für Atlantik und Forscher', P3, P1.replace('Sommer', 'Winter')])[3], true);
});
