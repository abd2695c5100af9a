// Development fixtures for translated duplicates (our own sentences, real facts). Each story
// holds a report, its machine translation into the other language (names garbled as a machine
// would, some with a dropped paragraph or a new lead) and an independent report of the same
// happening written in the translation's language: it shares names and figures with the
// report, but not their order paragraph by paragraph, and must stay a separate source.

export interface TranslationStory {
  name: string;
  original: { lang: 'fr' | 'en'; published: string; paragraphs: string[] };
  translation: { lang: 'fr' | 'en'; published: string; paragraphs: string[]; change: 'none' | 'dropped-paragraph' | 'new-lead' };
  independent: { lang: 'fr' | 'en'; published: string; paragraphs: string[] };
}

export const TRANSLATION_STORIES: TranslationStory[] = [
  {
    name: 'lavrov-bamako',
    original: {
      lang: 'fr',
      published: '2023-02-07T14:00:00Z',
      paragraphs: [
        'Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé mardi 7 février à Bamako, pour la première visite d’un chef de la diplomatie russe au Mali.',
        'Il a été accueilli à l’aéroport par son homologue Abdoulaye Diop, puis reçu au palais de Koulouba par le colonel Assimi Goïta, président de la transition depuis mai 2021.',
        '« La Russie est arrivée à la demande du Mali », a déclaré M. Diop, qui a remercié Moscou pour la livraison de huit avions et hélicoptères au mois de janvier.',
        'Sergueï Lavrov a promis de renforcer la formation des militaires maliens et d’étendre la coopération aux autres pays du Sahel, dont la Guinée, le Burkina Faso et le Tchad.',
        'Le Mali, où sont déployés selon Paris près de 1 500 hommes du groupe Wagner, a rompu avec la France, dont les derniers soldats sont partis en août 2022.',
      ],
    },
    translation: {
      lang: 'en',
      published: '2023-02-07T18:30:00Z',
      change: 'none',
      paragraphs: [
        'The Russian Minister of Foreign Affairs, Sergei Lavrov, arrived on Tuesday 7 February in Bamako, for the first visit of a head of Russian diplomacy to Mali.',
        'He was welcomed at the airport by his counterpart Abdullah Diop, then received at the palace of Koulouba by Colonel Assimi Goita, president of the transition since May 2021.',
        '"Russia came at the request of Mali," declared Mr. Diop, who thanked Moscow for the delivery of eight planes and helicopters in the month of January.',
        'Sergei Lavrov promised to strengthen the training of Malian soldiers and to extend cooperation to the other countries of the Sahel, including Guinea, Burkina Faso and Chad.',
        'Mali, where according to Paris nearly 1,500 men of the Wagner group are deployed, broke with France, whose last soldiers left in August 2022.',
      ],
    },
    independent: {
      lang: 'en',
      published: '2023-02-07T20:00:00Z',
      paragraphs: [
        'Mali’s foreign minister Abdoulaye Diop told reporters in Bamako on Tuesday that his country owed no one an explanation for its partnership with Russia, standing beside Sergei Lavrov.',
        'Lavrov, on the first trip by a Russian foreign minister to Mali, said Moscow would help the Sahel states, including Burkina Faso, Guinea and Chad, to fight jihadist groups.',
        'France pulled its last troops out of Mali in August 2022 after the junta of Colonel Assimi Goita, in power since 2021, turned to Russian instructors.',
        'Western capitals say about 1,500 Wagner mercenaries operate in the country. Diop again denied their presence, speaking only of Russian trainers.',
        'Russia delivered eight aircraft and helicopters to the Malian air force in January, Diop said.',
      ],
    },
  },
  {
    name: 'morocco-quake',
    original: {
      lang: 'en',
      published: '2023-09-09T08:00:00Z',
      paragraphs: [
        'A magnitude 6.8 earthquake struck Morocco’s High Atlas mountains late on Friday, killing at least 820 people and injuring 672, the interior ministry said on Saturday.',
        'The quake hit at 11:11 pm local time with its epicentre in Al Haouz province, about 72 kilometres south-west of Marrakech, according to the US Geological Survey.',
        'Most of the deaths were in Al Haouz and Taroudant, where mud-brick villages collapsed. In Marrakech, parts of the old city walls and a minaret of the Jemaa el-Fna square were damaged.',
        'King Mohammed VI ordered the army to send rescue teams and field hospitals, while Spain, France and Algeria offered help.',
      ],
    },
    translation: {
      lang: 'fr',
      published: '2023-09-09T10:15:00Z',
      change: 'none',
      paragraphs: [
        'Un séisme de magnitude 6,8 a frappé les montagnes du Haut Atlas du Maroc tard vendredi, tuant au moins 820 personnes et en blessant 672, a déclaré le ministère de l’Intérieur samedi.',
        'Le tremblement de terre a frappé à 23 h 11 heure locale avec son épicentre dans la province d’Al Haouz, à environ 72 kilomètres au sud-ouest de Marrakech, selon l’US Geological Survey.',
        'La plupart des décès ont eu lieu à Al Haouz et à Taroudant, où des villages en briques de terre se sont effondrés. À Marrakech, des parties des remparts de la vieille ville et un minaret de la place Jemaa el-Fna ont été endommagés.',
        'Le roi Mohammed VI a ordonné à l’armée d’envoyer des équipes de secours et des hôpitaux de campagne, tandis que l’Espagne, la France et l’Algérie ont offert leur aide.',
      ],
    },
    independent: {
      lang: 'fr',
      published: '2023-09-09T11:00:00Z',
      paragraphs: [
        'Le bilan ne cesse de s’alourdir. Selon le ministère de l’Intérieur, le tremblement de terre qui a secoué le Maroc dans la nuit de vendredi à samedi a fait au moins 820 morts et 672 blessés.',
        'À Marrakech, des habitants ont passé la nuit dehors, craignant les répliques. Des pans des remparts de la médina se sont effondrés, mais c’est dans les villages de la province d’Al Haouz que les dégâts sont les plus lourds.',
        'L’institut géophysique américain USGS a mesuré une magnitude de 6,8, avec un épicentre situé à 72 kilomètres de la ville, à 23 h 11.',
        'Le roi Mohammed VI a réuni une cellule de crise. L’Algérie a annoncé l’ouverture de son espace aérien aux vols humanitaires, et la France et l’Espagne se sont dites prêtes à aider.',
      ],
    },
  },
  {
    name: 'turkey-quake',
    original: {
      lang: 'fr',
      published: '2023-02-06T09:00:00Z',
      paragraphs: [
        'Un séisme de magnitude 7,8 a frappé le sud de la Turquie et le nord de la Syrie lundi 6 février à 4 h 17, faisant plus de 1 300 morts selon un premier bilan.',
        'L’épicentre se situe dans la province de Kahramanmaraş, à une profondeur de 17,9 kilomètres, selon l’institut américain USGS. Des secousses ont été ressenties jusqu’au Liban et à Chypre.',
        'En Turquie, l’agence de gestion des catastrophes AFAD fait état de 912 morts dans dix provinces, dont Gaziantep, Hatay et Diyarbakır. En Syrie, le ministère de la Santé compte au moins 326 morts.',
        'Le président Recep Tayyip Erdoğan a évoqué « la plus grande catastrophe depuis 1939 » et annoncé que 45 pays avaient proposé leur aide.',
        'Une deuxième secousse, de magnitude 7,5, a touché la même région à 13 h 24.',
      ],
    },
    translation: {
      lang: 'en',
      published: '2023-02-06T12:40:00Z',
      change: 'dropped-paragraph',
      paragraphs: [
        'An earthquake of magnitude 7.8 hit the south of Turkey and the north of Syria on Monday 6 February at 4:17, making more than 1,300 dead according to a first assessment.',
        'The epicentre is located in the province of Kahramanmaras, at a depth of 17.9 kilometres, according to the American institute USGS. Tremors were felt as far as Lebanon and Cyprus.',
        'In Turkey, President Recep Tayyip Erdogan spoke of "the biggest disaster since 1939" and announced that 45 countries had offered their help.',
        'A second shock, of magnitude 7.5, hit the same region at 13:24.',
      ],
    },
    independent: {
      lang: 'en',
      published: '2023-02-06T13:00:00Z',
      paragraphs: [
        'More than 1,300 people were killed when a 7.8 magnitude earthquake and a strong aftershock struck Turkey and Syria on Monday, flattening buildings from Gaziantep to Hatay.',
        'Turkey’s disaster agency AFAD said 912 people died in ten provinces. Syria’s health ministry reported 326 deaths in government-held areas, and rescuers in the rebel-held north-west said scores more had died.',
        'The quake struck at 4:17 am near Kahramanmaras and was felt in Cyprus and Lebanon. A second quake of magnitude 7.5 followed in the early afternoon.',
        'President Tayyip Erdogan called it the country’s worst disaster since 1939.',
      ],
    },
  },
  {
    name: 'niger-coup',
    original: {
      lang: 'en',
      published: '2023-07-28T10:00:00Z',
      paragraphs: [
        'General Abdourahamane Tiani, head of Niger’s presidential guard, declared himself leader of a transitional council on Friday, two days after his soldiers detained President Mohamed Bazoum in Niamey.',
        'In a speech on state television, Tiani said the army had acted to avoid “the gradual and inevitable demise” of the country, citing the security situation in the Tillaberi and Diffa regions.',
        'Bazoum, elected in 2021 in Niger’s first peaceful transfer of power since independence in 1960, has refused to resign, according to people close to him.',
        'The United States, which has about 1,100 troops in Niger, and France, which has 1,500, condemned the coup. The African Union gave the soldiers 15 days to return to barracks.',
      ],
    },
    translation: {
      lang: 'fr',
      published: '2023-07-28T15:00:00Z',
      change: 'new-lead',
      paragraphs: [
        'Au Niger, le chef de la garde présidentielle s’est proclamé vendredi à la tête du pays.',
        'Dans un discours à la télévision d’État, Tiani a déclaré que l’armée avait agi pour éviter « la disparition progressive et inéluctable » du pays, citant la situation sécuritaire dans les régions de Tillabéri et de Diffa.',
        'Bazoum, élu en 2021 lors de la première transition pacifique du pouvoir au Niger depuis l’indépendance en 1960, a refusé de démissionner, selon des personnes proches de lui.',
        'Les États-Unis, qui ont environ 1 100 soldats au Niger, et la France, qui en a 1 500, ont condamné le coup d’État. L’Union africaine a donné aux soldats 15 jours pour retourner dans les casernes.',
      ],
    },
    independent: {
      lang: 'fr',
      published: '2023-07-28T16:00:00Z',
      paragraphs: [
        'Le général Abdourahamane Tchiani est sorti de l’ombre. Deux jours après l’arrestation du président Mohamed Bazoum, le chef de la garde présidentielle est apparu vendredi à la télévision nationale comme président du Conseil national pour la sauvegarde de la patrie.',
        'L’Union africaine a lancé un ultimatum de 15 jours aux militaires. Washington, qui dispose de 1 100 soldats au Niger, et Paris, qui en compte 1 500, ont dénoncé le putsch.',
        'Mohamed Bazoum, premier président élu à succéder à un autre chef d’État élu depuis l’indépendance de 1960, reste retenu dans sa résidence de Niamey et refuse de signer sa démission.',
        'Le général a justifié le coup de force par la dégradation de la sécurité, notamment dans la région de Tillabéri.',
      ],
    },
  },
  {
    name: 'prigozhin-crash',
    original: {
      lang: 'fr',
      published: '2023-08-23T19:00:00Z',
      paragraphs: [
        'Un avion privé Embraer s’est écrasé mercredi 23 août dans la région de Tver, au nord-ouest de Moscou, avec dix personnes à bord, selon le ministère russe des Situations d’urgence.',
        'L’agence fédérale du transport aérien Rosaviatsia a indiqué qu’Evgueni Prigojine, le chef du groupe paramilitaire Wagner, figurait sur la liste des passagers, tout comme son bras droit Dmitri Outkine.',
        'L’appareil, qui reliait Moscou à Saint-Pétersbourg, est tombé près du village de Koujenkino peu après 18 h. Aucun survivant n’a été retrouvé.',
        'L’accident survient deux mois jour pour jour après la mutinerie de Wagner, le 23 juin, au cours de laquelle les hommes de Prigojine avaient marché vers Moscou avant de faire demi-tour.',
      ],
    },
    translation: {
      lang: 'en',
      published: '2023-08-23T22:00:00Z',
      change: 'none',
      paragraphs: [
        'A private Embraer plane crashed on Wednesday 23 August in the Tver region, north-west of Moscow, with ten people on board, according to the Russian Ministry of Emergency Situations.',
        'The federal air transport agency Rosaviatsia indicated that Yevgeny Prigozhin, the head of the paramilitary group Wagner, was on the list of passengers, as was his right arm Dmitry Utkin.',
        'The aircraft, which was connecting Moscow to Saint Petersburg, fell near the village of Kuzhenkino shortly after 18:00. No survivor was found.',
        'The accident comes two months to the day after the Wagner mutiny, on 23 June, during which the men of Prigozhin had marched towards Moscow before turning back.',
      ],
    },
    independent: {
      lang: 'en',
      published: '2023-08-23T23:00:00Z',
      paragraphs: [
        'Yevgeny Prigozhin, the Wagner chief who led a short-lived mutiny against Russia’s military leadership in June, was listed as a passenger on a plane that crashed north of Moscow on Wednesday, Russian authorities said.',
        'All ten people on board the Embraer jet were killed, the emergencies ministry said. Wagner’s co-founder Dmitry Utkin was also on the list, according to Rosaviatsia.',
        'Video shared on Telegram channels showed the plane falling from the sky near Kuzhenkino in the Tver region. It had left Moscow for St Petersburg.',
        'The crash came exactly two months after Wagner fighters seized Rostov-on-Don and marched towards Moscow on June 23 and 24.',
      ],
    },
  },
  {
    name: 'herat-quake',
    original: {
      lang: 'en',
      published: '2023-10-08T07:00:00Z',
      paragraphs: [
        'At least 2,053 people were killed when earthquakes struck western Afghanistan on Saturday, a spokesman for the Taliban government said on Sunday, making it one of the deadliest quakes in the country in two decades.',
        'The first quake, of magnitude 6.3, hit 40 kilometres north-west of the city of Herat at 11:11 am, according to the US Geological Survey, followed by strong aftershocks.',
        'Janan Sayeeq, spokesman for the ministry of disasters, said 1,240 people were injured and 1,320 houses were destroyed in 13 villages of Zinda Jan district.',
        'The World Health Organization sent 12 ambulances to the Herat regional hospital, where the wounded were treated in the open for fear of aftershocks.',
      ],
    },
    translation: {
      lang: 'fr',
      published: '2023-10-08T09:30:00Z',
      change: 'dropped-paragraph',
      paragraphs: [
        'Au moins 2 053 personnes ont été tuées lorsque des tremblements de terre ont frappé l’ouest de l’Afghanistan samedi, a déclaré dimanche un porte-parole du gouvernement taliban, ce qui en fait l’un des séismes les plus meurtriers du pays en deux décennies.',
        'Le premier séisme, de magnitude 6,3, a frappé à 40 kilomètres au nord-ouest de la ville de Hérat à 11 h 11, selon l’Institut d’études géologiques des États-Unis, suivi de fortes répliques.',
        'Janan Sayik, porte-parole du ministère des catastrophes, a déclaré que 1 240 personnes avaient été blessées et 1 320 maisons détruites dans 13 villages du district de Zenda Jan.',
      ],
    },
    independent: {
      lang: 'fr',
      published: '2023-10-08T12:00:00Z',
      paragraphs: [
        'Dans le district de Zindajan, des villages entiers ont été rasés. Les autorités talibanes ont annoncé dimanche un bilan de 2 053 morts, après une série de séismes qui a frappé samedi la province de Hérat.',
        'Le principal séisme, d’une magnitude de 6,3 selon l’USGS, s’est produit vers 11 h, à une quarantaine de kilomètres de la ville de Hérat. Huit répliques ont suivi.',
        'L’Organisation mondiale de la santé a dépêché des ambulances à l’hôpital régional, où les blessés sont soignés sous des tentes.',
        'Le porte-parole du ministère des catastrophes, Janan Sayeeq, évoque 1 240 blessés. L’Afghanistan, déjà frappé par une crise humanitaire, peine à faire face.',
      ],
    },
  },
  {
    name: 'senegal-election',
    original: {
      lang: 'fr',
      published: '2024-03-28T18:00:00Z',
      paragraphs: [
        'Bassirou Diomaye Faye a été élu président du Sénégal dès le premier tour, avec 54,28 % des voix, selon les résultats provisoires publiés jeudi 28 mars par la commission nationale de recensement des votes.',
        'Le candidat de la coalition au pouvoir, l’ancien Premier ministre Amadou Ba, arrive deuxième avec 35,79 % des suffrages. La participation s’est élevée à 61,30 %.',
        'Âgé de 44 ans, Bassirou Diomaye Faye était sorti de prison le 14 mars, dix jours avant le scrutin du 24 mars, en même temps que l’opposant Ousmane Sonko, qui l’avait désigné comme candidat.',
        'Il deviendra le plus jeune président de l’histoire du pays. Le président sortant, Macky Sall, l’a félicité dès lundi.',
      ],
    },
    translation: {
      lang: 'en',
      published: '2024-03-28T21:00:00Z',
      change: 'new-lead',
      paragraphs: [
        'Senegal has a new head of state after a turbulent campaign.',
        'The candidate of the ruling coalition, former Prime Minister Amadou Ba, comes second with 35.79% of votes. Turnout amounted to 61.30%.',
        'Aged 44, Bassirou Diomay Faye had come out of prison on March 14, ten days before the ballot of March 24, at the same time as opponent Usman Sonko, who had designated him as candidate.',
        'He will become the youngest president in the history of the country. The outgoing president, Macky Sall, congratulated him as early as Monday.',
      ],
    },
    independent: {
      lang: 'en',
      published: '2024-03-28T22:00:00Z',
      paragraphs: [
        'Senegal’s constitutional council is expected to confirm the result within days, after the national vote-counting commission said on Thursday that Bassirou Diomaye Faye had won 54.28% of the vote on March 24.',
        'Faye, 44, was released from prison on March 14 alongside his mentor Ousmane Sonko, who was barred from running and named him as his stand-in.',
        'Amadou Ba, the candidate of outgoing President Macky Sall’s coalition, took 35.79%, and turnout was 61.30%, the commission said.',
        'Sall congratulated the winner on Monday, before the official count, easing fears of a disputed result after the election was postponed in February.',
      ],
    },
  },
  {
    name: 'derna-floods',
    original: {
      lang: 'en',
      published: '2023-09-13T09:00:00Z',
      paragraphs: [
        'More than 5,300 people are dead and 10,000 missing in the Libyan city of Derna after two dams burst during Storm Daniel on Sunday night, officials of the eastern administration said on Wednesday.',
        'The Abu Mansour and Derna dams, built in the 1970s, gave way under the rain, sending a wall of water through the Wadi Derna that swept entire neighbourhoods into the Mediterranean.',
        'Othman Abdul Jalil, health minister of the eastern government, said bodies were still washing up on the beaches, and that a quarter of the city had been destroyed.',
        'The World Meteorological Organization said most deaths could have been avoided with a working warning system. Egypt, Turkey and the United Arab Emirates have sent rescue teams.',
        'The storm had earlier caused floods in Greece, Bulgaria and Turkey, killing 27 people.',
      ],
    },
    translation: {
      lang: 'fr',
      published: '2023-09-13T11:00:00Z',
      change: 'dropped-paragraph',
      paragraphs: [
        'Plus de 5 300 personnes sont mortes et 10 000 disparues dans la ville libyenne de Derna après la rupture de deux barrages pendant la tempête Daniel dimanche soir, ont déclaré mercredi des responsables de l’administration de l’Est.',
        'Les barrages d’Abou Mansour et de Derna, construits dans les années 1970, ont cédé sous la pluie, envoyant un mur d’eau à travers l’oued Derna qui a emporté des quartiers entiers dans la Méditerranée.',
        'Othman Abdeljalil, ministre de la Santé du gouvernement de l’Est, a déclaré que des corps s’échouaient encore sur les plages, et qu’un quart de la ville avait été détruit.',
        'La tempête avait auparavant causé des inondations en Grèce, en Bulgarie et en Turquie, tuant 27 personnes.',
      ],
    },
    independent: {
      lang: 'fr',
      published: '2023-09-13T14:00:00Z',
      paragraphs: [
        'La Libye compte ses morts. À Derna, ville de 100 000 habitants de l’est du pays, le bilan dépasse désormais 5 300 morts, et quelque 10 000 personnes sont portées disparues, selon les autorités de l’Est.',
        'Le ministre de la Santé Othman Abdeljalil décrit une ville dont un quart a disparu. La tempête Daniel, après avoir fait 27 morts en Grèce, en Turquie et en Bulgarie, a provoqué dimanche la rupture de deux barrages en amont.',
        'L’Organisation météorologique mondiale estime qu’un système d’alerte aurait permis d’éviter la plupart des victimes.',
        'L’Égypte, la Turquie et les Émirats arabes unis ont envoyé des secouristes. Les barrages, datant des années 1970, n’étaient plus entretenus depuis 2002.',
      ],
    },
  },
  {
    name: 'sahel-ecowas',
    original: {
      lang: 'fr',
      published: '2024-01-28T17:00:00Z',
      paragraphs: [
        'Le Mali, le Burkina Faso et le Niger ont annoncé dimanche 28 janvier leur retrait « sans délai » de la Communauté économique des États de l’Afrique de l’Ouest (Cédéao), dans un communiqué commun lu à la télévision nationale de chacun des trois pays.',
        'Les trois régimes militaires accusent l’organisation, créée en 1975, de s’être éloignée « des idéaux de ses pères fondateurs » et d’être devenue « une menace pour ses États membres ».',
        'Ils reprochent notamment à la Cédéao les sanctions imposées au Niger après le coup d’État du 26 juillet 2023, qui a renversé le président Mohamed Bazoum.',
        'Les trois pays, qui comptent ensemble environ 72 millions d’habitants, avaient formé en septembre l’Alliance des États du Sahel (AES).',
      ],
    },
    translation: {
      lang: 'en',
      published: '2024-01-28T20:00:00Z',
      change: 'none',
      paragraphs: [
        'Mali, Burkina Faso and Niger announced on Sunday 28 January their withdrawal "without delay" from the Economic Community of West African States (Cedeao), in a joint press release read on the national television of each of the three countries.',
        'The three military regimes accuse the organisation, created in 1975, of having moved away "from the ideals of its founding fathers" and of having become "a threat to its member states".',
        'They reproach in particular the Cedeao for the sanctions imposed on Niger after the coup d\'etat of 26 July 2023, which overthrew President Muhammad Bazoum.',
        'The three countries, which together count about 72 million inhabitants, had formed in September the Alliance of Sahel States (AES).',
      ],
    },
    independent: {
      lang: 'en',
      published: '2024-01-28T21:00:00Z',
      paragraphs: [
        'The juntas ruling Niger, Mali and Burkina Faso said on Sunday they were leaving ECOWAS with immediate effect, dealing a blow to the West African bloc founded in 1975.',
        'ECOWAS said it had not been formally notified. Under its treaty, a member must give a year’s notice before leaving.',
        'The bloc suspended the three countries after their coups and imposed heavy sanctions on Niger after soldiers removed President Mohamed Bazoum in July 2023.',
        'The three states, home to some 72 million people, formed the Alliance of Sahel States in September and have turned to Russia for security.',
      ],
    },
  },
  {
    name: 'notre-dame-reopening',
    original: {
      lang: 'fr',
      published: '2024-12-07T21:00:00Z',
      paragraphs: [
        'La cathédrale Notre-Dame de Paris a rouvert ses portes samedi 7 décembre, cinq ans et huit mois après l’incendie du 15 avril 2019, lors d’une cérémonie en présence d’Emmanuel Macron et de quelque 50 chefs d’État et de gouvernement.',
        'L’archevêque de Paris, Laurent Ulrich, a frappé trois fois à la grande porte avec sa crosse, taillée dans une poutre de la charpente calcinée, avant que le chœur n’entonne le premier psaume.',
        'Parmi les invités figuraient Donald Trump, élu en novembre, le prince William et Volodymyr Zelensky, que le président américain avait rencontré à l’Élysée quelques heures plus tôt.',
        'Le chantier, dirigé par Philippe Jost après la mort du général Jean-Louis Georgelin en août 2023, a mobilisé près de 2 000 artisans et coûté environ 700 millions d’euros, sur 846 millions de dons.',
        'La première messe sera célébrée dimanche 8 décembre. Le diocèse attend 15 millions de visiteurs par an, contre 12 millions avant l’incendie.',
      ],
    },
    translation: {
      lang: 'en',
      published: '2024-12-08T06:00:00Z',
      change: 'dropped-paragraph',
      paragraphs: [
        'The cathedral Notre-Dame of Paris reopened its doors on Saturday 7 December, five years and eight months after the fire of 15 April 2019, during a ceremony in the presence of Emmanuel Macron and some 50 heads of state and of government.',
        'The archbishop of Paris, Laurent Ulrich, knocked three times on the great door with his crosier, carved from a beam of the charred frame, before the choir intoned the first psalm.',
        'The worksite, directed by Philippe Jost after the death of General Jean-Louis Georgelin in August 2023, mobilised nearly 2,000 craftsmen and cost about 700 million euros, out of 846 million of donations.',
        'The first mass will be celebrated on Sunday 8 December. The diocese expects 15 million visitors per year, against 12 million before the fire.',
      ],
    },
    independent: {
      lang: 'en',
      published: '2024-12-08T08:00:00Z',
      paragraphs: [
        'Notre-Dame reopened on Saturday in front of Donald Trump, Prince William and Volodymyr Zelensky, more than five years after fire tore through its roof in April 2019.',
        'Emmanuel Macron thanked the 2,000 craftsmen who rebuilt the cathedral, and Archbishop Laurent Ulrich struck its doors three times before leading the first service.',
        'The work cost some 700 million euros, paid out of the 846 million euros given after the fire, said Philippe Jost, who took charge when General Jean-Louis Georgelin died in 2023.',
        'Up to 15 million visitors a year are expected.',
      ],
    },
  },
  {
    name: 'valencia-floods',
    original: {
      lang: 'en',
      published: '2024-10-31T12:00:00Z',
      paragraphs: [
        'Flash floods in Spain’s eastern Valencia region have killed at least 158 people, authorities said on Thursday, making it the country’s deadliest natural disaster in decades.',
        'A year’s worth of rain fell in eight hours on Tuesday in the town of Chiva, according to the weather agency AEMET, turning the streets of Paiporta and other suburbs south of Valencia into torrents.',
        'Prime Minister Pedro Sanchez declared three days of national mourning and sent 1,000 soldiers of the military emergencies unit, the UME, to search for the missing.',
        'The regional government of Carlos Mazon was criticised for sending a phone alert to residents only after 8 pm on Tuesday, when water was already pouring into homes in Paiporta.',
      ],
    },
    translation: {
      lang: 'fr',
      published: '2024-10-31T15:00:00Z',
      change: 'dropped-paragraph',
      paragraphs: [
        'Des crues soudaines dans la région de Valence, dans l’est de l’Espagne, ont tué au moins 158 personnes, ont déclaré les autorités jeudi, ce qui en fait la catastrophe naturelle la plus meurtrière du pays depuis des décennies.',
        'Le Premier ministre Pedro Sanchez a déclaré trois jours de deuil national et envoyé 1 000 soldats de l’unité militaire d’urgence, l’UME, pour rechercher les disparus.',
        'Le gouvernement régional de Carlos Mazon a été critiqué pour avoir envoyé une alerte téléphonique aux habitants seulement après 20 heures mardi, quand l’eau entrait déjà dans les maisons de Paiporta.',
      ],
    },
    independent: {
      lang: 'fr',
      published: '2024-10-31T16:00:00Z',
      paragraphs: [
        'À Paiporta, dans la banlieue sud de Valence, les habitants déblaient la boue à mains nues. Le bilan des inondations est monté jeudi à 158 morts, selon les autorités espagnoles.',
        'L’équivalent d’une année de pluie est tombé en huit heures mardi à Chiva, selon l’AEMET.',
        'Le chef du gouvernement régional, Carlos Mazon, est accusé d’avoir tardé à alerter la population : le message n’est arrivé sur les téléphones qu’après 20 heures.',
        'Pedro Sanchez a décrété trois jours de deuil national et mobilisé 1 000 militaires de l’UME.',
      ],
    },
  },
];

/**
 * Independent briefs of one happening, French and English: short, and both following the lead
 * formula (what, where, when, toll, source), so their few anchors come in much the same order.
 * The hardest negatives: two newsrooms, two sources, no translation.
 */
export const INDEPENDENT_BRIEFS: Array<{ name: string; fr: string[]; en: string[] }> = [
  {
    name: 'morocco-quake-briefs',
    fr: [
      'Un séisme de magnitude 6,8 a frappé le Maroc vendredi à 23 h 11, à 72 kilomètres de Marrakech, selon l’USGS.',
      'Le ministère de l’Intérieur fait état d’au moins 820 morts, pour la plupart dans la province d’Al Haouz. Le roi Mohammed VI a ordonné l’envoi de l’armée.',
    ],
    en: [
      'At least 820 people died when a 6.8 magnitude earthquake struck Morocco late on Friday, the interior ministry said.',
      'The USGS said the quake hit at 11:11 pm, 72 km from Marrakech. Rescue teams were sent to Al Haouz province, the worst hit.',
    ],
  },
  {
    name: 'senegal-result-briefs',
    fr: [
      'Bassirou Diomaye Faye remporte la présidentielle sénégalaise du 24 mars avec 54,28 % des voix, devant Amadou Ba (35,79 %), selon les résultats provisoires.',
      'Libéré de prison le 14 mars avec Ousmane Sonko, il devient à 44 ans le plus jeune président du Sénégal.',
    ],
    en: [
      'Opposition candidate Bassirou Diomaye Faye won Senegal’s March 24 presidential election with 54.28% of the vote, provisional results showed on Thursday.',
      'Former prime minister Amadou Ba came second with 35.79%. Faye, 44, left prison on March 14 together with Ousmane Sonko.',
    ],
  },
  {
    name: 'prigozhin-crash-briefs',
    fr: [
      'Evgueni Prigojine figurait sur la liste des passagers de l’avion Embraer qui s’est écrasé mercredi dans la région de Tver, selon Rosaviatsia. Les dix occupants sont morts.',
      'Le chef de Wagner avait mené le 23 juin une mutinerie contre l’état-major russe.',
    ],
    en: [
      'Wagner chief Yevgeny Prigozhin, who led a mutiny on June 23, was on board an Embraer jet that crashed in the Tver region on Wednesday, Rosaviatsia said.',
      'All ten people on board were killed, the emergencies ministry said.',
    ],
  },
];
