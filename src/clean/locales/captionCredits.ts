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
];
