// Words of the outlet talking about itself to its reader (English). Compared after normalisation.
import type { PromoLexicon } from '../../promoLine.js';

export const PROMO_EN: PromoLexicon = {
  cues: [
    'subscribe', 'subscriber', 'subscribers', 'subscription', 'subscriptions', 'newsletter',
    'newsletters', 'signup', 'register', 'registering', 'login', 'account', 'download', 'app',
    'podcast', 'podcasts', 'listen', 'follow', 'share', 'comments', 'advertisement', 'advertising',
    'cookies', 'unlimited', 'epaper', 'inbox', 'offers', 'premium', 'briefing', 'notifications',
    'alerts', 'donate', 'membership',
  ],
  address: ['our'],
};
