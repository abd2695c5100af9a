// Place names the world-cities data (English/local spellings) and the ISO country names do not
// give: French exonyms of cities, regions, continents, seas, and historical names.
// Country names come from i18n-iso-countries (see ../gazetteer.ts); these complete them.
//
// An entry is one place: a name, or the list of its spellings across languages, so that an
// English article's "Moscow" and a French one's "Moscou" are one place ("Moscou" names it).
// Spellings that differ only by accents, hyphens, spaces or a final mute e need no entry: place
// keys fold them already ("Tinzaouatène" = "Tin Zaouatene").

/** A place's name, or its spellings across languages, canonical first. */
export type PlaceEntry = string | string[];

/** French and English exonyms of cities, written by us. */
export const CITIES: PlaceEntry[] = [
  // Sahel and West Africa
  'Bamako', ['Tombouctou', 'Timbuktu'], 'Gao', 'Kidal', 'Mopti', 'Ménaka', 'Ségou', 'Sikasso', 'Kayes',
  'Niamey', 'Ouagadougou', 'Dakar', 'Nouakchott', 'Abidjan', 'Yamoussoukro', 'Conakry', 'Lomé',
  'Cotonou', 'Porto-Novo', 'Accra', 'Abuja', 'Lagos', ['Ndjamena', "N'Djamena"], 'Agadez', 'Tillabéri',
  'Diffa', 'Bobo-Dioulasso', 'Djibo', 'Freetown', 'Monrovia', 'Banjul', 'Bissau',
  // Africa
  ['Alger', 'Algiers'], 'Tunis', 'Rabat', 'Casablanca', ['Marrakech', 'Marrakesh'], 'Agadir', ['Fès', 'Fez'], ['Tanger', 'Tangier'], 'Tripoli',
  ['Syrte', 'Sirte'], ['Misrata', 'Misurata'], ['Port-Soudan', 'Port Sudan'], ['Alexandrie', 'Alexandria'],
  ['Louxor', 'Luxor'], ['Assouan', 'Aswan'], 'Benghazi', ['Le Caire', 'Cairo'],
  'Khartoum', ['Addis-Abeba', 'Addis Ababa'], 'Nairobi', 'Kinshasa', 'Brazzaville', 'Bangui', 'Yaoundé',
  'Douala', 'Libreville', 'Luanda', 'Kigali', 'Goma', ['Mogadiscio', 'Mogadishu'], 'Pretoria',
  'Johannesburg', ['Le Cap', 'Cape Town'], 'Antananarivo', 'Djibouti',
  // Europe
  'Paris', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux',
  'Lille', 'Rennes', 'Reims', 'Toulon', 'Grenoble', 'Dijon', 'Brest', 'Rouen', 'Metz', 'Nancy',
  'Versailles', 'Ajaccio', 'Bastia', 'Calais', 'Le Havre', 'Saint-Étienne', 'Clermont-Ferrand',
  ['Londres', 'London'], ['Bruxelles', 'Brussels'], ['Genève', 'Geneva'], 'Lausanne', ['Berne', 'Bern'],
  'Zurich', ['Bâle', 'Basel'], 'Neuchâtel', 'Fribourg', 'Sion', 'Lucerne', 'Lugano', 'Luxembourg',
  'Berlin', 'Munich', ['Hambourg', 'Hamburg'], ['Francfort', 'Frankfurt'], 'Cologne', ['Vienne', 'Vienna'],
  'Rome', 'Milan', 'Naples', 'Turin', ['Venise', 'Venice'], 'Florence', ['Gênes', 'Genoa'],
  'Madrid', ['Barcelone', 'Barcelona'], 'Séville', ['Lisbonne', 'Lisbon'], 'Amsterdam', ['La Haye', 'The Hague'], 'Rotterdam', ['Anvers', 'Antwerp'], 'Liège', ['Copenhague', 'Copenhagen'], 'Stockholm',
  'Oslo', 'Helsinki', ['Varsovie', 'Warsaw'], 'Prague', 'Budapest', ['Bucarest', 'Bucharest'], 'Sofia',
  ['Athènes', 'Athens'], 'Belgrade', 'Zagreb', 'Dublin', ['Édimbourg', 'Edinburgh'], 'Strasbourg',
  ['Moscou', 'Moscow'], ['Saint-Pétersbourg', 'St Petersburg'], ['Kiev', 'Kyiv'], ['Kharkiv', 'Kharkov'],
  ['Odessa', 'Odesa'], ['Lviv', 'Lvov'], ['Zaporijia', 'Zaporizhzhia'], 'Kherson', ['Marioupol', 'Mariupol'], ['Bakhmout', 'Bakhmut'], 'Minsk', 'Vilnius', 'Riga', 'Tallinn',
  'Istanbul', 'Constantinople', 'Ankara', ['Sotchi', 'Sochi'],
  // Middle East and Asia
  ['Jérusalem', 'Jerusalem'], ['Tel-Aviv', 'Tel Aviv'], 'Gaza', ['Beyrouth', 'Beirut'], ['Damas', 'Damascus'],
  ['Alep', 'Aleppo'], ['Bagdad', 'Baghdad'], ['Mossoul', 'Mosul'], ['Téhéran', 'Tehran'], ['Riyad', 'Riyadh'],
  'Doha', ['Dubaï', 'Dubai'], ['Abou Dhabi', 'Abu Dhabi'], 'Amman', 'Sanaa', ['Kaboul', 'Kabul'], ['Hérat', 'Herat'],
  'Islamabad', 'New Delhi', 'Delhi', ['Bombay', 'Mumbai'], ['Pékin', 'Beijing'], 'Shanghai', 'Hong Kong',
  'Tokyo', ['Séoul', 'Seoul'], 'Pyongyang', 'Taipei', 'Bangkok', ['Hanoï', 'Hanoi'], ['Manille', 'Manila'],
  'Jakarta', ['Singapour', 'Singapore'], 'Canton', 'Astana',
  ['Rangoun', 'Yangon', 'Rangoon'], ['Naypyidaw', 'Nay Pyi Taw'], 'Mandalay', ['Katmandou', 'Kathmandu'],
  ['Calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Hô Chi Minh-Ville', 'Ho Chi Minh City', 'Saïgon'],
  'Phnom Penh', ['Oulan-Bator', 'Ulaanbaatar'], ['Tachkent', 'Tashkent'], ['Bichkek', 'Bishkek'],
  ['Douchanbé', 'Dushanbe'], ['Achgabat', 'Ashgabat'], ['Erevan', 'Yerevan'], ['Tbilissi', 'Tbilisi'],
  ['Bakou', 'Baku'], ['Mascate', 'Muscat'], ['La Mecque', 'Mecca'], ['Médine', 'Medina'],
  ['Djeddah', 'Jeddah'], ['Bassora', 'Basra'], ['Naplouse', 'Nablus'], ['Jénine', 'Jenin'],
  ['Hébron', 'Hebron'], ['Khan Younès', 'Khan Younis'], 'Rafah', 'Ramallah',
  ['Antioche', 'Antakya'], ['Smyrne', 'Izmir'],
  // Americas and Oceania
  'Washington', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Boston', 'Miami',
  ['La Nouvelle-Orléans', 'New Orleans'], ['Philadelphie', 'Philadelphia'], 'Ottawa', ['Montréal', 'Montreal'], 'Québec', 'Toronto', 'Vancouver', 'Mexico', ['La Havane', 'Havana'], 'Caracas', ['Bogota', 'Bogotá'], 'Lima', 'Santiago', 'Buenos Aires', 'Rio de Janeiro', 'São Paulo', ['Brasilia', 'Brasília'],
  'Port-au-Prince', 'Sydney',
  // older and other French exonyms
  'Modène', 'Bologne', 'Pise', 'Parme', 'Vérone', 'Padoue', 'Trieste', 'Palerme', 'Messine',
  'Tokio', 'Memel', 'Salonique', 'Andrinople', 'Sébastopol', 'Varna',
  ['Cracovie', 'Kraków', 'Krakow'], ['Dantzig', 'Gdańsk'], 'Breslau', 'Königsberg', 'Stettin', 'Aix-la-Chapelle', 'Mayence', 'Trèves',
  'Coblence', 'Ratisbonne', 'Nuremberg', 'Augsbourg', 'Fribourg-en-Brisgau', 'Constance',
  'Brême', 'Lubeck', 'Leipzig', 'Dresde', 'Stuttgart', 'Carlsruhe', 'Karlsruhe', 'Mannheim',
  'Strasbourg', 'Mulhouse', 'Colmar', 'Besançon', 'Annecy', 'Chambéry', 'Boulogne', 'Dunkerque',
  'Cherbourg', 'Orléans', 'Tours', 'Poitiers', 'Limoges', 'Angers', 'Le Mans', 'Caen', 'Amiens',
  'Avignon', 'Nîmes', 'Perpignan', 'Bayonne', 'Pau', 'Biarritz', 'Vichy', 'Montreux', 'Vevey',
  'Yverdon', 'Morges', 'Nyon', 'Bienne', 'La Chaux-de-Fonds', 'Le Locle', 'Delémont', 'Thoune',
  'Interlaken', 'Coire', 'Saint-Moritz', 'Davos', 'Schaffhouse', 'Winterthour', 'Sierre', 'Martigny',
  'Monthey', 'Aigle', 'Moudon', 'Payerne', 'Rolle', 'Coppet', 'Melbourne', 'Canberra', 'Nouméa',
];

/** Regions, continents, seas, rivers, mountains and historical states. */
export const REGIONS: PlaceEntry[] = [
  'Sahel', 'Sahara', ['Afrique', 'Africa'], ["Afrique de l'Ouest", 'West Africa'], ['Afrique du Nord', 'North Africa'], 'Maghreb', 'Europe', ['Asie', 'Asia'], ['Amérique', 'America'], ['Amérique latine', 'Latin America'], ['Océanie', 'Oceania'], 'Antarctique', ['Moyen-Orient', 'Middle East'], 'Proche-Orient',
  'Occident', 'Orient', 'Extrême-Orient', 'Balkans', ['Caucase', 'Caucasus'], 'Scandinavie',
  ['Méditerranée', 'Mediterranean'], ['Atlantique', 'Atlantic'], ['Pacifique', 'Pacific'], 'Manche',
  ['mer Noire', 'Black Sea'], ['mer Rouge', 'Red Sea'], 'mer Baltique', 'Baltique', ['golfe de Guinée', 'Gulf of Guinea'], 'golfe Persique', 'Niger', ['Nil', 'Nile'], ['Rhin', 'Rhine'], 'Rhône', 'Seine',
  'Loire', 'Danube', 'Volga', ['Alpes', 'Alps'], 'Pyrénées', 'Jura', 'Himalaya', 'Liptako-Gourma',
  'Azawad', ['Donbass', 'Donbas'], ['Crimée', 'Crimea'], ['Cisjordanie', 'West Bank'], 'Kurdistan',
  ['Darfour', 'Darfur'], 'Cyrénaïque', ['Tigré', 'Tigray'], 'Kivu', ['Sinaï', 'Sinai'], 'Corse', 'Bretagne',
  'Normandie', 'Alsace', 'Lorraine', 'Provence', 'Savoie', 'Bourgogne', 'Picardie', 'Champagne',
  'Île-de-France', 'Languedoc', 'Aquitaine', 'Flandre', 'Wallonie', 'Valais', 'Tessin', 'Vaud',
  ['Bavière', 'Bavaria'], ['Prusse', 'Prussia'], 'Saxe', 'Silésie', 'Bohême', 'Tyrol', 'Alsace-Lorraine',
  'Catalogne', 'Andalousie', 'Sicile', 'Sardaigne', 'Lombardie', 'Piémont', 'Toscane', ['Écosse', 'Scotland'], ['Angleterre', 'England'], ['Irlande du Nord', 'Northern Ireland'], ['Pays de Galles', 'Wales'], ['Californie', 'California'], 'Texas', ['Floride', 'Florida'], ['Sibérie', 'Siberia'], 'Tchétchénie', 'Transvaal',
  'Indochine', 'Tonkin', 'Annam', 'Mandchourie', 'Turquie d\'Europe', 'Autriche-Hongrie',
  // Swiss cantons, German lands and French departments as French writes them
  'Argovie', 'Thurgovie', 'Grisons', 'Saint-Gall', 'Appenzell', 'Schaffhouse', 'Soleure', 'Zoug',
  'Glaris', 'Uri', 'Schwytz', 'Unterwald', 'Nidwald', 'Obwald', 'Bâle-Campagne', 'Léman',
  'Wurtemberg', 'Bade', 'Hesse', 'Thuringe', 'Westphalie', 'Rhénanie', 'Poméranie', 'Brandebourg',
  'Mecklembourg', 'Hanovre', 'Sarre', 'Ruhr', 'Vosges', 'Ardennes', 'Deux-Sèvres', 'Gironde',
  'Dordogne', 'Finistère', 'Morbihan', 'Haute-Savoie', 'Isère', 'Var', 'Gard', 'Hérault', 'Somme',
  'Marne', 'Moselle', 'Meuse', 'Bas-Rhin', 'Haut-Rhin', 'Doubs', 'Ain', 'Nord', 'Pas-de-Calais',
  'Seine-Saint-Denis', 'Val-de-Marne', 'Hauts-de-Seine', 'Essonne', 'Yvelines', 'Val-d\'Oise',
  'Bouches-du-Rhône', 'Alpes-Maritimes', 'Haute-Garonne', 'Loire-Atlantique', 'Touraine', 'Anjou',
  'Berry', 'Auvergne', 'Limousin', 'Poitou', 'Gascogne', 'Roussillon', 'Dauphiné', 'Franche-Comté',
  'Laponie', 'Roumélie', 'Macédoine', 'Thrace', 'Anatolie', 'Asie Mineure', 'Asie-Mineure',
  ['Amérique du Nord', 'North America'], ['Amérique du Sud', 'South America'], 'Amérique centrale',
  'Afrique du Sud', 'Afrique australe', 'Afrique orientale', 'Afrique équatoriale', 'Sahara occidental',
  'URSS', ['Union soviétique', 'Soviet Union'], 'Yougoslavie', 'Tchécoslovaquie', 'Perse', 'Siam',
  'Ceylan', 'Abyssinie', 'Haute-Volta', 'Zaïre', 'Rhodésie',
];

/** Countries as newspapers name them when the ISO name is formal ("États-Unis d'Amérique"). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['États-Unis', 'Etats-Unis', 'USA', 'United States', 'US', 'Amérique'],
  GB: ['Royaume-Uni', 'Grande-Bretagne', 'UK', 'Britain', 'Great Britain', 'United Kingdom'],
  RU: ['Russie', 'Russia', 'Fédération de Russie'],
  CD: ['RDC', 'RD Congo', 'République démocratique du Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CF: ['Centrafrique', 'République centrafricaine', 'Central African Republic'],
  KR: ['Corée du Sud', 'South Korea'],
  KP: ['Corée du Nord', 'North Korea'],
  NL: ['Pays-Bas', 'Hollande', 'Netherlands', 'Holland'],
  DE: ['Allemagne', 'Germany'],
  CZ: ['République tchèque', 'Tchéquie', 'Czech Republic'],
  SY: ['Syrie', 'Syria'],
  IR: ['Iran'],
  VN: ['Vietnam', 'Viêt Nam'],
  PS: ['Palestine', 'Territoires palestiniens', 'Palestinian territories'],
  TW: ['Taïwan', 'Taiwan'],
  BF: ['Burkina', 'Burkina Faso'],
  TD: ['Tchad', 'Chad'],
  // The names the press uses where the ISO lists give another, in French or in English.
  MM: ['Birmanie', 'Burma', 'Myanmar'],
  AE: ['EAU', 'Émirats', 'UAE'],
  TZ: ['Tanzanie', 'Tanzania'],
  MD: ['Moldavie', 'Moldova'],
  MU: ['Île Maurice', 'Mauritius'],
  CV: ['Cap-Vert', 'Cabo Verde', 'Cape Verde'],
  SZ: ['Eswatini', 'Swaziland'],
  TL: ['Timor oriental', 'East Timor', 'Timor-Leste'],
  VA: ['Vatican', 'Cité du Vatican', 'Vatican City', 'Saint-Siège', 'Holy See'],
  BN: ['Brunei', 'Brunéi'],
  FM: ['Micronésie', 'Micronesia'],
  SR: ['Suriname', 'Surinam'],
  MO: ['Macao', 'Macau'],
  RE: ['La Réunion', 'Réunion'],
  GF: ['Guyane', 'Guyane française', 'French Guiana'],
  KH: ['Cambodge', 'Cambodia'],
  LA: ['Laos'],
  BO: ['Bolivie', 'Bolivia'],
  VE: ['Venezuela'],
};
