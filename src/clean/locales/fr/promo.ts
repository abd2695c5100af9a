// Words of the outlet talking about itself to its reader (French): subscriptions, apps,
// newsletters, comments. Compared after normalisation (lower case, accents stripped).
import type { PromoLexicon } from '../../promoLine.js';

export const PROMO_FR: PromoLexicon = {
  cues: [
    'abonnez', 'abonner', 'abonne', 'abonnes', 'abonnement', 'abonnements', 'newsletter',
    'newsletters', 'inscrivez', 'inscription', 'connectez', 'identifiez', 'telechargez',
    'appli', 'podcast', 'podcasts', 'ecoutez', 'suivez', 'partagez', 'commentaires',
    'publicite', 'cookies', 'kiosque', 'kiosques', 'retrouvez', 'illimite', 'gratuitement',
    'soutenez', 'inscrire', 'desabonner', 'notifications',
  ],
  address: ['notre', 'nos'],
};
