// Words of the outlet talking about itself to its reader, in other languages common in news
// pages (German, Spanish, Italian). Compared after normalisation.
import type { PromoLexicon } from '../../promoLine.js';

export const PROMO_DE: PromoLexicon = {
  cues: [
    'abonnieren', 'abonnement', 'abo', 'newsletter', 'registrieren', 'anmelden', 'einloggen',
    'konto', 'app', 'herunterladen', 'teilen', 'kommentare', 'kommentar', 'werbung', 'cookies',
    'zugang', 'podcast', 'benachrichtigungen', 'anmeldung', 'abonnenten', 'probeabo', 'epaper',
    'werbevereinbarung', 'datenschutzerklarung', 'datenschutzhinweise', 'kostenlos',
  ],
  address: ['unsere', 'unser', 'unseren'],
};

export const PROMO_ES: PromoLexicon = {
  cues: ['suscribete', 'suscripcion', 'suscriptor', 'boletin', 'newsletter', 'registrate', 'app', 'descarga', 'comparte', 'comentarios', 'publicidad', 'cookies'],
  address: ['nuestro', 'nuestra', 'nuestros'],
};

export const PROMO_IT: PromoLexicon = {
  cues: ['abbonati', 'abbonamento', 'newsletter', 'iscriviti', 'registrati', 'app', 'scarica', 'condividi', 'commenti', 'pubblicita', 'cookies'],
  address: ['nostro', 'nostra', 'nostri'],
};
