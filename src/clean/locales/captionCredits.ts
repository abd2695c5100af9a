// Credits closing a photo caption, in the languages of our sources. Matched case-insensitively.

/** Labels before a colon or "by": "Photo: Sahel Monitor", "Crédit : AFP", "Bildrechte: MDR". */
export const CAPTION_LABELS: readonly string[] = [
  'photo', 'photos', 'photograph', 'photography', 'photographie', 'foto', 'fotos', 'fotografía',
  'map', 'carte', 'infographie', 'graphic', 'grafik', 'image', 'images', 'picture', 'illustration',
  'credit', 'credits', 'crédit', 'crédits', 'crédit photo', 'image credit', 'photo credit',
  'bild', 'bildrechte', 'bildquelle',
];

/** Sources a caption credits in parentheses: "(AFP)", "(Archives)", "(DR)", "(Getty Images)". */
export const CREDIT_SOURCES: readonly string[] = [
  'AFP', 'Reuters', 'AP', 'EPA', 'dpa', 'ANP', 'Belga', 'Keystone', 'Getty Images', 'Getty',
  'DR', 'Archives', 'archive', 'archive photo', 'file photo', 'file', 'photo d\'archives',
  'Shutterstock', 'iStock', 'imago', 'Xinhua', 'Sipa', 'Hans Lucas', 'Bloomberg',
  // An archive or stock picture, as German captions say: "Steffen Kauert erklärt … (Archivbild)".
  'Archivbild', 'Archivfoto', 'Symbolbild', 'Symbolfoto',
];

/**
 * Picture agencies and wire services a photo credit ends with after a slash: "Ammar Awad /
 * Reuters", "Noel Celis/AFP via Getty Images", "Philipp von Ditfurth/dpa".
 */
export const PHOTO_AGENCIES: readonly string[] = [
  'AFP', 'Reuters', 'AP', 'EPA', 'dpa', 'ANP', 'Belga', 'Keystone', 'Getty Images', 'Getty', 'Shutterstock',
  'iStock', 'iStockphoto', 'imago', 'Xinhua', 'Sipa', 'Bloomberg', 'PA', 'AAP', 'Anadolu', 'Alamy',
  'picture alliance', 'MAXPPP', 'ZUMA', 'NurPhoto', 'Hans Lucas', 'Abaca', 'SOPA Images', 'Pool',
  'The Associated Press', 'Associated Press', 'The Canadian Press', 'Canadian Press', 'Science Photo Library',
];
