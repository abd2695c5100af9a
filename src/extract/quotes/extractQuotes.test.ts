import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from './extractQuotes.js';
import { testArticle } from './testArticle.js';

function quotes(text: string, lang = 'fr') {
  return extractQuotes(testArticle(text, lang)).map((q) => ({ text: q.text, direct: q.direct, speaker: q.speakerName }));
}

const INTRO = 'Le ministre malien des Affaires étrangères, Abdoulaye Diop, a reçu lundi son homologue russe, Sergueï Lavrov.';

test('attribution after the quote, with a title resolved to the full name', () => {
  assert.deepEqual(quotes(`${INTRO} « Nous ne reviendrons pas en arrière », a déclaré M. Diop.`), [
    { text: 'Nous ne reviendrons pas en arrière', direct: true, speaker: 'Abdoulaye Diop' },
  ]);
});

test('inverted cue: the pronoun goes to the subject of the sentence before', () => {
  const q = quotes(`${INTRO}\n\nM. Lavrov a salué la visite. « Le Mali est un partenaire fiable », a-t-il ajouté.`);
  assert.equal(q.at(-1)?.speaker, 'Sergueï Lavrov');
});

test('gender agreement: "elle" skips the man to reach the woman', () => {
  const text = 'La docteure Aminata Keïta dirige le service. Son collègue Seydou Dembélé arrive.\n\n« Nous manquons de lits », explique-t-elle.';
  assert.equal(quotes(text)[0].speaker, 'Aminata Keïta');
});

test('role phrase resolved to the person the article gave that role', () => {
  const text = `${INTRO}\n\n« Cette visite ne sera pas la dernière », a résumé le chef de la diplomatie malienne.`;
  assert.equal(quotes(text)[0].speaker, 'Abdoulaye Diop');
});

test('attribution before: "X a souligné que « … »" and "X : « … »"', () => {
  assert.deepEqual(quotes(`${INTRO} Abdoulaye Diop a souligné que « rien ne changera ».`).map((q) => q.speaker), ['Abdoulaye Diop']);
  assert.deepEqual(quotes(`${INTRO} Sergueï Lavrov : « Nous resterons aux côtés du Mali. »`).map((q) => q.speaker), ['Sergueï Lavrov']);
});

test('a quote interrupted by its cue gives two quotes from one speaker', () => {
  const q = quotes(`${INTRO}\n\n« La Russie est venue à notre demande », a-t-il dit, « et elle respecte nos choix. »`);
  assert.deepEqual(q.map((x) => x.speaker), ['Abdoulaye Diop', 'Abdoulaye Diop']);
});

test('a quote over two paragraphs: each reopens with «, only the last closes', () => {
  const text = `${INTRO}\n\n« Nous avons choisi nos partenaires.\n\n« Personne ne nous dictera nos choix. »`;
  const q = quotes(text);
  assert.equal(q.length, 1);
  assert.match(q[0].text, /^Nous avons choisi[\s\S]*nos choix\.$/);
  assert.equal(q[0].speaker, 'Abdoulaye Diop');
});

test('scare quotes without a speaker are left out; partial quotes with a cue count', () => {
  const text = 'La junte parle désormais de « refondation ». Le ministre a dénoncé une « trahison » de Paris.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['trahison']);
  assert.deepEqual(quotes("L'opération « Barkhane » a pris fin en 2022."), []);
});

test('indirect speech: que-clauses, selon before and after', () => {
  const text = `${INTRO} Il a indiqué que le Mali choisirait seul ses partenaires. Selon un diplomate occidental, la visite a duré deux heures. Le retrait sera achevé en décembre, selon la MINUSMA.`;
  assert.deepEqual(quotes(text), [
    { text: 'le Mali choisirait seul ses partenaires', direct: false, speaker: 'Abdoulaye Diop' },
    { text: 'la visite a duré deux heures', direct: false, speaker: 'un diplomate occidental' },
    { text: 'Le retrait sera achevé en décembre', direct: false, speaker: 'MINUSMA' },
  ]);
});

test('mixed speech: reported words in quote marks come out once, as a direct quote', () => {
  const q = quotes(`${INTRO} M. Diop a affirmé que le pays « ne reviendra pas en arrière ».`);
  assert.deepEqual(q, [{ text: 'ne reviendra pas en arrière', direct: true, speaker: 'Abdoulaye Diop' }]);
});

test('pull quote without marks, signed by the next line', () => {
  const text = 'Nous avons fait le choix de partenaires qui respectent notre souveraineté.\nAbdoulaye Diop, ministre malien des Affaires étrangères.';
  assert.deepEqual(quotes(text), [{ text: 'Nous avons fait le choix de partenaires qui respectent notre souveraineté.', direct: true, speaker: 'Abdoulaye Diop' }]);
});

test('English: said before and after, according to, that-less reported clause', () => {
  const text = '"We will not leave," President Emmanuel Macron said. According to the ministry, the ambassador stayed. The junta said the envoy had ignored the invitation.';
  assert.deepEqual(quotes(text, 'en'), [
    { text: 'We will not leave,', direct: true, speaker: 'Emmanuel Macron' },
    { text: 'the ambassador stayed', direct: false, speaker: 'ministry' },
    { text: 'the envoy had ignored the invitation', direct: false, speaker: 'junta' },
  ]);
});

test('offsets point at the quoted words, and the speaker span at the written speaker', () => {
  const article = testArticle(`${INTRO} « Nous restons », a déclaré M. Diop.`);
  const [q] = extractQuotes(article);
  assert.equal(article.text.slice(q.start, q.end), q.text);
  assert.equal(article.text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'M. Diop');
  assert.equal(article.text.slice(q.cueSpan!.start, q.cueSpan!.end), 'a déclaré');
});

test('speaker from the mentions the entities stage found', () => {
  const text = `« Nous restons », a déclaré M. Diop.`;
  const mentions = [{ start: 28, end: 35, text: 'M. Diop', type: 'person' as const, name: 'Abdoulaye Diop' }];
  const [q] = extractQuotes(testArticle(text, 'fr', mentions));
  assert.equal(q.speakerName, 'Abdoulaye Diop');
  assert.equal(q.speakerMention, 0);
});

test('bad input never throws', () => {
  assert.deepEqual(extractQuotes(testArticle('')), []);
  assert.deepEqual(extractQuotes({ ...testArticle('« x'), lang: undefined as unknown as string }).length <= 1, true);
  assert.doesNotThrow(() => extractQuotes(testArticle('»»» «« « " “ ‘ — , a-t-il dit.')));
});

test('a short quote governed by a speech locution is a partial quote, not a scare quote', () => {
  assert.deepEqual(quotes("L'état-major général des armées a fait état de « pertes importantes » dans ses rangs."), [
    { text: 'pertes importantes', direct: true, speaker: 'état-major général des armées' },
  ]);
});

test('the signer of a pull quote keeps the mention the entities stage found', () => {
  const text = 'Nous avons fait le choix de partenaires qui respectent notre souveraineté.\nAbdoulaye Diop, ministre malien des Affaires étrangères.';
  const start = text.indexOf('Abdoulaye');
  const article = testArticle(text, 'fr', [{ start, end: start + 14, text: 'Abdoulaye Diop', type: 'person', name: 'Abdoulaye Diop' }]);
  assert.equal(extractQuotes(article)[0].speakerMention, 0);
});

test('the verb governing a partial quote speaks for it, not a verb whose object follows', () => {
  assert.deepEqual(quotes("L'ONG, évoquant des « exécutions sommaires », demande une enquête."), [
    { text: 'exécutions sommaires', direct: true, speaker: 'ONG' },
  ]);
});
