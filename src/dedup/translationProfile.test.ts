import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeProfile, distinctAnchors, encodeProfile, translationProfile } from './translationProfile.js';

const sorted = (text: string) => [...translationProfile(text).anchors].sort();

describe('translationProfile', () => {
  it('gives a sentence and its translation the same anchors: names, week day, day, month', () => {
    assert.deepEqual(
      sorted('Sergueï Lavrov est arrivé mardi 7 février à Bamako.'),
      sorted('Sergei Lavrov arrived in Bamako on Tuesday, February 7.'),
    );
  });

  it('reads figures in either language’s spelling as one figure', () => {
    assert.deepEqual(sorted('Près de 1 500 hommes, une magnitude de 6,8.'), sorted('Nearly 1,500 men, a magnitude of 6.8.'));
  });

  it('folds exonyms and nationalities to the country', () => {
    assert.deepEqual(sorted('Le séisme au Maroc, selon le ministère marocain.'), sorted('The quake in Morocco, said the Moroccan ministry.'));
  });

  it('keeps a capitalised sentence opener only when the text also writes it mid-sentence', () => {
    const profile = translationProfile('Lavrov met Diop. Yesterday the talks ended. The minister left and Lavrov stayed.');
    assert.equal(distinctAnchors(profile).length, 2);
  });

  it('leaves titles out, and "may" unless it is the month', () => {
    assert.deepEqual(sorted('Foreign Minister Sergei Lavrov may come.'), sorted('le ministre Sergueï Lavrov.'));
    assert.equal(translationProfile('They met in May and may meet again.').anchors.length, 1);
  });

  it('reads words named like Object.prototype’s members as plain words', () => {
    assert.equal(translationProfile('The constructor and the toString of hasOwnProperty, in Paris.').anchors.length, 1);
  });

  it('keeps one entry per paragraph holding anchors, with its length', () => {
    const profile = translationProfile('We saw Lavrov in Bamako.\n\nno names here.\n\nWe saw Diop in Moscow.');
    assert.deepEqual([...profile.ends], [2, 4]);
    assert.deepEqual([...profile.lengths], [24, 22]);
  });

  it('cuts a text written as one block into its sentences, an anchorless sentence lending its length to the next', () => {
    const profile = translationProfile('We saw Lavrov in Bamako. Nothing else happened. We saw Diop in Moscow.');
    assert.equal(profile.sentences, true);
    assert.deepEqual([...profile.ends], [2, 4]);
    assert.deepEqual([...profile.lengths], [24, 45]);
  });

  it('survives encoding, sentence units included', () => {
    const block = translationProfile('Lavrov in Bamako on 7 February. Diop in Moscow with 1,500 men.');
    assert.deepEqual(decodeProfile(encodeProfile(block)), block);
  });

  it('records where the function words of a text of unknown language lean, and only then', () => {
    assert.equal(translationProfile('Lavrov met Diop at the airport in Bamako.', 'und').lean, 'en');
    assert.equal(translationProfile('Lavrov a rencontré Diop à Bamako mardi.').lean, 'fr');
    assert.equal(translationProfile('Lavrov met Diop at the airport in Bamako.', 'en').lean, null);
    assert.equal(translationProfile('Lavrov, Diop, Bamako: 7/2.', 'und').lean, null);
    const profile = translationProfile('Lavrov met Diop at the airport in Bamako.\nDiop in Moscow with 1,500 men.', 'und');
    assert.deepEqual(decodeProfile(encodeProfile(profile)), profile);
  });

  it('survives encoding', () => {
    const profile = translationProfile('Lavrov in Bamako on 7 February.\nDiop in Moscow with 1,500 men.');
    assert.deepEqual(decodeProfile(encodeProfile(profile)), profile);
  });
});
