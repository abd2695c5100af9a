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

test("an app's pitch or a heading between the standfirst and the article is looked past; a caption printed twice is no standfirst", () => {
  const lead = "L'armée malienne est entrée à Kidal. La ville échappait au contrôle de l'État depuis 2012.";
  const pitch = "Suivez toute l'actualité du Sahel en direct avec l'application de votre journal";
  assert.deepEqual(
    classifyLines([lead, 'À découvrir', pitch, 'Les soldats dans la ville', P1, P2, P3]).map((v) => v.content).slice(0, 1),
    [true],
  );
  const caption = "Des soldats maliens à l'entrée de Kidal. Photo prise le 14 novembre 2023.";
  const verdicts = classifyLines([caption, caption, 'AFP', 'Par Awa Diallo', P1, P2, P3]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(0, 2), [false, false]);
});

test('a standfirst stays above a byline, a date, a picture credit and share buttons', () => {
  const lead = "L'armée malienne est entrée à Kidal. La ville échappait au contrôle de l'État depuis 2012.";
  const header = ['Par Awa Diallo', '14 novembre 2023', 'Lecture 4 min', 'Photo AFP', 'Partager', 'Facebook', 'WhatsApp', 'Copier le lien'];
  assert.deepEqual(classifyLines([lead, ...header, P1, P2, P3]).map((v) => v.content).slice(0, 1), [true]);
});

test('a lede sentence right above the article, nothing between, is the article; a headline or a caption with its credit is not', () => {
  const header = ['Accueil', 'Afrique', 'Mali', 'Par Awa Diallo', '14 novembre 2023'];
  // Short enough that the body search leaves it out, yet a sentence to its full stop, on the topic.
  const lede = 'Les forces armées maliennes sont enfin à Kidal.';
  assert.deepEqual(classifyLines([...header, lede, P1, P2, P3]).map((v) => v.content).slice(header.length), [true, true, true, true]);
  const headline = 'Les forces armées maliennes sont enfin à Kidal ?';
  assert.equal(classifyLines([...header, headline, P1, P2, P3])[header.length].content, false);
  const caption = 'Les forces armées maliennes entrent à Kidal, mardi.';
  assert.equal(classifyLines([...header, caption, 'Photo AFP', P1, P2, P3])[header.length].content, false);
});

test('the first lines of a text (its title, its date) are no lede', () => {
  const short = 'Les forces armées maliennes sont enfin à Kidal.';
  assert.deepEqual(classifyLines([short, P1, P2, P3]).map((v) => v.content), [false, true, true, true]);
});

test('a standfirst may end on a question after its first sentence, and the caption above its credit is looked past', () => {
  const lead = "L'armée malienne est entrée à Kidal après plusieurs jours d'opérations. Que va-t-il se passer maintenant pour la ville ?";
  const caption = 'Des soldats maliens patrouillent dans une rue de Kidal, mardi matin.';
  // A long article, so that the standfirst's run weighs too little to join it.
  const more = [P1, P2, P3].map((p) => p.replace(/\.$/, ', a indiqué mardi soir une source sécuritaire à Bamako.'));
  const lines = ['Accueil', 'Afrique', lead, 'Par Awa Diallo', '14 novembre 2023', 'Partager', caption, 'Photo : AFP', P1, P2, P3, ...more];
  assert.deepEqual(classifyLines(lines).map((v) => v.content).slice(2, 8), [true, false, false, false, false, false]);
});

test("a standfirst of one long sentence sharing the article's words is the article; a short one or a teaser for another story is not", () => {
  const header = ['Par Awa Diallo', '14 novembre 2023', 'Partager', 'Facebook', 'Copier le lien'];
  // A long article, so that the line's own run weighs too little to join it.
  const more = [P1, P2, P3].map((p) => p.replace(/\.$/, ', a indiqué mardi soir une source sécuritaire à Bamako.'));
  const read = (line: string) => classifyLines(['Accueil', 'Afrique', 'Mali', line, ...header, P1, P2, P3, ...more])[3].content;
  assert.equal(read("Les forces armées maliennes ont repris mardi la ville de Kidal, dans le nord du pays, après plusieurs jours d'opérations contre les rebelles."), true);
  assert.equal(read("Au Niger voisin, la junte annonce un nouveau calendrier pour les coupures de courant qui frappent Niamey depuis l'été dernier."), false);
  assert.equal(read('Les forces armées maliennes ont repris mardi la ville de Kidal.'), false);
});

test('a standfirst stays above a long header: byline, dates, reading time, a gallery label and six share targets', () => {
  const lead = "L'armée malienne est entrée à Kidal. La ville échappait au contrôle de l'État depuis 2012.";
  const header = ['Par Awa Diallo', 'Publié le 14 novembre 2023', 'Mis à jour le 15 novembre 2023', 'Lecture 4 min', 'Photo AFP', 'Galerie', 'Partager', 'Facebook', 'WhatsApp', 'Messenger', 'LinkedIn', 'Copier le lien', 'Imprimer'];
  assert.deepEqual(classifyLines([lead, ...header, P1, P2, P3]).map((v) => v.content).slice(0, 1), [true]);
});

test("a one-sentence notice between the standfirst and the article is looked past, as the caption above its credit is", () => {
  const lead = "L'armée malienne est entrée à Kidal. Que change la reprise de la ville pour la junte ?";
  const notice = "Le lien de l'article a été copié dans le presse-papiers.";
  const header = ['Par Awa Diallo', notice, '14 novembre 2023', 'Lecture 4 min'];
  assert.deepEqual(classifyLines(['Accueil', 'Afrique', lead, ...header, P1, P2, P3]).map((v) => v.content).slice(2, 3 + header.length), [true, false, false, false, false]);
});

test('a standfirst stays above a "Lire aussi" box in the header, its teaser included', () => {
  const lead = "L'armée malienne est entrée à Kidal. Toutes les informations de la journée sont à suivre ici.";
  const box = ['Lire aussi :', 'Au Niger, les militaires suspendent la coopération avec Paris'];
  const verdicts = classifyLines(['Accueil', 'Afrique', lead, 'Par Awa Diallo', ...box, 'Publicité', P1, P2, P3]).map((v) => v.content);
  assert.deepEqual(verdicts.slice(2, 6), [true, false, false, false]);
});
