// What a role is in charge of ("foreign minister", "top diplomat", "defence minister").
export const ROLE_PORTFOLIOS_EN: Record<string, string> = {
  foreign: 'foreign affairs', diplomat: 'foreign affairs', 'external affairs': 'foreign affairs',
  defence: 'defence', defense: 'defence', 'armed forces': 'defence', war: 'defence',
  interior: 'interior', 'home affairs': 'interior', 'home secretary': 'interior',
  finance: 'finance', economy: 'finance', treasury: 'finance', budget: 'finance',
  justice: 'justice', 'attorney general': 'justice',
  health: 'health', education: 'education', agriculture: 'agriculture', energy: 'energy',
  mines: 'mines', mining: 'mines', transport: 'transport', communication: 'communication',
  culture: 'culture', trade: 'trade', labour: 'labour', labor: 'labour', environment: 'environment',
};
