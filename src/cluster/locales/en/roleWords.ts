// Titles and roles written with a capital in English ("Foreign Minister Sergei Lavrov",
// "Colonel Assimi Goita"): capitalised, but not names, and shared by unrelated stories.
export const ROLE_WORDS_EN: readonly string[] = [
  'president', 'vice', 'prime', 'minister', 'ministers', 'foreign', 'interior', 'defence', 'defense',
  'secretary', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'major', 'commander',
  'chief', 'head', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'constable',
  'senator', 'governor', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'bishop', 'sir', 'lord', 'lady', 'chairman', 'ceo', 'coach', 'manager',
  'ambassador', 'envoy', 'deputy', 'representative', 'attorney', 'sheriff', 'police', 'department',
  'ministry', 'office', 'state', 'states', 'national', 'international', 'federal', 'government',
];
