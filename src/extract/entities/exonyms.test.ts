// Names are the only signal that crosses languages: a French and an English report of one
// happening meet when their places get one key. Pairs as the French and the English press write
// them, countries first (ISO names are often not the ones the press uses), then major cities.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../../article.js';
import { keysOf } from './entityKeys.js';
import { demonymOf } from './gazetteer.js';
import { foldName } from './normalizeName.js';

const COUNTRIES: [string, string][] = [
  ['Birmanie', 'Myanmar'], ['Birmanie', 'Burma'], ["Côte d'Ivoire", 'Ivory Coast'], ['Côte d’Ivoire', "Cote d'Ivoire"],
  ['Tchad', 'Chad'], ['Pays-Bas', 'Netherlands'], ['Royaume-Uni', 'United Kingdom'], ['Royaume-Uni', 'UK'],
  ['Émirats arabes unis', 'United Arab Emirates'], ['EAU', 'UAE'], ['Corée du Sud', 'South Korea'],
  ['Corée du Nord', 'North Korea'], ['Turquie', 'Turkey'], ['Turquie', 'Türkiye'], ['Thaïlande', 'Thailand'],
  ['Maroc', 'Morocco'], ['Égypte', 'Egypt'], ['Arabie saoudite', 'Saudi Arabia'], ['Liban', 'Lebanon'],
  ['Irak', 'Iraq'], ['Jordanie', 'Jordan'], ['Cap-Vert', 'Cape Verde'], ['Cap-Vert', 'Cabo Verde'],
  ['Guinée équatoriale', 'Equatorial Guinea'], ['Guinée-Bissau', 'Guinea-Bissau'], ['Afrique du Sud', 'South Africa'],
  ['Soudan du Sud', 'South Sudan'], ['Nouvelle-Zélande', 'New Zealand'], ['États-Unis', 'United States'],
  ['Allemagne', 'Germany'], ['Espagne', 'Spain'], ['Suisse', 'Switzerland'], ['Mexique', 'Mexico'],
  ['Algérie', 'Algeria'], ['Libye', 'Libya'], ['Tunisie', 'Tunisia'], ['Nigéria', 'Nigeria'],
  ['Sénégal', 'Senegal'], ['Mauritanie', 'Mauritania'], ['Cameroun', 'Cameroon'], ['Bénin', 'Benin'],
  ['Éthiopie', 'Ethiopia'], ['Somalie', 'Somalia'], ['Tanzanie', 'Tanzania'], ['Ouganda', 'Uganda'],
  ['RDC', 'DR Congo'], ['Centrafrique', 'Central African Republic'], ['Moldavie', 'Moldova'],
  ['Biélorussie', 'Belarus'], ['Tchéquie', 'Czech Republic'], ['Timor oriental', 'East Timor'],
  ['Saint-Siège', 'Holy See'], ['Vatican', 'Holy See'], ['Cambodge', 'Cambodia'], ['Birmanie', 'Myanmar'],
  ['Syrie', 'Syria'], ['Russie', 'Russia'], ['Chine', 'China'], ['Inde', 'India'], ['Japon', 'Japan'],
  ['Grèce', 'Greece'], ['Chypre', 'Cyprus'], ['Géorgie', 'Georgia'], ['Arménie', 'Armenia'],
  ['Azerbaïdjan', 'Azerbaijan'], ['Koweït', 'Kuwait'], ['Yémen', 'Yemen'], ['Territoires palestiniens', 'Palestinian territories'],
  ['Île Maurice', 'Mauritius'], ['Swaziland', 'Eswatini'], ['Guyane', 'French Guiana'],
];

const CITIES: [string, string][] = [
  ['Rangoun', 'Yangon'], ['Pékin', 'Beijing'], ['Moscou', 'Moscow'], ['Le Caire', 'Cairo'], ['Alger', 'Algiers'],
  ['Tanger', 'Tangier'], ['Katmandou', 'Kathmandu'], ['Bakou', 'Baku'], ['Tbilissi', 'Tbilisi'], ['Erevan', 'Yerevan'],
  ['La Mecque', 'Mecca'], ['Djeddah', 'Jeddah'], ['Naplouse', 'Nablus'], ['Antioche', 'Antakya'], ['Odessa', 'Odesa'],
  ['Cracovie', 'Kraków'], ['Varsovie', 'Warsaw'], ['Londres', 'London'], ['Genève', 'Geneva'], ['Hô Chi Minh-Ville', 'Ho Chi Minh City'],
  ['Sındırgı', 'Sindirgi'], ['Nay Pyi Taw', 'Naypyidaw'],
];

function placeKeyOf(name: string): string {
  const mention: EntityMention = { start: 0, end: name.length, text: name, type: 'location', name };
  return keysOf(mention, 'e1')[0]!;
}

test('French and English names of a country give one place key', () => {
  for (const [fr, en] of COUNTRIES) assert.equal(placeKeyOf(fr), placeKeyOf(en), `${fr} / ${en}`);
});

test('French and English names of a major city give one place key', () => {
  for (const [fr, en] of CITIES) assert.equal(placeKeyOf(fr), placeKeyOf(en), `${fr} / ${en}`);
});

test('neighbours keep their own keys', () => {
  const apart: [string, string][] = [
    ['Guinée', 'Guinée-Bissau'], ['Guinée', 'Guinée équatoriale'], ['Congo', 'RDC'], ['Soudan', 'Soudan du Sud'],
    ['Niger', 'Nigeria'], ['Corée du Sud', 'Corée du Nord'], ['Guyane', 'Guyana'], ['Dominique', 'République dominicaine'],
    ['Autriche', 'Australie'], ['Irlande', 'Irlande du Nord'], ['Birmanie', 'Thaïlande'],
  ];
  for (const [a, b] of apart) assert.notEqual(placeKeyOf(a), placeKeyOf(b), `${a} / ${b}`);
});

test('French and English nationality adjectives name one country', () => {
  const pairs: [string, string][] = [
    ['birmane', 'Burmese'], ['ivoirienne', 'Ivorian'], ['tchadiens', 'Chadian'], ['néerlandaise', 'Dutch'],
    ['britanniques', 'British'], ['sud-coréenne', 'South Korean'], ['thaïlandaise', 'Thai'], ['turque', 'Turkish'],
    ['nigérienne', 'Nigerien'], ['philippins', 'Filipino'], ['tanzanienne', 'Tanzanian'],
  ];
  for (const [fr, en] of pairs) {
    const code = demonymOf(foldName(fr));
    assert.ok(code, fr);
    assert.equal(code, demonymOf(foldName(en)), `${fr} / ${en}`);
  }
});
