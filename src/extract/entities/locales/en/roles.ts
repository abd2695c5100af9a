// English functions (see fr/roles.ts). English puts modifiers first ("Russian Foreign Minister
// Sergei Lavrov"), so heads here are the last word of the role.
export const FUNCTION_HEADS_EN: string[] = [
  'foreign minister', 'prime minister', 'defence minister', 'defense minister', 'interior minister',
  'finance minister', 'secretary of state', 'secretary-general', 'secretary general', 'chief of staff',
  'head of state', 'junta leader', 'top diplomat', 'vice president', 'vice-president', 'president',
  'minister', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'director', 'senator', 'governor', 'mayor', 'judge', 'prosecutor', 'commissioner', 'leader',
  'founder', 'chief', 'head', 'chairman', 'chairwoman', 'ceo', 'representative', 'commander',
  'mediator', 'negotiator', 'candidate', 'analyst', 'researcher', 'expert', 'journalist',
  'correspondent', 'lawyer', 'activist', 'king', 'queen', 'pope', 'volunteer', 'resident', 'witness',
  'survivor',
];

export const ROLE_MODIFIERS_EN = new Set(
  `deputy acting former new outgoing interim special top senior chief foreign defence defense
  interior finance military civilian transitional executive general national regional`.split(/\s+/),
);
