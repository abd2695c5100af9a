// Words of the outlet talking about itself to its reader (English). Compared after normalisation.
import type { PromoLexicon } from '../../promoLine.js';

export const PROMO_EN: PromoLexicon = {
  cues: [
    'subscribe', 'subscriber', 'subscribers', 'subscription', 'subscriptions', 'newsletter',
    'newsletters', 'signup', 'register', 'registering', 'login', 'account', 'download', 'app',
    'podcast', 'podcasts', 'listen', 'follow', 'share', 'comments', 'advertisement', 'advertising',
    'cookies', 'unlimited', 'epaper', 'inbox', 'offers', 'premium', 'briefing', 'notifications',
    'alerts', 'donate', 'membership',
    // Comment forms and the newsroom's pitch: "You are commenting using your Facebook account.
    // ( Logout )", "Opportunity to engage with our commenting community.", "Support our
    // award-winning journalism", "To submit a correction for our consideration, click here."
    'unsubscribe', 'logout', 'commenting', 'journalism', 'click',
    // The outlet's forums, digests and affiliate links: "Join our Space Forums to keep talking
    // space…", "Fridays. A weekly digest of the best of our coverage.", "When you purchase
    // through links on our site, we may earn an affiliate commission."
    'forums', 'digest', 'affiliate',
  ],
  address: ['our'],
};
