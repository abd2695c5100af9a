// Section labels English outlets print above or before an article ("WORLD", "Africa").
export const SECTION_LABELS_EN: readonly string[] = [
  'world', 'international', 'africa', 'europe', 'politics', 'business', 'economy', 'sport',
  'sports', 'culture', 'science', 'health', 'opinion', 'analysis', 'environment', 'defence',
  'defense', 'technology', 'media', 'news', 'world news', 'middle east', 'asia', 'americas',
];

export const SENTENCE_OPENERS_EN: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'after', 'as', 'at', 'for', 'when', 'with', 'two', 'three',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'it', 'he', 'she',
];
