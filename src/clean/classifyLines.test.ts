import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateKind, isTailMarker } from './boilerplateLexicon.js';
import { classifyLines, lineClass } from './classifyLines.js';
import { pageFeatures } from './lineFeatures.js';

const P1 = "Les forces armées maliennes ont annoncé mardi avoir pris le contrôle de Kidal, dans le nord du pays, après plusieurs jours d'opérations.";
const P2 = "Selon un communiqué lu à la télévision publique, les soldats sont entrés dans la ville sans rencontrer de résistance importante.";
const P3 = "La reprise de Kidal était l'un des objectifs affichés de la junte depuis le départ de la mission des Nations unies.";

test('boilerplate phrases from the French and English lexicons', () => {
  assert.equal(boilerplateKind('A lire aussi : Au Niger, les militaires suspendent la coopération'), 'prefix');
  assert.equal(boilerplateKind('À (re)lire : Le Mali et la Russie'), 'prefix');
  assert.equal(boilerplateKind('Publicité'), 'line');
  assert.equal(boilerplateKind('Leave a Reply'), 'line');
  assert.equal(boilerplateKind('Photo : AFP'), 'prefix');
  assert.equal(boilerplateKind('© 2023 Sahel Actu'), 'copyright');
  assert.equal(boilerplateKind(P1), null);
  assert.ok(isTailMarker('AUTRES INFOS'));
  assert.ok(isTailMarker('Les plus lus'));
});

test('line classes from length, stop-word density and recurrence', () => {
  const classOf = (line: string, recurring?: Set<string>) => {
    const page = pageFeatures([line, P1, P2]);
    return lineClass(page.lines[0], page.density?.[0] ?? null, recurring);
  };
  assert.equal(classOf(P1), 'good');
  assert.equal(classOf('Afrique'), 'short');
  assert.equal(classOf('Burkina Faso Niger Tchad Guinée Sénégal Mauritanie Algérie Maroc'), 'bad');
  assert.equal(classOf('Offre spéciale : 1 euro le premier mois', new Set(['offre speciale 1 euro le premier mois'])), 'furniture');
});

test('caption credits and promotion lines are furniture', () => {
  assert.equal(boilerplateKind('Sergei Lavrov at the joint news conference in Bamako. Photo: Sahel Monitor'), 'caption');
  assert.equal(boilerplateKind('Des Casques bleus en patrouille à Gao, en 2022. (Archives)'), 'caption');
  assert.equal(boilerplateKind('Il a montré la carte : il faut agir vite.'), null);
  assert.equal(boilerplateKind("Retrouvez l'intégralité de notre édition en kiosque et sur abonnement."), 'promo');
  assert.equal(boilerplateKind('Le gouvernement a lancé une application pour les agriculteurs.'), null);
  assert.equal(boilerplateKind('« Suivez notre exemple et partagez vos idées », a lancé le ministre.'), null);
});

test('a line repeated across the page is its template', () => {
  const lines = [P1, 'Article content', P2, 'Article content', P3, 'Article content'];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, false, true, false, true, false]);
});

test('a question asked of each guest in turn is the interview, not its template', () => {
  const question = 'Qu’est-ce qui vous a donné envie de cuisiner ?';
  const lines = [P1, question, P2, question, P3, question, P1];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), lines.map(() => true));
});

test('the help text after a paywall notice is no second body', () => {
  const help = 'Vous pouvez vous connecter avec votre compte sur autant d’appareils que vous le souhaitez, mais pas en même temps.';
  const notice = ['Lecture en cours sur un autre appareil', 'Continuer à lire ici', 'Découvrir les offres', 'Pourquoi ce message ?'];
  const lines = [P1, P2, P3, 'Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.', ...notice, ...notice, help, help.replace('connecter', 'abonner')];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), lines.map((_, i) => i < 3));
});

test('prose parted from the body by furniture alone stays', () => {
  const lines = [P1, P2, 'Sign up for our morning briefing.', P3, 'Most read', 'Football : les Aigles gagnent'];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, false, true, false, false]);
});

test('a list announced by a colon stays with the prose', () => {
  const lines = [P1, 'Les cinq pays retenus sont les suivants :', 'Mali', 'Niger', 'Burkina Faso', P2, P3];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, true, true, true, true]);
});

test('context keeps a subheading between paragraphs and drops menus around', () => {
  const lines = ['Accueil', 'Monde', P1, P2, 'Une reprise symbolique', P3, 'Partager', 'Facebook'];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [false, false, true, true, true, true, false, false]);
});

test('a heading right above a paragraph is content, capitals only between two paragraphs', () => {
  const lines = ['Accueil', P1, 'LA REPRISE DE KIDAL', P2, 'AFRIQUE', 'Une reprise symbolique', P3];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [false, true, true, true, false, true, true]);
});

test('a "Lire aussi" box inside the body is skipped, not taken for the end of the article', () => {
  const lines = [P1, 'À lire aussi', 'Au Niger, la junte suspend la coopération', P2, P3, 'Les plus lus', P1.slice(0, 60)];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [true, false, false, true, true, false, false]);
});

test('below a box of links, the short line right above the resumed story is its subheading, not a link', () => {
  const long = (n: number) => `${P1} ${P2} ${P3} Le paragraphe ${n} revient sur les semaines qui ont précédé l'entrée des soldats dans la ville.`;
  const teaser = 'Au Niger, la junte suspend la coopération militaire avec la France et ses alliés';
  const lines = [long(1), long(2), 'À lire aussi', teaser, 'Une reprise symbolique', long(3), long(4), 'Les plus lus', P1.slice(0, 60)];
  const verdicts = classifyLines(lines);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, false, false, true, true, true, false, false]);
  assert.equal(verdicts[4].reason, 'heading');
});

test('after a paywall notice nothing is article', () => {
  const lines = [P1, P2, 'Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.', P3];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, false, false]);
});

test('after a tail marker, headlines go', () => {
  const lines = [P1, P2, P3, 'AUTRES INFOS', 'Burkina Faso : un nouveau gouvernement nommé', 'Sénégal : la campagne s’ouvre'];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content, [true, true, true, false, false, false]);
});

test('German outlets end their articles with their own markers', () => {
  const D1 = 'Die Regierung in Bamako hat am Dienstag die Rückkehr der Armee nach Kidal im Norden des Landes bekannt gegeben.';
  const D2 = 'Nach Angaben der Streitkräfte wurde die Stadt ohne größeren Widerstand eingenommen, wie ein Sprecher sagte.';
  const D3 = 'Die Rückeroberung von Kidal gehört seit dem Abzug der Vereinten Nationen zu den erklärten Zielen der Junta.';
  const teaser = 'Niger: Die Junta setzt die Zusammenarbeit mit Frankreich aus und fordert den Abzug der Truppen bis Jahresende.';
  const lines = [D1, D2, D3, 'Das könnte Sie auch interessieren:', teaser, 'Anzeige', teaser.replace('Niger', 'Tschad')];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, false, false, false, false]);
  assert.equal(boilerplateKind('Lesen Sie auch: Die Junta in Niamey'), 'prefix');
  assert.equal(boilerplateKind('Quelle huile essentielle choisir pour un diffuseur ?'), null);
  assert.equal(boilerplateKind('Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.'), 'promo');
  assert.equal(boilerplateKind('Les også: Nordås vant finalen'), 'prefix');
  assert.equal(boilerplateKind('Читайте также: Путин встретился с премьером'), 'prefix');
  assert.ok(isTailMarker('Artículos relacionados'));
});

test('a headline that shares no word with the article is a teaser; a short subheading stays', () => {
  const lines = [P1, 'Grèce : les incendies reprennent sur trois îles', P2, 'Dernier bastion', P3, P1.replace('mardi', 'mercredi')];
  const verdicts = classifyLines(lines);
  assert.deepEqual(verdicts.map((v) => v.content), [true, false, true, true, true, true]);
  assert.equal(verdicts[1].reason, 'off-topic');
});

test('a byline alone between the title and the first paragraph is no heading, whatever its case', () => {
  for (const byline of ['By Jane Doe', 'by Jane Doe', 'Par Awa Diallo', 'Von Ines Zöttl']) {
    assert.deepEqual(classifyLines([P1, byline, P2, P3]).map((v) => v.content), [true, false, true, true], byline);
  }
});

test('a caption printed twice in a row is no paragraph', () => {
  const caption = 'Des soldats maliens à l’entrée de Kidal, le 14 novembre.';
  const lines = [P1, caption, caption, P2, P3];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, false, false, true, true]);
});

test('a comment head and its time stamp open the thread: the comments are no article', () => {
  const lines = [P1, P2, P3, 'jbaxt says:', 'November 19, 2019 at 10:15 am', 'Why would they stop running the ball when it worked all night long?', 'devin says:', 'November 19, 2019 at 10:41 am', P2.replace('soldats', 'rebelles')];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, false, false, false, false, false, false]);
});

test('after a box of links inside the body, the story goes on; the box\'s own prose does not', () => {
  const teaser = 'Les supporters des Aigles ont fêté toute la nuit la victoire de leur équipe au stade de Yaoundé.';
  const resumed = 'À Kidal, les soldats maliens ont hissé le drapeau sur le camp que la mission des Nations unies avait quitté.';
  const lines = [P1, P2, P3, 'Les plus lus', teaser, resumed, P1.replace('mardi', 'jeudi')];
  assert.deepEqual(classifyLines(lines).map((v) => v.content), [true, true, true, false, false, true, true]);
});

test('a caption closed by its credit is furniture in any case; a source named in prose is not', () => {
  const kinds = pageFeatures([
    'Die Argentinier stehen nach dem Sieg im Halbfinale. Foto: dpa',
    'Des soldats maliens à Kidal, Photo : Sahel Monitor',
    '(Bild: Verbraucherzentrale.de / Phishingradar)',
    'Le ministre a précisé la source : un rapport interne',
    'Il a cité sa source: Le Monde',
  ]).lines.map((l) => l.furniture);
  assert.deepEqual(kinds, ['caption', 'caption', 'caption', null, null]);
});

test('empty input gives no verdicts', () => {
  assert.deepEqual(classifyLines([]), []);
});

test("the article's footnotes below it stay, with their heading; a lone bracketed line does not", () => {
  const notes = [
    '^ Ministère des Affaires étrangères (2023). Rapport annuel sur le Sahel, p. 12.',
    '^ a b Diallo, Awa (12 mars 2024). « Kidal, dix ans après ». Sahel Actu.',
    "^ Nations unies, Conseil de sécurité, résolution 2690 (2023).",
  ];
  const page = [P1, P2, P3, 'Notes et références', ...notes, 'Afrique', 'Sport'];
  assert.deepEqual(classifyLines(page).map((v) => v.content), [true, true, true, true, true, true, true, false, false]);
  assert.deepEqual(classifyLines([P1, P2, P3, '[1] Diallo, Awa (2024)', 'Afrique']).map((v) => v.content), [true, true, true, false, false]);
  assert.deepEqual(classifyLines([P1, P2, P3, 'Les plus lus', ...notes]).slice(4).map((v) => v.content), [false, false, false]);
});

test('a subheading in a script without case heads its paragraph; a line of figures alone does not', () => {
  const zh1 = '今年两会期间，在日内瓦学习的中国留学生通过网络直播关注会议进程，并就教育、住房与就业问题展开了热烈讨论，不少人还在课后继续交流自己的看法。';
  const zh2 = '多名学生表示，他们希望毕业后回国工作，把在国外学到的专业知识用于家乡的发展建设之中，也愿意为两国之间的交流与合作尽一份力量。';
  assert.deepEqual(classifyLines([zh1, 'Publicité', '留学生关注国内发展', zh2]).map((v) => v.content), [true, false, true, true]);
  assert.deepEqual(classifyLines([P1, 'Accueil', '11:14', P2, P3]).map((v) => v.content), [true, false, false, true, true]);
});

test("an encyclopedia's hatnotes are furniture", () => {
  assert.equal(boilerplateKind('Main article: History of New Zealand'), 'prefix');
  assert.equal(boilerplateKind('Article détaillé : Histoire du Mali'), 'prefix');
  assert.equal(boilerplateKind('Hauptartikel: Geschichte Malis'), 'prefix');
  assert.equal(boilerplateKind('The main article of the treaty sets the border along the river.'), null);
});

test('sign-in prompts and consent panels printed into the page are furniture', () => {
  for (const line of ['Identifiez-vous', 'Vous possédez déjà un compte ?', 'Privacy Overview', 'Necessary Always Enabled', 'Thanks for signing up!']) {
    assert.equal(boilerplateKind(line), 'line', line);
  }
});

test('a lighter stretch of prose between two heavy parts of the body is the article going on', () => {
  const long = (n: number) => `${P1} ${P2} ${P3} Le paragraphe ${n} revient sur les semaines qui ont précédé l'entrée des soldats dans la ville.`;
  const menu = 'Burkina Faso Niger Tchad Guinée Sénégal Mauritanie Algérie Maroc';
  const menus = [menu, menu.split(' ').reverse().join(' '), 'Sport Culture Économie Politique Santé Sciences Éducation Médias'];
  const lines = [long(1), long(2), long(3), long(4), long(5), ...menus, P1, P2, P3, ...menus, long(6), long(7)];
  const content = classifyLines(lines).map((v) => v.content);
  assert.deepEqual(content.slice(8, 11), [true, true, true]);
  assert.deepEqual(content.slice(5, 8), [false, false, false]);
});

test('below a tail marker, a subheading between two paragraphs the story resumed with stays; the box under the marker goes', () => {
  const P0 = "Le gouvernement de transition a salué mardi soir une victoire historique, et appelé les habitants de Kidal au calme et à la réconciliation.";
  const P4 = "Les soldats maliens ont ensuite sécurisé l'aéroport de Kidal, selon un communiqué de l'armée lu mardi soir à Bamako.";
  const P5 = "L'armée malienne avait quitté Kidal en 2014, après des combats meurtriers contre les groupes armés du nord du pays.";
  const P6 = "Les habitants de Kidal ont vu arriver les premiers blindés de l'armée malienne en fin de matinée, selon plusieurs témoins joints par téléphone.";
  const P7 = "Les groupes armés du nord affirment s'être retirés de Kidal pour épargner les civils, et promettent de poursuivre le combat ailleurs.";
  // Prose enough around the box that the body runs on across it, as on a page with a box in the story.
  const box = ['Les plus lus', 'Sénégal : la campagne présidentielle s’ouvre', 'Burkina Faso : un nouveau gouvernement'];
  const verdicts = classifyLines([P0, P1, P2, P3, ...box, P4, 'Qui contrôlait la ville ?', P5, P6, P7]);
  assert.deepEqual(verdicts.map((v) => v.content), [true, true, true, true, false, false, false, true, true, true, true, true]);
  assert.equal(verdicts[5].reason, 'tail');
});

test("a documentation page's heading with its permalink mark, printed under each section, is no template line", () => {
  const sections = ['Bamako', 'Gao', 'Kidal'].flatMap((town) => [
    `Les forces armées ont annoncé mardi être entrées à ${town}, dans le nord du pays, après plusieurs jours d'opérations.`,
    'Setting up¶',
    `Selon un communiqué lu à la télévision publique, les soldats sont entrés à ${town} sans rencontrer de résistance importante.`,
  ]);
  const lines = ['Accueil', ...sections, 'Menu', 'Menu', 'Menu'];
  const verdicts = classifyLines(lines);
  assert.deepEqual([2, 5, 8].map((i) => verdicts[i].content), [true, true, true]);
  assert.equal(verdicts[lines.length - 1].content, false);
});
