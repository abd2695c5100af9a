import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyLines } from './classifyLines.js';

const P1 = "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.";
const P2 = 'Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville de Kidal sans rencontrer de résistance importante.';
const P3 = "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies.";

test('a standfirst of two sentences above the byline is the article; a one-sentence teaser there is not', () => {
  const lead = "L'armée malienne est entrée à Kidal. La ville échappait au contrôle de l'État depuis 2012.";
  assert.deepEqual(classifyLines([lead, 'Par Awa Diallo', '14 novembre 2023', P1, P2, P3]).map((v) => v.content), [true, false, false, true, true, true]);
  const teaser = "Qui contrôle vraiment le nord du Mali depuis le départ de l'ONU ?";
  assert.equal(classifyLines([teaser, 'Par Awa Diallo', '14 novembre 2023', P1, P2, P3])[0].content, false);
});
