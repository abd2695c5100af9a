// Short news stories written for the tests of dedup/ and cluster/ (real facts, our own
// sentences). Each is a list of paragraphs so tests can drop, swap or truncate them.

export const LAVROV_BAMAKO_EN = [
  'Russian Foreign Minister Sergei Lavrov arrived in Bamako on Tuesday for his first visit to Mali, where the ruling junta has drawn closer to Moscow since the departure of French troops.',
  'Lavrov was received at Koulouba palace by the transitional president, Colonel Assimi Goita, before holding talks with his Malian counterpart Abdoulaye Diop on security and trade.',
  'Speaking to reporters after the meeting, Diop said Mali would not justify its choice of partners to anyone and thanked Russia for deliveries of aircraft and helicopters.',
  'Lavrov promised further help with military training and said Moscow would support Mali and its neighbours in the Sahel against armed groups linked to al-Qaeda and the Islamic State.',
  'Western governments accuse the Wagner group of abuses against civilians in central Mali, charges the authorities in Bamako reject.',
  'The minister was expected to leave the Malian capital on Wednesday, after a visit of less than a day that the state broadcaster ORTM covered live.',
];

export const LAVROV_BAMAKO_FR = [
  'Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé mardi 7 février à Bamako pour une visite inédite au Mali, allié de Moscou depuis le départ des soldats français.',
  'M. Lavrov a été reçu au palais de Koulouba par le colonel Assimi Goïta, président de la transition, puis s’est entretenu avec son homologue malien Abdoulaye Diop.',
  'Le chef de la diplomatie malienne a affirmé que le Mali n’avait pas à se justifier sur le choix de ses partenaires et a remercié la Russie pour la livraison d’avions et d’hélicoptères.',
  'Sergueï Lavrov a promis de poursuivre la formation des militaires maliens et le soutien de Moscou aux pays du Sahel face aux groupes armés liés à al-Qaida et à l’État islamique.',
  'Les capitales occidentales accusent le groupe Wagner d’exactions contre des civils dans le centre du Mali, ce que les autorités de Bamako contestent.',
];

export const DIOP_MOSCOW_EN = [
  'Malian Foreign Minister Abdoulaye Diop held talks in Moscow on Monday with his Russian counterpart Sergei Lavrov, a year after Lavrov travelled to Bamako.',
  'Diop thanked Russia for its military support to Mali and said the partnership between Bamako and Moscow had helped the army retake ground from armed groups in the north.',
  'Lavrov said Russia would keep supplying weapons and training to Mali and its Sahel neighbours Burkina Faso and Niger, which have also turned away from France.',
  'The two ministers also discussed grain and fertiliser deliveries and a project for a nuclear power plant in Mali.',
];

export const LAVROV_PRETORIA_EN = [
  'Russian Foreign Minister Sergei Lavrov met South African Foreign Minister Naledi Pandor in Pretoria on Monday, weeks before joint naval drills off the coast of KwaZulu-Natal.',
  'Pandor defended the exercises with Russia and China, saying South Africa held military drills with many countries and would not be told whom to befriend.',
  'Opposition parties in Cape Town criticised the visit, which took place a month before the anniversary of the invasion of Ukraine.',
];

export const QUAKE_TURKEY_EN = [
  'A powerful earthquake of magnitude 7.8 struck southern Turkey near the Syrian border before dawn on Monday, toppling thousands of buildings in Gaziantep, Kahramanmaras and Hatay.',
  'Rescue teams dug through the rubble in freezing rain as the death toll rose above 2,000 in Turkey and Syria, according to officials in Ankara and Damascus.',
  'A second strong quake hit the same region in the afternoon, and aftershocks continued through the night, forcing survivors to sleep in cars and tents.',
  'President Recep Tayyip Erdogan declared seven days of national mourning and said rescue teams from dozens of countries were on their way.',
];

export const QUAKE_MOROCCO_EN = [
  'A powerful earthquake of magnitude 6.8 struck the High Atlas mountains of Morocco late on Friday, killing more than 2,000 people in villages south of Marrakech.',
  'Rescue teams dug through the rubble of mud-brick houses in Al Haouz province as the death toll rose, according to the interior ministry in Rabat.',
  'Aftershocks forced survivors in Marrakech to sleep in the streets, and the old city walls were damaged.',
  'King Mohammed VI declared three days of national mourning and the army sent teams and field hospitals to the mountain villages.',
];
