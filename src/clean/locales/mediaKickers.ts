// Kickers that announce a video, a recording or a gallery in place of text, printed before a pipe:
// "WATCH | Ceasefire talks stalled as…", "Video | US-Truppen nehmen russischen Tanker ein",
// "LISTEN | …". Matched case-insensitively on the line's first word.
export const MEDIA_KICKERS: readonly string[] = [
  'watch', 'video', 'videos', 'listen', 'audio', 'podcast', 'gallery', 'photos', 'vidéo', 'écouter',
  'regarder', 'bildergalerie', 'fotostrecke', 'hören', 'anhören',
];
