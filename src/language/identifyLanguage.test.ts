import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, identifyLanguage } from './identifyLanguage.js';
import type { Article } from '../article.js';

test('French and English news sentences', () => {
  assert.equal(detectLanguage('Le ministre russe des Affaires étrangères est arrivé lundi soir à Bamako.'), 'fr');
  assert.equal(detectLanguage('Russian foreign minister arrives in Bamako for talks with the junta'), 'en');
});

test('other European languages by stop words', () => {
  assert.equal(detectLanguage('Der russische Außenminister ist am Montag in Bamako eingetroffen und hat mit der Regierung gesprochen.'), 'de');
  assert.equal(detectLanguage('El ministro ruso de Asuntos Exteriores llegó el lunes a Bamako para una visita de dos días.'), 'es');
});

test('a language without a stop-word list, by trigrams', () => {
  const russian = 'Министр иностранных дел России прибыл в Бамако для переговоров с руководством страны о сотрудничестве в области безопасности и поставках зерна.';
  assert.equal(detectLanguage(russian), 'ru');
});

test('too little text: the declared language, normalised, else und', () => {
  assert.equal(detectLanguage('Bamako', 'fr-FR'), 'fr');
  assert.equal(detectLanguage('Bamako'), 'und');
});

test('a wrong declaration is overruled with a note', () => {
  const article = {
    title: 'Lavrov à Bamako',
    text: 'Le chef de la diplomatie russe a été reçu par le président de la transition, qui a salué une coopération « exemplaire ».',
    lang: 'en',
    notes: [],
  } as unknown as Article;
  const result = identifyLanguage(article);
  assert.equal(result.lang, 'fr');
  assert.equal(result.notes[0].rule, 'declared-language-overruled');
});

/** Texts the stop-word vote once mislabelled, or left und, and what they are. */
const CASES: Array<{ why: string; text: string; lang: string }> = [
  {
    why: 'Vietnamese lends Italian "di", "che", "non": too few of its words to vote',
    text: 'Chính phủ Việt Nam đã công bố kế hoạch xây dựng đường sắt tốc độ cao nối Hà Nội với Thành phố Hồ Chí Minh, dài hơn 1.500 km, với tổng vốn đầu tư khoảng 67 tỷ đô la. Dự án sẽ bắt đầu vào năm 2027 và không dừng lại ở đó.',
    lang: 'vi',
  },
  {
    why: 'Czech is dense in Portuguese "se", "na", "do": its own list outvotes them',
    text: 'Česká vláda schválila v pondělí návrh rozpočtu na příští rok, který počítá se schodkem 230 miliard korun. Ministr financí řekl, že se deficit bude dále snižovat a že na obranu půjdou dvě procenta HDP.',
    lang: 'cs',
  },
  {
    why: 'Norwegian, told from Danish and Swedish by the words they do not share',
    text: 'Regjeringen la fram statsbudsjettet for neste år på tirsdag. Finansministeren sier at det blir brukt mer penger på forsvar og helse, og at skattene ikke skal økes etter valget.',
    lang: 'nb',
  },
  {
    why: 'Swedish',
    text: 'Regeringen presenterade på tisdagen sin budget för nästa år. Finansministern säger att mer pengar går till försvaret och att skatterna inte ska höjas efter valet.',
    lang: 'sv',
  },
  {
    why: 'Danish',
    text: 'Regeringen fremlagde tirsdag sit forslag til finansloven for næste år. Finansministeren siger, at der bliver brugt flere penge på forsvaret, og at skatterne ikke skal hæves efter valget.',
    lang: 'da',
  },
  {
    why: 'Indonesian, which the trigram model reads as Malay',
    text: 'Pemerintah akan memindahkan ibu kota dari Jakarta ke Nusantara di Kalimantan Timur karena Jakarta sudah terlalu padat dan tenggelam setiap tahun, kata menteri tersebut dalam konferensi pers pada hari Senin.',
    lang: 'id',
  },
  { why: 'a headline with two words only English lists', text: 'Lindsay Lohan checks into rehab at Betty Ford', lang: 'en' },
  { why: 'a headline whose one function word four lists share', text: 'Brand in Betrieb in Lichterfelde', lang: 'und' },
];

for (const { why, text, lang } of CASES) {
  test(`${lang}: ${why}`, () => assert.equal(detectLanguage(text), lang));
}

test('a text mostly in another script is not voted English for its English words', () => {
  const japanese = '新しいサービスの発表会が東京で開かれ、担当者は for the enterprise という言葉を何度も使いました。価格は来月発表される予定で、対応する端末は今年の秋から順番に増えていくということです。利用者の声を聞きながら、機能を少しずつ追加していく方針だと説明しました。';
  assert.notEqual(detectLanguage(japanese), 'en');
});
