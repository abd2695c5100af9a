// What a role is in charge of, so that "ministre des Affaires étrangères" and "chef de la
// diplomatie" agree while "ministre de la Défense" disagrees. Accent-folded phrases.
export const ROLE_PORTFOLIOS_FR: Record<string, string> = {
  'affaires etrangeres': 'foreign affairs', diplomatie: 'foreign affairs', 'relations exterieures': 'foreign affairs',
  'cooperation internationale': 'foreign affairs',
  defense: 'defence', armees: 'defence', 'anciens combattants': 'defence',
  interieur: 'interior', 'administration territoriale': 'interior',
  economie: 'finance', finances: 'finance', budget: 'finance',
  justice: 'justice', 'garde des sceaux': 'justice',
  sante: 'health', education: 'education', 'enseignement': 'education', agriculture: 'agriculture',
  energie: 'energy', mines: 'mines', transports: 'transport', communication: 'communication',
  culture: 'culture', commerce: 'trade', travail: 'labour', environnement: 'environment',
};
