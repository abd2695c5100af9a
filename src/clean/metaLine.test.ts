import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';
import { isMetaLine } from './metaLine.js';

test('a byline with its date and reading time, or a date alone, is a metadata line', () => {
  assert.ok(isMetaLine('Par Awa Diallo · Publié le 12 mars 2024 à 10h · Lecture 4 min'));
  assert.ok(isMetaLine('By Jane Doe | March 12, 2024 | 4 min read'));
  assert.ok(isMetaLine('Le Messager | 04.05.2024 à 13h36 • Mis à jour le 05.05.2024 à 20h13 | Par Ibrahim Souley'));
  assert.ok(isMetaLine('26.10.2025 | 2:43 min'));
  assert.ok(isMetaLine('14 août 2024'));
  assert.ok(isMetaLine('Analyse 11.04.2022'));
});

test('a sentence holding a date, or a field that says something, is no metadata line', () => {
  assert.ok(!isMetaLine('Le 12 mars 2024, le président a reçu les chefs des partis au palais.'));
  assert.ok(!isMetaLine('Score : 2-1 | Mbappé marque à la 45e minute.'));
  assert.ok(!isMetaLine('Niamey | 3 morts dans un incendie au grand marché cette nuit'));
  assert.ok(!isMetaLine('Par Awa Diallo'));
});

test('a metadata line between two paragraphs is dropped, the paragraphs kept', () => {
  const p1 = "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.";
  const p2 = 'Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.';
  const p3 = "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies.";
  const verdicts = classifyLines([p1, 'Par Awa Diallo · Publié le 14 novembre 2023 à 09h15 · Lecture 3 min', p2, p3]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, false, true, true]);
  assert.equal(verdicts[1].reason, 'meta-line');
});

test('a reading time or a time stamp alone on its line is a metadata line', () => {
  for (const line of ['3 Min', '4 min read', 'Lecture 4 min', 'Duration 12:38', 'Heute, 12:37 Uhr', "Aujourd'hui à 14h05", 'Today at 3:45 pm', 'Il y a 3 heures', 'vor 2 Stunden', '3 hours ago']) {
    assert.ok(isMetaLine(line), line);
  }
});

test('a figure, a count of days or a sentence with a duration is no time stamp', () => {
  for (const line of ['137', '3 jours', 'Heute 12 Menschen', 'Le 3 mai, 40 minutes']) assert.ok(!isMetaLine(line), line);
});
