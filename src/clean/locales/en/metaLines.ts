// The words of an English article's line of metadata: "By Jane Doe | March 12, 2024 | 4 min read".

export const READING_TIME_WORDS_EN: readonly string[] = ['read', 'reading time', 'listen', 'duration'];

/** A day named relative to today, before a time: "Today at 3:45 pm", "Yesterday, 18:00". */
export const RELATIVE_DAYS_META_EN: readonly string[] = ['today', 'yesterday'];
/** An age alone on its line: "3 hours ago", "20 mins ago". */
export const AGE_UNITS_EN: readonly string[] = ['min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days'];
