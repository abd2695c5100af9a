// The words of an English article's line of metadata: "By Jane Doe | March 12, 2024 | 4 min read".

export const READING_TIME_WORDS_EN: readonly string[] = ['read', 'reading time', 'listen', 'duration'];
