// Capitalised words that head organisations and places rather than people: a name made of
// them is a body that may speak ("le Conseil de sécurité a voté") but is never "il"/"elle".
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'conseil', 'ministère', 'ministry', 'nations', 'union', 'coordination', 'front', 'parti', 'party',
  'banque', 'bank', 'assemblée', 'assembly', 'sénat', 'senate', 'cour', 'court', 'tribunal',
  'commission', 'comité', 'committee', 'agence', 'agency', 'organisation', 'organization',
  'office', 'fédération', 'federation', 'association', 'mouvement', 'movement', 'armée', 'army',
  'forces', 'gouvernement', 'government', 'république', 'republic', 'état', 'state', 'préfecture',
  'mairie', 'élysée', 'kremlin', 'quai', 'matignon', 'onu', 'un', 'otan', 'nato', 'ue', 'eu',
  'cedeao', 'ecowas', 'minusma', 'afp', 'reuters', 'ap', 'bbc', 'rfi', 'météo-france', 'wagner',
  'groupe', 'group', 'club', 'fc', 'rc', 'losc', 'psg', 'om', 'ligue', 'league', 'institut',
  'institute', 'université', 'university', 'hôpital', 'hospital', 'police', 'gendarmerie',
  'ambassade', 'embassy', 'département', 'department', 'maison', 'house', 'white', 'blanche',
  'junta', 'junte', 'régime', 'regime', 'opposition', 'état-major', 'administration', 'autorités', 'authorities',
  'service', 'services', 'accusation', 'défense', 'parquet', 'justice', 'pastef', 'fmi', 'imf', 'unicef', 'hcr', 'unhcr', 'oms', 'who', 'croix-rouge', 'msf',
]);
