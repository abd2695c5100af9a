// Function words of English: their share of a line tells running prose from menus and labels
// (jusText's stop-word density).
export const STOPWORDS_EN: readonly string[] = [
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been',
  'before', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have',
  'he', 'her', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'more', 'most',
  'my', 'no', 'not', 'now', 'of', 'on', 'one', 'only', 'or', 'other', 'our', 'out', 'over', 'said',
  'she', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they',
  'this', 'those', 'to', 'up', 'was', 'we', 'were', 'what', 'when', 'which', 'while', 'who',
  'will', 'with', 'would', 'you', 'your', 's', 't', 'because', 'very', 'many', 'such', 'where',
];
