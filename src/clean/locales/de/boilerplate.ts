// German boilerplate as data (German-language outlets are a large share of the news we read:
// Germany, Austria, Switzerland, Luxembourg), compared after normalisation: lower case, accents
// and punctuation stripped, spaces collapsed ("Ähnliche Beiträge:" -> "ahnliche beitrage").
import type { BoilerplateLexicon } from '../../boilerplateLexicon.js';

export const BOILERPLATE_DE: BoilerplateLexicon = {
  lines: [
    'anzeige', 'werbung', 'startseite', 'zur startseite', 'teilen', 'artikel teilen', 'link kopieren',
    'drucken', 'feedback', 'merken', 'schliessen', 'suche', 'anmelden', 'einloggen', 'abmelden',
    'jetzt abonnieren', 'abonnieren', 'newsletter', 'kommentare', 'kommentieren', 'beitrag kommentieren',
    'weiterlesen', 'mehr lesen', 'artikel anhoren', 'vorlesen', 'zum anhoren', 'detailansicht offnen',
    'player wird geladen', 'bildstrecke', 'mehr zum thema', 'das konnte sie auch interessieren',
    'ahnliche beitrage', 'ahnliche artikel', 'mehr aus dem ressort', 'mehr lesen uber',
    'lesen sie mehr zum thema', 'lesen sie auch', 'lest auch', 'auch interessant', 'meistgelesen',
    'themen des artikels', 'verwendete quellen', 'quellen anzeigen', 'zu den kommentaren',
    'teilen sie dies mit', 'gefallt mir',
    // Der Kasten eines eingebetteten fremden Inhalts (Video, Grafik), bevor der Leser einwilligt.
    'empfohlener redaktioneller inhalt', 'externen inhalt anzeigen', 'externer inhalt',
    'datenschutzerklarung', 'datenschutz',
    // Der Schalter eines aufklappbaren Kastens: „Box aufklappen Box zuklappen“.
    'box aufklappen box zuklappen', 'personen box aufklappen personen box zuklappen',
    // Das Kommentarformular, dessen Meldungen mit der Seite gedruckt werden.
    'mobilnummer bestatigen', 'sms code anfordern',
    // Der Kasten mit weiteren Videos und der Sendehinweis unter einem Beitrag.
    'weitere videos', 'dieses thema im programm',
  ],
  /** Not "Quelle": in French it opens a question ("Quelle huile essentielle utiliser ?"). */
  prefixes: [
    'lesen sie auch', 'lest auch', 'auch interessant', 'mehr zum thema', 'foto', 'bildquelle', 'bildrechte',
    'alle rechte vorbehalten', 'klick um', 'klicken um', 'klicken sie hier', 'melden sie sich an',
    'jetzt abonnieren', 'jetzt weiterlesen', 'externer inhalt', 'ihre privatsphare einstellungen',
    'artikel mit freunden teilen', 'teilen sie ihre meinung', 'rechte am artikel', 'mehr uber',
    // Verweise einer Enzyklopädie: „Hauptartikel: Geschichte Neuseelands“.
    'hauptartikel',
    // Die Bildunterschrift mit ihrem Etikett: „Bildunterschrift: Der Minister in Dakar“.
    'bildunterschrift',
    // Der Hinweis unter einem übersetzten Artikel: „Dies ist eine maschinelle Übersetzung…“.
    'dies ist eine maschinelle ubersetzung',
    // Der Kasten der meistgelesenen Artikel: „Die meistgelesenen Artikel bei SWR.de/Sport“.
    'die meistgelesenen',
    // Die Meldungen eines Kommentarformulars: „Es ist ein Fehler aufgetreten. Bitte versuchen Sie
    // es erneut…“, „Zu viele Versuche.“, „Damit Sie einen Kommentar erfassen können, bitten wir
    // Sie, Ihre Mobilnummer zu bestätigen.“
    'es ist ein fehler aufgetreten', 'oh hoppla', 'zu viele versuche', 'es wurden bereits zu viele codes',
    'damit sie einen kommentar',
    // Hinweise unter dem Artikel: Sendung, Leserbrief, App. „Über dieses Thema berichtet: BR24
    // Radio am 14.04.2026“, „Ihre Meinung ist uns wichtig.“,
    // „Aktuelle Nachrichten aufs Handy?“; und der Verweis „Zum Artikel: Tarifrunde im ÖPNV“.
    'uber dieses thema berichtet', 'ihre meinung ist uns wichtig',
    'aktuelle nachrichten aufs handy', 'zum artikel',
  ],
  notices: [
    // Furniture however long the line: the notice before embedded content and the consent under it
    // run to 40 words („An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten,
    // externen Inhalt…“), and so do a cookie notice and a caption with its label („Legende: Biden
    // traf sich am Samstagabend im Weissen Haus mit seinen wichtigsten Sicherheitsberatern…“).
    'an dieser stelle finden sie', 'ich bin damit einverstanden dass mir', 'wir verwenden cookies',
    'diese website verwendet cookies', 'legende',
  ],
  /**
   * After these, the page holds headlines of other articles, topic links or comments. Not
   * "Meistgelesen": that box sits in the middle of many an article, the story going on below it.
   */
  tailMarkers: [
    'mehr zum thema', 'das konnte sie auch interessieren', 'ahnliche beitrage', 'ahnliche artikel',
    'ahnliche nachrichten', 'mehr ahnliche nachrichten', 'mehr aus dem ressort', 'mehr lesen uber',
    'lesen sie mehr zum thema', 'passend zum artikel', 'weitere artikel', 'weitere nachrichten',
    'mehr nachrichten', 'kommentare',
    'themen des artikels', 'verwendete quellen', 'auch interessant', 'lesen sie auch', 'lest auch',
    'empfehlungen', 'unsere empfehlungen', 'neueste artikel', 'top themen',
  ],
  paywallEnds: [
    'jetzt weiterlesen mit', 'weiterlesen mit', 'um den artikel weiterzulesen', 'um diesen artikel zu lesen',
    'dieser artikel ist nur fur abonnenten', 'exklusiv fur abonnenten',
  ],
  // „Mehr zum Thema bei Tagesspiegel Plus“, „Die meistgelesenen Artikel bei SWR.de/Sport“, „Mehr aus dem Ressort Politik“.
  boxHeadings: ['mehr zum thema', 'die meistgelesenen', 'mehr aus', 'lesen sie auch'],
  boxMarkers: ['lesen sie auch', 'lest auch', 'auch interessant', 'mehr zum thema', 'passend zum artikel', 'das konnte sie auch interessieren'],
};
