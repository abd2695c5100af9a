// The outlet asking its reader to follow it elsewhere: "Follow Newsbeat on Instagram, Facebook,
// Twitter and YouTube.", "Follow The Times Opinion section on Facebook, Twitter and Instagram.",
// "Suivez France Info sur X et Instagram". Read by promoLine.ts: an imperative opening the line,
// then a network the line names.

/** The imperative opening the line, as printed (a story does not open a sentence on "Follow"). */
export const FOLLOW_IMPERATIVES: readonly string[] = ['Follow', 'Suivez', 'Folgen Sie', 'Folge', 'Síguenos', 'Sigue', 'Seguici', 'Segui'];

/** Social networks and messengers an outlet sends its reader to. */
export const SOCIAL_NETWORKS: readonly string[] = [
  'Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'LinkedIn', 'WhatsApp', 'Telegram',
  'Threads', 'Bluesky', 'Snapchat', 'Mastodon', 'Google News', 'Flipboard',
];
