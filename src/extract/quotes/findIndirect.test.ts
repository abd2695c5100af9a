import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function quotes(text: string, lang = 'fr') {
  return extractQuotes(testArticle(text, lang)).map((q) => ({ text: q.text, speaker: q.speakerName }));
}

test('a gerund reports for the subject of its sentence, across a partial quotation', () => {
  const text = "Le chef de la diplomatie malienne, Abdoulaye Diop, avait exigé le départ « sans délai » de la mission, estimant qu'elle avait échoué.";
  assert.deepEqual(quotes(text).at(-1), { text: 'elle avait échoué', speaker: 'Abdoulaye Diop' });
});

test('"saying" opens the content after it, never the sentence before it', () => {
  assert.deepEqual(quotes('Bamako had demanded the withdrawal of the mission in June, saying it had failed to bring security.', 'en'), [
    { text: 'it had failed to bring security', speaker: 'Bamako' },
  ]);
});

test('a plural verb after a comma takes no singular subject: « évoquent un bilan » is its object', () => {
  assert.deepEqual(quotes('Les Nations unies, plus prudentes, évoquent un bilan encore difficile à établir.'), []);
  assert.deepEqual(quotes("Le bilan s'est encore alourdi dans la nuit, estiment les secouristes.").map((q) => q.speaker), ['secouristes']);
});

test('time words between "said" and its bare clause stay out of the content', () => {
  assert.deepEqual(quotes('The rebels said on Tuesday they had seized an army post.', 'en').map((q) => q.text), ['they had seized an army post']);
});

test('"Pour" before an infinitive states a purpose, not a source', () => {
  assert.deepEqual(quotes('Pour repérer ces personnes, la loi permettra d\'étendre la surveillance électronique.'), []);
  assert.deepEqual(quotes('Pour Christiane Taubira, cette innovation va dénaturer le renseignement.').map((q) => q.speaker), ['Christiane Taubira']);
});

test('"…, said Ian Michaels, a spokesman": the subject follows, the content is before', () => {
  const q = quotes('Most repair work is halted in the cold, said Ian Michaels, a spokesman.', 'en');
  assert.ok(!q.some((x) => x.text.startsWith('Ian Michaels')));
  assert.deepEqual(quotes('Volker Türk, the UN rights chief, said the findings were grave.', 'en'), [{ text: 'the findings were grave', speaker: 'Volker Türk' }]);
});

test('base forms and passives: "Say it", "That being said" report no one', () => {
  assert.deepEqual(quotes('Say the word and publish it today.', 'en'), []);
  assert.deepEqual(quotes('That being said, people with feather pillows should not panic at all.', 'en'), []);
});

test('"who" after a comma stands for the phrase before it', () => {
  const q = quotes('Gas mains are being replaced with plastic, said the officials, who added that they were swapping 100 miles a year.', 'en');
  assert.deepEqual(q.at(-1), { text: 'they were swapping 100 miles a year', speaker: 'officials' });
});

test('« qui » with no comma stands for the noun phrase just before it', () => {
  const q = quotes("Des formulations larges inquiètent les opposants au texte qui craignent qu'elles permettent de surveiller des militants.");
  assert.deepEqual(q.map((x) => x.speaker), ['opposants au texte']);
});

test('a plural role never stands for one named person', () => {
  const q = quotes('Photo by Michael Appleton. The pipes are old, said the officials, who added that they were replacing them.', 'en');
  assert.ok(q.every((x) => x.speaker !== 'Michael Appleton'));
});
