// French boilerplate as data. Entries are compared after normalisation (lower case, accents
// and punctuation stripped, spaces collapsed): "À (re)lire :" is matched by "a re lire".
import type { BoilerplateLexicon } from '../../boilerplateLexicon.js';

export const BOILERPLATE_FR: BoilerplateLexicon = {
  /** A line that is exactly one of these is page furniture. */
  lines: [
    'accueil', 'menu', 'rechercher', 'recherche', 'fermer', 'se connecter', 'connexion',
    'mon compte', 'creer un compte', 's abonner', 'abonnez vous', 'je m abonne', 'partager',
    'partager sur facebook', 'partager sur twitter', 'partager sur linkedin', 'envoyer par email',
    'imprimer', 'copier le lien', 'lien copie', 'newsletter', 'newsletters', 'publicite',
    'les plus lus', 'les plus partages', 'les plus commentes', 'autres infos', 'a la une',
    'en continu', 'en direct', 'commentaires', 'commenter', 'reagir', 'voir plus', 'voir moins',
    'lire la suite', 'lire plus', 'suivant', 'precedent', 'retour', 'retour en haut',
    'haut de page', 'plan du site', 'mentions legales', 'contact', 'nous contacter',
    'qui sommes nous', 'cgu', 'cgv', 'politique de confidentialite', 'gestion des cookies',
    'parametres des cookies', 'tout accepter', 'tout refuser', 'continuer sans accepter',
    'services', 'edition du soir', 'offrir', 'ecouter', 'ecouter cet article', 'sommaire',
    'video', 'videos', 'podcasts', 'direct', 'suivez nous', 'nous suivre', 'telecharger l application',
    'sur le meme sujet', 'dans la meme rubrique', 'articles correspondants', 'a decouvrir',
    'a decouvrir egalement', 'vous aimerez aussi', 'derniers articles', 'dernieres actualites',
    'toute l actualite', 'lire aussi', 'a lire aussi', 'voir aussi', 'sur le meme theme', 'tags',
    'mots cles', 'themes', 'signaler', 'repondre', 'reserve aux abonnes', 'article reserve aux abonnes',
    'nos videos', 'je decouvre les offres', 'decouvrir les offres', 'passer la publicite', 'lien copie',
    // Invitations à se connecter sous un article réservé.
    'identifiez vous', 'vous possedez deja un compte', 'deja inscrit', 'pas encore abonne',
  ],
  /** A line that starts with one of these is page furniture ("Lire aussi : Au Mali, …"). */
  prefixes: [
    'a lire aussi', 'lire aussi', 'a lire egalement', 'lire egalement', 'a re lire', 're lire',
    'a relire', 'voir aussi', 'voir egalement', 'a voir aussi', 'a voir egalement', 'a decouvrir',
    'pour aller plus loin', 'sur le meme sujet', 'photo', 'photos', 'credit photo', 'credits photo',
    'illustration', 'copyright', 'tous droits reserves', 'abonnez vous', 'inscrivez vous',
    'recevez notre newsletter', 'recevez gratuitement', 'inscription a la newsletter',
    'cet article est reserve aux abonnes', 'il vous reste', 'la suite est reservee',
    'deja abonne', 'pour lire la suite', 'partager sur', 'partagez sur', 'suivez nous sur',
    'retrouvez nous sur', 'ajouter un commentaire',
    'laisser un commentaire', 'votre adresse e mail ne sera pas publiee', 'les champs obligatoires',
    'connectez vous pour', 'vous devez etre connecte', 'publie le', 'mis a jour le', 'modifie le',
    'le contenu auquel vous tentez', 'cet article vous a ete offert', 'newsletter',
    // Renvois d'une encyclopédie : « Article détaillé : Histoire de la Nouvelle-Zélande ».
    'article detaille', 'articles detailles',
    'telechargez l application', 'contenus sponsorises', 'contenu sponsorise', 'sponsorise',
    'cet article a ete mis a jour', 'cet article a ete modifie', 'cet article a ete corrige',
    'une version precedente de cet article', 'rectificatif', 'erratum',
  ],
  notices: [
    // Furniture however long the line: a cookie notice runs past the 24 words of a teaser.
    'nous utilisons des cookies', 'ce site utilise des cookies', 'en poursuivant votre navigation',
    'en continuant votre navigation',
  ],
  /**
   * Once one of these stands alone on a line, what follows is a tail of headlines, links or a
   * comment form, not the article ("AUTRES INFOS" then ten headlines of the day).
   */
  tailMarkers: [
    'autres infos', 'les plus lus', 'les plus partages', 'les plus commentes', 'sur le meme sujet',
    'dans la meme rubrique', 'a lire egalement', 'a lire aussi', 'articles correspondants',
    'a decouvrir egalement', 'vous aimerez aussi', 'derniers articles', 'dernieres actualites',
    'ajouter un commentaire', 'laisser un commentaire', 'commentaires', 'reagir', 'a la une',
    'nos dernieres videos', 'lire aussi', 'voir aussi', 'sur le meme theme', 'en continu',
    'articles similaires', 'dans l actualite', 'l actualite', 'toute l actualite',
    'la redaction vous conseille', 'a voir aussi', 'les plus populaires', 'nos videos', 'a lire sur le meme sujet',
    // Le fil d'un direct en colonne à côté de l'article (« Direct » / « 14:44 Accusations de viols… »).
    'direct',
  ],
  paywallEnds: [
    'la suite est reservee', 'de cet article a lire', 'lire la suite de cet article',
    'le reste de l article est reserve', 'la suite de cet article est reservee',
  ],
  // « À lire aussi sur le même sujet », « Sur le même sujet dans Économie » : une boîte de liens.
  boxHeadings: ['a lire aussi', 'lire aussi', 'sur le meme sujet'],
  // « Nos vidéos » au-dessus d'une colonne de vidéos : le titre et le résumé de chacune se lisent
  // comme de la prose, et l'article ne reprend jamais en dessous.
  mediaRailMarkers: ['nos videos', 'nos dernieres videos'],
  boxMarkers: [
    'lire aussi', 'a lire aussi', 'a lire egalement', 'lire egalement', 'voir aussi', 'a voir aussi',
    'sur le meme sujet', 'sur le meme theme', 'a decouvrir egalement',
  ],
};
